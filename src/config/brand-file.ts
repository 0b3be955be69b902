// Loads brand.yaml files: the brand's name, website, declared social accounts, topics, window and exports. The
// file is checked against schema/brand-file.schema.json (ajv), then what a schema cannot say (URLs, handles, days).
// A brand file without `website:` is a social-only audit of its accounts and exports.
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { isEncodingLabel, UNKNOWN_ENCODING } from './encoding-label.js';
import { failAt, readYaml, yaml, type YamlSource } from './yaml-source.js';
import { checkSchema } from './validate.js';
import type { Platform } from '../snapshot/types.js';
import { socialTarget, type ExportSpec, type SocialTarget, type TokenVariables } from '../platforms/targets.js';
import { readTokenVariables } from './token-variables.js';
import { DEFAULT_WINDOW_DAYS, parseDayBound, parseWindow, windowProblem } from './window.js';
import { readBusinessHours, type BrandBusinessHours, type RawBusinessHours } from './business-hours.js';

export type { ExportSpec };

/** A validated brand file. */
export interface BrandFile {
  file: string;
  name: string;
  /** The start page of the website audit; absent for a social-only audit. */
  website?: string;
  language?: string;
  keywords: string[];
  windowDays: number;
  /** True when the file sets `window`, `since` or `until` (else the default window may move onto an old export). */
  windowSet: boolean;
  /** `since:` and `until:` as instants (the start of the first day, the end of the last). */
  since?: Date;
  until?: Date;
  /** Declared accounts: they override or add to those discovered on the site. */
  accounts: SocialTarget[];
  exports: ExportSpec[];
  /** Per platform, the environment variable holding this brand's token (names only; docs/platforms.md). */
  tokens: TokenVariables;
  /** `businessHours:`: the time zone, and the week's hours when given (they win over the site's). */
  businessHours?: BrandBusinessHours;
}

export { DEFAULT_WINDOW_DAYS, parseWindow };

/** True when a CLI target names a brand file rather than a URL. */
export function isBrandFile(target: string): boolean {
  return /\.ya?ml$/i.test(target.trim());
}

/** A brand file as YAML gives it, once it matches the schema. */
export interface RawBrand {
  name: string;
  website?: string | null;
  language?: string;
  window?: number | string | null;
  since?: string | null;
  until?: string | null;
  keywords?: string | string[] | null;
  accounts?: Record<string, string | string[]> | null;
  exports?: (string | { path: string; platform?: string; account?: string; delimiter?: string; encoding?: string })[] | null;
  tokens?: Record<string, unknown> | null;
  businessHours?: RawBusinessHours | null;
}

/** Reads and validates a brand file; every problem is a ConfigError naming the file, line and key. */
export function loadBrandFile(file: string): BrandFile {
  const ctx = readYaml(file, 'brand file', 'brandFile');
  if (!yaml().isMap(ctx.doc.contents)) throw new ConfigError('a brand file must be a YAML mapping with `name:` (and `website:`, `accounts:` or `exports:`)', file, 1);
  const raw = ctx.doc.toJS() as RawBrand;
  // Before the schema, whose messages quote values: a token pasted under `tokens:` must never be repeated.
  readTokenVariables(ctx, raw.tokens, []);
  checkSchema(ctx, raw, 'brandFile', { unknownKey });
  return brandFromData(ctx, raw, []);
}

/**
 * Checks what the schema cannot (the website URL, each account, the window's range) and builds the brand. `at` is
 * where the brand sits in its file (a portfolio entry's key path); relative export paths resolve against the file.
 */
export function brandFromData(ctx: YamlSource, raw: RawBrand, at: string[]): BrandFile {
  const website = raw.website === undefined || raw.website === null ? undefined : checkUrl(ctx, [...at, 'website'], raw.website.trim());
  let windowDays = DEFAULT_WINDOW_DAYS;
  const hasWindow = raw.window !== undefined && raw.window !== null;
  if (hasWindow) {
    const parsed = parseWindow(String(raw.window));
    if (parsed === null) fail(ctx, [...at, 'window'], `expected a number of days such as 30d or 4w (1–366 days), got ${JSON.stringify(raw.window)}`);
    windowDays = parsed;
  }
  const day = (key: 'since' | 'until'): Date | undefined => {
    const value = raw[key];
    if (value === undefined || value === null) return undefined;
    const date = parseDayBound(String(value), key);
    if (!date) fail(ctx, [...at, key], `expected a day written yyyy-mm-dd such as 2017-10-01, got ${JSON.stringify(value)}`);
    return date;
  };
  const since = day('since');
  const until = day('until');
  // --window and since/until together would say the period twice (until alone with window: the days before it).
  if (hasWindow && since) fail(ctx, [...at, 'window'], '`window` and `since` both set the start of the period: keep one');
  const problem = windowProblem(since, until);
  if (problem) fail(ctx, [...at, 'until'], `since ${String(raw.since)} until ${String(raw.until)}: ${problem}`);
  const keywords = raw.keywords === undefined || raw.keywords === null ? [] : Array.isArray(raw.keywords) ? raw.keywords : [raw.keywords];
  const accounts = readAccounts(ctx, raw.accounts ?? {}, at);
  const exports = readExports(ctx, raw.exports ?? [], at);
  if (!website && accounts.length === 0 && exports.length === 0) {
    fail(ctx, [...at, 'name'], 'nothing to audit: give `website:`, or for a social-only audit `accounts:` or `exports:`', true);
  }
  return {
    file: ctx.file,
    name: raw.name.trim(),
    ...(website ? { website } : {}),
    ...(raw.language ? { language: raw.language } : {}),
    keywords,
    windowDays,
    windowSet: hasWindow || since !== undefined || until !== undefined,
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
    accounts,
    exports,
    tokens: readTokenVariables(ctx, raw.tokens, at),
    ...(raw.businessHours ? { businessHours: readBusinessHours(ctx, raw.businessHours, at) } : {}),
  };
}

/** The wording of an unknown key: a platform under `accounts`, else the keys allowed there. */
function unknownKey(parent: string[], key: string, allowed: string[]): string | undefined {
  if (parent.at(-1) === 'accounts') return `unknown platform "${key}" (known: ${allowed.join(', ')})`;
  return undefined;
}

function readAccounts(ctx: YamlSource, accounts: Record<string, string | string[]>, at: string[]): SocialTarget[] {
  const out: SocialTarget[] = [];
  for (const [platform, values] of Object.entries(accounts)) {
    const keyPath = [...at, 'accounts', platform];
    for (const value of Array.isArray(values) ? values : [values]) {
      if (platform === 'discourse') {
        const url = checkUrl(ctx, keyPath, value.trim());
        out.push({ platform, handle: new URL(url).hostname, url });
        continue;
      }
      const target = socialTarget(platform as Platform, value);
      if (!target) fail(ctx, keyPath, `"${value}" is not a ${platform} account (give the handle or the profile URL)`);
      out.push(target);
    }
  }
  return out;
}

function readExports(ctx: YamlSource, exports: NonNullable<RawBrand['exports']>, at: string[]): ExportSpec[] {
  const dir = path.dirname(path.resolve(ctx.file));
  return exports.map((item, i) => {
    if (typeof item === 'string') return { path: path.resolve(dir, item) };
    // The reader decodes with the WHATWG labels; an unknown one is a mistake in this file, said at its line.
    if (item.encoding && !isEncodingLabel(item.encoding)) fail(ctx, [...at, 'exports', String(i), 'encoding'], `"${item.encoding}" ${UNKNOWN_ENCODING}`);
    return {
      path: path.resolve(dir, item.path),
      ...(item.platform ? { platform: item.platform } : {}),
      ...(item.account ? { account: item.account } : {}),
      ...(item.delimiter ? { delimiter: item.delimiter } : {}),
      ...(item.encoding ? { encoding: item.encoding } : {}),
    };
  });
}

function checkUrl(ctx: YamlSource, keyPath: string[], value: string): string {
  try {
    const u = new URL(value);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.toString();
  } catch {
    /* reported below */
  }
  fail(ctx, keyPath, `"${value}" is not an http(s) URL`);
}

function fail(ctx: YamlSource, keyPath: string[], message: string, atKey = false): never {
  return failAt(ctx, keyPath, message, atKey);
}
