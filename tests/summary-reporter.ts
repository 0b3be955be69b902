// A vitest reporter that ends the run with one plain line, "Tests: N passed, N failed, N skipped", which CI
// systems that do not know vitest's own summary can read. A run can fail without a failed test — a file that does
// not load, a beforeAll/afterAll that throws (its tests are then reported skipped), an error thrown after a test
// ended — so those are counted too, and the line never reads green on a run that exits 1.
import type { Reporter, SerializedError, TestModule, TestRunEndReason } from 'vitest/node';

/** What the closing line counts. */
export interface RunCounts {
  passed: number;
  failed: number;
  skipped: number;
  /** Files and suites whose own code failed: collection (import, syntax) or a beforeAll/afterAll hook. */
  failedSuites: number;
  /** Errors outside any test: thrown after a test ended, unhandled rejections. */
  errors: number;
}

/** Counts tests by state, failed files and suites, and errors outside tests. */
export function countRun(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): RunCounts {
  const counts: RunCounts = { passed: 0, failed: 0, skipped: 0, failedSuites: 0, errors: unhandledErrors.length };
  for (const mod of testModules) {
    for (const test of mod.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') counts.passed++;
      else if (state === 'failed') counts.failed++;
      else counts.skipped++;
    }
    // errors() holds the suite's own failures (its hooks, its collection), not its tests'.
    for (const suite of [mod, ...mod.children.allSuites()]) if (suite.errors().length > 0) counts.failedSuites++;
  }
  return counts;
}

/** The closing line; failed suites and errors are named only when there are any. */
export function summaryLine(c: RunCounts): string {
  const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  const parts = [`${c.passed} passed`, `${c.failed} failed`, `${c.skipped} skipped`];
  if (c.failedSuites > 0) parts.push(plural(c.failedSuites, 'suite failed', 'suites failed'));
  if (c.errors > 0) parts.push(plural(c.errors, 'error', 'errors'));
  return `Tests: ${parts.join(', ')}`;
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>, reason: TestRunEndReason): void {
    const counts = countRun(testModules, unhandledErrors);
    // vitest knows best why the run failed; should it fail for a cause not counted above, still say so.
    const unexplained = reason === 'failed' && counts.failed + counts.failedSuites + counts.errors === 0;
    process.stdout.write(`\n${summaryLine(counts)}${unexplained ? ' — the run failed' : ''}\n`);
  }
}
