// Small constructors for rule outcomes, so statuses and scores are built the same way in every rule.
import type { Evidence, RuleOutcome, RuleStatus } from '../types.js';

/**
 * Builds an outcome; the score is clamped to 0..1 and kept unrounded, like every figure in data (formatters
 * round for display).
 */
export function outcome(
  status: Exclude<RuleStatus, 'na' | 'error'>,
  score: number,
  messageId: string,
  data: Record<string, unknown>,
  evidence: Evidence[] = [],
): RuleOutcome {
  return { status, score: Math.min(1, Math.max(0, score)), messageId, data, evidence };
}

/** A not-applicable outcome: the input the rule needs is missing, so it weighs nothing. */
export function notApplicable(messageId: string, data: Record<string, unknown>, evidence: Evidence[] = []): RuleOutcome {
  return { status: 'na', score: null, messageId, data, evidence };
}

