// The results file: whole lines appended, read back as a stream; a torn last line (kill -9 mid-write) is ignored and
// cut off before appending again; damage before the end is an error naming the line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readResults, ResultsWriter } from '../../src/portfolio/results-file.js';
import { RESULT_FORMAT, type ResultRecord } from '../../src/portfolio/records.js';
import { ConfigError } from '../../src/errors.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-results-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const failed = (id: string): ResultRecord => ({
  format: RESULT_FORMAT,
  id,
  origin: 'p.yaml:1',
  settings: 'abc',
  ruleSet: { id: 'default', hash: 'r1' },
  status: 'failed',
  error: { code: 'target', message: 'unreachable' },
});

async function ids(file: string): Promise<{ ids: string[]; torn: boolean; validBytes: number }> {
  const out: string[] = [];
  const stats = await readResults(file, (r) => void out.push(r.id));
  return { ids: out, ...stats };
}

describe('results file', () => {
  it('reads back what was appended', async () => {
    const file = path.join(dir, 'a.jsonl');
    const w = ResultsWriter.open(file);
    w.append(failed('a'));
    w.append(failed('b'));
    w.close();
    expect(await ids(file)).toEqual({ ids: ['a', 'b'], torn: false, validBytes: readFileSync(file).length });
  });

  it('ignores a torn last line and cuts it off before appending', async () => {
    const file = path.join(dir, 'torn.jsonl');
    const w = ResultsWriter.open(file);
    w.append(failed('a'));
    w.close();
    const whole = readFileSync(file).length;
    appendFileSync(file, JSON.stringify(failed('b')).slice(0, 40));
    const read = await ids(file);
    expect(read).toEqual({ ids: ['a'], torn: true, validBytes: whole });
    const again = ResultsWriter.open(file, read.validBytes);
    again.append(failed('c'));
    again.close();
    expect((await ids(file)).ids).toEqual(['a', 'c']);
  });

  it('names the line of damage before the end', async () => {
    const file = path.join(dir, 'damaged.jsonl');
    writeFileSync(file, `${JSON.stringify(failed('a'))}\n{oops\n${JSON.stringify(failed('b'))}\n`);
    await expect(ids(file)).rejects.toThrow(ConfigError);
    await expect(ids(file)).rejects.toThrow(`${file}:2: not a JSON line`);
    const other = path.join(dir, 'other.jsonl');
    writeFileSync(other, '{"score": 3}\n');
    await expect(ids(other)).rejects.toThrow(`${other}:1: not a brand-audit batch result`);
  });
});
