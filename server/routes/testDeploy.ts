import { paramError } from "../core/envelope.ts";
import type { Router } from "../core/router.ts";
import { str } from "../core/validate.ts";
import type { IncomingMessage } from "node:http";

/**
 * Test-only: a new build "deployed" for one browser context, so service-worker update tests do not
 * disturb tests running alongside. The browser checks for a new worker by itself, out of reach of
 * a test's request routing; the stand-in serves a test's own /sw.js to requests carrying its cookie.
 *   PUT    /api/__test/deploy/:key   {sw} → null; /sw.js requests with the cookie standin_deploy=<key> get `sw`
 *   DELETE /api/__test/deploy/:key   → null
 */
const deployed = new Map<string, string>();

export const DEPLOY_COOKIE = "standin_deploy";

export function registerDeployTestRoutes(router: Router): void {
  router.put("/api/__test/deploy/:key", async (ctx) => {
    const sw = str(await ctx.json(), "sw");
    if (!sw) throw paramError("sw is required");
    deployed.set(ctx.params.key!, sw);
    return null;
  });
  router.delete("/api/__test/deploy/:key", (ctx) => {
    deployed.delete(ctx.params.key!);
    return null;
  });
}

/** The worker script deployed for the context this request comes from, if any. */
export function deployedWorker(req: IncomingMessage): string | undefined {
  const cookie = String(req.headers.cookie ?? "");
  const key = new RegExp(`(?:^|;\\s*)${DEPLOY_COOKIE}=([^;]+)`).exec(cookie)?.[1];
  return key === undefined ? undefined : deployed.get(decodeURIComponent(key));
}
