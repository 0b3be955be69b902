// Public API: collect, audit and render programmatically. Prints nothing; the CLI is built on top of it.
import { createHttpClient, type HttpOptions } from './http/client.js';
import { collect, type CollectOptions } from './collect/index.js';
import { loadRuleSet, type RuleSet } from './config/rule-set.js';
import { buildReport } from './report/build.js';
import type { Lang } from './rules/runner.js';
import type { AuditReport } from './report/types.js';
import type { BrandSnapshot, PageRecord } from './snapshot/types.js';
import { collectSocial } from './collect/social/index.js';
import type { SocialTarget } from './collect/social/types.js';
import { DEFAULT_WINDOW_DAYS, type ExportSpec } from './config/brand-file.js';

export interface AuditOptions {
  maxPages?: number;
  maxDepth?: number;
  concurrency?: number;
  timeoutMs?: number;
  userAgent?: string;
  respectRobots?: boolean;
  resolve?: Record<string, string>;
  brandName?: string;
  /** HTML parser; htmlparser2 is the fast default (see `npm run bench`), BRAND_AUDIT_PARSER overrides it. */
  parser?: 'parse5' | 'htmlparser2';
  rules?: string | RuleSet;
  lang?: Lang;
  /** Options passed to the HTTP layer as they are (tests inject a MockAgent dispatcher here). */
  http?: HttpOptions;
  /** Social audit: read the official accounts (and declared ones, and exports). On by default. */
  social?: boolean;
  /** Accounts declared in a brand file, read even when the site does not link them. */
  accounts?: SocialTarget[];
  exports?: ExportSpec[];
  /** Days of conversations to read (default 30). */
  windowDays?: number;
  /** Most brand posts read per account (default 200). */
  maxPosts?: number;
  /** Check that profile URLs of platforms without public data answer (default true). */
  checkProfiles?: boolean;
  /** What the brand file says about the brand, kept in the snapshot for the rules. */
  brand?: { name: string; keywords: string[]; language?: string };
  /** Environment for base-URL overrides and tokens (default process.env). */
  env?: NodeJS.ProcessEnv;
  onPage?: (page: PageRecord, done: number) => void;
}

export const DEFAULTS = {
  maxPages: 30,
  maxDepth: 5,
  concurrency: 6,
  timeoutMs: 15_000,
  maxPosts: 200,
  windowDays: DEFAULT_WINDOW_DAYS,
} as const;

/** Crawls the site and returns its snapshot. Throws TargetError when the start page cannot be read. */
export async function collectSnapshot(url: string, options: AuditOptions = {}): Promise<BrandSnapshot> {
  const concurrency = options.concurrency ?? DEFAULTS.concurrency;
  const http = createHttpClient({
    timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
    userAgent: options.userAgent,
    respectRobots: options.respectRobots ?? true,
    resolve: options.resolve,
    concurrency,
    perHostConcurrency: concurrency,
    ...options.http,
  });
  try {
    const collectOptions: CollectOptions = {
      http,
      maxPages: options.maxPages ?? DEFAULTS.maxPages,
      maxDepth: options.maxDepth ?? DEFAULTS.maxDepth,
      concurrency,
      respectRobots: options.respectRobots ?? true,
      resolvedHosts: Object.keys(options.resolve ?? {}),
      brandName: options.brandName,
      parser: options.parser ?? parserFromEnv(),
      onPage: options.onPage,
    };
    const snapshot = await collect(url, collectOptions);
    const windowDays = options.windowDays ?? DEFAULTS.windowDays;
    if (options.brand) snapshot.brand = { ...options.brand, windowDays };
    if (options.social !== false) await addSocial(snapshot, http, options, windowDays);
    return snapshot;
  } finally {
    await http.close();
  }
}

/** Reads the social accounts into the snapshot: conversations, profiles on the accounts, one source line each. */
async function addSocial(snapshot: BrandSnapshot, http: ReturnType<typeof createHttpClient>, options: AuditOptions, windowDays: number): Promise<void> {
  const to = new Date(snapshot.collectedAt);
  const from = new Date(to.getTime() - windowDays * 86_400_000);
  const ctx = { http, window: { from, to, days: windowDays }, maxPosts: options.maxPosts ?? DEFAULTS.maxPosts, env: options.env ?? process.env };
  const result = await collectSocial(snapshot, {
    ctx,
    declared: options.accounts ?? [],
    exports: options.exports ?? [],
    checkProfiles: options.checkProfiles ?? true,
  });
  snapshot.brand ??= { name: snapshot.target.brandName, keywords: [], windowDays };
  snapshot.conversations = result.conversations;
  for (const conv of result.conversations) {
    const account = snapshot.accounts.find((a) => a.platform === conv.platform && a.handle.toLowerCase() === conv.handle.toLowerCase());
    if (account && conv.profile) {
      const { exists, followers, posts, lastPostAt, bio, links } = conv.profile;
      account.profile = Object.fromEntries(
        Object.entries({ exists, followers, posts, lastPostAt, bio, links }).filter(([, v]) => v !== undefined),
      ) as NonNullable<typeof account.profile>;
    }
    snapshot.sources.push({
      source: `${conv.platform}:${conv.handle}`,
      ok: conv.status === 'ok' || conv.status === 'partial',
      message: `${conv.source === 'none' ? 'not read' : conv.source}: ${conv.posts.length} post(s)${conv.message ? ` — ${conv.message}` : ''}`,
    });
  }
  for (const p of result.problems) {
    snapshot.sources.push({ source: 'export', ok: false, message: `${p.file}:${p.line} (${p.field}): ${p.message}` });
  }
}

function parserFromEnv(): 'parse5' | 'htmlparser2' | undefined {
  const v = process.env.BRAND_AUDIT_PARSER;
  return v === 'parse5' || v === 'htmlparser2' ? v : undefined;
}

/** Scores a snapshot with a rule set (a preset name, a path, or an already loaded set). */
export function auditSnapshot(snapshot: BrandSnapshot, rules: string | RuleSet = 'default', lang: Lang = 'en'): AuditReport {
  const ruleSet = typeof rules === 'string' ? loadRuleSet(rules) : rules;
  return buildReport(snapshot, ruleSet, lang);
}

/** Collects and audits in one call. */
export async function audit(url: string, options: AuditOptions = {}): Promise<{ snapshot: BrandSnapshot; report: AuditReport }> {
  const ruleSet = typeof options.rules === 'object' ? options.rules : loadRuleSet(options.rules ?? 'default');
  const snapshot = await collectSnapshot(url, options);
  return { snapshot, report: buildReport(snapshot, ruleSet, options.lang ?? 'en') };
}

export { loadSnapshot, saveSnapshot } from './snapshot/io.js';
export { loadRuleSet } from './config/rule-set.js';
export { buildReport } from './report/build.js';
export { renderReport, FORMATS } from './report/index.js';
export { ConfigError, TargetError } from './config/errors.js';
export { RULES } from './rules/index.js';
export type { BrandSnapshot, Account, PageRecord } from './snapshot/types.js';
export type { AuditReport } from './report/types.js';
export type { RuleResult, Rule } from './rules/types.js';
export type { RuleSet } from './config/rule-set.js';
