// Builds the computed artifacts of an audit once, with the rule set's options (Lighthouse's computed/ idea).
import type { BrandSnapshot } from '../snapshot/types.js';
import type { RuleSet } from '../config/rule-set.js';
import type { ComputedArtifacts } from './types.js';
import { computeSocialSummary } from './social-summary.js';
import { DEFAULT_GRACE_HOURS } from '../rules/helpers/social.js';

/**
 * The artifacts rules and report read. The social summary counts questions with the grace period the rule set
 * gives unanswered-questions, so the report's per-account table and that rule always agree.
 */
export function computeArtifacts(snapshot: BrandSnapshot, ruleSet: RuleSet): ComputedArtifacts {
  const entry = ruleSet.rules.find((r) => r.id === 'unanswered-questions');
  const grace = entry?.options.graceHours;
  const graceHours = typeof grace === 'number' ? grace : DEFAULT_GRACE_HOURS;
  return { social: computeSocialSummary(snapshot, graceHours) };
}
