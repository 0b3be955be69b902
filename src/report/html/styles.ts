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
 * AAA) and always carry the status word, so the report reads the same in greyscale. From 360 to 1440 px nothing is
 * wider than the screen and no word is cut: flex rows wrap, tables stack into labelled blocks under 640 px, and only
 * URLs may break anywhere. Print rules follow the A4 page the consultant sends: page numbers in the margin, cards
 * and table rows kept whole, link targets written after handle links, and nothing printed twice (the summary names
 * the actions the plan details, the plan holds the fix and the cards the evidence) — a grade A brand with a full
 * social audit fits in about 8 pages.
 */
export const STYLES = `
:root {
  --ink: #1d2433; --muted: #4f5b6d; --line: #e1e5ec; --page: #f4f6f9; --card: #ffffff;
  --accent: #1f3a5a; --accent-ink: #2f5d8a; --on-accent: #ffffff; --on-accent-muted: #c9d6e6;
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
  /* A word is only ever broken when it is longer than the whole line; never hyphenated by guess. */
  overflow-wrap: break-word; hyphens: manual;
}
a { color: var(--accent-ink); text-decoration-thickness: 1px; text-underline-offset: 2px; }
.url, a.url { overflow-wrap: anywhere; word-break: break-word; }
h1, h2, h3, h4 { line-height: 1.25; margin: 0; font-weight: 650; }
p { margin: 0; }
img, svg { max-width: 100%; }
.wrap { max-width: 960px; margin: 0 auto; padding: 0 28px; }
.muted { color: var(--muted); }
.small { font-size: 13px; }

.cover { background: var(--accent); color: var(--on-accent); padding: 40px 0 34px; }
.cover-top { display: flex; flex-wrap: wrap; align-items: center; gap: 12px 20px; justify-content: space-between; }
.cover .kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 13px; color: var(--on-accent-muted); font-weight: 600; }
.cover .logo { display: block; max-height: 56px; max-width: 220px; width: auto; height: auto; background: #fff; padding: 6px 10px; border-radius: 6px; }
.cover h1 { font-size: 36px; margin: 10px 0 4px; }
.cover .site a { color: var(--on-accent); }
.cover .site { font-size: 16px; }
.cover .prepared { margin-top: 10px; font-size: 15px; font-weight: 600; }
.meta { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 14px 24px; margin: 24px 0 0; }
.meta div { border-top: 1px solid var(--on-accent-muted); padding-top: 8px; }
.meta dt { font-size: 12px; text-transform: uppercase; letter-spacing: .06em; color: var(--on-accent-muted); }
.meta dd { margin: 2px 0 0; }

main { padding: 28px 0 8px; }
section { margin: 0 0 34px; }
section > h2 { font-size: 22px; margin: 0 0 14px; padding-bottom: 6px; border-bottom: 3px solid var(--accent); }
.section-intro { color: var(--muted); margin: -4px 0 14px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 22px 24px; box-shadow: 0 1px 2px rgba(16,24,40,.04); }

nav.contents { margin: 0 0 30px; }
nav.contents h2 { font-size: 13px; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); margin-bottom: 8px; }
nav.contents ol { margin: 0; padding-left: 22px; columns: 2 16rem; column-gap: 32px; }
nav.contents li { margin: 2px 0; break-inside: avoid; }

.summary-head { display: grid; grid-template-columns: 190px minmax(0, 1fr); gap: 28px; align-items: center; }
.summary-text p { margin: 0 0 8px; }
.summary-text .lead { font-size: 19px; font-weight: 650; line-height: 1.4; }
.summary-lists { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 24px; margin-top: 20px; padding-top: 18px; border-top: 1px solid var(--line); }
.summary-part h3 { font-size: 15px; margin-bottom: 8px; }
.strengths, .top-actions { margin: 0; padding-left: 20px; }
.strengths li, .top-actions li { margin: 0 0 10px; }
.top-actions .fix-text { display: block; color: var(--muted); font-size: 14px; }
.action-link { font-weight: 650; }
.gain { display: inline-block; font-size: 13px; font-weight: 700; color: var(--accent-ink); white-space: nowrap; }
.potential { font-size: 14px; color: var(--muted); margin-top: 4px; }
.score-block { text-align: center; }
.score-block .chart-gauge { max-width: 170px; margin: 0 auto; }
.grade { font-size: 18px; font-weight: 650; margin-top: 4px; }
.band-word { display: inline-block; margin-top: 6px; padding: 2px 12px; border-radius: 999px; font-size: 13px; font-weight: 650; }
.band-good { color: var(--pass-ink); background: var(--pass-bg); }
.band-average { color: var(--warn-ink); background: var(--warn-bg); }
.band-poor { color: var(--fail-ink); background: var(--fail-bg); }
.band-none { color: var(--na-ink); background: var(--na-bg); }
.chart { display: block; height: auto; }

ul.bars { list-style: none; margin: 0; padding: 0; }
ul.bars li { display: grid; grid-template-columns: minmax(9rem, 16rem) minmax(0, 1fr) 5.5rem; gap: 6px 14px; align-items: center; padding: 5px 0; }
.bar-svg { display: block; width: 100%; height: 14px; border-radius: 4px; }
.bar-value { font-weight: 650; white-space: nowrap; }
.counts { display: flex; flex-wrap: wrap; gap: 8px 16px; list-style: none; padding: 14px 0 0; margin: 14px 0 0; font-size: 14px; border-top: 1px solid var(--line); }
.counts li { display: flex; align-items: center; gap: 6px; }

.badge {
  display: inline-block; min-width: 56px; text-align: center; padding: 2px 9px; border-radius: 6px; font-size: 12px;
  font-weight: 700; letter-spacing: .04em; white-space: nowrap; border: 1px solid transparent;
}
.badge.pass { color: var(--pass-ink); background: var(--pass-bg); border-color: var(--pass-edge); }
.badge.warn { color: var(--warn-ink); background: var(--warn-bg); border-color: var(--warn-edge); }
.badge.fail { color: var(--fail-ink); background: var(--fail-bg); border-color: var(--fail-edge); }
.badge.na { color: var(--na-ink); background: var(--na-bg); border-color: var(--na-edge); }
.badge.error { color: var(--error-ink); background: var(--error-bg); border-color: var(--error-edge); }

ol.actions { list-style: none; margin: 0; padding: 0; }
.action { background: var(--card); border: 1px solid var(--line); border-left: 5px solid var(--na-edge); border-radius: 8px; padding: 14px 20px; margin: 0 0 12px; }
.action.fail { border-left-color: var(--fail-edge); }
.action.warn { border-left-color: var(--warn-edge); }
.action-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px 12px; }
.action-head h3 { font-size: 16px; flex: 1 1 14rem; min-width: 0; }
.rank { display: inline-block; min-width: 26px; height: 26px; line-height: 26px; text-align: center; border-radius: 50%; background: var(--accent); color: var(--on-accent); font-weight: 700; font-size: 13px; }
.action-category { margin: 2px 0 6px; }
.action .fix, .action .finding { margin: 6px 0 0; font-size: 14px; }
.action-evidence { list-style: none; margin: 8px 0 0; padding: 0 0 0 12px; border-left: 2px solid var(--line); font-size: 13px; color: var(--muted); }
.action-evidence li { margin: 3px 0; }
.action-evidence .note-text, .action-evidence .snippet { display: block; }
.details { margin-top: 8px; font-size: 13px; }

.benchmark { margin: 10px 0 0; padding: 8px 12px; border-radius: 6px; background: #eef3f9; font-size: 14px; }
.benchmark-label { font-weight: 700; font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: var(--accent-ink); margin-right: 4px; }
.benchmark-source { display: block; font-size: 12px; color: var(--muted); margin-top: 2px; }

.category { margin: 0 0 22px; }
.category-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px 14px; margin-bottom: 12px; }
.category-head h3 { font-size: 19px; }
.category-score { font-size: 15px; font-weight: 650; padding: 2px 10px; border-radius: 999px; }
.rule { background: var(--card); border: 1px solid var(--line); border-left: 5px solid var(--na-edge); border-radius: 8px; padding: 16px 20px; margin: 0 0 12px; }
.rule.pass { border-left-color: var(--pass-edge); }
.rule.warn { border-left-color: var(--warn-edge); }
.rule.fail { border-left-color: var(--fail-edge); }
.rule.error { border-left-color: var(--error-edge); }
.rule-head { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: baseline; }
.rule-head h4 { font-size: 16px; flex: 1 1 14rem; min-width: 0; }
.rule-score { font-size: 13px; color: var(--muted); white-space: nowrap; }
.rule .message { margin: 6px 0 0; }
.rule .fix { margin: 6px 0 0; font-size: 14px; }
.rule .rule-id { font-size: 12px; color: var(--muted); margin-top: 6px; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; }
.evidence { margin: 12px 0 0; padding: 10px 0 0; border-top: 1px dashed var(--line); font-size: 14px; }
.evidence-title { font-size: 12px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 0 0 4px; font-weight: 600; }
.evidence ul { list-style: none; margin: 0; padding: 0; }
.evidence li { margin: 5px 0; padding-left: 14px; position: relative; }
.evidence li::before { content: ""; position: absolute; left: 2px; top: .65em; width: 5px; height: 5px; border-radius: 50%; background: var(--na-edge); }
.evidence .note-text { display: block; }
.snippet { display: block; color: var(--muted); font-style: italic; }
.more { color: var(--muted); font-style: italic; }

table { width: 100%; border-collapse: collapse; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 8px 10px; border-bottom: 1px solid var(--line); }
th { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); font-weight: 650; border-bottom: 2px solid var(--line); }
td.num, th.num { text-align: right; white-space: nowrap; }
tbody tr:last-child td { border-bottom: 0; }
.table-card { padding: 6px 14px; }
/* Per-account figures share the width evenly; the other tables size their columns by their words, which never break. */
table.figures { table-layout: fixed; }
table.figures th { text-transform: none; letter-spacing: 0; font-size: 12px; }
table.figures th.num { white-space: normal; vertical-align: bottom; }
table.met tr.group th { padding-top: 14px; color: var(--ink); font-size: 13px; border-bottom: 1px solid var(--line); }
table.met .criterion { font-weight: 600; }
col.c-criterion { width: 26%; } col.c-account { width: 27%; } col.c-reason { width: 20%; } col.c-source { width: 30%; }
.platform { font-weight: 650; }
.tag { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 650; white-space: nowrap; }
.tag.official { color: var(--pass-ink); background: var(--pass-bg); }
.tag.mentioned { color: var(--na-ink); background: var(--na-bg); }

.social-account { margin: 0 0 16px; }
.social-head { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: baseline; }
.social-head h3 { font-size: 18px; min-width: 0; overflow-wrap: anywhere; }
.social-meta { font-size: 13px; color: var(--muted); margin-top: 2px; }
.social-account .message { margin: 8px 0 0; }
.social-unread { font-size: 14px; color: var(--muted); padding: 14px 24px; }
table.figures { margin-top: 14px; }
.charts { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 20px; margin: 16px 0 4px; }
.charts figure { margin: 0; min-width: 0; }
.charts figcaption { font-size: 13px; font-weight: 650; color: var(--muted); margin-bottom: 6px; }
.charts .questions-block { grid-column: 1 / -1; min-width: 0; }
.questions-block h4 { margin-top: 0; }
.questions { list-style: none; padding: 0; margin: 8px 0 0; }
.questions li { border-left: 3px solid var(--line); padding: 4px 0 4px 12px; margin: 0 0 10px; }
.questions .q-meta { font-size: 13px; color: var(--muted); }
h4 { font-size: 14px; margin: 16px 0 4px; }

.methodology h3 { font-size: 17px; margin: 22px 0 8px; }
.methodology h3:first-child { margin-top: 0; }
.methodology p { margin: 0 0 8px; }
.facts { display: grid; grid-template-columns: minmax(8rem, max-content) minmax(0, 1fr); gap: 4px 18px; margin: 0; }
.facts div { display: contents; }
.facts dt { font-weight: 650; }
.facts dd { margin: 0; }
.unchecked h4:first-child { margin-top: 0; }
.unchecked ul { margin: 0; padding-left: 18px; }
.unchecked li { margin: 4px 0; }
/* Badge and text in two aligned columns: each list item lends its two children to the list's grid. */
.unchecked ul.plain { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 8px 12px; align-items: baseline; }
.unchecked ul.plain li { display: contents; }
.unchecked .titles { font-weight: 600; }
.legend { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 6px 12px; margin: 0; font-size: 14px; }
.legend dd { margin: 0; color: var(--muted); }
.note { margin-top: 14px; padding: 10px 14px; border-radius: 8px; background: var(--warn-bg); color: var(--warn-ink); }

footer.doc-footer { border-top: 1px solid var(--line); padding: 18px 0 34px; font-size: 13px; color: var(--muted); }

@media screen and (max-width: 720px) {
  .wrap { padding: 0 16px; }
  .cover { padding: 28px 0 24px; }
  .cover h1 { font-size: 28px; }
  .card { padding: 16px; }
  .summary-head, .summary-lists, .charts { grid-template-columns: minmax(0, 1fr); }
  .summary-head { gap: 12px; }
  .rule, .action { padding: 14px 14px 14px 16px; }
  ul.bars li { grid-template-columns: minmax(0, 1fr) auto; }
  ul.bars .bar-svg { grid-column: 1 / -1; grid-row: 2; }
  .facts { grid-template-columns: minmax(0, 1fr); gap: 0; }
  .facts dd { margin-bottom: 8px; }
}
/* Under 640 px a table becomes one labelled block per row: no column is squeezed to a few letters. */
@media screen and (max-width: 640px) {
  table.stack, table.stack tbody, table.stack tr, table.stack td, table.stack th { display: block; width: auto; }
  table.stack thead, table.stack colgroup { display: none; }
  table.stack tr { padding: 8px 0; border-bottom: 1px solid var(--line); }
  table.stack tbody tr:last-child { border-bottom: 0; }
  table.stack td { border: 0; padding: 2px 0; text-align: left; white-space: normal; }
  table.stack td[data-label]::before { content: attr(data-label); display: block; font-size: 11px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); font-weight: 650; }
  table.stack tr.group th { border: 0; padding: 10px 0 0; }
}
@media screen and (max-width: 760px) {
  table.figures.stack, table.figures.stack tbody { display: block; }
  table.figures.stack thead { display: none; }
  table.figures.stack tbody tr { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 6px 16px; }
  table.figures.stack td { display: block; border: 0; padding: 2px 0; text-align: left; }
  table.figures.stack td[data-label]::before { content: attr(data-label); display: block; font-size: 11px; color: var(--muted); font-weight: 650; }
}

@media print {
  /* Arial's metrics on paper (Liberation Sans is metric-compatible on Linux): the same lines and pages wherever
     either is installed, whatever the machine's interface font. */
  html, body { background: #fff; font-family: Arial, "Liberation Sans", Helvetica, sans-serif; font-size: 9.5pt; line-height: 1.35; }
  .wrap { max-width: none; padding: 0; }
  .cover { padding: 12pt 14pt 10pt; border-radius: 6px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .cover h1 { font-size: 22pt; margin: 4pt 0 2pt; }
  .cover .logo { max-height: 40px; }
  .cover .prepared { margin-top: 4pt; }
  .meta { grid-template-columns: repeat(5, minmax(0, 1fr)); gap: 6pt 12pt; margin-top: 10pt; font-size: 8.5pt; }
  /* Nothing after the last section: not even a few points of padding may start a blank page. */
  main { padding: 8pt 0 0; }
  main section:last-child { margin-bottom: 0; }
  nav.contents { margin-bottom: 8pt; font-size: 9pt; }
  nav.contents h2 { margin-bottom: 3pt; }
  nav.contents li { margin: 0; }
  nav.contents ol { columns: 3; }
  section { margin-bottom: 12pt; }
  section > h2 { font-size: 14pt; margin-bottom: 6pt; padding-bottom: 3pt; }
  /* An introduction stays with what it introduces, never alone at the foot of a page. */
  .section-intro { margin: -1pt 0 6pt; font-size: 8.5pt; break-inside: avoid; }
  .small { font-size: 8.5pt; }
  .card, .rule, .action { box-shadow: none; }
  .card { padding: 8pt 11pt; }
  .badge { min-width: 0; padding: 0 5pt; font-size: 7pt; }
  .tag { font-size: 7.5pt; padding: 0 5pt; }

  .summary-head { grid-template-columns: 100px minmax(0, 1fr); gap: 12pt; }
  .score-block .chart-gauge { max-width: 96px; }
  .grade { font-size: 12pt; }
  .summary-text .lead { font-size: 12pt; }
  .summary-lists { gap: 14pt; margin-top: 8pt; padding-top: 8pt; }
  .strengths li, .top-actions li { margin-bottom: 4pt; }
  /* The action plan follows on the same page with what to do for each: the summary keeps the titles and points. */
  .top-actions .fix-text { display: none; }

  /* The category bars two to a line, on one grid so that every bar starts and ends at the same place. */
  #scores .card { break-inside: avoid; }
  ul.bars { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr) 5.5rem max-content); align-items: center; gap: 3pt 8pt; }
  ul.bars li { display: contents; }
  ul.bars li:nth-child(even) .bar-label { padding-left: 14pt; }
  .bar-svg { height: 9px; }
  .counts { margin-top: 8pt; padding-top: 8pt; }

  /* An action on paper: head, then its category and the link to its card on one line, what to do, the finding and
     the benchmark; the card holds the evidence. */
  .action { padding: 6pt 10pt; margin-bottom: 6pt; display: grid; grid-template-columns: minmax(0, 1fr) auto; column-gap: 12pt; }
  .action > * { grid-column: 1 / -1; }
  .action > .action-category { grid-column: 1; margin: 1pt 0 2pt; }
  .action > .details { grid-column: 2; grid-row: 2; margin: 1pt 0 2pt; font-size: 8pt; }
  .action-evidence { display: none; }
  .action .fix, .action .finding { margin-top: 2pt; }
  .rank { min-width: 18px; height: 18px; line-height: 18px; font-size: 9pt; }
  .benchmark { margin-top: 4pt; padding: 4pt 8pt; }
  .benchmark-label { font-size: 7.5pt; }
  .benchmark-source { display: inline; margin-left: 6pt; font-size: 7.5pt; }

  /* On paper the cards after the action plan hold the finding and its evidence (in two columns); the plan has the
     fix and the benchmark beside each, and the rule's id is for the consultant's tools, not the client. */
  .rule .fix, .rule .benchmark, .rule .rule-id { display: none; }
  .category { margin-bottom: 10pt; }
  .category-head { margin-bottom: 4pt; }
  .category-head h3 { font-size: 12pt; }
  .category-score { font-size: 9pt; }
  .rule { padding: 6pt 10pt; margin-bottom: 6pt; }
  .rule-head h4, .action-head h3 { font-size: 10.5pt; margin: 0; }
  .rule .message { margin-top: 2pt; }
  .evidence { margin-top: 5pt; padding-top: 4pt; font-size: 8pt; }
  .evidence ul { columns: 2; column-gap: 12pt; }
  .evidence li { margin: 0 0 3pt; padding-left: 9px; }
  .evidence li::before { left: 0; }
  .evidence-title { font-size: 7.5pt; }

  table { font-size: 8.5pt; }
  th, td { padding: 2.5pt 5pt; }
  th { font-size: 7pt; letter-spacing: .02em; }
  .table-card { padding: 4pt 10pt; }
  table.met tr.group th { padding-top: 4pt; font-size: 8pt; }
  col.c-source { width: 24%; }
  table.rule-set td.category-name { white-space: nowrap; }
  col.c-criterion { width: 27%; }
  /* Two lines an account: the handle over its address, the page it was seen on over how many more. */
  table.accounts td.platform { white-space: nowrap; }
  col.c-platform { width: 10%; } col.c-state { width: 10%; } table.accounts col.c-account { width: 32%; } col.c-reason { width: 18%; }
  table.accounts td br { display: none; }
  table.accounts td .more::before { content: " "; }

  /* A social account on paper: its figures in a line or two, then the two charts and the unanswered questions side by side. */
  .social-account { margin-bottom: 8pt; }
  .social-head h3 { font-size: 11pt; }
  .social-meta { font-size: 8pt; margin-top: 0; }
  .social-account .message { display: inline; margin: 0; font-size: 8.5pt; }
  .social-account .message + .message::before { content: " · "; }
  /* The figures as one run of "label value" pairs, each kept on one line, rather than a table with tall headings. */
  table.figures, table.figures tbody, table.figures tr { display: block; }
  table.figures { margin-top: 3pt; }
  table.figures thead { display: none; }
  table.figures td { display: inline; padding: 0; border: 0; font-size: 8.5pt; font-weight: 650; white-space: nowrap; }
  table.figures td[data-label]::before { content: attr(data-label) "\\a0"; font-weight: 400; color: var(--muted); }
  table.figures td:not(:last-child)::after { content: "\\a0\\b7  "; font-weight: 400; color: var(--muted); white-space: normal; }
  .charts { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr) minmax(0, 1.5fr); gap: 12pt; margin: 6pt 0 0; }
  .charts figcaption { font-size: 7.5pt; margin-bottom: 2pt; }
  .charts .chart { max-height: 24mm; }
  .charts .questions-block { grid-column: auto; font-size: 8pt; }
  .questions-block h4 { margin: 0; font-size: 7.5pt; color: var(--muted); }
  .questions { margin-top: 2pt; }
  .questions li { margin: 0 0 3pt; padding: 0 0 0 7pt; }
  .questions .q, .questions .q-meta { line-height: 1.25; }
  .questions .q-meta { font-size: 7.5pt; }
  .social-unread { padding: 6pt 11pt; font-size: 8.5pt; }

  /* The methodology is reference matter: set like the tables. */
  .methodology { font-size: 8.5pt; }
  .methodology h3 { font-size: 11pt; margin: 10pt 0 4pt; }
  .methodology p { margin: 0 0 4pt; }
  .facts { gap: 1pt 14pt; }
  h4 { margin: 8pt 0 2pt; }
  /* The five statuses in a line or two rather than five. */
  .legend { display: flex; flex-wrap: wrap; align-items: baseline; gap: 3pt 6pt; font-size: 8.5pt; }
  .legend dd { margin-right: 10pt; }
  /* Every printed page's foot names who prepared it, and the cover the tool and dates: the closing lines would repeat them. */
  footer.doc-footer { display: none; }

  .rule, .action, .social-account, .summary-head, .charts figure, tr, .questions li, .benchmark, .evidence li, .facts div { break-inside: avoid; page-break-inside: avoid; }
  h2, h3, h4, .category-head, .action-head, .rule-head, tr.group, .section-intro { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  .badge, .band-word, .category-score, .tag, .chart, .bar-svg, .note, .rank, .benchmark, section > h2 { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: var(--ink); }
  .cover a { color: var(--on-accent); }
  a.show-url::after { content: " (" attr(href) ")"; color: var(--muted); font-size: 90%; overflow-wrap: anywhere; }
  /* Quotes are cut on paper (the HTML has them whole): a line for what a page or post said, two for a question. */
  .snippet, .questions .q { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
  .evidence .snippet { -webkit-line-clamp: 1; }
}
`;

/** A CSS string literal holding `text`: every character but letters, digits and spaces as an escape. */
export function cssString(text: string): string {
  const escaped = [...text]
    .map((ch) => (/^[\p{L}\p{N} ]$/u.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `))
    .join('');
  return `"${escaped}"`;
}

export interface PageStyleInput {
  /** Colours derived from the accent (branding), or undefined for the default palette. */
  palette?: { accent: string; onAccent: string; onAccentMuted: string; ink: string };
  /** Written at the foot of every printed page but the first ("Acme — Customer-care audit"). */
  footer: string;
  /** Written after it ("Prepared by Agence Dupont"), when given. */
  preparedBy?: string;
}

/**
 * The per-document rules: the accent's colours and the printed page's margin boxes (the footer text and the page
 * number "3 / 8"), from @page margin boxes so the PDF and a browser's own print get the same pages.
 */
export function pageStyles(input: PageStyleInput): string {
  const rules: string[] = [];
  if (input.palette) {
    const p = input.palette;
    rules.push(`:root { --accent: ${p.accent}; --accent-ink: ${p.ink}; --on-accent: ${p.onAccent}; --on-accent-muted: ${p.onAccentMuted}; }`);
  }
  const box = 'font-family: system-ui, "Liberation Sans", Arial, sans-serif; font-size: 8pt; color: #4f5b6d;';
  const footer = [input.footer, input.preparedBy].filter(Boolean).join(' · ');
  rules.push(
    '@page {',
    '  size: A4; margin: 12mm 12mm 14mm;',
    `  @bottom-left { content: ${cssString(footer)}; ${box} width: 80%; }`,
    `  @bottom-right { content: counter(page) " / " counter(pages); ${box} }`,
    '}',
    '@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }',
  );
  return rules.filter(Boolean).join('\n');
}
