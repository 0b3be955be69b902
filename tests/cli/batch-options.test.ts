// `batch` takes the audit flags `audit` declares (bar those of one audit) and the configuration file as `audit` does,
// each brand audited with it: a flag beats the file, the file beats the defaults; a brand's own window beats the
// file's, the command line's beats both; a value from the file that the batch cannot use is said at its line.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAuditOptions } from '../../src/cli/audit-flags.js';
import { addBatchOptions, normalizeBatchOptions, type RawBatchOptions } from '../../src/cli/batch/commands.js';
import { brandWindow, hashedWindow } from '../../src/cli/brand-window.js';
import { applyRunConfig, BATCH_SETTINGS } from '../../src/cli/config-options.js';
import { ConfigError } from '../../src/errors.js';
import { DEFAULTS } from '../../src/defaults.js';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-batch-options-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const io = (): Io => ({ cwd: dir, env: {}, stdout: { isTTY: false }, stderr: { write: () => true }, exitCode: 0 }) as unknown as Io;

/** The batch command parsed from `args` with `config` as the configuration file found in the working folder. */
async function batchOptions(config: string, args: string[] = []) {
  writeFileSync(path.join(dir, 'brand-audit.config.yaml'), config);
  const cmd = addBatchOptions(new Command('batch').exitOverride());
  cmd.parse(args, { from: 'user' });
  const { origin } = applyRunConfig(cmd, io(), BATCH_SETTINGS);
  return { options: await normalizeBatchOptions(cmd.opts<RawBatchOptions>(), io(), origin), origin };
}

const SINGLE_AUDIT = ['--save-snapshot', '--pretty-snapshot', '--baseline', '--max-drop', '--allow-coverage-loss', '--brand-name', '--export', '--export-platform', '--export-account', '--export-delimiter', '--export-encoding', '--from-snapshot'];

describe('batch flags', () => {
  it('are the audit flags but those of one audit: a flag added to audit reaches batch', () => {
    const audit = addAuditOptions(new Command('audit'), 'audit').options.map((o) => o.long);
    const batch = new Set(addBatchOptions(new Command('batch')).options.map((o) => o.long));
    expect(audit.filter((flag) => !batch.has(flag))).toEqual(SINGLE_AUDIT);
  });

  it('have an option for every configuration key batch reads', () => {
    const attributes = new Set(addBatchOptions(new Command('batch')).options.map((o) => o.attributeName()));
    expect(BATCH_SETTINGS.filter((key) => !attributes.has(key))).toEqual([]);
    expect(BATCH_SETTINGS).not.toContain('baseline');
    expect(BATCH_SETTINGS).toContain('concurrency');
  });
});

describe('batch options: flag > configuration file > defaults', () => {
  const CONFIG = 'rules: strict\nlang: fr\nconcurrency: 7\nfailUnder: 50\nassert: [rule:site-https=pass]\nwindow: 14d\nresolve: www.brand.test=127.0.0.1\nsocial: false\n';

  it('takes what the command line left to its defaults from the file', async () => {
    const { options, origin } = await batchOptions(CONFIG);
    expect(options).toMatchObject({ rules: 'strict', lang: 'fr', concurrency: 7, failUnder: 50, asserts: ['rule:site-https=pass'], social: false, resolve: { 'www.brand.test': '127.0.0.1' } });
    // The file's window is kept apart: each brand's own window wins over it.
    expect(options.windowDays).toBeUndefined();
    expect(options.configWindow).toEqual({ windowDays: 14, since: undefined, until: undefined });
    expect(origin('concurrency')).toEqual({ file: path.join(dir, 'brand-audit.config.yaml'), line: 3, key: 'concurrency' });
    expect(options.maxPages).toBe(DEFAULTS.maxPages);
  });

  it('lets every flag win over the file', async () => {
    const { options, origin } = await batchOptions(CONFIG, ['--concurrency', '2', '--lang', 'de', '--rules', 'default', '--window', '7d', '--fail-under', '10']);
    expect(options).toMatchObject({ concurrency: 2, lang: 'de', rules: 'default', windowDays: 7, failUnder: 10 });
    expect(options.configWindow).toBeUndefined();
    expect(origin('concurrency')).toBeUndefined();
  });

  it('drops the file’s window for a --since or --until on the command line (one period, not two starts)', async () => {
    const { options } = await batchOptions(CONFIG, ['--since', '2026-01-01']);
    expect(options.since?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(options.windowDays).toBeUndefined();
    expect(options.configWindow).toBeUndefined();
  });

  it('keeps the file’s since/until apart as the file’s period, and drops it for a --window on the command line', async () => {
    const period = 'since: 2026-01-01\nuntil: 2026-03-31\nsourceTimeout: 45\n';
    const { options } = await batchOptions(period);
    expect([options.since, options.until, options.windowDays, options.sourceTimeout]).toEqual([undefined, undefined, undefined, 45]);
    expect(options.configWindow?.since?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(options.configWindow?.until?.toISOString()).toBe('2026-03-31T23:59:59.999Z');
    const flag = await batchOptions(period, ['--window', '7d']);
    expect([flag.options.windowDays, flag.options.since, flag.options.until, flag.options.configWindow]).toEqual([7, undefined, undefined, undefined]);
  });

  it('says a value of the file the batch cannot use at its line', async () => {
    const error = await batchOptions('format: pdf\nout: barometer.pdf\n').catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ file: path.join(dir, 'brand-audit.config.yaml'), line: 1, key: 'format' });
  });
});

describe('batch gates', () => {
  /** Runs the real command in-process from the test folder; resolves to the exit code and what was said on stderr. */
  async function run(args: string[]): Promise<{ code: number; stderr: string }> {
    const err: string[] = [];
    const out = { write: () => true, isTTY: false, columns: 80 };
    const code = await main(['node', 'brand-audit', 'batch', 'portfolio.yaml', ...args], { cwd: dir, env: {}, stdout: out, stderr: { write: (s: string) => err.push(s) }, exitCode: 0 } as unknown as Io);
    return { code, stderr: err.join('') };
  }

  it('refuses an --assert on a rule the rule set does not score before reading the portfolio, as audit does', async () => {
    writeFileSync(path.join(dir, 'brand-audit.config.yaml'), 'lang: fr\n');
    expect(await run(['--assert', 'rule:no-such-rule=pass'])).toEqual({ code: 2, stderr: expect.stringMatching(/^brand-audit: --assert rule:no-such-rule=pass: .*no-such-rule.*\n$/) });
  });

  it('says a bad assert of the configuration file at its line', async () => {
    writeFileSync(path.join(dir, 'brand-audit.config.yaml'), 'lang: fr\nassert:\n  - score=50\n  - rule:no-such-rule=pass\n');
    const { code, stderr } = await run([]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${path.join(dir, 'brand-audit.config.yaml')}:4 (assert.1): `);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('a brand’s window in a batch', () => {
  const own = { windowDays: 60, windowSet: true };
  const none = { windowDays: 30, windowSet: false };
  const since = new Date('2026-01-01T00:00:00Z');
  const until = new Date('2026-03-31T23:59:59.999Z');

  it('is the command line’s, else the brand’s own, else the configuration file’s, else the default', () => {
    expect(brandWindow({ windowDays: 7, configWindow: { windowDays: 14 } }, own)).toEqual({ windowDays: 7, since: undefined, until: undefined });
    expect(brandWindow({ since, configWindow: { windowDays: 14 } }, own)).toEqual({ windowDays: undefined, since, until: undefined });
    expect(brandWindow({ configWindow: { windowDays: 14 } }, own)).toEqual({ windowDays: 60, since: undefined, until: undefined });
    expect(brandWindow({ configWindow: { windowDays: 14 } }, none)).toEqual({ windowDays: 14, since: undefined, until: undefined });
    expect(brandWindow({ configWindow: { since, until } }, none)).toEqual({ windowDays: undefined, since, until });
    expect(brandWindow({ configWindow: { since, until } }, own)).toEqual({ windowDays: 60, since: undefined, until: undefined });
    expect(brandWindow({}, none)).toEqual({ windowDays: undefined, since: undefined, until: undefined });
    // `audit` of a URL or of exports alone: no brand, so the file's period applies.
    expect(brandWindow({ configWindow: { windowDays: 14 } }, undefined)).toEqual({ windowDays: 14, since: undefined, until: undefined });
  });

  it('is in the settings hash as it applies, and as before when no period is set', () => {
    expect(hashedWindow({ configWindow: { windowDays: 14 } }, none)).toEqual({ windowDays: 14 });
    expect(hashedWindow({ configWindow: { windowDays: 14 } }, own)).toEqual({});
    expect(hashedWindow({ windowDays: 7 }, own)).toEqual({ windowDays: 7 });
    expect(hashedWindow({}, none)).toEqual({});
    expect(hashedWindow({ configWindow: { since, until } }, none)).toEqual({ since: '2026-01-01', until: '2026-03-31' });
    expect(hashedWindow({ since }, own)).toEqual({ since: '2026-01-01' });
  });
});
