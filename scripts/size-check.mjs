// First-load budgets (docs/performance.md), checked on the production build in dist/ (or the folder given as
// the first argument, e.g. `node scripts/size-check.mjs /tmp/dist-mine`).
import { firstLoad } from "./first-load.mjs";

const KB = 1024;
const dist = process.argv[2] ?? "dist";
// ≤ 150 KB on /session, ≤ 250 KB on /home and the share landing; CSS ≤ 50 KB. The sign-in page is
// drawn without MUI to stay within its budget; the other pages load MUI beside their own code.
const BUDGETS = { session: 150 * KB, home: 250 * KB, share: 250 * KB };
const CSS_BUDGET = 50 * KB;

let failed = false;
for (const [page, budget] of Object.entries(BUDGETS)) {
  const r = firstLoad(dist, page);
  const ok = r.jsGzip <= budget && r.cssGzip <= CSS_BUDGET;
  failed ||= !ok;
  console.log(
    `${ok ? "ok  " : "FAIL"} /${page}: first-load JS ${(r.jsGzip / KB).toFixed(1)} KB gzip (budget ${budget / KB} KB, ${r.jsFiles.length} files), CSS ${(r.cssGzip / KB).toFixed(1)} KB (budget ${CSS_BUDGET / KB} KB)`,
  );
}
if (failed) {
  console.error("Bundle budget exceeded: make the new code lazy or smaller.");
  process.exit(1);
}
