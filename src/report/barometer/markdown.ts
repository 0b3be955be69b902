// The barometer as Markdown (a wiki page, a merge request comment): the same sections as the HTML page.
import { translator, type Translator } from '../../locale/translator.js';
import { categoryTitle, ruleTitle } from '../text.js';
import { escapeMarkdown } from '../markdown/escape.js';
import type { PortfolioSummary } from './types.js';
import type { BarometerOptions } from './html.js';
import { benchmarkLine, citation, failureText, figure, ruleBenchmark, scoreText, shareText, sourcesOf, studyName, subtitle } from './words.js';

const row = (cells: string[]): string => `| ${cells.join(' | ')} |`;
const rule = (n: number, numeric: number[] = []): string => row(Array.from({ length: n }, (_, i) => (numeric.includes(i) ? '---:' : '---')));

function ranking(tr: Translator, s: PortfolioSummary, reportExt?: string): string[] {
  const hasSector = s.ranking.some((r) => r.sector);
  const head = [tr.t('barometer.columns.rank'), tr.t('barometer.columns.brand'), ...(hasSector ? [tr.t('barometer.columns.sector')] : []), tr.t('barometer.columns.score'), tr.t('barometer.columns.grade')];
  const lines = [row(head.map(escapeMarkdown)), rule(head.length, [0, head.length - 2])];
  for (const r of s.ranking) {
    const name = escapeMarkdown(r.name || r.domain || r.id);
    // Ids are [a-z0-9._-]: safe in a relative link as they are.
    const brand = reportExt ? `[${name}](${r.id}/report.${reportExt})` : name;
    lines.push(row([String(r.rank ?? '—'), brand, ...(hasSector ? [escapeMarkdown(r.sector ?? '')] : []), scoreText(tr, r.score), r.grade ?? '—']));
  }
  return lines;
}

/** Renders the portfolio summary as GitHub-flavoured Markdown in `opts.lang`. */
export function renderBarometerMarkdown(s: PortfolioSummary, opts: BarometerOptions): string {
  const tr = translator(opts.lang);
  const out: string[] = [`# ${escapeMarkdown(s.title ?? tr.t('barometer.title'))}`, '', escapeMarkdown(subtitle(tr, s)), ''];
  out.push(`## ${escapeMarkdown(tr.t('barometer.sections.ranking'))}`, '', ...ranking(tr, s, opts.reportExt), '');
  out.push(`## ${escapeMarkdown(tr.t('barometer.sections.distribution'))}`, '', escapeMarkdown(tr.t('barometer.median', { score: scoreText(tr, s.medianScore) })), '');
  out.push(row([tr.t('barometer.columns.bucket'), tr.t('barometer.columns.brands')].map(escapeMarkdown)), rule(2, [1]));
  for (const b of [...s.distribution].reverse()) out.push(row([escapeMarkdown(tr.t('barometer.bucket', { from: b.from, to: b.to })), String(b.count)]));
  out.push('', `## ${escapeMarkdown(tr.t('barometer.sections.categories'))}`, '');
  out.push(row([tr.t('barometer.columns.category'), tr.t('barometer.columns.median'), tr.t('barometer.columns.brands')].map(escapeMarkdown)), rule(3, [1, 2]));
  for (const c of s.categories) out.push(row([escapeMarkdown(categoryTitle(tr, c.id)), scoreText(tr, c.median), String(c.brands)]));
  if (s.sectors.length) {
    const names = new Map(s.ranking.map((r) => [r.id, r.name || r.domain || r.id]));
    out.push('', `## ${escapeMarkdown(tr.t('barometer.sections.sectors'))}`, '');
    out.push(row([tr.t('barometer.columns.sector'), tr.t('barometer.columns.brands'), tr.t('barometer.columns.median'), tr.t('barometer.columns.best')].map(escapeMarkdown)), rule(4, [1, 2]));
    for (const sec of s.sectors) out.push(row([escapeMarkdown(sec.sector), String(sec.brands), scoreText(tr, sec.medianScore), escapeMarkdown(names.get(sec.ranking[0]) ?? '')]));
  }
  out.push('', `## ${escapeMarkdown(tr.t('barometer.sections.benchmarks'))}`, '');
  for (const b of s.benchmarks) out.push(`- ${escapeMarkdown(benchmarkLine(tr, b))}`);
  out.push('', `### ${escapeMarkdown(tr.t('barometer.sections.sources'))}`, '');
  for (const id of sourcesOf(s)) out.push(`- ${escapeMarkdown(citation(tr, id))}`);
  out.push('', `## ${escapeMarkdown(tr.t('barometer.sections.rules'))}`, '', escapeMarkdown(tr.t('barometer.rulesNote')), '');
  out.push(row([tr.t('barometer.columns.rule'), tr.t('barometer.columns.share'), tr.t('barometer.columns.published')].map(escapeMarkdown)), rule(3));
  for (const r of s.rules) {
    const b = ruleBenchmark(s, r);
    out.push(row([escapeMarkdown(ruleTitle(tr, { id: r.id, status: 'pass' })), escapeMarkdown(shareText(tr, r)), b ? escapeMarkdown(`${studyName(b)}: ${figure(tr, b.unit, b.published)}`) : '']));
  }
  if (s.failures.length) {
    out.push('', `## ${escapeMarkdown(tr.t('barometer.sections.failures'))}`, '');
    for (const f of s.failures) out.push(`- ${escapeMarkdown(f.name ?? f.id)}: ${escapeMarkdown(failureText(tr, f))}`);
  }
  return `${out.join('\n')}\n`;
}
