// The barometer as one self-contained HTML page: ranking (each brand linking to its own report), score
// distribution, category medians, sectors, the published figures beside the portfolio's, and every rule's pass
// share. Like the brand report: no script, nothing loaded, every string from the results escaped.
import type { Translator } from '../../locale/translator.js';
import { translator } from '../../locale/translator.js';
import type { Lang } from '../../locale/langs.js';
import { categoryTitle, ruleTitle } from '../text.js';
import { escapeHtml, escapeText } from '../html/escape.js';
import { BAND_COLOURS, CHART_COLOURS } from '../html/styles.js';
import type { PortfolioSummary } from './types.js';
import { benchmarkLine, citation, failureText, figure, ruleBenchmark, scoreText, shareText, sourcesOf, studyName, subtitle } from './words.js';

export interface BarometerOptions {
  lang: Lang;
  /** Extension of each brand's own report, written under `<id>/report.<ext>` beside the barometer; no links without. */
  reportExt?: string;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLES = `
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: ${CHART_COLOURS.ink}; margin: 0; background: #f4f6f9; }
main { max-width: 1100px; margin: 0 auto; padding: 24px; }
header { background: #1f3a5a; color: #fff; padding: 28px 24px; }
header h1 { margin: 0 0 6px; font-size: 28px; }
header p { margin: 0; color: #c9d6e6; }
section { background: #fff; border: 1px solid #e1e5ec; border-radius: 8px; padding: 16px 20px; margin: 18px 0; break-inside: avoid; }
h2 { font-size: 19px; margin: 0 0 12px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e1e5ec; vertical-align: top; }
th { font-size: 13px; color: ${CHART_COLOURS.muted}; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.grade { font-weight: 700; }
.band-good { color: ${BAND_COLOURS.good}; } .band-average { color: #8a5a00; } .band-poor { color: ${BAND_COLOURS.poor}; }
ul.benchmarks { padding-left: 18px; } ul.benchmarks li { margin: 6px 0; }
.muted { color: ${CHART_COLOURS.muted}; font-size: 13px; }
a { color: ${CHART_COLOURS.accent}; }
@media print { body { background: none; } section { border: none; } }
`;

/** A horizontal bar (inline SVG) for a value out of `max`, with the value written beside it. */
function bar(value: number, max: number, colour: string = CHART_COLOURS.accent): string {
  const width = max > 0 ? Math.round((value / max) * 200) : 0;
  return `<svg width="204" height="14" aria-hidden="true"><rect x="0" y="2" width="200" height="10" fill="${CHART_COLOURS.track}"/><rect x="0" y="2" width="${width}" height="10" fill="${colour}"/></svg>`;
}

function ranking(tr: Translator, s: PortfolioSummary, reportExt?: string): string {
  const hasSector = s.ranking.some((r) => r.sector);
  const rows = s.ranking.map((r) => {
    const name = escapeText(r.name || r.domain || r.id);
    const brand = reportExt ? `<a href="${escapeHtml(`${r.id}/report.${reportExt}`)}">${name}</a>` : name;
    return [
      '<tr>',
      `<td class="num">${r.rank ?? '—'}</td>`,
      `<td>${brand}<br><span class="muted">${escapeText(r.domain)}</span></td>`,
      hasSector ? `<td>${escapeText(r.sector ?? '')}</td>` : '',
      `<td class="num ${r.band ? `band-${r.band}` : ''}">${escapeHtml(scoreText(tr, r.score))}</td>`,
      `<td class="grade">${escapeHtml(r.grade ?? '—')}</td>`,
      '</tr>',
    ].join('');
  });
  const head = `<tr><th class="num">${escapeHtml(tr.t('barometer.columns.rank'))}</th><th>${escapeHtml(tr.t('barometer.columns.brand'))}</th>${
    hasSector ? `<th>${escapeHtml(tr.t('barometer.columns.sector'))}</th>` : ''
  }<th class="num">${escapeHtml(tr.t('barometer.columns.score'))}</th><th>${escapeHtml(tr.t('barometer.columns.grade'))}</th></tr>`;
  return section('ranking', tr.t('barometer.sections.ranking'), `<table>${head}${rows.join('')}</table>`);
}

function distribution(tr: Translator, s: PortfolioSummary): string {
  const max = Math.max(0, ...s.distribution.map((b) => b.count));
  const colour = (from: number) => (from >= 90 ? BAND_COLOURS.good : from >= 50 ? BAND_COLOURS.average : BAND_COLOURS.poor);
  const rows = [...s.distribution].reverse().map(
    (b) => `<tr><td>${escapeHtml(tr.t('barometer.bucket', { from: b.from, to: b.to }))}</td><td>${bar(b.count, max, colour(b.from))}</td><td class="num">${b.count}</td></tr>`,
  );
  const median = `<p>${escapeHtml(tr.t('barometer.median', { score: scoreText(tr, s.medianScore) }))}</p>`;
  return section('distribution', tr.t('barometer.sections.distribution'), `${median}<table>${rows.join('')}</table>`);
}

function categories(tr: Translator, s: PortfolioSummary): string {
  const rows = s.categories.map(
    (c) =>
      `<tr><td>${escapeHtml(categoryTitle(tr, c.id))}</td><td>${c.median === null ? '' : bar(c.median, 100)}</td><td class="num">${escapeHtml(scoreText(tr, c.median))}</td><td class="num">${c.brands}</td></tr>`,
  );
  const head = `<tr><th>${escapeHtml(tr.t('barometer.columns.category'))}</th><th></th><th class="num">${escapeHtml(tr.t('barometer.columns.median'))}</th><th class="num">${escapeHtml(tr.t('barometer.columns.brands'))}</th></tr>`;
  return section('categories', tr.t('barometer.sections.categories'), `<table>${head}${rows.join('')}</table>`);
}

function sectors(tr: Translator, s: PortfolioSummary): string {
  if (s.sectors.length === 0) return '';
  const names = new Map(s.ranking.map((r) => [r.id, r.name || r.domain || r.id]));
  const rows = s.sectors.map(
    (sec) =>
      `<tr><td>${escapeText(sec.sector)}</td><td class="num">${sec.brands}</td><td class="num">${escapeHtml(scoreText(tr, sec.medianScore))}</td><td>${escapeText(names.get(sec.ranking[0]) ?? '')}</td></tr>`,
  );
  const head = `<tr><th>${escapeHtml(tr.t('barometer.columns.sector'))}</th><th class="num">${escapeHtml(tr.t('barometer.columns.brands'))}</th><th class="num">${escapeHtml(tr.t('barometer.columns.median'))}</th><th>${escapeHtml(tr.t('barometer.columns.best'))}</th></tr>`;
  return section('sectors', tr.t('barometer.sections.sectors'), `<table>${head}${rows.join('')}</table>`);
}

function benchmarks(tr: Translator, s: PortfolioSummary): string {
  const items = s.benchmarks.map((b) => `<li>${escapeHtml(benchmarkLine(tr, b))}</li>`);
  const sources = sourcesOf(s).map((id) => `<li>${escapeHtml(citation(tr, id))}</li>`);
  return section(
    'benchmarks',
    tr.t('barometer.sections.benchmarks'),
    `<ul class="benchmarks">${items.join('')}</ul><h3>${escapeHtml(tr.t('barometer.sections.sources'))}</h3><ul class="muted">${sources.join('')}</ul>`,
  );
}

function rules(tr: Translator, s: PortfolioSummary): string {
  const rows = s.rules.map((r) => {
    const b = ruleBenchmark(s, r);
    const published = b ? `${escapeHtml(studyName(b))}: ${escapeHtml(figure(tr, b.unit, b.published))}` : '';
    return `<tr><td>${escapeHtml(ruleTitle(tr, { id: r.id, status: 'pass' }))}<br><span class="muted">${escapeHtml(r.id)}</span></td><td>${
      r.share === null ? '' : bar(r.share, 1)
    }</td><td>${escapeHtml(shareText(tr, r))}</td><td>${published}</td></tr>`;
  });
  const head = `<tr><th>${escapeHtml(tr.t('barometer.columns.rule'))}</th><th></th><th>${escapeHtml(tr.t('barometer.columns.share'))}</th><th>${escapeHtml(tr.t('barometer.columns.published'))}</th></tr>`;
  return section('rules', tr.t('barometer.sections.rules'), `<p class="muted">${escapeHtml(tr.t('barometer.rulesNote'))}</p><table>${head}${rows.join('')}</table>`);
}

function failures(tr: Translator, s: PortfolioSummary): string {
  if (s.failures.length === 0) return '';
  const rows = s.failures.map((f) => `<tr><td>${escapeText(f.name ?? f.id)}</td><td>${escapeText(failureText(tr, f))}</td></tr>`);
  return section('failures', tr.t('barometer.sections.failures'), `<table>${rows.join('')}</table>`);
}

function section(id: string, title: string, body: string): string {
  return `<section id="${id}"><h2>${escapeHtml(title)}</h2>${body}</section>`;
}

/** Renders the portfolio summary as a standalone HTML page in `opts.lang`. */
export function renderBarometerHtml(summary: PortfolioSummary, opts: BarometerOptions): string {
  const tr = translator(opts.lang);
  const title = summary.title ? escapeText(summary.title) : escapeHtml(tr.t('barometer.title'));
  return [
    '<!doctype html>',
    `<html lang="${opts.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${escapeText(`${summary.tool.name} ${summary.tool.version}`)}">`,
    `<title>${title}</title>`,
    `<style>${STYLES}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${title}</h1><p>${escapeHtml(subtitle(tr, summary))}</p></header>`,
    '<main>',
    ranking(tr, summary, opts.reportExt),
    distribution(tr, summary),
    categories(tr, summary),
    sectors(tr, summary),
    benchmarks(tr, summary),
    rules(tr, summary),
    failures(tr, summary),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
