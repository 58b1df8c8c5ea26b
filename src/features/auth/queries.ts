import { useQuery } from "@tanstack/react-query";
import { siteQueries } from "../../api/queries/site";
import type { components } from "../../api/schema";

type Schemas = components["schemas"];
export type LoginConfig = Schemas["SiteConfigLogin"];
export type BasicConfig = Schemas["SiteConfigBasic"];

/**
 * The two site sections every auth page needs (which captchas, passkeys, sign-up, links, captcha
 * kind and keys). They share the app-wide site query keys, so the shell reuses the same cache.
 */
export function useAuthConfig() {
  const login = useQuery(siteQueries.config("login"));
  const basic = useQuery(siteQueries.config("basic"));
  return {
    login: login.data as LoginConfig | undefined,
    basic: basic.data as BasicConfig | undefined,
    pending: login.isPending || basic.isPending,
    error: login.error ?? basic.error,
    retry: () => {
      if (login.error) void login.refetch();
      if (basic.error) void basic.refetch();
    },
  };
}
