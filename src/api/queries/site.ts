import { queryOptions } from "@tanstack/react-query";
import { api, unwrap } from "../client";
import type { components } from "../schema";

export type SiteConfig = components["schemas"]["SiteConfig"];
export type SiteSection = "basic" | "login" | "explorer" | "emojis" | "app";

export const siteKeys = {
  all: ["site"] as const,
  config: (section: SiteSection) => ["site", "config", section] as const,
  captcha: () => ["site", "captcha"] as const,
};

export const siteQueries = {
  /** Site configuration changes rarely; the `basic` section also carries the caller's user object. */
  config: (section: SiteSection) =>
    queryOptions({
      queryKey: siteKeys.config(section),
      queryFn: () => unwrap(api.GET("/site/config/{section}", { params: { path: { section } } })),
      staleTime: 5 * 60_000,
    }),
  /**
   * A new image captcha and its ticket. Tickets are single-use: every mount asks for a new one and
   * nothing is kept once no one shows it.
   */
  captcha: () =>
    queryOptions({
      queryKey: siteKeys.captcha(),
      queryFn: () => unwrap(api.GET("/site/captcha")),
      staleTime: Infinity,
      gcTime: 0,
      refetchOnMount: "always",
    }),
};
