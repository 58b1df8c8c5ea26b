import { infiniteQueryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../client";
import type { components } from "../schema";

export type DavAccount = components["schemas"]["DavAccount"];
export type DavAccountRequest = components["schemas"]["DavAccountRequest"];
export type DavAccountPage = components["schemas"]["ListDavAccountResponse"];

export const davKeys = {
  all: ["dav"] as const,
  accounts: () => ["dav", "accounts"] as const,
};

/** The server takes 10 to 100 per page. */
export const DAV_PAGE_SIZE = 50;

export const davQueries = {
  /** The caller's WebDAV accounts, newest first, page by page. */
  accounts: () =>
    infiniteQueryOptions({
      queryKey: davKeys.accounts(),
      queryFn: ({ pageParam, signal }) =>
        unwrap(api.GET("/devices/dav", { params: { query: { page_size: DAV_PAGE_SIZE, ...(pageParam ? { next_page_token: pageParam } : {}) } }, signal })),
      initialPageParam: "",
      getNextPageParam: (last: DavAccountPage) => last.pagination.next_token || undefined,
    }),
};

export const createDavAccount = (body: DavAccountRequest) => unwrap(api.PUT("/devices/dav", { body }));
export const updateDavAccount = (id: string, body: DavAccountRequest) => unwrap(api.PATCH("/devices/dav/{id}", { params: { path: { id } }, body }));
export const deleteDavAccount = (id: string) => unwrap(api.DELETE("/devices/dav/{id}", { params: { path: { id } } }));
