// Public API: collect, audit and render programmatically. Prints nothing; the CLI is built on top of it.
import { createHttpClient, type HttpOptions } from './http/client.js';
import { collect, type CollectOptions } from './collect/index.js';
import { loadRuleSet, type RuleSet } from './config/rule-set.js';
import { buildReport } from './report/build.js';
import type { Lang } from './rules/runner.js';
import type { AuditReport } from './report/types.js';
import type { BrandSnapshot, PageRecord } from './snapshot/types.js';

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
  onPage?: (page: PageRecord, done: number) => void;
}

export const DEFAULTS = {
  maxPages: 30,
  maxDepth: 5,
  concurrency: 6,
  timeoutMs: 15_000,
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
    return await collect(url, collectOptions);
  } finally {
    await http.close();
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
