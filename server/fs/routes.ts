import { HANDLED, type Router } from "../core/router.ts";
import type { State } from "../state/state.ts";
import { writeJson } from "./http.ts";
import { registerContentRoutes } from "./routesContent.ts";
import { registerFileOpRoutes } from "./routesFiles.ts";
import { registerShareRoutes } from "./routesShare.ts";
import { registerUploadRoutes } from "./routesUpload.ts";
import { registerWorkflowRoutes } from "./routesWorkflow.ts";
import { fsOf } from "./store.ts";

/**
 * Every file, share, upload, download and workflow route of the stand-in, and the share and direct links outside /api.
 * Registration order matters only where patterns overlap; none of these do.
 */
export function registerFileRoutes(router: Router, state: State): void {
  fsOf(state);
  registerFileOpRoutes(router, state);
  registerContentRoutes(router, state);
  registerUploadRoutes(router, state);
  registerShareRoutes(router, state);
  registerWorkflowRoutes(router, state);

  router.get("/manifest.json", (ctx) => {
    const s = state.settings as typeof state.settings & { pwaDisplay?: string; pwaThemeColor?: string; pwaBackgroundColor?: string };
    writeJson(
      ctx.res,
      {
        short_name: s.siteName,
        name: s.siteName,
        icons: [
          { src: s.pwaSmallIcon, sizes: "64x64 32x32 24x24 16x16", type: "image/x-icon" },
          { src: s.pwaMediumIcon, type: "image/png", sizes: "192x192" },
          { src: s.pwaLargeIcon, type: "image/png", sizes: "512x512" },
        ],
        start_url: ".",
        display: s.pwaDisplay ?? "standalone",
        theme_color: s.pwaThemeColor ?? "#000000",
        background_color: s.pwaBackgroundColor ?? "#ffffff",
      },
      200,
      { "Cache-Control": "public, no-cache" },
    );
    return HANDLED;
  });
}
