import { configDefaults, defineConfig } from 'vitest/config';

// Timing-sensitive end-to-end cases (a 2 s page deadline beside pages that take seconds of analysis) run on their
// own, after every other file: on a 2-core machine a parallel million-row export test starves them of CPU, and the
// wall time it takes from them is not what they measure.
const ALONE = ['tests/e2e/faults-site.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'suite', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, ...ALONE], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'alone', include: ALONE, sequence: { groupOrder: 1 } } },
    ],
  },
});
