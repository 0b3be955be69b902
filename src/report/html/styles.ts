// The HTML report's palette and inline stylesheet (screen and A4 print); no web font, no url(), no @import.

/**
 * Band colours for bars and the gauge (green, amber, red). They are fills, not text colours; every value is also
 * written as text beside its bar, so the colour is never the only carrier of meaning.
 */
export const BAND_COLOURS = { good: '#1f8a4c', average: '#d68a00', poor: '#cc3b33' } as const;

/** Neutral chart colours: ink for values, muted for labels (7:1 on white), track and grid lines, one accent. */
export const CHART_COLOURS = {
  ink: '#1d2433',
  muted: '#4f5b6d',
  track: '#e7eaf0',
  grid: '#c9cfd9',
  axis: '#9aa3b2',
  accent: '#2f5d8a',
} as const;

/**
 * The stylesheet. Status badges pair a dark text colour with a pale ground of the same hue (contrast ≥ 7:1, WCAG
 * AAA) and always carry the status word, so the report reads the same in greyscale. Print rules follow the A4 page
 * the consultant sends: no page or card backgrounds, cards kept whole, link targets written after handle links.
 */
export const STYLES = `
:root {
  --ink: #1d2433; --muted: #4f5b6d; --line: #e1e5ec; --page: #f4f6f9; --card: #ffffff; --accent: #2f5d8a;
  --cover: #1f3a5a; --cover-ink: #ffffff; --cover-muted: #c9d6e6;
  --pass-ink: #14532d; --pass-bg: #dcf3e4; --pass-edge: #1f8a4c;
  --warn-ink: #6b3d00; --warn-bg: #fdefd0; --warn-edge: #d68a00;
  --fail-ink: #7f1d1d; --fail-bg: #fde2e0; --fail-edge: #cc3b33;
  --na-ink: #394352; --na-bg: #eceff3; --na-edge: #9aa3b2;
  --error-ink: #5b1f7a; --error-bg: #f1e4f8; --error-edge: #8e44ad;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--page); color: var(--ink);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "Noto Sans", "Liberation Sans", Arial, sans-serif;
  font-size: 15px; line-height: 1.55; font-variant-numeric: tabular-nums;
}
a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: 2px; }
.url, a.url { overflow-wrap: anywhere; word-break: break-word; }
h1, h2, h3, h4 { line-height: 1.25; margin: 0; font-weight: 650; }
p { margin: 0; }
.wrap { max-width: 960px; margin: 0 auto; padding: 0 28px; }

.cover { background: var(--cover); color: var(--cover-ink); padding: 44px 0 36px; }
.cover .kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 13px; color: var(--cover-muted); font-weight: 600; }
.cover h1 { font-size: 36px; margin: 6px 0 4px; overflow-wrap: anywhere; }
.cover .site a { color: var(--cover-ink); }
.cover .site { font-size: 16px; }
.meta { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 14px 24px; margin: 26px 0 0; }
.meta div { border-top: 1px solid rgba(255,255,255,.25); padding-top: 8px; }
.meta dt { font-size: 12px; text-transform: uppercase; letter-spacing: .06em; color: var(--cover-muted); }
.meta dd { margin: 2px 0 0; overflow-wrap: anywhere; }

main { padding: 28px 0 8px; }
section { margin: 0 0 34px; }
section > h2, .section-title { font-size: 22px; margin: 0 0 14px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 22px 24px; box-shadow: 0 1px 2px rgba(16,24,40,.04); }
.muted { color: var(--muted); }
.small { font-size: 13px; }

.overview { display: grid; grid-template-columns: 210px 1fr; gap: 28px; align-items: center; }
.score-block { text-align: center; }
.score-block .chart-gauge { max-width: 170px; margin: 0 auto; }
.grade { font-size: 18px; font-weight: 650; margin-top: 4px; }
.band-word { display: inline-block; margin-top: 6px; padding: 2px 12px; border-radius: 999px; font-size: 13px; font-weight: 650; }
.band-good { color: var(--pass-ink); background: var(--pass-bg); }
.band-average { color: var(--warn-ink); background: var(--warn-bg); }
.band-poor { color: var(--fail-ink); background: var(--fail-bg); }
.band-none { color: var(--na-ink); background: var(--na-bg); }
.overview h3 { font-size: 15px; margin-bottom: 6px; color: var(--muted); font-weight: 600; }
.counts { display: flex; flex-wrap: wrap; gap: 8px 16px; list-style: none; padding: 0; margin: 14px 0 0; font-size: 14px; }
.counts li { display: flex; align-items: center; gap: 6px; }
.chart { display: block; height: auto; }

.badge {
  display: inline-block; min-width: 56px; text-align: center; padding: 2px 9px; border-radius: 6px; font-size: 12px;
  font-weight: 700; letter-spacing: .04em; white-space: nowrap; border: 1px solid transparent;
}
.badge.pass { color: var(--pass-ink); background: var(--pass-bg); border-color: var(--pass-edge); }
.badge.warn { color: var(--warn-ink); background: var(--warn-bg); border-color: var(--warn-edge); }
.badge.fail { color: var(--fail-ink); background: var(--fail-bg); border-color: var(--fail-edge); }
.badge.na { color: var(--na-ink); background: var(--na-bg); border-color: var(--na-edge); }
.badge.error { color: var(--error-ink); background: var(--error-bg); border-color: var(--error-edge); }

.legend { display: grid; grid-template-columns: max-content 1fr; gap: 6px 12px; margin: 0; font-size: 14px; }
.legend dd { margin: 0; color: var(--muted); }
.legend-note { margin-top: 12px; font-size: 14px; color: var(--muted); }

.category-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px 14px; margin-bottom: 14px; }
.category-head h2 { font-size: 22px; }
.category-score { font-size: 15px; font-weight: 650; padding: 2px 10px; border-radius: 999px; }
.rule { background: var(--card); border: 1px solid var(--line); border-left: 5px solid var(--na-edge); border-radius: 8px; padding: 16px 20px; margin: 0 0 12px; }
.rule.pass { border-left-color: var(--pass-edge); }
.rule.warn { border-left-color: var(--warn-edge); }
.rule.fail { border-left-color: var(--fail-edge); }
.rule.error { border-left-color: var(--error-edge); }
/* Rules with nothing to judge stay listed but recede, so the findings that matter stand out. */
.rule.na { padding: 10px 18px; background: #fafbfc; }
.rule.na .rule-head h3 { font-size: 15px; color: var(--muted); }
.rule.na .message, .rule.na .evidence { font-size: 13px; color: var(--muted); }
.rule-head { display: flex; gap: 12px; align-items: baseline; }
.rule-head h3 { font-size: 16px; flex: 1; overflow-wrap: anywhere; }
.rule-score { font-size: 13px; color: var(--muted); white-space: nowrap; }
.rule .message { margin: 6px 0 0; overflow-wrap: anywhere; }
.rule .fix { margin: 6px 0 0; font-size: 14px; color: var(--muted); }
.rule .rule-id { font-size: 12px; color: var(--muted); margin-top: 4px; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; }
.evidence { margin: 12px 0 0; padding: 10px 0 0; border-top: 1px dashed var(--line); font-size: 14px; }
.evidence-title { font-size: 12px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 0 0 4px; font-weight: 600; }
.evidence ul { list-style: none; margin: 0; padding: 0; }
.evidence li { margin: 5px 0; padding-left: 14px; position: relative; overflow-wrap: anywhere; }
.evidence li::before { content: ""; position: absolute; left: 2px; top: .65em; width: 5px; height: 5px; border-radius: 50%; background: var(--na-edge); }
.evidence .note-text { display: block; }
.snippet { display: block; color: var(--muted); font-style: italic; }
.more { color: var(--muted); font-style: italic; }

table { width: 100%; border-collapse: collapse; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 8px 10px; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
th { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); font-weight: 650; border-bottom: 2px solid var(--line); }
td.num, th.num { text-align: right; white-space: nowrap; }
/* Per-account figures: six columns share the card's width, headings wrap instead of pushing the median off it. */
table.figures, table.accounts { table-layout: fixed; }
table.figures th.num { white-space: normal; vertical-align: bottom; overflow-wrap: normal; hyphens: auto; }
/* Handles and URLs may break anywhere, but only when a whole word cannot fit. */
.table-card td { overflow-wrap: break-word; }
tbody tr:last-child td { border-bottom: 0; }
.table-card { padding: 6px 14px; overflow-x: auto; }
.platform { font-weight: 650; white-space: nowrap; }
.tag { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 650; white-space: nowrap; }
.tag.official { color: var(--pass-ink); background: var(--pass-bg); }
.tag.mentioned { color: var(--na-ink); background: var(--na-bg); }

.social-account { margin: 0 0 16px; }
.social-head { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: baseline; }
.social-head h3 { font-size: 18px; overflow-wrap: anywhere; }
.social-meta { font-size: 13px; color: var(--muted); margin-top: 2px; overflow-wrap: anywhere; }
.social-account .message { margin: 8px 0 0; }
.social-account.unread { padding: 14px 24px; }
.social-account.unread h3 { font-size: 16px; }
.social-account.unread .message { font-size: 14px; color: var(--muted); margin-top: 4px; }
table.figures { margin-top: 14px; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 20px; margin: 16px 0 4px; }
.charts figure { margin: 0; }
.charts figcaption { font-size: 13px; font-weight: 650; color: var(--muted); margin-bottom: 6px; }
.questions { list-style: none; padding: 0; margin: 8px 0 0; }
.questions li { border-left: 3px solid var(--line); padding: 4px 0 4px 12px; margin: 0 0 10px; }
.questions .q { overflow-wrap: anywhere; }
.questions .q-meta { font-size: 13px; color: var(--muted); }
h4 { font-size: 14px; margin: 16px 0 4px; }

.unchecked h3 { font-size: 16px; margin: 18px 0 6px; }
.unchecked h3:first-child { margin-top: 0; }
.unchecked ul { margin: 0; padding-left: 18px; }
.unchecked li { margin: 4px 0; overflow-wrap: anywhere; }
/* Badge and text in two aligned columns: each list item lends its two children to the list's grid. */
.unchecked ul.plain, ul.priorities { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 8px 12px; align-items: baseline; }
.unchecked ul.plain li, ul.priorities li { display: contents; }
.unchecked .titles { font-weight: 600; }
.note { margin-top: 14px; padding: 10px 14px; border-radius: 8px; background: var(--warn-bg); color: var(--warn-ink); }

footer.doc-footer { border-top: 1px solid var(--line); padding: 18px 0 34px; font-size: 13px; color: var(--muted); }

@media screen and (max-width: 720px) {
  .overview, .charts { grid-template-columns: 1fr; }
  .wrap { padding: 0 16px; }
  .cover h1 { font-size: 28px; }
}

@page { size: A4; margin: 15mm; }
@media print {
  html, body { background: #fff; font-size: 10.5pt; }
  .wrap { max-width: none; padding: 0; }
  .cover { background: none; color: var(--ink); padding: 0 0 10pt; border-bottom: 2px solid var(--ink); }
  .cover .kicker, .meta dt { color: var(--muted); }
  .cover .site a { color: var(--ink); }
  .meta { grid-template-columns: repeat(auto-fit, minmax(110px, 1fr)); margin-top: 14pt; }
  .meta div { border-top-color: var(--line); }
  main { padding-top: 14pt; }
  .card, .rule, .rule.na { box-shadow: none; background: none; }
  .card { padding: 12pt 14pt; }
  .overview { grid-template-columns: 140px 1fr; gap: 14pt; }
  .rule, .social-account, .card.overview, figure, tr, .questions li { break-inside: avoid; page-break-inside: avoid; }
  h2, h3, h4, .category-head { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  section { margin-bottom: 18pt; }
  .badge, .band-word, .category-score, .tag, .chart, .note { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: var(--ink); }
  a.show-url::after { content: " (" attr(href) ")"; color: var(--muted); font-size: 90%; overflow-wrap: anywhere; }
  footer.doc-footer { padding-bottom: 0; }
}
`;
