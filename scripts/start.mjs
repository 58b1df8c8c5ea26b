// `npm start`: the app in development mode, backed by the stand-in server or, with CLOUDREVE_URL,
// by a real Cloudreve server. Both processes stop together.
//
// The stand-in starts first and Vite only once it answers, so no request reaches a proxy with
// nothing behind it; the address is printed when the app answers through Vite, not before.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const real = process.env.CLOUDREVE_URL;
const standinPort = process.env.STANDIN_PORT ?? "5212";
const appPort = process.env.PORT ?? "5173";
const children = [];
let stopping = false;

function stopAll(code) {
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
  process.exitCode = code;
}

// The tools run as our direct children (not behind npx, which does not pass a SIGTERM on), so
// stopping this script stops them.
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));

function run(name, args, env = {}) {
  const child = spawn(process.execPath, [bin(name), ...args], { stdio: "inherit", env: { ...process.env, ...env } });
  child.on("exit", (code) => {
    if (stopping) return;
    stopAll(code ?? 0);
  });
  children.push(child);
  return child;
}

for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => stopAll(0));

/** Polls until one of `urls` answers with a Cloudreve envelope, the child exits, or time runs out. */
async function answers(urls, child, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (stopping || child.exitCode !== null) return false;
    for (const url of urls) {
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
        if (res.ok && (await res.json()).code === 0) return true;
      } catch {
        // Not listening yet.
      }
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

const pings = (base) => ["/api/v4/site/ping", "/api/v3/site/ping"].map((p) => new URL(p, base).href);

/** What answers at `base`, told the way the app tells it (src/features/compat). */
async function serverNotice(base, label) {
  const { tsImport } = await import("tsx/esm/api");
  const { detectServer } = await tsImport("../src/features/compat/detect.ts", import.meta.url);
  const found = await detectServer((path, init) => fetch(new URL(path, base), { ...init, signal: AbortSignal.timeout(3000) }));
  if (found.kind === "v3")
    return `${label} runs Cloudreve ${found.version}. This web app needs Cloudreve 4: upgrade the server (https://docs.cloudreve.org/) or use the web app that came with Cloudreve 3. The page shows the same notice.`;
  if (found.kind === "other") return `${label} does not answer as a Cloudreve server (no /api/v4/site/ping). The page shows the same notice.`;
  return undefined;
}

async function demoAccounts() {
  try {
    const { tsImport } = await import("tsx/esm/api");
    const users = await tsImport("../server/state/seedUsers.ts", import.meta.url);
    return [
      ["Admin", users.DEMO_ADMIN],
      ["User", users.DEMO_USER],
      ["Read-only user", users.DEMO_READONLY],
    ];
  } catch {
    return [];
  }
}

if (real) {
  console.log(`Proxying API calls to ${real}`);
} else {
  // Links the stand-in builds (share links, downloads, mails) must point at the app, which the
  // browser reaches through Vite on PORT, not at the stand-in's own port. Extra arguments after
  // `npm start --` go to the stand-in (e.g. --captcha normal, --policy s3) and come last, so a
  // --site-url given there wins.
  const siteUrl = `http://localhost:${appPort},http://127.0.0.1:${appPort}`;
  const standin = run("tsx", ["server/main.ts", "--port", standinPort, "--site-url", siteUrl, ...process.argv.slice(2)]);
  if (!(await answers(pings(`http://127.0.0.1:${standinPort}`), standin, 60_000))) {
    if (!stopping) console.error(`\n  The stand-in did not answer on port ${standinPort}. Is the port taken? (STANDIN_PORT changes it.)\n`);
    stopAll(1);
  }
}

if (!stopping) {
  const vite = run("vite", ["--port", appPort, "--strictPort"], { STANDIN_PORT: standinPort });
  // Through Vite's proxy: the page and the API both answer at the address we print.
  const ready = await answers(pings(`http://127.0.0.1:${appPort}`), vite, real ? 30_000 : 60_000);
  const notice = ready || real ? await serverNotice(ready ? `http://127.0.0.1:${appPort}` : real, real ?? "The stand-in").catch(() => undefined) : undefined;
  if (notice) console.error(`\n  ${notice}\n`);
  if (ready) {
    const lines = [`  Open http://localhost:${appPort}/ in your browser.`];
    const accounts = real ? [] : await demoAccounts();
    if (accounts.length) {
      lines.push("", "  Demo accounts:");
      for (const [role, a] of accounts) lines.push(`    ${role.padEnd(15)} ${a.email.padEnd(24)} ${a.password}`);
    }
    console.log(`\n${lines.join("\n")}\n`);
  } else if (!stopping && vite.exitCode === null) {
    // Vite runs, but the backend does not answer through it.
    console.error(`\n  http://localhost:${appPort}/ is up, but ${real ?? "the stand-in"} does not answer /api/v4/site/ping.\n`);
  }
}
