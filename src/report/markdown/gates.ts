// The gates block of the Markdown summary: the verdict (passed or failed, how many gates), then each failed gate —
// assertions and baseline regressions — with its message, so a reader of the job summary sees why it failed first.
import type { Translator } from '../../locale/translator.js';
import type { GateResults } from '../types.js';
import { failedGates, gateMessage, gateVerdict } from '../gates.js';
import { escapeMarkdown } from './escape.js';
import { capped } from './parts.js';

/** ✅ or ❌ before a heading or verdict: what a reader scanning a list of job summaries looks for. */
export const verdictMark = (gates: GateResults): string => (gates.ok ? '✅' : '❌');

/** The verdict line, the failed gates (at most `cap`, then "… and N more") and the baseline's date. */
export function gateLines(tr: Translator, gates: GateResults, cap: number): string[] {
  const { word, detail } = gateVerdict(tr, gates);
  const lines = [`**${verdictMark(gates)} ${escapeMarkdown(word)}** — ${escapeMarkdown(detail)}`];
  const failed = failedGates(gates);
  if (failed.length > 0) {
    lines.push('', ...capped(tr, failed, cap, (c) => `${escapeMarkdown(c.name)} — ${escapeMarkdown(gateMessage(tr, c))}`));
  }
  if (gates.baseline) lines.push('', escapeMarkdown(tr.t('gates.verdict.baseline', { collectedAt: gates.baseline.collectedAt })));
  return lines;
}
