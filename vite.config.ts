/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// In development the API, share links, direct links, the manifest and WebDAV go to the backend:
// a real Cloudreve server (CLOUDREVE_URL) or the local stand-in.
const backend = process.env.CLOUDREVE_URL ?? `http://127.0.0.1:${process.env.STANDIN_PORT ?? 5212}`;
const proxied = ["/api", "/s/", "/f/", "/manifest.json", "/dav", "/__s3"];
// The stand-in builds absolute URLs (downloads, S3-style part uploads) from the Host header, so keep
// ours; a real server may sit behind virtual hosting and needs its own host name.
const proxy = Object.fromEntries(
  proxied.map((p) => [p, { target: backend, changeOrigin: Boolean(process.env.CLOUDREVE_URL), secure: false }]),
);

export default defineConfig({
  plugins: [react()],
  server: { host: "127.0.0.1", proxy },
  preview: { host: "127.0.0.1", proxy },
  build: {
    target: "es2022",
    sourcemap: false,
    // Placeholders such as {siteName} must survive into dist/index.html for the server to replace.
    modulePreload: { polyfill: false },
    // The size check reads the manifest to know what each page loads first.
    manifest: true,
  },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "server/**/*.test.ts", "scripts/**/*.test.mjs"],
    environment: "node",
  },
});
