// `npm run bench`: builds the app, serves it with the stand-in, drives Chromium and records figures
// in bench-results.json as {"figure-name": number}. Each bench module adds its own figures.
// `npm run bench -- viewers explorer` runs only the named modules (and keeps the other figures).
import { spawn, execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { benchFirstLoad } from "./bench/first-load.mjs";
import { benchExplorer } from "./bench/explorer.mjs";
import { benchUpload } from "./bench/upload.mjs";
import { benchViewers } from "./bench/viewers.mjs";

const PORT = Number(process.env.BENCH_PORT ?? 5288);
const BASE = `http://127.0.0.1:${PORT}`;
const OUT = "bench-results.json";
const MODULES = { "first-load": benchFirstLoad, explorer: benchExplorer, upload: benchUpload, viewers: benchViewers };
const picked = process.argv.slice(2);
for (const name of picked) if (!(name in MODULES)) throw new Error(`unknown bench "${name}"; one of ${Object.keys(MODULES).join(", ")}`);
const results = existsSync(OUT) ? JSON.parse(readFileSync(OUT, "utf8")) : {};

function record(name, value) {
  results[name] = value;
  console.log(`${name.padEnd(40)} ${value}`);
}

const t0 = performance.now();
execFileSync("npx", ["vite", "build", "--logLevel", "warn"], { stdio: "inherit" });
record("build_s", Number(((performance.now() - t0) / 1000).toFixed(2)));

const dataDir = mkdtempSync(join(tmpdir(), "cloudreve-bench-"));
// Its own process group, so stopping it also stops what npx started under it.
const server = spawn("npx", ["tsx", "server/main.ts", "--port", String(PORT), "--test-mode", "--dist", "dist", "--data-dir", dataDir], {
  stdio: ["ignore", "pipe", "inherit"],
  detached: true,
});
await new Promise((resolve, reject) => {
  server.stdout.on("data", (d) => String(d).includes("listening") && resolve());
  server.on("exit", (code) => reject(new Error(`stand-in exited with ${code}`)));
});

const executablePath = ["/usr/bin/chromium"].find((p) => existsSync(p) && !existsSync(chromium.executablePath()));
const browser = await chromium.launch({
  executablePath,
  args: [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
    "--disable-dev-shm-usage",
  ],
});
try {
  for (const [name, run] of Object.entries(MODULES)) if (!picked.length || picked.includes(name)) await run({ browser, base: BASE, record });
} finally {
  await browser.close();
  process.kill(-server.pid, "SIGTERM");
  rmSync(dataDir, { recursive: true, force: true });
  writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwritten to ${OUT}`);
}
process.exit(0);
