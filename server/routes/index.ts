import type { Router } from "../core/router.ts";
import type { State } from "../state/state.ts";
import { registerSiteRoutes } from "./site.ts";
import { registerSessionRoutes } from "./session.ts";
import { registerUserRoutes } from "./user.ts";
import { registerTestRoutes } from "./test.ts";
import { registerDeployTestRoutes } from "./testDeploy.ts";
import { registerFileRoutes } from "../fs/routes.ts";
import { registerFileTestRoutes } from "../fs/testRoutes.ts";
import { registerDavRoutes } from "./dav.ts";
import { registerAdminRoutes } from "../admin/index.ts";
import { registerOAuthRoutes } from "../oauth/routes.ts";
import { registerOAuthTestRoutes } from "../oauth/testRoutes.ts";
import { registerNewerTestRoutes } from "./newer.ts";
import { registerMapTiles } from "./mapTiles.ts";
import { registerNewerLinkRoutes, registerNewerLinkTestRoutes } from "../fs/newerLinks.ts";

export function registerRoutes(router: Router, state: State): void {
  registerSiteRoutes(router, state);
  registerSessionRoutes(router, state);
  registerUserRoutes(router, state);
  registerFileRoutes(router, state);
  registerDavRoutes(router, state);
  registerAdminRoutes(router, state);
  registerOAuthRoutes(router, state);
  registerMapTiles(router);
  registerNewerLinkRoutes(router, state);
  if (state.config.testMode) {
    registerTestRoutes(router, state);
    registerDeployTestRoutes(router);
    registerFileTestRoutes(router, state);
    registerOAuthTestRoutes(router, state);
    registerNewerTestRoutes(router, state);
    registerNewerLinkTestRoutes(router, state);
  }
}
