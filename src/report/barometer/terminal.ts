// The barometer as plain text for a terminal or a CI log: the ranking, the median and the published figures.
import { translator } from '../../locale/translator.js';
import { cleanText } from '../sanitize.js';
import type { PortfolioSummary } from './types.js';
import type { BarometerOptions } from './html.js';
import { benchmarkLine, citation, failureText, scoreText, sourcesOf, subtitle } from './words.js';

/** Renders the summary as lines of text (no colour: a portfolio summary is read in logs as often as on a screen). */
export function renderBarometerText(s: PortfolioSummary, opts: BarometerOptions): string {
  const tr = translator(opts.lang);
  const out = [cleanText(s.title ?? tr.t('barometer.title')), subtitle(tr, s), tr.t('barometer.median', { score: scoreText(tr, s.medianScore) }), ''];
  out.push(tr.t('barometer.sections.ranking'));
  for (const r of s.ranking) out.push(`${String(r.rank ?? '—').padStart(4)}  ${scoreText(tr, r.score).padStart(5)}  ${r.grade ?? '—'}  ${cleanText(r.name || r.domain)} (${r.id})`);
  out.push('', tr.t('barometer.sections.benchmarks'));
  for (const b of s.benchmarks) out.push(`  ${benchmarkLine(tr, b)}`);
  for (const id of sourcesOf(s)) out.push(`  · ${citation(tr, id)}`);
  if (s.failures.length) {
    out.push('', tr.t('barometer.sections.failures'));
    for (const f of s.failures) out.push(`  ${f.id}: ${cleanText(failureText(tr, f))}`);
  }
  return `${out.join('\n')}\n`;
}
