// Loads brand.yaml files: the brand's name, website, declared social accounts, topics, window and exports. The
// file is checked against schema/brand-file.schema.json (ajv), then what a schema cannot say (URLs, handles).
import path from 'node:path';
import whatwgEncoding from 'whatwg-encoding';
import { isMap } from 'yaml';
import { ConfigError } from '../errors.js';
import { failAt, readYaml, type YamlSource } from './yaml-source.js';
import { checkSchema } from './validate.js';
import type { Platform } from '../snapshot/types.js';
import { socialTarget, type ExportSpec, type SocialTarget } from '../platforms/targets.js';

export type { ExportSpec };

/** A validated brand file. */
export interface BrandFile {
  file: string;
  name: string;
  website: string;
  language?: string;
  keywords: string[];
  windowDays: number;
  /** Declared accounts: they override or add to those discovered on the site. */
  accounts: SocialTarget[];
  exports: ExportSpec[];
}

export const DEFAULT_WINDOW_DAYS = 30;

/** True when a CLI target names a brand file rather than a URL. */
export function isBrandFile(target: string): boolean {
  return /\.ya?ml$/i.test(target.trim());
}

/** Parses a window such as "30d", "4w" or "90" (days). */
export function parseWindow(value: string): number | null {
  const m = /^\s*(\d+)\s*(d|days?|w|weeks?)?\s*$/i.exec(value);
  if (!m) return null;
  const n = Number(m[1]) * (m[2] && /^w/i.test(m[2]) ? 7 : 1);
  return n >= 1 && n <= 366 ? n : null;
}

/** A brand file as YAML gives it, once it matches the schema. */
export interface RawBrand {
  name: string;
  website: string;
  language?: string;
  window?: number | string | null;
  keywords?: string | string[] | null;
  accounts?: Record<string, string | string[]> | null;
  exports?: (string | { path: string; platform?: string; account?: string; delimiter?: string; encoding?: string })[] | null;
}

/** Reads and validates a brand file; every problem is a ConfigError naming the file, line and key. */
export function loadBrandFile(file: string): BrandFile {
  const ctx = readYaml(file, 'brand file', 'brandFile');
  if (!isMap(ctx.doc.contents)) throw new ConfigError('a brand file must be a YAML mapping with `name:` and `website:`', file, 1);
  const raw = ctx.doc.toJS() as RawBrand;
  checkSchema(ctx, raw, 'brandFile', { unknownKey });
  return brandFromData(ctx, raw, []);
}

/**
 * Checks what the schema cannot (the website URL, each account, the window's range) and builds the brand. `at` is
 * where the brand sits in its file (a portfolio entry's key path); relative export paths resolve against the file.
 */
export function brandFromData(ctx: YamlSource, raw: RawBrand, at: string[]): BrandFile {
  const website = checkUrl(ctx, [...at, 'website'], raw.website.trim());
  let windowDays = DEFAULT_WINDOW_DAYS;
  if (raw.window !== undefined && raw.window !== null) {
    const parsed = parseWindow(String(raw.window));
    if (parsed === null) fail(ctx, [...at, 'window'], `expected a number of days such as 30d or 4w (1–366 days), got ${JSON.stringify(raw.window)}`);
    windowDays = parsed;
  }
  const keywords = raw.keywords === undefined || raw.keywords === null ? [] : Array.isArray(raw.keywords) ? raw.keywords : [raw.keywords];
  return {
    file: ctx.file,
    name: raw.name.trim(),
    website,
    ...(raw.language ? { language: raw.language } : {}),
    keywords,
    windowDays,
    accounts: readAccounts(ctx, raw.accounts ?? {}, at),
    exports: readExports(ctx, raw.exports ?? [], at),
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
    if (item.encoding && !whatwgEncoding.labelToName(item.encoding)) fail(ctx, [...at, 'exports', String(i), 'encoding'], `"${item.encoding}" is not a known encoding (e.g. utf-8, windows-1252, utf-16le)`);
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
