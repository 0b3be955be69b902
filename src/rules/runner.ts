// Runs a resolved rule set over a snapshot: merges options, turns missing inputs into na and throws into error.
import type { BrandSnapshot } from '../snapshot/types.js';
import type { RuleSet } from './rule-set.js';
import type { ComputedArtifacts } from '../computed/types.js';
import type { Requirement, Rule, RuleOutcome, RuleRun } from './types.js';
import { getRule } from './index.js';

/**
 * Message ids the runner itself may give a rule; their text is under rules._common.messages in the catalogues.
 */
export const RUNNER_MESSAGES = ['runner.missing-input', 'runner.no-social', 'runner.no-website', 'runner.threw'] as const;

/** Evaluates every rule of the set, in the set's order. Never throws for a rule's own failure. */
export function runRules(snapshot: BrandSnapshot, ruleSet: RuleSet, computed: ComputedArtifacts): RuleRun[] {
  const results: RuleRun[] = [];
  for (const entry of ruleSet.rules) {
    const rule = getRule(entry.id);
    if (!rule) continue; // the loader already rejected unknown ids; a removed rule in an old set is skipped
    const outcome = evaluateSafely(rule, snapshot, entry.options, computed);
    results.push({ id: rule.meta.id, category: rule.meta.category, weight: entry.weight, ...outcome });
  }
  return results;
}

function evaluateSafely(
  rule: Rule,
  snapshot: BrandSnapshot,
  options: RuleSet['rules'][number]['options'],
  computed: ComputedArtifacts,
): RuleOutcome {
  const missing = rule.meta.requires.find((r) => !hasInput(snapshot, r));
  if (missing) {
    // A social-only audit (an export, a brand file without `website:`) did not look at the website: say so.
    const noWebsite = missing === 'site' && snapshot.site?.audited === false;
    const messageId = missing === 'conversations' ? 'runner.no-social' : noWebsite ? 'runner.no-website' : 'runner.missing-input';
    return { status: 'na', score: null, messageId, data: { input: missing }, evidence: [] };
  }
  try {
    const out = rule.evaluate(snapshot, { ...rule.meta.defaultOptions, ...options }, { computed });
    const score = out.status === 'na' || out.status === 'error' ? null : clamp(out.score ?? 0);
    return { ...out, score };
  } catch (err) {
    // A bug in one rule must not sink the audit: it is reported as `error` and weighs 0.
    const message = err instanceof Error ? err.message : String(err);
    return { status: 'error', score: null, messageId: 'runner.threw', data: { error: message }, evidence: [] };
  }
}

/** Whether the snapshot holds the part a rule needs: a site with a readable start page, any accounts list… */
function hasInput(snapshot: BrandSnapshot, req: Requirement): boolean {
  switch (req) {
    case 'site': {
      const start = snapshot.site?.pages?.[0];
      return !!start && !start.error && !!start.facts;
    }
    case 'accounts':
      return Array.isArray(snapshot.accounts);
    case 'conversations':
      return Array.isArray(snapshot.conversations) && snapshot.conversations.length > 0;
  }
}

function clamp(n: number): number {
  if (!Number.isFinite(n)) return 0;
  return Math.min(1, Math.max(0, n));
}
