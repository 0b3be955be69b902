// Runs a resolved rule set over a snapshot: merges options, turns missing inputs into na and throws into error.
import type { BrandSnapshot, PageKind, PageRecord } from '../snapshot/types.js';
import type { RuleSet } from './rule-set.js';
import type { ComputedArtifacts } from '../computed/types.js';
import type { Requirement, Rule, RuleOutcome, RuleRun } from './types.js';
import { getRule } from './index.js';

/**
 * Message ids the runner itself may give a rule; their text is under rules._common.messages in the catalogues.
 */
export const RUNNER_MESSAGES = [
  'runner.missing-input',
  'runner.no-social',
  'runner.no-website',
  'runner.threw',
  'runner.robots-blocked',
  'runner.robots-page',
] as const;

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
    if (out.status === 'warn' || out.status === 'fail') {
      const blocked = blockedPages(snapshot, rule.meta.readsPages ?? []);
      if (blocked.length > 0) {
        const evidence = blocked.slice(0, MAX_BLOCKED_EVIDENCE).map((p) => ({ url: p.url, note: { id: 'runner.robots-page' } }));
        const reads = rule.meta.readsPages ?? [];
        const kinds = [...new Set(blocked.flatMap((p) => p.kinds.filter((k) => reads.includes(k))))];
        return { status: 'na', score: null, messageId: 'runner.robots-blocked', data: { count: blocked.length, kinds }, evidence };
      }
    }
    const score = out.status === 'na' || out.status === 'error' ? null : clamp(out.score ?? 0);
    return { ...out, score };
  } catch (err) {
    // A bug in one rule must not sink the audit: it is reported as `error` and weighs 0. Only the kind of error is
    // kept: its message ("x.flatMap is not a function") is the program's, not something a reader can act on.
    const kind = err instanceof Error && /^[A-Za-z]{1,40}$/.test(err.name) ? err.name : 'Error';
    return { status: 'error', score: null, messageId: 'runner.threw', data: { error: kind }, evidence: [] };
  }
}

/** Blocked pages named as evidence, as many as a rule's evidence shows by default. */
const MAX_BLOCKED_EVIDENCE = 5;

/** Pages robots.txt kept the crawl from whose kinds (from their URL and the links to them) are among `kinds`. */
function blockedPages(snapshot: BrandSnapshot, kinds: readonly PageKind[]): PageRecord[] {
  if (kinds.length === 0) return [];
  return (snapshot.site?.pages ?? []).filter((p) => p.error?.code === 'robots' && p.kinds.some((k) => kinds.includes(k)));
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
