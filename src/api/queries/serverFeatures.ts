// The server's version (`/site/ping`) and what it tells about features newer servers have
// (lib/serverVersion.ts). Asked once per page load: a server does not change version under a page.
import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../client";
import { serverFeatures, type ServerFeatures } from "../../lib/serverVersion";

let known: string | undefined;
let asking: Promise<string> | undefined;

function askVersion(): Promise<string> {
  asking ??= unwrap(api.GET("/site/ping")).then(
    (v) => (known = v ?? ""),
    (e: unknown) => {
      asking = undefined;
      throw e;
    },
  );
  return asking;
}

export const serverVersionQuery = () => queryOptions({ queryKey: ["site", "ping"] as const, queryFn: askVersion, staleTime: Infinity, retry: 1 });

/** What the server has; nothing newer while its version is unknown or unreadable. */
export function useServerFeatures(): ServerFeatures {
  const { data } = useQuery(serverVersionQuery());
  return serverFeatures(data);
}

/**
 * What the server is known to have, for code outside React (which actions a menu offers); the first
 * call asks the server, and until it answers nothing newer is offered.
 */
export function knownServerFeatures(): ServerFeatures {
  if (known === undefined) void askVersion().catch(() => undefined);
  return serverFeatures(known);
}
