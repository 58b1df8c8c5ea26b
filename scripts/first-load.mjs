// What a first visit to a page downloads, computed from Vite's build manifest: the entry, the page's
// lazy route modules, and everything they import statically (dynamic imports are not followed).
import { readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";

export const ROUTE_MODULES = {
  session: ["src/features/auth/AuthFrame.tsx", "src/features/auth/SignInPage.tsx"],
  // Every page but sign-in is drawn with MUI, whose theme loads beside the page (shared/theme/Themed.tsx).
  home: ["src/shared/theme/MuiTheme.tsx", "src/app/shell/AppShell.tsx", "src/features/explorer/ExplorerPage.tsx"],
  // The share landing: /home?path=cloudreve://…@share loads the explorer plus the landing module.
  share: [
    "src/shared/theme/MuiTheme.tsx",
    "src/app/shell/AppShell.tsx",
    "src/features/explorer/ExplorerPage.tsx",
    "src/features/shares/landing/ShareLanding.tsx",
  ],
};

export function firstLoad(dist, page) {
  const manifest = JSON.parse(readFileSync(join(dist, ".vite/manifest.json"), "utf8"));
  const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const roots = [entry, ...ROUTE_MODULES[page]];
  const js = new Set();
  const css = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest`);
    if (js.has(chunk.file)) return;
    js.add(chunk.file);
    (chunk.css ?? []).forEach((c) => css.add(c));
    (chunk.imports ?? []).forEach(visit);
  };
  roots.forEach(visit);
  const gz = (f) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
  return {
    jsFiles: [...js],
    jsGzip: [...js].reduce((n, f) => n + gz(f), 0),
    cssGzip: [...css].reduce((n, f) => n + gz(f), 0),
    jsRaw: [...js].reduce((n, f) => n + statSync(join(dist, f)).size, 0),
  };
}
