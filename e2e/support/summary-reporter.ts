import type { FullResult, Reporter, TestCase } from "@playwright/test/reporter";

/** Prints the plain "N passed, N failed, N skipped" closing line CI reads, naming flaky tests. */
export default class SummaryReporter implements Reporter {
  private tests = new Set<TestCase>();

  onTestEnd(test: TestCase) {
    this.tests.add(test);
  }

  onEnd(_result: FullResult) {
    const counts = { passed: 0, failed: 0, skipped: 0, flaky: 0 };
    const flaky: string[] = [];
    for (const test of this.tests) {
      const outcome = test.outcome();
      if (outcome === "expected") counts.passed++;
      else if (outcome === "skipped") counts.skipped++;
      else if (outcome === "flaky") {
        counts.flaky++;
        flaky.push(test.titlePath().filter(Boolean).join(" › "));
      } else counts.failed++;
    }
    for (const name of flaky) console.log(`flaky (passed on retry): ${name}`);
    console.log(`e2e: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped, ${counts.flaky} flaky`);
  }
}
