// Builds the computed artifacts of an audit once, with the rule set's options (Lighthouse's computed/ idea).
// Computed artifacts sit below the rules: this module reads a rule set's options by shape, never imports rules/.
import type { BrandSnapshot } from '../snapshot/types.js';
import type { ComputedArtifacts } from './types.js';
import { computeSocial } from './social-summary.js';
import { DEFAULT_GRACE_HOURS } from './conversations.js';
import { createPostReadings } from './post-readings.js';

/** What the artifacts need of a resolved rule set (rules/rule-set.ts's RuleSet has this shape): ids and options. */
export interface RuleOptionsSource {
  rules: readonly { id: string; options: Readonly<Record<string, unknown>> }[];
}

/**
 * The artifacts rules and report read. The social summary counts questions with the grace period the rule set
 * gives unanswered-questions (the default when the rule is off or the option unset), so the report's per-account
 * table, unanswered-questions and response-time always agree.
 */
export function computeArtifacts(snapshot: BrandSnapshot, ruleSet: RuleOptionsSource): ComputedArtifacts {
  const entry = ruleSet.rules.find((r) => r.id === 'unanswered-questions');
  const grace = entry?.options.graceHours;
  const graceHours = typeof grace === 'number' && Number.isFinite(grace) && grace >= 0 ? grace : DEFAULT_GRACE_HOURS;
  // One reading per post for the whole audit: the summary counts questions, complaints-answered counts complaints.
  const posts = createPostReadings();
  return { ...computeSocial(snapshot, graceHours, posts), posts };
}
