// Bundle budgets from GUIDE §7, checked on the production build in dist/.
import { firstLoad } from "./first-load.mjs";

const KB = 1024;
const BUDGETS = { session: 200 * KB, home: 300 * KB, share: 300 * KB };
const CSS_BUDGET = 50 * KB;

let failed = false;
for (const [page, budget] of Object.entries(BUDGETS)) {
  const r = firstLoad("dist", page);
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
