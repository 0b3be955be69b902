// The one place the stages meet: snapshot → computed artifacts → rules → scoring → AuditReport.
// Collection (the stage before) is in collect/; formatters (after) read the AuditReport and nothing else.
import type { BrandSnapshot } from './snapshot/types.js';
import type { RuleSet } from './rules/rule-set.js';
import { computeArtifacts } from './computed/index.js';
import { runRules } from './rules/runner.js';
import { computeScores } from './scoring/score.js';
import { REPORT_SCHEMA_VERSION, type AuditReport } from './report/types.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

const SUPPORT_KINDS = new Set(['help', 'contact', 'faq', 'customer-service', 'help-centre']);

/**
 * Audits a snapshot with a rule set: derives the computed artifacts once, runs the rules, scores, and assembles
 * the language-neutral report (message ids + data, unrounded figures, view facts) every formatter renders.
 */
export function auditSnapshot(snapshot: BrandSnapshot, ruleSet: RuleSet, generatedAt = new Date()): AuditReport {
  const computed = computeArtifacts(snapshot, ruleSet);
  const runs = runRules(snapshot, ruleSet, computed);
  const scores = computeScores(runs, ruleSet.categories);
  const pages = snapshot.site?.pages ?? [];
  const failed = pages.filter((p) => p.error);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    target: { url: snapshot.target.url, domain: snapshot.target.domain, brandName: snapshot.target.brandName },
    generatedAt: generatedAt.toISOString(),
    collectedAt: snapshot.collectedAt,
    ruleSet: { id: ruleSet.id, title: ruleSet.title, source: ruleSet.source },
    score: scores.score,
    grade: scores.grade,
    band: scores.band,
    counts: scores.counts,
    categories: scores.categories,
    rules: scores.rules,
    accounts: snapshot.accounts,
    site: {
      ...(snapshot.site?.audited === false ? { audited: false as const } : {}),
      pagesCrawled: pages.length,
      pagesFailed: failed.length,
      truncated: snapshot.site?.limits?.truncated ?? false,
      maxPages: snapshot.site?.limits?.maxPages ?? null,
      supportPages: pages
        .filter((p) => !p.error && p.kinds.some((k) => SUPPORT_KINDS.has(k)))
        .map((p) => ({ url: p.finalUrl ?? p.url, depth: p.depth, kinds: p.kinds })),
      failedPages: failed.map((p) => ({ url: p.url, depth: p.depth, error: p.error! })),
      errors: snapshot.site?.errors ?? [],
    },
    sources: snapshot.sources ?? [],
    ...(snapshot.conversations?.length ? { social: computed.social } : {}),
  };
}
