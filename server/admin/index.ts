import { HANDLED, type Router } from "../core/router.ts";
import type { State } from "../state/state.ts";
import { registerFileAdminRoutes } from "./files.ts";
import { registerGroupAdminRoutes } from "./groups.ts";
import { adminRoutes } from "./http.ts";
import { registerPolicyAdminRoutes } from "./policies.ts";
import { watchNewUsers } from "./policyUse.ts";
import { registerSettingRoutes } from "./settings.ts";
import { adminOf } from "./store.ts";
import { registerSummaryRoutes } from "./summary.ts";
import { registerToolRoutes } from "./tools.ts";
import { registerUserAdminRoutes } from "./users.ts";

/**
 * The admin API under /api/v4/admin (the part the dashboard uses), gated on group permission bit 0.
 * Test mode adds `GET /api/__test/admin/wopi-discovery`: a small WOPI discovery document for the
 * import journey, since no office server is reachable in tests.
 */
export function registerAdminRoutes(router: Router, state: State): void {
  adminOf(state);
  watchNewUsers(state);
  const admin = adminRoutes(router);
  registerSummaryRoutes(admin, state);
  registerSettingRoutes(admin, state);
  registerUserAdminRoutes(admin, state);
  registerGroupAdminRoutes(admin, state);
  registerPolicyAdminRoutes(admin, state);
  registerFileAdminRoutes(admin, state);
  registerToolRoutes(admin, state);
  if (state.config.testMode) {
    router.get("/api/__test/admin/wopi-discovery", (ctx) => {
      const xml = `<?xml version="1.0" encoding="utf-8"?>
<wopi-discovery><net-zone name="external-http">
<app name="Stand-in Office" favIconUrl="https://office.example/favicon.ico">
<action name="view" ext="docx" urlsrc="https://office.example/view?&amp;"/>
<action name="edit" ext="docx" urlsrc="https://office.example/edit?&amp;"/>
<action name="embedview" ext="xlsx" urlsrc="https://office.example/view?&amp;"/>
</app></net-zone></wopi-discovery>`;
      ctx.res.writeHead(200, { "Content-Type": "text/xml; charset=utf-8" });
      ctx.res.end(xml);
      return HANDLED;
    });
  }
}
