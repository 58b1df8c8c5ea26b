/// <reference types="vitest/config" />
import { readFileSync } from "node:fs";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { devSitePlaceholders } from "./scripts/dev-site.mjs";
import { pwa } from "./scripts/pwa-plugin.mjs";

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

// In development the API, share links, direct links, the manifest and WebDAV go to the backend:
// a real Cloudreve server (CLOUDREVE_URL) or the local stand-in.
const backend = process.env.CLOUDREVE_URL ?? `http://127.0.0.1:${process.env.STANDIN_PORT ?? 5212}`;
const proxied = ["/api", "/s/", "/f/", "/manifest.json", "/dav", "/__s3"];
// Absolute URLs (downloads, share links, S3-style part uploads) come from the backend's site URL
// list, the entry matching the Host header; `npm start` lists the app's address for the stand-in,
// so keep our Host there. A real server may sit behind virtual hosting and needs its own host name.
const proxy = Object.fromEntries(
  proxied.map((p) => [p, { target: backend, changeOrigin: Boolean(process.env.CLOUDREVE_URL), secure: false }]),
);

export default defineConfig({
  plugins: [react(), versionFile(), devSitePlaceholders(backend), pwa()],
  server: { host: "127.0.0.1", proxy },
  preview: { host: "127.0.0.1", proxy },
  build: {
    target: "es2022",
    sourcemap: false,
    // Placeholders such as {siteName} must survive into dist/index.html for the server to replace.
    modulePreload: { polyfill: false },
    // The size check reads the manifest to know what each page loads first.
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Only what the entry imports statically — code every page runs before it can render —
          // goes into one boot chunk. Left alone, the bundler splits it into a couple of dozen
          // small chunks by which lazy pages share each module: more requests and worse
          // compression, for code every visit downloads anyway. Lazy pages keep automatic chunking.
          groups: [{ name: "boot", tags: ["$initial"] }],
        },
      },
    },
  },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "server/**/*.test.ts", "scripts/**/*.test.mjs"],
    environment: "node",
  },
});
