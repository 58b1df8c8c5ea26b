// `npm test`: the checks that only read the source run side by side (each one's output is printed
// whole when it ends, so logs do not interleave), then the build, the size checks and the e2e suite
// run one after another on the build. Exits non-zero if any step failed.
import { spawn } from "node:child_process";

const STATIC_CHECKS = ["format:check", "lint", "typecheck", "test:unit", "api:check"];
const ON_THE_BUILD = ["build", "test:size", "test:e2e"];

function run(script, { buffered }) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", script], { stdio: buffered ? ["ignore", "pipe", "pipe"] : "inherit" });
    let output = "";
    if (buffered) {
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (output += d));
    }
    child.on("close", (code) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      if (buffered) process.stdout.write(output);
      console.log(`${code === 0 ? "ok  " : "FAIL"} npm run ${script} (${seconds} s)\n`);
      resolve(code === 0);
    });
  });
}

const results = await Promise.all(STATIC_CHECKS.map((s) => run(s, { buffered: true })));
if (results.includes(false)) process.exit(1);
for (const script of ON_THE_BUILD) if (!(await run(script, { buffered: false }))) process.exit(1);
