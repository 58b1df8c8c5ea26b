// Production builds only: writes the service worker (dist/sw.js) with its precache list, the
// offline page it shows, and the kill-switch for Cloudreve 3's worker (dist/service-worker.js).
// What the worker does and why it lives at /sw.js: docs/service-worker.md.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { build } from "vite";
import { firstLoad } from "./first-load.mjs";

const WORKER = "src/pwa/sw/worker.ts";
const UNINSTALL = "src/pwa/sw/uninstall.ts";
const OFFLINE_TEMPLATE = "src/pwa/offline.html";
/** Pages whose first load is the app shell (the entry points users arrive at). */
const SHELL_PAGES = ["session", "home", "share"];
/** Files of public/ that belong to the shell: the icons index.html and the manifest point at. */
const SHELL_PUBLIC = /^static\/img\//;

/** Every file under dir, as paths relative to it with forward slashes, sorted. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
}

/**
 * The app shell of a build, as URL paths: the JS and CSS the sign-in page, the explorer and the
 * share landing load first (the same list the size budgets measure), and the shell's icons.
 * Lazy chunks (viewers, editors, the admin pages…) are left out: the worker caches them when used.
 */
export function shellFiles(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, ".vite/manifest.json"), "utf8"));
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
  const files = new Set();
  for (const page of SHELL_PAGES) {
    for (const js of firstLoad(dist, page).jsFiles) {
      files.add(js);
      for (const css of byFile.get(js)?.css ?? []) files.add(css);
    }
  }
  for (const f of filesUnder(dist)) if (SHELL_PUBLIC.test(f)) files.add(f);
  return [...files].sort().map((f) => `/${f}`);
}

/** The offline page with the "offline" texts of every language that has them. */
export function offlinePage(root) {
  const locales = join(root, "public/locales");
  const texts = {};
  for (const lng of readdirSync(locales).sort()) {
    const file = join(locales, lng, "pwa.json");
    if (existsSync(file)) texts[lng] = JSON.parse(readFileSync(file, "utf8")).offline;
  }
  // As a script literal: "<" escaped so no text can close the script element.
  const literal = JSON.stringify(texts).replaceAll("<", "\\u003c");
  return readFileSync(join(root, OFFLINE_TEMPLATE), "utf8").replace('"__TEXTS__"', () => literal);
}

/** A hash of every file of the build but the workers: any change makes sw.js byte-different. */
export function buildVersion(dist, skip) {
  const hash = createHash("sha256");
  for (const f of filesUnder(dist)) {
    if (skip.includes(f)) continue;
    hash
      .update(f)
      .update("\0")
      .update(readFileSync(join(dist, f)))
      .update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/** The worker script: its constants, then the compiled source (a classic script, no imports). */
export function composeWorker(code, { version, precache, offlinePage }) {
  return [
    "// Service worker of the Cloudreve web app: precaches the app shell, caches lazy chunks and texts",
    "// when used, and shows an offline page when the server cannot be reached.",
    `const VERSION = ${JSON.stringify(version)};`,
    `const PRECACHE = ${JSON.stringify(precache)};`,
    `const OFFLINE_PAGE = ${JSON.stringify(offlinePage)};`,
    code,
  ].join("\n");
}

/** The precache list written into a built sw.js, or null for a worker without one. */
export function readPrecache(swSource) {
  const m = /^const PRECACHE = (\[.*\]);$/m.exec(swSource);
  return m ? JSON.parse(m[1]) : null;
}

async function compile(root, entry) {
  const out = await build({
    root,
    configFile: false,
    envFile: false,
    publicDir: false,
    logLevel: "warn",
    build: {
      write: false,
      target: "es2020",
      minify: true,
      modulePreload: false,
      rolldownOptions: { input: join(root, entry), output: { format: "iife" } },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
  return outputs.find((o) => o.type === "chunk").code;
}

/**
 * The Vite plugin. `VITE_PWA=off` at build time builds without the worker: the app registers none,
 * and dist/sw.js becomes a worker that removes itself from browsers that had ours.
 */
export function pwa() {
  let root = process.cwd();
  let logger;
  let offline;
  const enabled = process.env.VITE_PWA !== "off";
  return {
    name: "cloudreve-pwa",
    apply: "build",
    configResolved(config) {
      root = config.root;
      logger = config.logger;
    },
    generateBundle() {
      // Hashed under assets/: served with a long cache lifetime, and a new text makes a new file.
      if (!enabled) return;
      const ref = this.emitFile({ type: "asset", name: "offline.html", source: offlinePage(root) });
      offline = `/${this.getFileName(ref)}`;
    },
    async writeBundle(options) {
      const dist = options.dir;
      const uninstall = await compile(root, UNINSTALL);
      writeFileSync(join(dist, "service-worker.js"), uninstall);
      if (!enabled) {
        writeFileSync(join(dist, "sw.js"), uninstall);
        return;
      }
      const precache = [...shellFiles(dist), offline];
      const version = buildVersion(dist, ["sw.js", "service-worker.js"]);
      writeFileSync(join(dist, "sw.js"), composeWorker(await compile(root, WORKER), { version, precache, offlinePage: offline }));
      const bytes = precache.reduce((n, p) => n + statSync(join(dist, p)).size, 0);
      logger.info(`service worker: ${precache.length} files precached, ${(bytes / 1024).toFixed(0)} KB`);
    },
  };
}
