// The young generation of a website audit (bin/v8-flags.js, growYoungGeneration): under the bin's flags it keeps
// its first size; grown for an audit, it doubles up to the size asked for and stops there, and V8's flags are then
// back to those the code cache was made under.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './run-cli.js';

interface Young {
  /** The young generation's size (both halves) after some garbage, then after much more, in MB. */
  before: number;
  after: number;
  /** Whether V8's flags at the end are those setCliFlags set (the code cache's). */
  sameFlags: boolean;
}

/** A fresh node under the bin's flags, growing the young generation to `maxMb` halves (or not), then making garbage. */
function youngAfterGarbage(maxMb: number | null): Young {
  const flags = pathToFileURL(path.join(ROOT, 'bin', 'v8-flags.js')).href;
  const code = `
    import { cachedDataVersionTag, getHeapSpaceStatistics } from 'node:v8';
    import { growYoungGeneration, setCliFlags } from ${JSON.stringify(flags)};
    setCliFlags();
    const tag = cachedDataVersionTag();
    const young = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size / 1024 / 1024;
    // Garbage with some of it alive across collections, as a crawl makes, in rounds as a crawl reads pages (the
    // observer runs between them).
    let kept = [];
    const garbage = async (rounds) => {
      for (let round = 0; round < rounds; round++) {
        for (let i = 0; i < 20000; i++) {
          const o = { i, text: 'page ' + i };
          if (i % 4 === 0) kept.push(o);
          if (kept.length > 30000) kept = [];
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    await garbage(20);
    const before = young();
    ${maxMb === null ? '' : `growYoungGeneration(${maxMb});`}
    await garbage(400);
    console.log(JSON.stringify({ before, after: young(), sameFlags: cachedDataVersionTag() === tag }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Young;
}

describe('the young generation of a website audit', () => {
  it('keeps its first size under the bin flags alone', () => {
    const { before, after } = youngAfterGarbage(null);
    expect(after).toBe(before);
  });

  it('grows to the halves asked for, no further, and leaves the code cache flags as they were', () => {
    const { before, after, sameFlags } = youngAfterGarbage(4);
    expect(before).toBeLessThan(8);
    expect(after).toBe(8);
    expect(sameFlags).toBe(true);
  });
});
