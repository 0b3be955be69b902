// End-to-end: `batch` reads the configuration file as `audit` does — found upward from the working folder, its
// settings applied to every brand of the portfolio, a flag given on the command line winning over it — and a
// mistake in it stops the run with exit 2 and one line naming the file, line and key.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveArg, startSites, startUrl, type FixtureServer } from './fixture-brands.js';
import { runCli } from './run-cli.js';
import type { ResultRecord } from '../../src/portfolio/records.js';

const BRANDS = ['maison-exemple', 'vieux-bazar'];

let server: FixtureServer;
let dir: string;
const config = (): string => path.join(dir, 'brand-audit.config.yaml');

beforeAll(async () => {
  server = await startSites();
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-batch-config-'));
  const entries = BRANDS.map((b) => `  - name: ${b.replace(/-/g, ' ')}\n    id: ${b}\n    website: ${startUrl(server, b)}`);
  writeFileSync(path.join(dir, 'portfolio.yaml'), `title: Config barometer\nbrands:\n${entries.join('\n')}\n`);
}, 30_000);
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The records of a results file, one per brand. */
const records = (file: string): ResultRecord[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as ResultRecord);

/** Every brand audited: its rule set's id and the page limit it was crawled with. */
function audited(file: string): { id: string; ruleSet: string; maxPages: number | null }[] {
  return records(file)
    .map((r) => {
      if (r.status !== 'audited') throw new Error(`${r.id} was not audited: ${r.error.message}`);
      return { id: r.id, ruleSet: r.report.ruleSet.id, maxPages: r.report.site.maxPages };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

describe('brand-audit batch with a configuration file', () => {
  it("applies the file's settings to every brand, and a flag wins over the file", async () => {
    // The file alone says how to reach the sites (resolve), what to read and with which rule set.
    writeFileSync(config(), `rules: strict\nmaxPages: 2\ntimeout: 2\nsocial: false\nresolve: ${resolveArg(server)}\n`);

    const fromFile = await runCli(['batch', 'portfolio.yaml', '--results', 'file.jsonl', '--format', 'json', '--out', 'file.json'], { cwd: dir, timeoutMs: 90_000 });
    expect(fromFile.code, fromFile.stderr).toBe(0);
    expect(fromFile.stderr).toContain(`Settings from ${config()}`);
    expect(audited(path.join(dir, 'file.jsonl'))).toEqual(BRANDS.map((id) => ({ id, ruleSet: 'strict', maxPages: 2 })));

    const flags = await runCli(['batch', 'portfolio.yaml', '--results', 'flags.jsonl', '--format', 'json', '--out', 'flags.json', '--max-pages', '3', '--rules', 'default'], {
      cwd: dir,
      timeoutMs: 90_000,
    });
    expect(flags.code, flags.stderr).toBe(0);
    expect(audited(path.join(dir, 'flags.jsonl'))).toEqual(BRANDS.map((id) => ({ id, ruleSet: 'default', maxPages: 3 })));
  }, 200_000);

  it('stops at a mistake in the file with exit 2 and one line naming the file, line and key', async () => {
    writeFileSync(config(), 'rules: strict\nmaxpages: 2\n');
    const r = await runCli(['batch', 'portfolio.yaml', '--results', 'bad.jsonl'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringContaining(`${config()}:2 (maxpages): unknown setting "maxpages"`)]);
  });
});
