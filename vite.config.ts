/// <reference types="vitest/config" />
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { devSitePlaceholders } from "./scripts/dev-site.mjs";
import { pwa } from "./scripts/pwa-plugin.mjs";
import { excalidrawAssets } from "./scripts/excalidraw-assets.mjs";

/**
 * `version.json` at the root of dist/: a Cloudreve server reads it when its statics folder is ours
 * and logs a warning without it.
 */
function versionFile(): Plugin {
  const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
  return {
    name: "cloudreve-version-file",
    apply: "build",
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "version.json", source: `${JSON.stringify({ name: "cloudreve-frontend", version })}\n` });
    },
  };
}

const NO_CSS_VARS = "\0mui-without-css-vars-themes";

/**
 * Two build-time redirects inside MUI, each leaving out code no page runs until later or at all:
 * - Tooltip imports its Popper (and with it Popper.js) statically, though a closed tooltip
 *   renders no popper. Its import goes to `src/shared/ui/LazyPopper.tsx`, which loads the real
 *   Popper when a tooltip first opens.
 * - `createTheme` and `ThemeProvider` reach MUI's CSS-variables theming (`cssVariables`,
 *   `colorSchemes`) for themes that ask for it; ours never does (src/app/theme.ts), yet every
 *   first load carried it. Those two imports get a stand-in that fails loudly if ever reached.
 * Development keeps MUI as it is; the behaviour is the same.
 */
function leanMui(): Plugin {
  const redirects: Array<{ importer: RegExp; source: string; to: string }> = [
    {
      importer: /[\\/]@mui[\\/]material[\\/]Tooltip[\\/]Tooltip\.mjs$/,
      source: "../Popper/index.mjs",
      to: fileURLToPath(new URL("./src/shared/ui/LazyPopper.tsx", import.meta.url)),
    },
    { importer: /[\\/]@mui[\\/]material[\\/]styles[\\/]createTheme\.mjs$/, source: "./createThemeWithVars.mjs", to: NO_CSS_VARS },
    { importer: /[\\/]@mui[\\/]material[\\/]styles[\\/]ThemeProvider\.mjs$/, source: "./ThemeProviderWithVars.mjs", to: NO_CSS_VARS },
  ];
  return {
    name: "lean-mui",
    apply: "build",
    enforce: "pre",
    resolveId(source, importer) {
      return (importer && redirects.find((r) => r.source === source && r.importer.test(importer))?.to) ?? null;
    },
    load(id) {
      if (id !== NO_CSS_VARS) return null;
      return [
        "const unavailable = () => { throw new Error('MUI CSS-variables themes are left out of this build (vite.config.ts, leanMui)'); };",
        "export default unavailable;",
        "export const CssVarsProvider = unavailable;",
      ].join("\n");
    },
  };
}

// In development the API, share links, direct links, the manifest and WebDAV go to the backend:
// a real Cloudreve server (CLOUDREVE_URL) or the local stand-in.
const backend = process.env.CLOUDREVE_URL ?? `http://127.0.0.1:${process.env.STANDIN_PORT ?? 5212}`;
const proxied = ["/api", "/s/", "/f/", "/manifest.json", "/dav", "/__s3"];
// Absolute URLs (downloads, share links, S3-style part uploads) come from the backend's site URL
// list, the entry matching the Host header; `npm start` lists the app's address for the stand-in,
// so keep our Host there. A real server may sit behind virtual hosting and needs its own host name.
const proxy = Object.fromEntries(proxied.map((p) => [p, { target: backend, changeOrigin: Boolean(process.env.CLOUDREVE_URL), secure: false }]));

export default defineConfig({
  plugins: [react(), versionFile(), devSitePlaceholders(backend), leanMui(), excalidrawAssets(), pwa()],
  server: { host: "127.0.0.1", proxy },
  preview: { host: "127.0.0.1", proxy },
  build: {
    target: "es2022",
    sourcemap: false,
    // Placeholders such as {siteName} must survive into dist/index.html for the server to replace.
    modulePreload: {
      polyfill: false,
      // A lazy route (imported by the boot chunk, `index-*.js`) fetches its chunk's imports
      // alongside itself. Lazy parts inside pages (dialogs, menus, tile layouts…) get no such list:
      // each list is bytes in a chunk every first visit downloads, for a load that starts on a
      // click or when the page is idle, where one more round trip goes unnoticed.
      resolveDependencies: (_file, deps, { hostId }) => (/(^|\/)index-[\w-]+\.js$/.test(hostId) ? deps : []),
    },
    // The size check reads the manifest to know what each page loads first.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Only what the entry imports statically — code every page runs before it can render —
          // goes into one boot chunk. Left alone, the bundler splits it into a couple of dozen
          // small chunks by which lazy pages share each module: more requests and worse
          // compression, for code every visit downloads anyway. Lazy pages keep automatic chunking.
          groups: [
            { name: "boot", tags: ["$initial"] },
            // The rest of react-i18next (useTranslation): every page uses it.
            { name: "boot", test: /[\\/]node_modules[\\/]react-i18next[\\/]/ },
            // MUI's styling core and the controls nearly every page draws with (all but sign-in,
            // which is drawn without MUI): one chunk beside the page instead of a dozen small ones.
            {
              name: "mui-core",
              test: /[\\/](node_modules[\\/](@mui[\\/](system|utils|styled-engine|private-theming|material[\\/](styles|utils|internal|ButtonBase|Button|IconButton|Typography|SvgIcon|CssBaseline|GlobalStyles|transitions|useLazyRipple|colors|Tooltip|Paper|Divider|Link|Avatar|Grow|List|ListItem|ListItemButton|ListItemText|ListItemIcon))|@emotion|stylis|react-is|react-transition-group|clsx|hoist-non-react-statics|prop-types))[\\/]/,
            },
            // The app's own kit of shared controls and lazy wrappers (src/shared/ui), with what it
            // uses: one chunk rather than a handful of tiny ones every page would request.
            { name: "ui-kit", test: /[\\/]src[\\/]shared[\\/]ui[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "server/**/*.test.ts", "scripts/**/*.test.mjs"],
    environment: "node",
  },
});
