// End-to-end: `merge` reads the configuration file as `batch` does — the same search, --config and --no-config — and
// takes from it what applies to rendering merged results: the portfolio formats and where they go, the language,
// the per-brand gates and the rule set; a flag wins over the file, and a mistake in it is exit 2 on one line naming
// the file, line and key. The results come from a real batch of two social-only brands (an X archive, offline).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, runCli } from './run-cli.js';

const ARCHIVE = path.join(ROOT, 'fixtures', 'exports', 'acme-care-tweets.js');

let dir: string;
let cwd: string;
let results: string;
const config = (): string => path.join(dir, 'brand-audit.config.yaml');

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-merge-config-'));
  cwd = path.join(dir, 'ci');
  mkdirSync(cwd);
  for (const [id, since, until] of [['one', '2017-10-01', '2017-12-31'], ['two', '2017-11-01', '2017-11-30']]) {
    writeFileSync(path.join(dir, `${id}.yaml`), `name: Acme ${id}\nsince: ${since}\nuntil: ${until}\nexports:\n  - ${ARCHIVE}\n`);
  }
  writeFileSync(path.join(dir, 'portfolio.yaml'), 'title: Merged\nbrands:\n  - file: one.yaml\n  - file: two.yaml\n');
  results = path.join(dir, 'shard.jsonl');
  const r = await runCli(['batch', 'portfolio.yaml', '--results', results, '--format', 'json', '--out', 'batch.json', '--quiet', '--no-config'], { cwd: dir, timeoutMs: 90_000 });
  expect(r.code, r.stderr).toBe(0);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('brand-audit merge with a configuration file', () => {
  it('takes its formats, folder (relative to the file), language and gates, and says which file it read', async () => {
    writeFileSync(config(), 'format: [json, markdown]\noutDir: barometer\nlang: fr\nfailUnder: 99\n');
    const r = await runCli(['merge', results], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Settings from ${config()}\n`);
    expect(r.stderr).toMatch(/acme-one: score [\d.]+ is below/);
    expect(readFileSync(path.join(dir, 'barometer', 'portfolio.md'), 'utf8')).toContain('# Baromètre de la relation client');
    expect(JSON.parse(readFileSync(path.join(dir, 'barometer', 'portfolio.json'), 'utf8'))).toMatchObject({ brands: expect.anything() });
  });

  it('yields to every flag given, and is ignored with --no-config', async () => {
    writeFileSync(config(), 'format: [json, markdown]\noutDir: barometer\nlang: fr\nfailUnder: 99\nquiet: true\n');
    const out = path.join(dir, 'flags.md');
    const flags = await runCli(['merge', results, '--format', 'markdown', '--out', out, '--lang', 'de', '--fail-under', '0'], { cwd });
    expect(flags.code, flags.stderr).toBe(0);
    expect(flags.stderr).toBe('');
    expect(readFileSync(out, 'utf8')).not.toContain('Baromètre');
    const none = await runCli(['merge', results, '--format', 'markdown', '--no-config'], { cwd });
    expect(none.code, none.stderr).toBe(0);
    expect(none.stdout).not.toContain('Baromètre');
    expect(none.stderr).toBe('');
  });

  it.each([
    ['several formats and no folder', 'format: [html, json]\n', ':1 (format): several formats need --out-dir DIR'],
    ['an unknown setting', 'lang: fr\nformats: json\n', ':2 (formats): unknown setting "formats"'],
    ['a check on an unknown rule', 'assert:\n  - rule:no-such-rule=pass\n', ':2 (assert.0): unknown rule "no-such-rule"'],
  ])('stops at a mistake in the file with exit 2 and one line: %s', async (_, content, message) => {
    writeFileSync(config(), content);
    const r = await runCli(['merge', results, '--results', 'merged.jsonl'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining(`brand-audit: ${config()}${message}`)]);
    expect(r.stdout).toBe('');
    // Refused before anything is written.
    expect(existsSync(path.join(cwd, 'merged.jsonl'))).toBe(false);
  });
});
