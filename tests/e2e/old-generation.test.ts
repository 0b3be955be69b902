// The demo's old generation (bin/v8-flags.js, growOldGenerationFreely): under the bin's flags it grows by half after
// each full collection; grown freely, by V8's own factor, the same live objects take fewer full collections.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './run-cli.js';

/** Full collections in a fresh node under the bin's flags (grown freely or not) while ~40 MB of objects stay alive. */
function fullCollections(freely: boolean): number {
  const flags = pathToFileURL(path.join(ROOT, 'bin', 'v8-flags.js')).href;
  const code = `
    import { PerformanceObserver, constants } from 'node:perf_hooks';
    import { growOldGenerationFreely, setCliFlags } from ${JSON.stringify(flags)};
    setCliFlags();
    ${freely ? 'growOldGenerationFreely();' : ''}
    let major = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) major++;
    }).observe({ entryTypes: ['gc'] });
    // Objects that live to the end, as a run's snapshot and report do, made in rounds (the observer runs between them).
    const kept = [];
    for (let round = 0; round < 40; round++) {
      for (let i = 0; i < 10000; i++) kept.push({ round, i, text: 'post ' + round + ' ' + i });
      await new Promise((resolve) => setImmediate(resolve));
    }
    await new Promise((resolve) => setImmediate(resolve));
    console.log(JSON.stringify({ major, kept: kept.length }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  const { major, kept } = JSON.parse(r.stdout) as { major: number; kept: number };
  expect(kept).toBe(400000);
  return major;
}

describe("the demo's old generation", () => {
  it('takes fewer full collections grown by V8 than grown by half', () => {
    const byHalf = fullCollections(false);
    const freely = fullCollections(true);
    expect(byHalf).toBeGreaterThan(1);
    expect(freely).toBeLessThan(byHalf);
  });
});
