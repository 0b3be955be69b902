// Loads brand.yaml files: the brand's name, website, declared social accounts, topics, window and exports.
import path from 'node:path';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { ConfigError } from './errors.js';
import { failAt, keyOf, readYaml, type YamlSource } from './yaml-source.js';
import { PLATFORMS, type Platform } from '../snapshot/types.js';
import { parseSocialUrl } from '../collect/site/social-url.js';
import type { SocialTarget } from '../collect/social/types.js';

export interface ExportSpec {
  /** Absolute path (relative paths in the file resolve against the brand file's folder). */
  path: string;
  platform?: string;
  account?: string;
}

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

const TOP_KEYS = ['name', 'website', 'language', 'keywords', 'window', 'accounts', 'exports'];
const LANGUAGES = ['fr', 'en', 'de', 'es'];
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

/** Reads and validates a brand file; every problem is a ConfigError naming the file, line and key. */
export function loadBrandFile(file: string): BrandFile {
  const ctx: Ctx = readYaml(file, 'brand file');
  const doc = ctx.doc;
  if (!isMap(doc.contents)) throw new ConfigError('a brand file must be a YAML mapping with `name:` and `website:`', file, 1);
  for (const pair of doc.contents.items) {
    const key = keyOf(pair.key);
    if (!TOP_KEYS.includes(key)) fail(ctx, [key], `unknown key "${key}" (expected one of: ${TOP_KEYS.join(', ')})`, true);
  }
  const name = requiredString(ctx, ['name']);
  const website = checkUrl(ctx, ['website'], requiredString(ctx, ['website']));
  const language = optionalString(ctx, ['language']);
  if (language !== undefined && !LANGUAGES.includes(language)) fail(ctx, ['language'], `expected one of ${LANGUAGES.join(', ')}, got "${language}"`);
  const keywords = stringList(ctx, ['keywords']);
  const windowRaw = doc.getIn(['window']);
  let windowDays = DEFAULT_WINDOW_DAYS;
  if (windowRaw !== undefined && windowRaw !== null) {
    const parsed = parseWindow(String(windowRaw));
    if (parsed === null) fail(ctx, ['window'], `expected a number of days such as 30d or 4w (1–366 days), got ${JSON.stringify(windowRaw)}`);
    windowDays = parsed!;
  }
  return {
    file,
    name,
    website,
    ...(language ? { language } : {}),
    keywords,
    windowDays,
    accounts: readAccounts(ctx),
    exports: readExports(ctx),
  };
}

function readAccounts(ctx: Ctx): SocialTarget[] {
  const node = ctx.doc.getIn(['accounts'], true) as Node | undefined;
  if (node === undefined || node === null) return [];
  if (!isMap(node)) fail(ctx, ['accounts'], 'accounts must map a platform to a handle, a URL, or a list of them');
  const out: SocialTarget[] = [];
  for (const pair of (node as { items: { key: unknown }[] }).items) {
    const platform = keyOf(pair.key);
    const keyPath = ['accounts', platform];
    if (platform !== 'discourse' && !(PLATFORMS as readonly string[]).includes(platform)) {
      fail(ctx, keyPath, `unknown platform "${platform}" (known: ${[...PLATFORMS, 'discourse'].join(', ')})`, true);
    }
    for (const value of stringList(ctx, keyPath)) out.push(toTarget(ctx, keyPath, platform as Platform | 'discourse', value));
  }
  return out;
}

/** Turns "maisonexemple", "@name@server" or a profile URL into a target with a canonical URL. */
function toTarget(ctx: Ctx, keyPath: string[], platform: Platform | 'discourse', value: string): SocialTarget {
  const v = value.trim();
  if (platform === 'discourse') {
    const url = checkUrl(ctx, keyPath, v);
    return { platform, handle: new URL(url).hostname, url };
  }
  const asUrl = /^https?:\/\//i.test(v) ? v : profileUrl(platform, v);
  const parsed = asUrl ? parseSocialUrl(asUrl) : null;
  if (!parsed || parsed.platform !== platform) {
    fail(ctx, keyPath, `"${value}" is not a ${platform} account (give the handle or the profile URL)`);
  }
  return { platform, handle: parsed!.handle, url: parsed!.url };
}

/** The profile URL a bare handle stands for on each platform. */
function profileUrl(platform: Platform, handle: string): string | null {
  const h = handle.replace(/^@/, '');
  switch (platform) {
    case 'facebook':
      return `https://www.facebook.com/${h}`;
    case 'x':
      return `https://x.com/${h}`;
    case 'instagram':
      return `https://www.instagram.com/${h}`;
    case 'youtube':
      return /^UC[\w-]{22}$/.test(h) ? `https://www.youtube.com/channel/${h}` : `https://www.youtube.com/@${h}`;
    case 'linkedin':
      return `https://www.linkedin.com/company/${h}`;
    case 'tiktok':
      return `https://www.tiktok.com/@${h}`;
    case 'pinterest':
      return `https://www.pinterest.com/${h}`;
    case 'threads':
      return `https://www.threads.net/@${h}`;
    case 'bluesky':
      return `https://bsky.app/profile/${h}`;
    case 'mastodon': {
      const m = /^([^@\s]+)@([^@\s]+\.[^@\s]+)$/.exec(h);
      return m ? `https://${m[2]}/@${m[1]}` : null;
    }
    case 'snapchat':
      return `https://www.snapchat.com/add/${h}`;
    case 'whatsapp':
      return `https://wa.me/${h.replace(/[^\d]/g, '')}`;
    case 'telegram':
      return `https://t.me/${h}`;
    case 'xing':
      return `https://www.xing.com/pages/${h}`;
  }
}

function readExports(ctx: Ctx): ExportSpec[] {
  const node = ctx.doc.getIn(['exports'], true) as Node | undefined;
  if (node === undefined || node === null) return [];
  if (!isSeq(node)) fail(ctx, ['exports'], 'exports must be a list of paths or of { path, platform, account }');
  const dir = path.dirname(path.resolve(ctx.file));
  return (node as { items: unknown[] }).items.map((item, i) => {
    const keyPath = ['exports', String(i)];
    if (isScalar(item) && typeof item.value === 'string') return { path: path.resolve(dir, item.value) };
    if (!isMap(item)) fail(ctx, keyPath, 'expected a path or { path, platform, account }');
    const map = item as { get(k: string): unknown; items: { key: unknown }[] };
    for (const pair of map.items) {
      const k = keyOf(pair.key);
      if (!['path', 'platform', 'account'].includes(k)) fail(ctx, [...keyPath, k], `unknown key "${k}" (expected path, platform, account)`, true);
    }
    const p = map.get('path');
    if (typeof p !== 'string' || p.trim() === '') fail(ctx, [...keyPath, 'path'], 'expected the path of a JSON or CSV export');
    const platform = map.get('platform');
    if (platform !== undefined && !(typeof platform === 'string' && (PLATFORMS as readonly string[]).includes(platform)))
      fail(ctx, [...keyPath, 'platform'], `unknown platform ${JSON.stringify(platform)}`);
    const account = map.get('account');
    if (account !== undefined && typeof account !== 'string') fail(ctx, [...keyPath, 'account'], 'expected the account handle');
    return {
      path: path.resolve(dir, p as string),
      ...(platform ? { platform: platform as string } : {}),
      ...(account ? { account: account as string } : {}),
    };
  });
}

type Ctx = YamlSource;

function requiredString(ctx: Ctx, keyPath: string[]): string {
  const v = optionalString(ctx, keyPath);
  if (v === undefined || v.trim() === '') fail(ctx, keyPath, 'is required', true);
  return v!.trim();
}

function optionalString(ctx: Ctx, keyPath: string[]): string | undefined {
  const v = ctx.doc.getIn(keyPath);
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') fail(ctx, keyPath, `expected a string, got ${JSON.stringify(v)}`);
  return v as string;
}

function stringList(ctx: Ctx, keyPath: string[]): string[] {
  const v = ctx.doc.getIn(keyPath) as unknown;
  if (v === undefined || v === null) return [];
  const node = ctx.doc.getIn(keyPath, true);
  if (isScalar(node) && typeof v === 'string') return [v];
  if (isSeq(node)) {
    const items = (v as { toJSON?: () => unknown[] }).toJSON?.() ?? (v as unknown[]);
    if (Array.isArray(items) && items.every((x) => typeof x === 'string' && x.trim() !== '')) return items as string[];
  }
  fail(ctx, keyPath, `expected a string or a list of strings, got ${JSON.stringify(isSeq(node) ? (node as { toJSON(): unknown }).toJSON() : v)}`);
}

function checkUrl(ctx: Ctx, keyPath: string[], value: string): string {
  try {
    const u = new URL(value);
    if (u.protocol === 'http:' || u.protocol === 'https:') return u.toString();
  } catch {
    /* reported below */
  }
  fail(ctx, keyPath, `"${value}" is not an http(s) URL`);
}

function fail(ctx: Ctx, keyPath: string[], message: string, atKey = false): never {
  return failAt(ctx, keyPath, message, atKey);
}
