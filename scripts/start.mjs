// `npm start`: the app in development mode, backed by the stand-in server or, with CLOUDREVE_URL,
// by a real Cloudreve server. Both processes stop together.
import { spawn } from "node:child_process";

const real = process.env.CLOUDREVE_URL;
const standinPort = process.env.STANDIN_PORT ?? "5212";
const appPort = process.env.PORT ?? "5173";
const children = [];

function run(cmd, args, env = {}) {
  const child = spawn(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  child.on("exit", (code) => {
    for (const c of children) if (c !== child) c.kill("SIGTERM");
    process.exit(code ?? 0);
  });
  children.push(child);
  return child;
}

for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => children.forEach((c) => c.kill(sig)));

if (real) {
  console.log(`Proxying API calls to ${real}`);
} else {
  // Links the stand-in builds (share links, downloads, mails) must point at the app, which the
  // browser reaches through Vite on PORT, not at the stand-in's own port. Extra arguments after
  // `npm start --` go to the stand-in (e.g. --captcha normal, --policy s3) and come last, so a
  // --site-url given there wins.
  const siteUrl = `http://localhost:${appPort},http://127.0.0.1:${appPort}`;
  run("npx", ["tsx", "server/main.ts", "--port", standinPort, "--site-url", siteUrl, ...process.argv.slice(2)]);
}
run("npx", ["vite", "--port", appPort, "--strictPort"], { STANDIN_PORT: standinPort });
setTimeout(() => console.log(`\n  Open http://localhost:${appPort}/ in your browser.\n`), 1500);
