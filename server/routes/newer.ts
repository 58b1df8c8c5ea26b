import { paramError } from "../core/envelope.ts";
import type { Router } from "../core/router.ts";
import type { State } from "../state/state.ts";

/**
 * Features of newer Cloudreve servers that the 4.0 community server does not have. Off by default,
 * so the stand-in answers like the community server; a flag, an env var or the test hook turns one
 * on to answer like a newer server:
 *   profileShares  `share_links_in_profile` in the user settings and user info, honoured by
 *                  `GET /user/shares/:id`  [--profile-shares, STANDIN_PROFILE_SHARES=1]
 *   customProps    the admin's typed custom properties in the explorer config (`custom_props`),
 *                  and `props:<id>` metadata accepted  [--custom-props, STANDIN_CUSTOM_PROPS=1]
 */
export interface NewerFeatures {
  profileShares: boolean;
  customProps: boolean;
}

/** The properties offered when custom properties are on: one of each type. */
export const CUSTOM_PROPS = [
  { id: "client", name: "Client", type: "text", max: 100 },
  { id: "budget", name: "Budget", type: "number", min: 0, max: 1000000 },
  { id: "approved", name: "Approved", type: "boolean" },
  { id: "stage", name: "Stage", type: "select", options: ["Draft", "Review", "Final"] },
  { id: "topics", name: "Topics", type: "multi_select", options: ["Design", "Legal", "Finance"] },
  { id: "source", name: "Source", type: "link" },
  { id: "quality", name: "Quality", type: "rating", max: 5 },
] as const;

const on = (v: string | undefined) => v === "1" || v === "true";
const byState = new WeakMap<State, NewerFeatures>();

export function newer(state: State): NewerFeatures {
  let f = byState.get(state);
  if (!f) {
    f = { profileShares: on(process.env.STANDIN_PROFILE_SHARES), customProps: on(process.env.STANDIN_CUSTOM_PROPS) };
    byState.set(state, f);
  }
  return f;
}

/**
 * Test-only hooks (mounted in test mode only):
 *   GET /api/__test/newer   {profile_shares, custom_props}
 *   PUT /api/__test/newer   {profile_shares?: boolean, custom_props?: boolean} → same; switches features site-wide
 */
export function registerNewerTestRoutes(router: Router, state: State): void {
  const f = newer(state);
  const describe = () => ({ profile_shares: f.profileShares, custom_props: f.customProps });
  router.get("/api/__test/newer", describe);
  router.put("/api/__test/newer", async (ctx) => {
    const b = await ctx.json();
    if (b.profile_shares !== undefined) {
      if (typeof b.profile_shares !== "boolean") throw paramError("profile_shares must be a boolean");
      f.profileShares = b.profile_shares;
    }
    if (b.custom_props !== undefined) {
      if (typeof b.custom_props !== "boolean") throw paramError("custom_props must be a boolean");
      f.customProps = b.custom_props;
    }
    return describe();
  });
}

export type ProfileShares = "" | "all_share" | "hide_share";
export const PROFILE_SHARES: readonly ProfileShares[] = ["", "all_share", "hide_share"];
