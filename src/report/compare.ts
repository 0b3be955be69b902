// Compares two audit reports of a brand (a baseline and a new run) and renders the differences as text, JSON or Markdown.
import { Chalk, type ChalkInstance } from 'chalk';
import type { AuditReport } from './types.js';
import type { RuleStatus } from '../rules/types.js';
import { cleanText, truncate } from './sanitize.js';
import { formatDate, formatNumber, t as tr, type Lang, type MessageKey } from './i18n.js';
import { displayWidth, padEnd, wrapText } from './format-helpers.js';

/** Every score in a diff is on the 0..100 scale (rule scores included), rounded to one decimal. */
export interface ReportDiff {
  target: { brandName: string; domain: string };
  collectedAt: { before: string; after: string };
  score: { before: number | null; after: number | null; delta: number | null };
  categories: { id: string; title: string; before: number | null; after: number | null; delta: number | null }[];
  /** Rules whose status or score changed, and rules present in only one of the reports (null on the other side). */
  rules: {
    id: string;
    title: string;
    before: RuleStatus | null;
    after: RuleStatus | null;
    beforeScore: number | null;
    afterScore: number | null;
  }[];
  /** Ids of rules whose status got worse in the order pass > warn > fail. */
  regressions: string[];
  /** Official accounts as "platform:handle", sorted. */
  accountsAdded: string[];
  accountsLost: string[];
}

export type DiffFormat = 'terminal' | 'json' | 'markdown';

export interface DiffRenderOptions {
  color: boolean;
  lang: Lang;
  /** Terminal columns (clamped to 60..100, default 100). */
  width?: number;
}

/**
 * Ranks of the statuses that say how well a rule is met. na and error say the rule could not be judged, so a
 * change to or from them is shown but is not a regression: it says nothing about the brand getting worse.
 */
const RANK: Partial<Record<RuleStatus, number>> = { pass: 2, warn: 1, fail: 0 };

/** True when `after` is a worse status than `before` in the order pass > warn > fail. */
export function isRegression(before: RuleStatus | null, after: RuleStatus | null): boolean {
  const b = before == null ? undefined : RANK[before];
  const a = after == null ? undefined : RANK[after];
  return a !== undefined && b !== undefined && a < b;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;
const delta = (before: number | null, after: number | null): number | null =>
  before == null || after == null ? null : round1(after - before);
/** A rule's 0..1 score on the report's 0..100 scale. */
const percent = (score: number | null | undefined): number | null => (score == null ? null : Math.round(score * 1000) / 10);

function officialAccounts(report: AuditReport): Set<string> {
  return new Set(report.accounts.filter((a) => a.official).map((a) => `${a.platform}:${a.handle}`));
}

/**
 * Compares a baseline report (`before`) with a new one (`after`): overall and category scores with their deltas,
 * the rules that changed, the regressions (a status worse in pass > warn > fail) and the official accounts gained
 * or lost. Formatters never re-score: everything comes from the two reports as they are.
 */
export function compareReports(before: AuditReport, after: AuditReport): ReportDiff {
  const categoryIds = [...new Set([...after.categories, ...before.categories].map((c) => c.id))];
  const categories = categoryIds.map((id) => {
    const b = before.categories.find((c) => c.id === id);
    const a = after.categories.find((c) => c.id === id);
    const bs = b?.score ?? null;
    const as = a?.score ?? null;
    return { id, title: a?.title ?? b?.title ?? id, before: bs, after: as, delta: delta(bs, as) };
  });

  const ruleIds = [...new Set([...after.rules, ...before.rules].map((r) => r.id))];
  const rules: ReportDiff['rules'] = [];
  for (const id of ruleIds) {
    const b = before.rules.find((r) => r.id === id);
    const a = after.rules.find((r) => r.id === id);
    const entry = {
      id,
      title: a?.title ?? b?.title ?? id,
      before: b?.status ?? null,
      after: a?.status ?? null,
      beforeScore: percent(b?.score),
      afterScore: percent(a?.score),
    };
    if (!a || !b || entry.before !== entry.after || entry.beforeScore !== entry.afterScore) rules.push(entry);
  }

  const was = officialAccounts(before);
  const now = officialAccounts(after);
  return {
    target: { brandName: after.target.brandName, domain: after.target.domain },
    collectedAt: { before: before.collectedAt, after: after.collectedAt },
    score: { before: before.score, after: after.score, delta: delta(before.score, after.score) },
    categories,
    rules,
    regressions: rules.filter((r) => isRegression(r.before, r.after)).map((r) => r.id),
    accountsAdded: [...now].filter((k) => !was.has(k)).sort(),
    accountsLost: [...was].filter((k) => !now.has(k)).sort(),
  };
}

/** The comparison's own words; status names and dates come from the report catalogue (i18n.ts). */
const LABELS = {
  en: {
    title: '{{brand}} — changes since the baseline',
    baseline: 'Baseline',
    current: 'This audit',
    collected: 'collected {{date}}',
    score: 'Overall score',
    categories: 'Categories',
    category: 'Category',
    before: 'Before',
    after: 'After',
    change: 'Change',
    rules: 'Rule changes',
    rule: 'Rule',
    noRules: 'No rule changed.',
    absent: 'absent',
    regressions: 'Regressions',
    noRegressions: 'No regression.',
    accounts: 'Official accounts',
    added: 'added',
    lost: 'lost',
    noAccounts: 'No official account gained or lost.',
    notScored: 'not scored',
  },
  fr: {
    title: '{{brand}} — évolution depuis la référence',
    baseline: 'Référence',
    current: 'Cet audit',
    collected: 'collecte du {{date}}',
    score: 'Score global',
    categories: 'Catégories',
    category: 'Catégorie',
    before: 'Avant',
    after: 'Après',
    change: 'Écart',
    rules: 'Règles modifiées',
    rule: 'Règle',
    noRules: "Aucune règle n'a changé.",
    absent: 'absente',
    regressions: 'Régressions',
    noRegressions: 'Aucune régression.',
    accounts: 'Comptes officiels',
    added: 'ajouté',
    lost: 'perdu',
    noAccounts: 'Aucun compte officiel gagné ou perdu.',
    notScored: 'non noté',
  },
} satisfies Record<Lang, Record<string, string>>;
type Label = keyof (typeof LABELS)['en'];

interface Ctx {
  lang: Lang;
  ch: ChalkInstance;
  width: number;
  /** Escapes a string taken from the reports for the output format. */
  esc: (s: string) => string;
}

function label(ctx: Ctx, key: Label, vars: Record<string, string> = {}): string {
  return LABELS[ctx.lang][key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) => vars[name] ?? whole);
}

function num(ctx: Ctx, n: number | null): string {
  return n == null ? label(ctx, 'notScored') : formatNumber(ctx.lang, n, 1);
}

/** "↑ +6.9" / "↓ -3.2" / "= 0", coloured green/red when colour is on; '' when a side was not scored. */
function arrow(ctx: Ctx, d: number | null): string {
  if (d == null) return '';
  const n = formatNumber(ctx.lang, Math.abs(d), 1);
  if (d > 0) return ctx.ch.green(`↑ +${n}`);
  if (d < 0) return ctx.ch.red(`↓ -${n}`);
  return `= ${n}`;
}

function status(ctx: Ctx, s: RuleStatus | null, score: number | null): string {
  if (s == null) return label(ctx, 'absent');
  const word = tr(ctx.lang, `status.${s}` as MessageKey);
  const text = score == null || s === 'na' || s === 'error' ? word : `${word} (${formatNumber(ctx.lang, score, 1)})`;
  if (s === 'pass') return ctx.ch.green(text);
  if (s === 'warn') return ctx.ch.yellow(text);
  if (s === 'fail') return ctx.ch.red(text);
  return ctx.ch.gray(text);
}

function ruleName(ctx: Ctx, rule: ReportDiff['rules'][number]): string {
  const title = cleanText(rule.title);
  return ctx.esc(title && title !== rule.id ? `${rule.id}: ${title}` : cleanText(rule.id));
}

function headerLines(ctx: Ctx, diff: ReportDiff): [string, string][] {
  const when = (iso: string): string => label(ctx, 'collected', { date: cleanText(formatDate(ctx.lang, iso)) });
  const score =
    `${num(ctx, diff.score.before)} → ${num(ctx, diff.score.after)}` +
    (diff.score.delta == null ? '' : `  ${arrow(ctx, diff.score.delta)}`);
  return [
    [label(ctx, 'baseline'), ctx.esc(when(diff.collectedAt.before))],
    [label(ctx, 'current'), ctx.esc(when(diff.collectedAt.after))],
    [label(ctx, 'score'), score],
  ];
}

function accountLines(ctx: Ctx, diff: ReportDiff): string[] {
  return [
    ...diff.accountsAdded.map((k) => `+ ${ctx.esc(cleanText(k))} (${label(ctx, 'added')})`),
    ...diff.accountsLost.map((k) => `- ${ctx.esc(cleanText(k))} (${label(ctx, 'lost')})`),
  ];
}

function regressionLines(ctx: Ctx, diff: ReportDiff): string[] {
  return diff.rules
    .filter((r) => diff.regressions.includes(r.id))
    .map((r) => `${ruleName(ctx, r)}: ${status(ctx, r.before, r.beforeScore)} → ${status(ctx, r.after, r.afterScore)}`);
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
  const labelWidth = Math.max(...head.map(([l]) => displayWidth(l))) + 2;
  const out = [ctx.ch.bold(truncate(label(ctx, 'title', { brand }), ctx.width)), ...head.map(([l, v]) => '  ' + padEnd(l, labelWidth) + v)];

  out.push('', heading(label(ctx, 'categories')));
  const catRow = (c: Ctx, cat: ReportDiff['categories'][number]): string[] => [
    num(c, cat.before),
    num(c, cat.after),
    arrow(c, cat.delta),
    cleanText(cat.title) || cleanText(cat.id),
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
  return cleanText(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~#!]/g, (c) => `\\${c}`);
}

function renderMarkdownDiff(ctx: Ctx, diff: ReportDiff): string {
  const brand = markdownEscape(diff.target.brandName) || markdownEscape(diff.target.domain);
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
      diff.categories.map((c) => [markdownEscape(c.title) || markdownEscape(c.id), num(ctx, c.before), num(ctx, c.after), arrow(ctx, c.delta)]),
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
 * Renders a diff: `terminal` (headed sections and aligned tables, ANSI colours only when `opts.color`), `markdown`
 * (a section with GitHub tables, for PR comments and step summaries; never coloured) or `json` (the ReportDiff
 * itself). Text taken from the reports is stripped of control characters and escaped for the format.
 */
export function renderDiff(diff: ReportDiff, format: DiffFormat, opts: DiffRenderOptions): string {
  const lang: Lang = opts.lang === 'fr' ? 'fr' : 'en';
  const width = Math.min(100, Math.max(60, Math.floor(opts.width ?? 100)));
  switch (format) {
    case 'json':
      return (
        JSON.stringify(diff, null, 2).replace(UNSAFE_RAW, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')) +
        '\n'
      );
    case 'markdown':
      return renderMarkdownDiff({ lang, width, ch: new Chalk({ level: 0 }), esc: markdownEscape }, diff);
    case 'terminal':
      return renderTerminalDiff({ lang, width, ch: new Chalk({ level: opts.color ? 1 : 0 }), esc: cleanText }, diff);
  }
}
