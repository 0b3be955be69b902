// Builds the AuditReport from a snapshot and a rule set: run the rules, score, and gather what reports show.
import type { BrandSnapshot } from '../snapshot/types.js';
import type { RuleSet } from '../config/rule-set.js';
import { runRules, type Lang } from '../rules/runner.js';
import { computeScores } from '../scoring/score.js';
import { REPORT_SCHEMA_VERSION, type AuditReport } from './types.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { summarizeSocial } from './social-summary.js';

const SUPPORT_KINDS = new Set(['help', 'contact', 'faq', 'customer-service', 'help-centre']);

/** Evaluates the rule set on the snapshot and assembles the report every formatter renders. */
export function buildReport(snapshot: BrandSnapshot, ruleSet: RuleSet, lang: Lang, generatedAt = new Date()): AuditReport {
  const rules = runRules(snapshot, ruleSet, lang);
  const scores = computeScores(rules, ruleSet.categories, lang);
  const pages = snapshot.site?.pages ?? [];
  const failed = pages.filter((p) => p.error);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    target: { url: snapshot.target.url, domain: snapshot.target.domain, brandName: snapshot.target.brandName },
    generatedAt: generatedAt.toISOString(),
    collectedAt: snapshot.collectedAt,
    lang,
    ruleSet: { id: ruleSet.id, title: ruleSet.title, source: ruleSet.source },
    score: scores.score,
    grade: scores.grade,
    band: scores.band,
    categories: scores.categories,
    rules,
    accounts: snapshot.accounts,
    site: {
      pagesCrawled: pages.length,
      pagesFailed: failed.length,
      truncated: snapshot.site?.limits?.truncated ?? false,
      supportPages: pages
        .filter((p) => !p.error && p.kinds.some((k) => SUPPORT_KINDS.has(k)))
        .map((p) => ({ url: p.finalUrl ?? p.url, depth: p.depth, kinds: p.kinds })),
      failedPages: failed.map((p) => ({ url: p.url, depth: p.depth, error: p.error! })),
      errors: snapshot.site?.errors ?? [],
    },
    sources: snapshot.sources ?? [],
    ...(snapshot.conversations?.length ? { social: { accounts: summarizeSocial(snapshot) } } : {}),
  };
}
