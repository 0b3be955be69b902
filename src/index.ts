// Public API: collect, audit and render programmatically — the same pipeline the CLI runs. Prints nothing, writes
// nothing but what it is asked to (saveSnapshot); the CLI is built on top of it.
import { createHttpClient, createRedactor, secretsFrom, type HttpOptions } from './http/client.js';
import { collect, type CollectOptions } from './collect/index.js';
import type { ExportWindow } from './collect/social/export/window.js';
import { loadRuleSet, type RuleSet } from './config/rule-set.js';
import { DEFAULTS } from './defaults.js';
import { auditSnapshot as auditWithRuleSet } from './pipeline.js';
import type { AuditReport } from './report/types.js';
import { SNAPSHOT_SCHEMA_VERSION, type BrandSnapshot, type BusinessHoursRecord, type OpeningHours, type PageRecord } from './snapshot/types.js';
import { siteBusinessHours } from './collect/site/opening-hours.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';
import type { ExportSpec, SocialTarget, TokenVariables } from './platforms/targets.js';

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
  /** A preset name, a rule-set file, or an already loaded rule set (default: the default preset). */
  rules?: string | RuleSet;
  /** Options passed to the HTTP layer as they are (tests inject a MockAgent dispatcher here). */
  http?: HttpOptions;
  /** Social audit: read the official accounts (and declared ones, and exports). On by default. */
  social?: boolean;
  /** Accounts declared in a brand file, read even when the site does not link them. */
  accounts?: SocialTarget[];
  exports?: ExportSpec[];
  /** Days of conversations to read (default 30); with `until` alone, the days before it. */
  windowDays?: number;
  /** Start of an absolute window (a past period); with `until`, `windowDays` is not used. */
  since?: Date;
  /** End of an absolute window (default: the collection time). */
  until?: Date;
  /** Most brand posts read per account (default 200). */
  maxPosts?: number;
  /** Check that profile URLs of platforms without public data answer (default true). */
  checkProfiles?: boolean;
  /** What the brand file says about the brand, kept in the snapshot for the rules. */
  brand?: { name: string; keywords: string[]; language?: string };
  /**
   * The brand file's `businessHours:`: its time zone, and the week's hours when given (they win over the site's; with
   * the zone alone, the site's hours are read in it).
   */
  businessHours?: { timeZone: string; hours?: OpeningHours };
  /** Environment for base-URL overrides and tokens (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Per platform, the environment variable holding the token (a brand file's `tokens:`); defaults otherwise. */
  tokens?: TokenVariables;
  /** Seconds one social account may take (default 120); what was read by then is kept, the account marked partial. */
  sourceSeconds?: number;
  /**
   * Interrupts collection (the CLI aborts it on Ctrl-C): the crawl stops queuing pages, requests in flight are
   * cancelled, and the snapshot holds what was read, with a `limits.interrupted` note. Social accounts are not read
   * after an interruption.
   */
  signal?: AbortSignal;
  onPage?: (page: PageRecord, done: number) => void;
}

export { DEFAULTS };

/**
 * Crawls the site and reads the social accounts; returns the snapshot. Without `url`, a social-only audit: no page is
 * read (the website rules are `na`, "website not audited") and the accounts and exports given are. Throws TargetError
 * when the start page cannot be read.
 */
export async function collectSnapshot(url: string | undefined, options: AuditOptions = {}): Promise<BrandSnapshot> {
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
      resolve: options.resolve,
      brandName: options.brandName,
      parser: options.parser ?? parserFromEnv(),
      onPage: options.onPage,
      ...(options.signal ? { signal: options.signal } : {}),
    };
    const snapshot = url === undefined ? socialOnlySnapshot(options) : await collect(url, collectOptions);
    const window = auditWindow(options, new Date(snapshot.collectedAt));
    if (options.brand) snapshot.brand = { ...options.brand, windowDays: window.window.days };
    const hours = businessHoursOf(snapshot, options.businessHours);
    if (hours) snapshot.businessHours = hours;
    if (options.social !== false && !options.signal?.aborted) await addSocial(snapshot, http, options, window);
    if (url === undefined && !options.brandName && !options.brand) {
      // No site title and no brand file to name the brand: the first account read names it.
      const first = snapshot.conversations[0];
      if (first) snapshot.target.brandName = first.handle;
    }
    // Whatever a server echoed (an error body quoting the request URL, key or token included) stops here: no secret,
    // and no piece of one, leaves collection.
    return createRedactor(secretsFrom(options.env ?? process.env, Object.values(options.tokens ?? {}))).data(snapshot);
  } finally {
    await http.close();
  }
}

/** The brand file's opening hours, else the site's (read in the brand file's time zone when it gives one). */
function businessHoursOf(snapshot: BrandSnapshot, fromFile: AuditOptions['businessHours']): BusinessHoursRecord | undefined {
  if (fromFile?.hours) return { ...fromFile.hours, source: 'brand-file', timeZoneFrom: 'brand-file' };
  return siteBusinessHours(snapshot.site.pages, fromFile?.timeZone);
}

/** A snapshot with no website: the social-only audit of accounts and exports. */
function socialOnlySnapshot(options: AuditOptions): BrandSnapshot {
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    collectedAt: new Date().toISOString(),
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    target: { url: '', domain: '', brandName: options.brandName ?? options.brand?.name ?? '' },
    site: { audited: false, startUrl: '', pages: [], robots: null, errors: [], limits: { maxPages: 0, maxDepth: 0, truncated: false } },
    accounts: [],
    conversations: [],
    sources: [],
  };
}

const DAY_MS = 86_400_000;

/**
 * The audit window: `since`..`until` (either alone: up to now, or `windowDays` before `until`), else the last
 * `windowDays` days. Only the default window (none of the three given) may move onto an export older than it.
 */
function auditWindow(options: AuditOptions, now: Date): ExportWindow {
  const days = options.windowDays ?? DEFAULTS.windowDays;
  const to = options.until ?? now;
  const from = options.since ?? new Date(to.getTime() - days * DAY_MS);
  const span = options.since ? Math.ceil((to.getTime() - from.getTime()) / DAY_MS) : days;
  const anchor = options.windowDays === undefined && options.since === undefined && options.until === undefined;
  return { window: { from, to, days: Math.max(1, span) }, anchor };
}

/** Reads the social accounts into the snapshot: conversations, profiles on the accounts, one source line each. */
async function addSocial(snapshot: BrandSnapshot, http: ReturnType<typeof createHttpClient>, options: AuditOptions, window: ExportWindow): Promise<void> {
  const ctx = {
    http,
    window: window.window,
    maxPosts: options.maxPosts ?? DEFAULTS.maxPosts,
    env: options.env ?? process.env,
    ...(options.tokens ? { tokenVariables: options.tokens } : {}),
  };
  // The social sources (and the export readers behind them) load only for a social audit, not with --no-social.
  const { collectSocial, conversationSources } = await import('./collect/social/index.js');
  const result = await collectSocial(snapshot, {
    ctx,
    declared: options.accounts ?? [],
    exports: options.exports ?? [],
    anchorExports: window.anchor,
    checkProfiles: options.checkProfiles ?? true,
    ...(options.sourceSeconds !== undefined ? { sourceSeconds: options.sourceSeconds } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  snapshot.brand ??= { name: snapshot.target.brandName, keywords: [], windowDays: window.window.days };
  snapshot.conversations = result.conversations;
  for (const conv of result.conversations) {
    const account = snapshot.accounts.find((a) => a.platform === conv.platform && a.handle.toLowerCase() === conv.handle.toLowerCase());
    if (account && conv.profile) {
      const { exists, followers, posts, lastPostAt, bio, links } = conv.profile;
      account.profile = Object.fromEntries(
        Object.entries({ exists, followers, posts, lastPostAt, bio, links }).filter(([, v]) => v !== undefined),
      ) as NonNullable<typeof account.profile>;
    }
  }
  snapshot.sources.push(...conversationSources(result.conversations));
  // Each rejected export row is a source line of its own: a note with the file, line and field at fault.
  for (const problem of result.problems) snapshot.sources.push({ source: 'export', ok: false, notes: [problem] });
}

function parserFromEnv(): 'parse5' | 'htmlparser2' | undefined {
  const v = process.env.BRAND_AUDIT_PARSER;
  return v === 'parse5' || v === 'htmlparser2' ? v : undefined;
}

/**
 * Audits a snapshot (collected now or loaded with loadSnapshot) with a rule set — a preset name, a path, or a loaded
 * set — into the language-neutral AuditReport every format renders (renderReport, in any language).
 */
export function auditSnapshot(snapshot: BrandSnapshot, rules: string | RuleSet = 'default', generatedAt?: Date): AuditReport {
  const ruleSet = typeof rules === 'string' ? loadRuleSet(rules) : rules;
  return auditWithRuleSet(snapshot, ruleSet, generatedAt);
}

/**
 * Collects and audits in one call (without `url`, a social-only audit). The rule set is loaded first, so a bad one
 * fails before any network work.
 */
export async function audit(url: string | undefined, options: AuditOptions = {}): Promise<{ snapshot: BrandSnapshot; report: AuditReport }> {
  const ruleSet = typeof options.rules === 'object' ? options.rules : loadRuleSet(options.rules ?? 'default');
  const snapshot = await collectSnapshot(url, options);
  return { snapshot, report: auditWithRuleSet(snapshot, ruleSet) };
}

export { loadSnapshot, saveSnapshot } from './snapshot/io.js';
export { loadRuleSet, listPresets } from './config/rule-set.js';
export { loadBrandFile, type BrandFile } from './config/brand-file.js';
export { renderReport, parseFormats, FORMATS, EXTENSIONS, type Format, type RenderOptions } from './report/index.js';
export type { Branding } from './report/branding.js';
export { LANGS, isLang, type Lang } from './locale/langs.js';
export { ConfigError, TargetError } from './errors.js';
export { RULES, getRule } from './rules/index.js';
export type { BrandSnapshot, Account, PageRecord, Note } from './snapshot/types.js';
export type { AuditReport } from './report/types.js';
export type { Rule, RuleMeta, RuleResult, OptionSchema } from './rules/types.js';
export type { RuleSet, RuleSetEntry } from './rules/rule-set.js';
export type { ExportSpec, SocialTarget, TokenVariables } from './platforms/targets.js';
