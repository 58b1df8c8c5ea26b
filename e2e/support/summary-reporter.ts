import type { FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";

/** Prints the plain "N passed, N failed, N skipped" closing line CI reads. */
export default class SummaryReporter implements Reporter {
  private counts = { passed: 0, failed: 0, skipped: 0 };

  onTestEnd(_test: TestCase, result: TestResult) {
    if (result.status === "passed") this.counts.passed++;
    else if (result.status === "skipped") this.counts.skipped++;
    else this.counts.failed++;
  }

  onEnd(_result: FullResult) {
    const { passed, failed, skipped } = this.counts;
    console.log(`e2e: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
