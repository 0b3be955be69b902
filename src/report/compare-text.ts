// Renders a comparison of two reports (src/compare/diff.ts) as text for a terminal, as Markdown for PR comments and
// step summaries, or as JSON. Words come from the catalogue of `opts.lang` (report.json compare.*, rule and
// category titles), figures through the Translator.
import { Chalk, type ChalkInstance } from 'chalk';
import type { ReportDiff } from '../compare/diff.js';
import type { RuleStatus } from '../rules/types.js';
import type { Lang } from '../locale/langs.js';
import { translator, type MessageData, type Translator } from '../locale/translator.js';
import { cleanText, truncate } from './sanitize.js';
import { categoryTitle, ruleTitle } from './text.js';
import { displayWidth, padEnd, wrapText } from './format-helpers.js';

export type DiffFormat = 'terminal' | 'json' | 'markdown';

export interface DiffRenderOptions {
  /** The language to render in. */
  lang: Lang;
  color: boolean;
  /** Terminal columns (clamped to 60..100, default 100). */
  width?: number;
}

interface Ctx {
  tr: Translator;
  ch: ChalkInstance;
  width: number;
  /** Escapes a string (from the reports or the catalogue) for the output format. */
  esc: (s: string) => string;
}

/** Rendered text, cleaned of controls; no-break spaces kept (the catalogue puts them where lines must not break). */
const clean = (s: string | null | undefined): string => cleanText(s, { keepNoBreakSpaces: true });

/** A compare.* message of report.json. */
function label(ctx: Ctx, key: string, data?: MessageData): string {
  return clean(ctx.tr.t(`report.compare.${key}`, data));
}

function num(ctx: Ctx, n: number | null): string {
  return n == null ? label(ctx, 'notScored') : ctx.tr.number(n, 1);
}

/** "↑ +6.9" / "↓ -3.2" / "= 0", coloured green/red when colour is on; '' when a side was not scored. */
function arrow(ctx: Ctx, d: number | null): string {
  if (d == null) return '';
  const n = ctx.tr.number(Math.abs(d), 1);
  if (d > 0) return ctx.ch.green(`↑ +${n}`);
  if (d < 0) return ctx.ch.red(`↓ -${n}`);
  return `= ${n}`;
}

function status(ctx: Ctx, s: RuleStatus | null, score: number | null): string {
  if (s == null) return label(ctx, 'absent');
  const word = clean(ctx.tr.t(`report.status.${s}`));
  const text = score == null || s === 'na' || s === 'error' ? word : `${word} (${ctx.tr.number(score, 1)})`;
  if (s === 'pass') return ctx.ch.green(text);
  if (s === 'warn') return ctx.ch.yellow(text);
  if (s === 'fail') return ctx.ch.red(text);
  return ctx.ch.gray(text);
}

/** "id: title", the title as the rule now stands (its failure title when it fails); the id alone when unknown. */
function ruleName(ctx: Ctx, rule: ReportDiff['rules'][number]): string {
  const id = clean(rule.id);
  const title = clean(ruleTitle(ctx.tr, { id: rule.id, status: rule.after ?? rule.before ?? 'pass' }));
  return ctx.esc(title && title !== id ? `${id}: ${title}` : id);
}

function categoryName(ctx: Ctx, id: string): string {
  return clean(categoryTitle(ctx.tr, id)) || clean(id);
}

function headerLines(ctx: Ctx, diff: ReportDiff): [string, string][] {
  const when = (iso: string): string => label(ctx, 'collected', { date: ctx.tr.dateTime(iso) });
  const score =
    `${num(ctx, diff.score.before)} → ${num(ctx, diff.score.after)}` +
    (diff.score.delta == null ? '' : `  ${arrow(ctx, diff.score.delta)}`);
  return [
    [label(ctx, 'baseline'), ctx.esc(when(diff.collectedAt.before))],
    [label(ctx, 'current'), ctx.esc(when(diff.collectedAt.after))],
    [label(ctx, 'score'), score],
  ];
}

/** A diff's "platform:handle" as the platform's name and the handle ("Bluesky acme.bsky.social"). */
function accountName(ctx: Ctx, key: string): string {
  const at = key.indexOf(':');
  const name = at < 0 ? key : `${ctx.tr.term('platform', key.slice(0, at))} ${key.slice(at + 1)}`;
  return ctx.esc(clean(name));
}

function accountLines(ctx: Ctx, diff: ReportDiff): string[] {
  return [
    ...diff.accountsAdded.map((k) => `+ ${accountName(ctx, k)} (${label(ctx, 'added')})`),
    ...diff.accountsLost.map((k) => `- ${accountName(ctx, k)} (${label(ctx, 'lost')})`),
  ];
}

/** Rules that got worse, then rules that can no longer be judged (what a --baseline gate fails on). */
function regressionLines(ctx: Ctx, diff: ReportDiff): string[] {
  const line = (r: ReportDiff['rules'][number]): string => `${ruleName(ctx, r)}: ${status(ctx, r.before, r.beforeScore)} → ${status(ctx, r.after, r.afterScore)}`;
  const lost = diff.coverageLost ?? [];
  return [
    ...diff.rules.filter((r) => diff.regressions.includes(r.id)).map(line),
    ...diff.rules.filter((r) => lost.includes(r.id)).map((r) => `${line(r)} (${ctx.esc(ctx.tr.t('gates.coverage.lost'))})`),
  ];
}

/** A plain-text table: columns padded by display width; only the last column wraps. Painting happens per cell. */
function textTable(ctx: Ctx, head: string[], rows: string[][], plainRows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...plainRows.map((r) => displayWidth(r[i]))));
  const lastIndex = head.length - 1;
  const fixed = widths.slice(0, lastIndex).reduce((n, w) => n + w + 2, 2);
  const lastWidth = Math.max(20, ctx.width - fixed);
  const line = (cells: string[], plain: string[]): string[] => {
    const wrapped = wrapText(plain[lastIndex], lastWidth);
    const first = cells.slice(0, lastIndex).map((c, i) => c + ' '.repeat(widths[i] - displayWidth(plain[i])));
    const pad = ' '.repeat(fixed);
    return [
      '  ' + [...first, wrapped.length > 1 ? wrapped[0] : cells[lastIndex]].join('  ').trimEnd(),
      ...wrapped.slice(1).map((w) => pad + w),
    ];
  };
  return [
    ...line(head.map((h) => ctx.ch.bold(h)), head),
    '  ' + widths.map((w, i) => '─'.repeat(i === lastIndex ? Math.min(w, lastWidth) : w)).join('  '),
    ...rows.flatMap((r, i) => line(r, plainRows[i])),
  ];
}

function renderTerminalDiff(ctx: Ctx, diff: ReportDiff): string {
  const plain: Ctx = { ...ctx, ch: new Chalk({ level: 0 }) };
  const heading = (title: string): string => {
    const text = `── ${title} `;
    return ctx.ch.bold(text + '─'.repeat(Math.max(3, ctx.width - displayWidth(text))));
  };
  const brand = cleanText(diff.target.brandName) || cleanText(diff.target.domain);
  const head = headerLines(ctx, diff);
  const labelWidth = head.reduce((m, [l]) => Math.max(m, displayWidth(l)), 0) + 2;
  const out = [
    ctx.ch.bold(truncate(label(ctx, 'title', { brand }), ctx.width)),
    ...head.map(([l, v]) => '  ' + padEnd(l, labelWidth) + v),
  ];

  out.push('', heading(label(ctx, 'categories')));
  const catRow = (c: Ctx, cat: ReportDiff['categories'][number]): string[] => [
    num(c, cat.before),
    num(c, cat.after),
    arrow(c, cat.delta),
    categoryName(c, cat.id),
  ];
  const catHead = [label(ctx, 'before'), label(ctx, 'after'), label(ctx, 'change'), label(ctx, 'category')];
  out.push(...textTable(ctx, catHead, diff.categories.map((c) => catRow(ctx, c)), diff.categories.map((c) => catRow(plain, c))));

  out.push('', heading(label(ctx, 'rules')));
  if (diff.rules.length === 0) out.push('  ' + label(ctx, 'noRules'));
  else {
    const ruleRow = (c: Ctx, r: ReportDiff['rules'][number]): string[] => [
      status(c, r.before, r.beforeScore),
      status(c, r.after, r.afterScore),
      ruleName(c, r),
    ];
    const ruleHead = [label(ctx, 'before'), label(ctx, 'after'), label(ctx, 'rule')];
    out.push(...textTable(ctx, ruleHead, diff.rules.map((r) => ruleRow(ctx, r)), diff.rules.map((r) => ruleRow(plain, r))));
  }

  out.push('', heading(label(ctx, 'regressions')));
  // Wrapped as plain text, then each line painted red: an escape code never spans a line break.
  const regressions = regressionLines(plain, diff).flatMap((l) =>
    wrapText(l, ctx.width - 4).map((w, i) => (i === 0 ? '  • ' : '    ') + ctx.ch.red(w)),
  );
  out.push(...(regressions.length ? regressions : ['  ' + label(ctx, 'noRegressions')]));

  out.push('', heading(label(ctx, 'accounts')));
  const accounts = accountLines(ctx, diff);
  out.push(...(accounts.length ? accounts.map((l) => '  ' + l) : ['  ' + label(ctx, 'noAccounts')]));
  return out.join('\n') + '\n';
}

/** Escapes text for a Markdown table cell or line: HTML-significant characters and inline Markdown syntax. */
function markdownEscape(s: string): string {
  return clean(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~#!]/g, (c) => `\\${c}`);
}

function renderMarkdownDiff(ctx: Ctx, diff: ReportDiff): string {
  const brand = markdownEscape(diff.target.brandName) || markdownEscape(diff.target.domain);
  // The brand is escaped before it goes into the message; the message's own words have no Markdown syntax.
  const out = [`## ${label(ctx, 'title', { brand })}`, ''];
  for (const [l, v] of headerLines(ctx, diff)) out.push(`- **${l}**: ${v}`);
  const table = (head: string[], rows: string[][]): string[] => [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => ' --- ').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];

  out.push('', `### ${label(ctx, 'categories')}`, '');
  out.push(
    ...table(
      [label(ctx, 'category'), label(ctx, 'before'), label(ctx, 'after'), label(ctx, 'change')],
      diff.categories.map((c) => [markdownEscape(categoryName(ctx, c.id)), num(ctx, c.before), num(ctx, c.after), arrow(ctx, c.delta)]),
    ),
  );

  out.push('', `### ${label(ctx, 'rules')}`, '');
  if (diff.rules.length === 0) out.push(label(ctx, 'noRules'));
  else {
    const rows = diff.rules.map((r) => [ruleName(ctx, r), status(ctx, r.before, r.beforeScore), status(ctx, r.after, r.afterScore)]);
    out.push(...table([label(ctx, 'rule'), label(ctx, 'before'), label(ctx, 'after')], rows));
  }

  out.push('', `### ${label(ctx, 'regressions')}`, '');
  const regressions = regressionLines(ctx, diff);
  out.push(...(regressions.length ? regressions.map((l) => `- ${l}`) : [label(ctx, 'noRegressions')]));

  out.push('', `### ${label(ctx, 'accounts')}`, '');
  const accounts = accountLines(ctx, diff);
  out.push(...(accounts.length ? accounts.map((l) => `- ${l.slice(2)}`) : [label(ctx, 'noAccounts')]));
  return out.join('\n') + '\n';
}

/** Same escaping as the JSON report: C1, bidi and line-separator characters written as \u escapes. */
const UNSAFE_RAW = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * Renders a diff in `opts.lang`: `terminal` (headed sections and aligned tables, ANSI colours only when
 * `opts.color`), `markdown` (a section with GitHub tables, for PR comments and step summaries; never coloured) or
 * `json` (the ReportDiff itself, language-neutral). Text taken from the reports is stripped of control characters
 * and escaped for the format.
 */
export function renderDiff(diff: ReportDiff, format: DiffFormat, opts: DiffRenderOptions): string {
  const tr = translator(opts.lang);
  const width = Math.min(100, Math.max(60, Math.floor(opts.width ?? 100)));
  switch (format) {
    case 'json':
      return (
        JSON.stringify(diff, null, 2).replace(UNSAFE_RAW, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')) +
        '\n'
      );
    case 'markdown':
      return renderMarkdownDiff({ tr, width, ch: new Chalk({ level: 0 }), esc: markdownEscape }, diff);
    case 'terminal':
      return renderTerminalDiff({ tr, width, ch: new Chalk({ level: opts.color ? 1 : 0 }), esc: clean }, diff);
  }
}
