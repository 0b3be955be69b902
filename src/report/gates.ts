// The CI gates a report carries (AuditReport.gates, attached by the CLI), in words: each gate's message, the verdict
// line, and which gates failed. Shared by the formatters that show gates (JUnit, the GitHub job summary) and by the
// CLI's stderr lines and annotations.
import type { Translator } from '../locale/translator.js';
import type { GateCheck, GateResults } from './types.js';

/** A gate's message in the translator's language (`gates.<messageId>` filled with its data). */
export function gateMessage(tr: Translator, check: GateCheck): string {
  return tr.t(`gates.${check.messageId}`, check.data);
}

/** The gates that did not hold, in evaluation order. */
export function failedGates(gates: GateResults): GateCheck[] {
  return gates.checks.filter((c) => !c.ok);
}

/** The verdict as a word ("Passed", "Failed") and its detail ("all 4 gates hold", "2 gates of 5 failed"). */
export function gateVerdict(tr: Translator, gates: GateResults): { word: string; detail: string } {
  const failed = failedGates(gates).length;
  const count = gates.checks.length;
  return gates.ok
    ? { word: tr.t('gates.verdict.passed'), detail: tr.t('gates.verdict.held', { count }) }
    : { word: tr.t('gates.verdict.failed'), detail: tr.t('gates.verdict.failedCount', { failed, count }) };
}
