// applyRunConfig: the configuration file fills the options the command line left to their defaults — flags win, an
// --out replaces the file's outDir, BRAND_AUDIT_RESOLVE beats the file's resolve — and hands the branding on.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyRunConfig, AUDIT_SETTINGS, BATCH_SETTINGS } from '../../src/cli/config-options.js';
import { addAuditOptions } from '../../src/cli/audit-flags.js';
import { addBatchOptions, registerBatchCommands } from '../../src/cli/batch/commands.js';
import { MERGE_SETTINGS } from '../../src/cli/config-settings.js';
import { configSchema } from '../../src/config/schemas.js';
import type { Io } from '../../src/cli/io.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-config-options-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'assets', 'logo.png'), 'not really a png, but a file');
  writeFileSync(
    path.join(dir, '.brandauditrc.yaml'),
    'maxPages: 50\nlang: fr\noutDir: reports\nformat: [html, json]\nresolve: www.brand.test=127.0.0.1\nsocial: false\n' +
      'branding:\n  name: Agence Exemple\n  logo: assets/logo.png\n  accent: "#0a5"\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A command with the flags the settings map to, parsed from `args`. */
function parsed(args: string[]): Command {
  const cmd = new Command('audit')
    .exitOverride()
    .option('--max-pages <n>', '', Number, 30)
    .option('--lang <lang>', '', 'en')
    .option('--format <formats>', '', 'terminal')
    .option('--out <file>')
    .option('--out-dir <dir>')
    .option('--resolve <spec>')
    .option('--no-social')
    .option('--config <file>')
    .option('--no-config');
  cmd.parse(args, { from: 'user' });
  return cmd;
}

const io = (env: NodeJS.ProcessEnv = {}): Io => ({ cwd: dir, env }) as unknown as Io;

describe('applyRunConfig', () => {
  it('fills what the command line left to its defaults, and hands on the branding', () => {
    const cmd = parsed([]);
    const applied = applyRunConfig(cmd, io(), AUDIT_SETTINGS);
    expect(cmd.opts()).toMatchObject({ maxPages: 50, lang: 'fr', format: 'html,json', outDir: path.join(dir, 'reports'), resolve: 'www.brand.test=127.0.0.1', social: false });
    expect(applied.branding).toEqual({ name: 'Agence Exemple', logo: path.join(dir, 'assets', 'logo.png'), accent: '#0a5' });
    expect(applied.origin('lang')).toEqual({ file: path.join(dir, '.brandauditrc.yaml'), line: 2, key: 'lang' });
  });

  it('lets every flag win, --out over the file’s outDir included', () => {
    const cmd = parsed(['--max-pages', '3', '--lang', 'de', '--out', 'one.html', '--format', 'html']);
    const applied = applyRunConfig(cmd, io(), AUDIT_SETTINGS);
    expect(cmd.opts()).toMatchObject({ maxPages: 3, lang: 'de', out: 'one.html', format: 'html' });
    expect(cmd.opts().outDir).toBeUndefined();
    expect(applied.origin('lang')).toBeUndefined();
    expect(applied.origin('maxPages')).toBeUndefined();
  });

  it('leaves --resolve to BRAND_AUDIT_RESOLVE when it is set, and does nothing with --no-config', () => {
    const cmd = parsed([]);
    applyRunConfig(cmd, io({ BRAND_AUDIT_RESOLVE: 'www.brand.test=127.0.0.2' }), AUDIT_SETTINGS);
    expect(cmd.opts().resolve).toBeUndefined();
    const none = parsed(['--no-config']);
    expect(applyRunConfig(none, io(), AUDIT_SETTINGS).branding).toBeUndefined();
    expect(none.opts()).toMatchObject({ maxPages: 30, lang: 'en' });
  });
});

describe('the configuration file has a key for every audit flag', () => {
  /** What the file does not take as a key of its own: the target, which file to read, and the branding's three. */
  const NOT_KEYS = ['fromSnapshot', 'config'];
  const BRANDING: Record<string, string> = { preparedBy: 'name', logo: 'logo', accent: 'accent' };
  const schema = configSchema() as { properties: Record<string, { properties?: Record<string, unknown> }> };
  const attributes = (cmd: Command): string[] => [...new Set(cmd.options.map((o) => o.attributeName()))];

  it('in the schema and read by `audit`: every flag under its camelCase name, the branding flags under `branding`', () => {
    const flags = attributes(addAuditOptions(new Command('audit'), 'audit')).filter((a) => !NOT_KEYS.includes(a));
    const plain = flags.filter((a) => !(a in BRANDING));
    expect(plain.filter((a) => !(a in schema.properties))).toEqual([]);
    expect(plain.filter((a) => !(AUDIT_SETTINGS as readonly string[]).includes(a))).toEqual([]);
    expect(Object.keys(BRANDING).filter((a) => !flags.includes(a))).toEqual([]);
    expect(Object.values(BRANDING).filter((k) => !(k in (schema.properties.branding.properties ?? {})))).toEqual([]);
    // And no key without a flag, but `branding`.
    expect(Object.keys(schema.properties).filter((k) => k !== 'branding' && !flags.includes(k))).toEqual([]);
  });

  it('read by `batch` for each of its audit flags', () => {
    const flags = attributes(addBatchOptions(new Command('batch'))).filter((a) => a in schema.properties);
    expect(flags.filter((a) => !BATCH_SETTINGS.includes(a as (typeof BATCH_SETTINGS)[number]))).toEqual([]);
  });
});

describe('`merge` and the configuration file', () => {
  it('has a flag for each key it reads, and --config/--no-config', () => {
    const program = new Command('brand-audit');
    registerBatchCommands(program, { env: {} } as unknown as Io);
    const merge = program.commands.find((c) => c.name() === 'merge')!;
    const attributes = merge.options.map((o) => o.attributeName());
    expect(MERGE_SETTINGS.filter((k) => !attributes.includes(k))).toEqual([]);
    expect(merge.options.map((o) => o.long)).toEqual(expect.arrayContaining(['--config', '--no-config']));
  });
});

describe('the period is one setting', () => {
  it('a --since, --until or --window on the command line drops the file’s window, since and until alike', () => {
    const periodDir = mkdtempSync(path.join(dir, 'period-'));
    writeFileSync(path.join(periodDir, 'brand-audit.config.yaml'), 'window: 14d\nuntil: 2026-03-31\n');
    const run = (args: string[]) => {
      const cmd = new Command('audit').exitOverride().option('--window <days>').option('--since <day>').option('--until <day>').option('--config <file>').option('--no-config');
      cmd.parse(args, { from: 'user' });
      applyRunConfig(cmd, { cwd: periodDir, env: {} } as unknown as Io, AUDIT_SETTINGS);
      return cmd.opts();
    };
    expect(run([])).toMatchObject({ window: '14d', until: '2026-03-31' });
    expect(run(['--since', '2026-01-01'])).toEqual({ since: '2026-01-01' });
    expect(run(['--until', '2026-02-28'])).toEqual({ until: '2026-02-28' });
    expect(run(['--window', '7d'])).toEqual({ window: '7d' });
  });
});
