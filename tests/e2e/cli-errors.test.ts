// End-to-end: bad input gets one clear line and the documented exit code (2 usage/config, 3 target).
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { ROOT, runCli } from './run-cli.js';
import { loadBrandFile } from '../../src/config/brand-file.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function oneLine(s: string): void {
  expect(s.trim().split('\n')).toHaveLength(1);
  expect(s).not.toMatch(/\n\s+at /); // never a stack trace
}

describe('usage errors exit 2', () => {
  it('rejects something that is not a URL', async () => {
    const r = await runCli(['audit', 'not a url']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"not a url" is not a URL');
    oneLine(r.stderr);
  });

  it('rejects a non-http scheme', async () => {
    const r = await runCli(['audit', 'ftp://files.brand.fr/']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not an http(s) URL');
  });

  it('rejects an unknown flag', async () => {
    const r = await runCli(['audit', 'https://www.brand.test/', '--max-pagez', '3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--max-pagez'");
  });

  it('rejects a bad number', async () => {
    const r = await runCli(['audit', 'https://www.brand.test/', '--max-pages', 'lots']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--max-pages expects a whole number');
  });

  it('rejects an unknown format', async () => {
    const r = await runCli(['audit', 'https://www.brand.test/', '--format', 'docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown --format "docx" (expected one or more of: terminal, json, html, markdown, junit, csv, pdf)');
  });

  it('rejects an unknown export delimiter or encoding', async () => {
    const d = await runCli(['audit', 'https://www.brand.test/', '--export', 'x.csv', '--export-delimiter', '|']);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('--export-delimiter expects , ; or tab, got "|"');
    const e = await runCli(['audit', 'https://www.brand.test/', '--export', 'x.csv', '--export-encoding', 'klingon']);
    expect(e.code).toBe(2);
    expect(e.stderr).toContain('--export-encoding expects an encoding');
  });

  it('names file and line of invalid YAML', async () => {
    const file = path.join(dir, 'broken.yaml');
    writeFileSync(file, 'id: broken\nrules:\n  official-accounts: { weight: 2\n');
    const r = await runCli(['rules', '--rules', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: invalid YAML`));
    oneLine(r.stderr);
  });

  it('names file, line and key of an unknown rule id', async () => {
    const file = path.join(dir, 'unknown-rule.yaml');
    writeFileSync(file, 'id: mine\nextends: [default]\nrules:\n  official-accounts: { weight: 2 }\n  no-such-rule: { weight: 1 }\n');
    const r = await runCli(['audit', 'https://www.brand.test/', '--rules', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:5 (rules.no-such-rule): unknown rule id "no-such-rule"`);
    oneLine(r.stderr);
  });

  it('names the key of a badly typed option', async () => {
    const file = path.join(dir, 'bad-option.yaml');
    writeFileSync(file, 'extends: default\nrules:\n  support-reachable:\n    options:\n      maxClicks: two\n');
    const r = await runCli(['rules', '--rules', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:5 (rules.support-reachable.options.maxClicks): expected a whole number from 1 to 10, got "two"`);
    oneLine(r.stderr);
  });

  it('names file, line and key of an option value outside its schema', async () => {
    const file = path.join(dir, 'bad-ratio.yaml');
    writeFileSync(file, 'extends: default\nrules:\n  unanswered-questions:\n    weight: 5\n    options: { maxRatio: -5 }\n');
    // Checked when the rule set loads: before any network work, for `audit` as for `rules`.
    const r = await runCli(['audit', 'https://www.brand.test/', '--rules', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`brand-audit: ${file}:5 (rules.unanswered-questions.options.maxRatio): expected a number from 0 to 1, got -5\n`);
    const unknown = path.join(dir, 'unknown-option.yaml');
    writeFileSync(unknown, 'extends: default\nrules:\n  unanswered-questions:\n    options:\n      maxRatioo: 0.3\n');
    const u = await runCli(['rules', '--rules', unknown]);
    expect(u.code).toBe(2);
    expect(u.stderr).toContain(`${unknown}:5 (rules.unanswered-questions.options.maxRatioo): unknown option "maxRatioo" for rule unanswered-questions`);
    oneLine(u.stderr);
  });

  it('rejects a report language it has no catalogue for, in one line', async () => {
    for (const args of [
      ['audit', 'https://www.brand.test/', '--lang', 'xx'],
      ['report', path.join(dir, 'any.json'), '--lang', 'it'],
      ['rules', '--lang', 'EN'],
      ['compare', 'a.json', 'b.json', '--lang', 'pt'],
    ]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/--lang <lang>' argument '(xx|it|EN|pt)' is invalid\. Allowed choices are en, fr, de, es\./);
      oneLine(r.stderr);
    }
  });

  it('reports a saved report of an older schema version, pointing at its snapshot', async () => {
    const file = path.join(dir, 'old-report.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, lang: 'fr', score: 50, categories: [], rules: [] }));
    const r = await runCli(['report', file, '--lang', 'es']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}: this report has schemaVersion 1`);
    oneLine(r.stderr);
  });

  it('reports a saved report of a newer schema version, asking for an upgrade rather than a re-audit', async () => {
    const file = path.join(dir, 'newer-report.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 99, score: 50, categories: [], rules: [] }));
    for (const args of [['report', file], ['compare', file, file]]) {
      const r = await runCli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`brand-audit: ${file}: this report has schemaVersion 99, newer than the 2 this version of brand-audit reads: upgrade brand-audit\n`);
    }
  });

  it('says it cannot write when --out-dir is an existing file, for audit and batch alike', async () => {
    const file = path.join(dir, 'not-a-folder');
    writeFileSync(file, 'a file, not a folder\n');
    const snapshot = path.join(ROOT, 'fixtures', 'snapshots', 'vieux-bazar.json');
    const portfolio = path.join(dir, 'one-brand.csv');
    writeFileSync(portfolio, `name,website\nClosed,http://www.closed.test:9/\n`);
    for (const args of [
      ['audit', '--from-snapshot', snapshot, '--format', 'json', '--out-dir', file, '--quiet'],
      ['batch', portfolio, '--out-dir', file, '--resolve', 'www.closed.test=127.0.0.1', '--quiet'],
    ]) {
      const r = await runCli(args);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toBe(`brand-audit: cannot write ${file}: EEXIST\n`);
    }
  });

  it('reports an unreadable snapshot file', async () => {
    const r = await runCli(['audit', '--from-snapshot', path.join(dir, 'missing.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read snapshot: ENOENT');
  });
});

describe('init', () => {
  it('writes a brand file whose first line points editors at the schema, and refuses to overwrite it', async () => {
    const file = path.join(dir, 'init', 'brand.yaml');
    mkdirSync(path.dirname(file), { recursive: true });
    const r = await runCli(['init', file, '--name', 'Maison Exemple', '--website', 'www.maison-exemple.fr']);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(file, 'utf8');
    const first = text.split('\n')[0];
    const reference = path.relative(path.dirname(file), path.join(ROOT, 'schema', 'brand-file.schema.json')).split(path.sep).join('/');
    expect(first).toBe(`# yaml-language-server: $schema=${reference}`);
    expect(existsSync(path.resolve(path.dirname(file), first.split('$schema=')[1]))).toBe(true);
    expect(text).toContain('website: "https://www.maison-exemple.fr/"');
    // The file it wrote is a valid brand file (the schema line is a comment to the loader).
    expect(loadBrandFile(file)).toMatchObject({ name: 'Maison Exemple', website: 'https://www.maison-exemple.fr/' });
    const again = await runCli(['init', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists (use --force to overwrite it)');
    oneLine(again.stderr);
  });
});

describe('a target that cannot be audited exits 3', () => {
  it('connection refused', async () => {
    // Grab a free port, then close it so nothing listens there.
    const port = await new Promise<number>((resolve) => {
      const srv = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (srv.address() as net.AddressInfo).port;
        srv.close(() => resolve(p));
      });
    });
    const r = await runCli(['audit', `http://www.closed.test:${port}/`, '--resolve', 'www.closed.test=127.0.0.1', '--quiet']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('cannot audit');
    expect(r.stderr).toMatch(/refused/i);
    oneLine(r.stderr);
  });

  it('TLS failure: https:// to a server that speaks plain HTTP, said in OpenSSL’s reason only', async () => {
    const srv = net.createServer((socket) => socket.end('HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n'));
    const port = await new Promise<number>((resolve) => srv.listen(0, '127.0.0.1', () => resolve((srv.address() as net.AddressInfo).port)));
    try {
      const r = await runCli(['audit', `https://www.plain.test:${port}/`, '--resolve', 'www.plain.test=127.0.0.1', '--quiet']);
      expect(r.code).toBe(3);
      expect(r.stderr).toBe(`brand-audit: cannot audit https://www.plain.test:${port}/: TLS error: wrong version number\n`);
    } finally {
      srv.close();
    }
  });

  it('DNS failure', async () => {
    // NO_PROXY=* lifts the test guard proxy so the lookup really happens (.invalid never resolves, even offline).
    const r = await runCli(['audit', 'https://www.no-such-brand.invalid/', '--quiet', '--timeout', '5'], { env: { NO_PROXY: '*' } });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/DNS/);
    oneLine(r.stderr);
  });
});
