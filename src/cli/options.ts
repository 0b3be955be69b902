// Parsing and checking of command-line values: numbers, targets, colour, formats, host overrides. The CLI loads this
// module to define its flags, so --help and --version load it too: it imports only leaf modules (the export
// checks, which need the CSV and encoding libraries, are loaded when those flags are given).
import { InvalidArgumentError, Option } from 'commander';
import { ConfigError } from '../errors.js';
import { parseFormats } from '../report/formats.js';
import type { Branding } from '../report/branding.js';
import { OUTPUT_FORMATS, type OutputFormat } from './output-formats.js';
import { brandingFromFlags, type RawBrandingOptions } from './branding.js';
import { parseResolve } from '../http/resolve.js';
import { parseDayBound, parseWindow, windowProblem } from '../config/window.js';
import { LANGS, type Lang } from '../locale/langs.js';
import type { ExportSpec } from '../platforms/targets.js';
import type { Tolerances } from '../config/tolerances.js';
import type { Origin } from './config-options.js';
import type { CollectWindow } from './brand-window.js';

/** Everything `audit` (and `demo`) need once the flags are read and checked. */
export interface AuditCliOptions {
  maxPages: number;
  depth: number;
  concurrency: number;
  timeout: number;
  userAgent?: string;
  ignoreRobots?: boolean;
  rules: string;
  formats: OutputFormat[];
  out?: string;
  outDir?: string;
  saveSnapshot?: string;
  prettySnapshot?: boolean;
  fromSnapshot?: string;
  lang: Lang;
  failUnder?: number;
  asserts: string[];
  baseline?: string;
  /** --max-drop values: how far the overall score, a category or a rule may drop since the baseline. */
  tolerances: Tolerances;
  /** --allow-coverage-loss: a rule the baseline scored may be n/a, error or gone. */
  allowCoverageLoss: boolean;
  color: boolean;
  quiet?: boolean;
  verbose?: boolean;
  resolve?: Record<string, string>;
  brandName?: string;
  social: boolean;
  maxPosts: number;
  /** Seconds one social account may take. */
  sourceTimeout: number;
  windowDays?: number;
  /** --since and --until: an absolute window, as instants (the start of the first day, the end of the last, UTC). */
  since?: Date;
  until?: Date;
  /**
   * The configuration file's window, since or until: a default under the brand file's own period (brand-window.ts).
   * When the file gave the period, windowDays, since and until above are left unset.
   */
  configWindow?: CollectWindow;
  exports: ExportSpec[];
  checkProfiles: boolean;
  /** The consultant's or agency's name, logo and accent colour for the document formats (flags over the config file's). */
  branding?: Branding;
  /** Environment handed to the social sources (base-URL overrides); the demo points it at its local APIs. */
  env: NodeJS.ProcessEnv;
  /** Which options came from the configuration file, so later errors name its line. */
  origin?: Origin;
  /** The configuration file read, if any (said on stderr: a setting never comes from nowhere). */
  configFile?: string;
}

/** The raw values commander gives for the audit flags. */
export interface RawAuditOptions extends RawBrandingOptions {
  maxPages: number;
  depth: number;
  concurrency: number;
  timeout: number;
  userAgent?: string;
  ignoreRobots?: boolean;
  rules: string;
  format: string;
  out?: string;
  outDir?: string;
  saveSnapshot?: string;
  prettySnapshot?: boolean;
  fromSnapshot?: string;
  lang: Lang;
  failUnder?: number;
  assert?: string[];
  baseline?: string;
  maxDrop?: string[];
  allowCoverageLoss?: boolean;
  color: boolean;
  quiet?: boolean;
  verbose?: boolean;
  resolve?: string;
  brandName?: string;
  social: boolean;
  maxPosts: number;
  sourceTimeout: number;
  window?: string;
  since?: string;
  until?: string;
  export?: string[];
  exportPlatform?: string;
  exportAccount?: string;
  exportDelimiter?: string;
  exportEncoding?: string;
}

/**
 * Checks the combination of flags and turns raw values into options; problems are usage errors (exit 2), said at the
 * configuration file's line for a value `origin` says came from it.
 */
export async function normalizeOptions(raw: RawAuditOptions, env: NodeJS.ProcessEnv, stdout: NodeJS.WriteStream, origin: Origin = () => undefined): Promise<AuditCliOptions> {
  const formats = fromConfig(origin, ['format', 'outDir', 'out'], () => checkedFormats(raw.format, raw.out, raw.outDir));
  const resolveSpec = raw.resolve ?? env.BRAND_AUDIT_RESOLVE;
  let resolve: Record<string, string> | undefined;
  if (resolveSpec) {
    try {
      resolve = parseResolve(resolveSpec);
    } catch (err) {
      const at = origin('resolve');
      if (at) throw new ConfigError((err as Error).message, at.file, at.line, at.key);
      throw new ConfigError(`${raw.resolve ? '--resolve' : 'BRAND_AUDIT_RESOLVE'}: ${(err as Error).message}`);
    }
  }
  let windowDays: number | undefined;
  if (raw.window !== undefined) {
    const w = parseWindow(raw.window);
    if (w === null) throw new ConfigError(`--window expects a number of days such as 30d or 4w (1–366 days), got "${raw.window}"`);
    windowDays = w;
  }
  const day = (flag: '--since' | '--until', value: string | undefined): Date | undefined => {
    if (value === undefined) return undefined;
    const date = parseDayBound(value, flag === '--since' ? 'since' : 'until');
    if (!date) throw new ConfigError(`${flag} expects a day written yyyy-mm-dd such as 2017-10-01, got "${value}"`);
    return date;
  };
  const since = day('--since', raw.since);
  const until = day('--until', raw.until);
  // --window with --until counts back from that day; with --since it would give the start twice.
  if (since && windowDays !== undefined) throw new ConfigError('--window and --since both set the start of the period: give one (--until may go with either)');
  const problem = windowProblem(since, until ?? (since ? new Date() : undefined));
  if (problem) throw new ConfigError(`--since ${raw.since}${raw.until ? ` --until ${raw.until}` : ''}: ${problem}`);
  if (raw.social === false && (raw.export ?? []).length > 0)
    throw new ConfigError('--no-social reads no conversations, so it cannot audit --export: drop one of them');
  if (raw.exportDelimiter !== undefined || raw.exportEncoding !== undefined) {
    const { csvDelimiter, exportEncoding } = await import('../collect/social/export/index.js');
    if (raw.exportDelimiter !== undefined && !csvDelimiter(raw.exportDelimiter))
      throw new ConfigError(`--export-delimiter expects , ; or tab, got "${raw.exportDelimiter}"`);
    if (raw.exportEncoding !== undefined && !exportEncoding(raw.exportEncoding))
      throw new ConfigError(`--export-encoding expects an encoding such as utf-8, windows-1252 or utf-16le, got "${raw.exportEncoding}"`);
  }
  const exports = (raw.export ?? []).map((path) => ({
    path,
    ...(raw.exportPlatform ? { platform: raw.exportPlatform } : {}),
    ...(raw.exportAccount ? { account: raw.exportAccount } : {}),
    ...(raw.exportDelimiter ? { delimiter: raw.exportDelimiter } : {}),
    ...(raw.exportEncoding ? { encoding: raw.exportEncoding } : {}),
  }));
  const toStdout = !raw.out && !raw.outDir;
  // The file's period is a project default: a brand's own wins over it, a flag's replaces it (brand-window.ts).
  const period = { windowDays, ...(since ? { since } : {}), ...(until ? { until } : {}) };
  const fromFile = !!(origin('window') || origin('since') || origin('until'));
  return {
    maxPages: raw.maxPages,
    depth: raw.depth,
    concurrency: raw.concurrency,
    timeout: raw.timeout,
    userAgent: raw.userAgent,
    ignoreRobots: raw.ignoreRobots,
    rules: raw.rules,
    formats,
    out: raw.out,
    outDir: raw.outDir,
    saveSnapshot: raw.saveSnapshot,
    prettySnapshot: raw.prettySnapshot,
    fromSnapshot: raw.fromSnapshot,
    lang: raw.lang,
    failUnder: raw.failUnder,
    asserts: raw.assert ?? [],
    baseline: raw.baseline,
    // The --max-drop parser checks rule ids against the rule registry: loaded with the command, not with --help.
    tolerances: (await import('../config/tolerances.js')).parseTolerances(raw.maxDrop ?? []),
    allowCoverageLoss: !!raw.allowCoverageLoss,
    color: toStdout && useColor(raw.color, stdout, env),
    quiet: raw.quiet,
    verbose: raw.verbose,
    resolve,
    brandName: raw.brandName,
    social: raw.social,
    maxPosts: raw.maxPosts,
    sourceTimeout: raw.sourceTimeout,
    ...(fromFile ? { configWindow: period } : period),
    exports,
    checkProfiles: true,
    branding: brandingFromFlags(raw),
    env,
    origin,
  };
}

/**
 * Runs a check of options some of which may come from the configuration file: its ConfigError is said at the first
 * of `keys` the file gave (a flag's wording otherwise stays as it is).
 */
export function fromConfig<T>(origin: Origin, keys: Parameters<Origin>[0][], check: () => T): T {
  try {
    return check();
  } catch (err) {
    const at = keys.map((k) => origin(k)).find(Boolean);
    if (!(err instanceof ConfigError) || !at) throw err;
    throw new ConfigError(err.message, at.file, at.line, at.key);
  }
}

/** Parses --format and checks it against --out/--out-dir; problems are usage errors. */
export function checkedFormats(value: string, out?: string, outDir?: string): OutputFormat[] {
  const parsed = parseFormats<OutputFormat>(value, OUTPUT_FORMATS);
  if ('unknown' in parsed) throw new ConfigError(`unknown --format "${parsed.unknown}" (expected one or more of: ${OUTPUT_FORMATS.join(', ')})`);
  if (parsed.formats.length > 1 && !outDir) throw new ConfigError('several formats need --out-dir DIR (one file per format)');
  if (out && outDir) throw new ConfigError('give either --out FILE or --out-dir DIR, not both');
  if (parsed.formats.includes('pdf') && !out && !outDir) throw new ConfigError('--format pdf writes a file: give --out FILE.pdf or --out-dir DIR');
  return parsed.formats;
}

/**
 * The --lang option: any report renders in any of LANGS (default en); another value is a one-line usage error
 * (exit 2) from commander.
 */
export function langOption(description = 'language of the report'): Option {
  return new Option('--lang <lang>', description).choices([...LANGS]).default('en');
}

/**
 * Accepts http(s) URLs and bare host names, with a port or a path (www.brand.fr → https://www.brand.fr/,
 * staging.brand.fr:8443 → https://staging.brand.fr:8443/); anything else is a usage error.
 */
export function parseTarget(input: string): string {
  const trimmed = input.trim();
  // A scheme is letters before a colon — unless digits follow it: `host:8443` is a host and its port.
  const candidate = /^[a-z][a-z0-9+.-]*:(?!\d+(?:[/?#]|$))/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    throw new ConfigError(`"${input}" is not a URL (expected https://… or a host name such as www.brand.fr)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(`"${input}" is not an http(s) URL`);
  if (!url.hostname.includes('.') && url.hostname !== 'localhost' && !url.hostname.startsWith('['))
    throw new ConfigError(`"${input}" is not a URL (expected https://… or a host name such as www.brand.fr)`);
  return url.toString();
}

/** Colour only on a terminal, never with --no-color or NO_COLOR; FORCE_COLOR forces it (DESIGN.md). */
export function useColor(flag: boolean, stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): boolean {
  if (!flag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== '') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

export function positiveInt(flag: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${flag} expects a whole number ≥ 1.`);
    return n;
  };
}

export function nonNegativeInt(flag: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${flag} expects a whole number ≥ 0.`);
    return n;
  };
}

export function positiveNumber(flag: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${flag} expects a number of seconds > 0.`);
    return n;
  };
}

export function scoreArg(flag: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError(`${flag} expects a number from 0 to 100.`);
    return n;
  };
}

/** For repeatable flags (--assert, --export): commander calls this once per occurrence. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
