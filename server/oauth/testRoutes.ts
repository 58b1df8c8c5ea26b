import { paramError } from "../core/envelope.ts";
import type { Router } from "../core/router.ts";
import type { State } from "../state/state.ts";
import { oauthStore } from "./store.ts";

/**
 * Test-only hooks for the OAuth provider (mounted in test mode only):
 *   GET /api/__test/oauth              {enabled, clients: [{id, name, redirect_uris, scopes}]}
 *   PUT /api/__test/oauth              {enabled: boolean} → same; switches the provider routes on or off site-wide
 */
export function registerOAuthTestRoutes(router: Router, state: State): void {
  const store = oauthStore(state);
  const describe = () => ({
    enabled: store.enabled,
    clients: [...store.clients.values()].map((c) => ({ id: c.id, name: c.name, redirect_uris: c.redirectUris, scopes: c.scopes })),
  });
  router.get("/api/__test/oauth", describe);
  router.put("/api/__test/oauth", async (ctx) => {
    const { enabled } = await ctx.json();
    if (typeof enabled !== "boolean") throw paramError("enabled must be a boolean");
    store.enabled = enabled;
    return describe();
  });
}
