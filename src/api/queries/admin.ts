import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../client";
import type { components } from "../schema";

type S = components["schemas"];
export type AdminUser = S["AdminUser"];
export type AdminUserRow = S["AdminUserRow"];
export type AdminUserStatus = S["AdminUserStatus"];
export type AdminGroup = S["AdminGroup"];
export type AdminGroupSettings = S["AdminGroupSettings"];
export type AdminPolicy = S["AdminPolicy"];
export type AdminPolicySettings = S["AdminPolicySettings"];
export type AdminPolicyType = S["AdminPolicyType"];
export type AdminNode = S["AdminNode"];
export type AdminFile = S["AdminFile"];
export type AdminShare = S["AdminShare"];
export type AdminSummary = S["AdminSummary"];
export type AdminMetrics = S["AdminMetrics"];
export type AdminPagination = S["AdminPagination"];
export type AdminViewerGroup = S["FileViewerGroup"];

/** What every admin list takes: a 1-based page, an order and text-valued filters. */
export interface AdminListParams {
  page: number;
  pageSize: number;
  orderBy?: string;
  desc?: boolean;
  conditions?: Record<string, string>;
}

export type AdminEntity = "user" | "group" | "policy" | "node" | "file" | "share";

const listBody = (p: AdminListParams) => ({
  page: p.page,
  page_size: p.pageSize,
  order_by: p.orderBy ?? "",
  // Only exactly "desc" is descending on the server.
  order_direction: p.desc ? "desc" : "asc",
  // Empty filters are left out: an empty id filter is harmless but an empty status matches nothing.
  conditions: Object.fromEntries(Object.entries(p.conditions ?? {}).filter(([, v]) => v !== "")),
});

export const adminKeys = {
  all: ["admin"] as const,
  lists: (entity: AdminEntity) => ["admin", entity, "list"] as const,
  list: (entity: AdminEntity, p: AdminListParams) => ["admin", entity, "list", p] as const,
  one: (entity: AdminEntity, id: number) => ["admin", entity, "one", id] as const,
  entity: (entity: AdminEntity) => ["admin", entity] as const,
  summary: () => ["admin", "summary"] as const,
  settings: (keys: readonly string[]) => ["admin", "settings", [...keys].sort().join(",")] as const,
  allSettings: () => ["admin", "settings"] as const,
  policyUsage: (id: number) => ["admin", "policy", "usage", id] as const,
  groupUsers: (id: number) => ["admin", "group", "users", id] as const,
};

// A page keeps showing while the next one loads, so paging and sorting never flash an empty table.
const listOptions = <T>(entity: AdminEntity, p: AdminListParams, fetch: (body: ReturnType<typeof listBody>, signal: AbortSignal) => Promise<T>) =>
  queryOptions({ queryKey: adminKeys.list(entity, p), queryFn: ({ signal }) => fetch(listBody(p), signal), placeholderData: keepPreviousData });

/** Large enough for every group or policy a site has, for pickers and name lookups. */
export const ALL = { page: 1, pageSize: 500 } as const;

export const adminQueries = {
  summary: () => queryOptions({ queryKey: adminKeys.summary(), queryFn: ({ signal }) => unwrap(api.GET("/admin/summary", { signal })) }),
  settings: (keys: readonly string[]) =>
    queryOptions({
      queryKey: adminKeys.settings(keys),
      queryFn: ({ signal }) => unwrap(api.POST("/admin/settings", { body: { keys: [...keys] }, signal })),
      // A form is seeded from this once; a background refetch must not reset what the admin typed.
      staleTime: Infinity,
    }),
  users: (p: AdminListParams) => listOptions("user", p, (body, signal) => unwrap(api.POST("/admin/user", { body, signal }))),
  user: (id: number) =>
    queryOptions({ queryKey: adminKeys.one("user", id), queryFn: ({ signal }) => unwrap(api.GET("/admin/user/{id}", { params: { path: { id } }, signal })) }),
  groups: (p: AdminListParams) => listOptions("group", p, (body, signal) => unwrap(api.POST("/admin/group", { body, signal }))),
  group: (id: number) =>
    queryOptions({
      queryKey: adminKeys.one("group", id),
      queryFn: ({ signal }) => unwrap(api.GET("/admin/group/{id}", { params: { path: { id }, query: { countUser: "true" } }, signal })),
    }),
  policies: (p: AdminListParams) => listOptions("policy", p, (body, signal) => unwrap(api.POST("/admin/policy", { body, signal }))),
  policy: (id: number) =>
    queryOptions({
      queryKey: adminKeys.one("policy", id),
      queryFn: ({ signal }) => unwrap(api.GET("/admin/policy/{id}", { params: { path: { id } }, signal })),
    }),
  /** Blobs stored under a policy (a separate, slower count). */
  policyUsage: (id: number) =>
    queryOptions({
      queryKey: adminKeys.policyUsage(id),
      queryFn: async ({ signal }) => {
        const p = await unwrap(api.GET("/admin/policy/{id}", { params: { path: { id }, query: { countEntity: "true" } }, signal }));
        return { count: p.entities_count ?? 0, size: p.entities_size ?? 0 };
      },
    }),
  nodes: () => listOptions("node", { ...ALL }, (body, signal) => unwrap(api.POST("/admin/node", { body, signal }))),
  files: (p: AdminListParams) => listOptions("file", p, (body, signal) => unwrap(api.POST("/admin/file", { body, signal }))),
  shares: (p: AdminListParams) => listOptions("share", p, (body, signal) => unwrap(api.POST("/admin/share", { body, signal }))),
};
