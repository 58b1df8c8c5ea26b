// The service worker's precache budget (docs/performance.md), checked on the production build: at most
// 1.5 MB, and the shell only: no lazy page (admin, viewers, editors, settings…) may be in it.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { readPrecache } from "./pwa-plugin.mjs";

const dist = process.argv[2] ?? "dist";
const BUDGET = 1.5 * 1024 * 1024;
const LAZY = /^src\/(features\/(admin|viewers|settings|profile|tasks|connect)\/|app\/pages\/)/;

const sw = join(dist, "sw.js");
if (!existsSync(sw)) {
  console.error(`FAIL ${sw} is missing: the build has no service worker.`);
  process.exit(1);
}
const precache = readPrecache(readFileSync(sw, "utf8"));
if (!precache) {
  console.log("ok   service worker turned off (VITE_PWA=off): nothing precached");
  process.exit(0);
}

const problems = [];
const missing = precache.filter((p) => !existsSync(join(dist, p)));
if (missing.length) problems.push(`listed but not in the build: ${missing.join(", ")}`);
const bytes = precache.filter((p) => !missing.includes(p)).reduce((n, p) => n + statSync(join(dist, p)).size, 0);
if (bytes > BUDGET) problems.push(`${(bytes / 1024).toFixed(0)} KB is over the ${BUDGET / 1024} KB budget`);
// Lazy route modules are dynamic entries in the build manifest; none belongs to the shell.
const manifest = JSON.parse(readFileSync(join(dist, ".vite/manifest.json"), "utf8"));
const lazy = Object.entries(manifest).filter(([src, c]) => c.isDynamicEntry && LAZY.test(src));
const leaked = lazy.filter(([, c]) => precache.includes(`/${c.file}`)).map(([src]) => src);
if (leaked.length) problems.push(`lazy pages precached: ${leaked.join(", ")}`);

const summary = `service-worker precache: ${precache.length} files, ${(bytes / 1024).toFixed(0)} KB (budget ${BUDGET / 1024} KB)`;
if (problems.length) {
  console.error(`FAIL ${summary}\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`ok   ${summary}`);
