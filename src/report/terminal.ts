// Renders an AuditReport for a terminal or a CI log: header, score, one table per category, findings, accounts, gaps.
// Every word comes from the catalogue of `opts.lang` (report.json, terms, rules, categories, collector notes) and
// every figure through the Translator; bands, counts, severity and points to gain are read from the report.
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { AuditReport, Band, CategoryScore } from './types.js';
import type { RuleResult, RuleStatus } from '../rules/types.js';
import type { Note } from '../snapshot/types.js';
import type { Lang } from '../locale/langs.js';
import { translator, type MessageData, type Translator } from '../locale/translator.js';
import { cleanText, truncate } from './sanitize.js';
import { categoryTitle, collectorNote, evidenceText, ruleMessage, ruleSetTitle, ruleTitle } from './text.js';
import { displayWidth, padEnd, wrapIndented, wrapText } from './format-helpers.js';

export interface TerminalOptions {
  /** The language to render in. */
  lang: Lang;
  /** ANSI colours on or off; off gives plain text with no escape sequence at all. */
  color: boolean;
  /** Columns to fit in; clamped to 60..100 (default 100) so the report stays readable in logs and narrow panes. */
  width?: number;
  /** Show every evidence item and every failed page instead of the first few. */
  verbose?: boolean;
}

const MAX_WIDTH = 100;
const MIN_WIDTH = 60;
/** Evidence items shown per finding before "… and N more" (all with `verbose`). */
const EVIDENCE_LIMIT = 5;
/** Failed pages and crawl problems shown before "… and N more" (all with `verbose`). */
const LIST_LIMIT = 10;
/** Longest snippet shown, in characters: enough to recognise the text, short enough to keep findings scannable. */
const SNIPPET_MAX = 240;

/** Symbols beside the status words; all one column wide and outside emoji ranges so alignment holds everywhere. */
const STATUS_SYMBOL: Record<RuleStatus, string> = { pass: '✓', warn: '!', fail: '✗', na: '–', error: '×' };
/** The order statuses are counted in on the summary line and measured in for the status column. */
const STATUSES: RuleStatus[] = ['pass', 'warn', 'fail', 'na', 'error'];

interface Ctx {
  tr: Translator;
  ch: ChalkInstance;
  width: number;
  verbose: boolean;
}

/**
 * Shorthand: every string that came from the report (hence from scraped pages) or was rendered from its data goes
 * through this. No-break spaces stay: the catalogues and Intl put them where a line must not break (« », 35 %).
 */
const clean = (s: string | null | undefined): string => cleanText(s, { keepNoBreakSpaces: true });

/** A report.json message (terminal chrome), cleaned: its data may hold scraped text. */
function say(ctx: Ctx, key: string, data?: MessageData): string {
  return clean(ctx.tr.t(`report.${key}`, data));
}

function statusLabel(ctx: Ctx, status: RuleStatus): string {
  return `${STATUS_SYMBOL[status] ?? '?'} ${say(ctx, `status.${status}`)}`;
}

/** A collector's notes in words, one after the other. */
function notesText(ctx: Ctx, notes: Note[] | undefined): string {
  return (notes ?? []).map((n) => clean(collectorNote(ctx.tr, n))).filter(Boolean).join(' · ');
}

function paintStatus(ctx: Ctx, status: RuleStatus, text: string): string {
  const { ch } = ctx;
  switch (status) {
    case 'pass':
      return ch.green(text);
    case 'warn':
      return ch.yellow(text);
    case 'fail':
      return ch.red(text);
    case 'error':
      return ch.magenta(text);
    default:
      return ch.gray(text);
  }
}

function paintBand(ctx: Ctx, band: Band | null, text: string): string {
  if (band === 'good') return ctx.ch.green(text);
  if (band === 'average') return ctx.ch.yellow(text);
  if (band === 'poor') return ctx.ch.red(text);
  return ctx.ch.gray(text);
}

/** A section title drawn as a rule across the full width, so sections stand out in a log without colour. */
function heading(ctx: Ctx, title: string): string {
  const text = `── ${title} `;
  return ctx.ch.bold(text + '─'.repeat(Math.max(3, ctx.width - displayWidth(text))));
}

/** A cli-table3 table with no colours of its own (it would otherwise colour borders and heads behind our back). */
function newTable(
  head: string[],
  colWidths: number[],
  colAligns: ('left' | 'right')[],
  compact: boolean,
): Table.Table {
  return new Table({
    head,
    colWidths,
    colAligns,
    wordWrap: false,
    // Compact (no line between rows) for one-line rows; multi-line rows need the separators to stay legible.
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1, compact },
  });
}

/** Cell content: plain text wrapped to the cell, then painted line by line so no escape code spans a wrap. */
function cell(text: string, innerWidth: number, paint: (s: string) => string = (s) => s): string {
  return wrapText(text, innerWidth)
    .map((line) => paint(line))
    .join('\n');
}

function header(ctx: Ctx, report: AuditReport): string[] {
  const { tr, ch } = ctx;
  const brand = clean(report.target.brandName) || clean(report.target.domain);
  const collected = tr.dateTime(report.collectedAt);
  const generated = tr.dateTime(report.generatedAt);
  const pages =
    report.site.pagesFailed > 0
      ? say(ctx, 'header.pagesWithFailures', { crawled: report.site.pagesCrawled, failed: report.site.pagesFailed })
      : tr.number(report.site.pagesCrawled, 0);
  const rows: [string, string][] = [
    [say(ctx, 'header.site'), clean(report.target.url)],
    [say(ctx, 'header.collected'), collected],
  ];
  // A re-scored snapshot is reported later than it was collected: say so only when the two differ visibly.
  if (generated !== collected) rows.push([say(ctx, 'header.generated'), generated]);
  rows.push(
    [say(ctx, 'header.ruleSet'), say(ctx, 'header.ruleSetValue', { title: clean(ruleSetTitle(ctx.tr, report.ruleSet)), id: clean(report.ruleSet.id) })],
    [say(ctx, 'header.pages'), pages],
    [say(ctx, 'header.tool'), `${clean(report.tool.name)} ${clean(report.tool.version)}`],
  );

  const labelWidth = [...rows.map(([l]) => l), say(ctx, 'score.label')].reduce((m, l) => Math.max(m, displayWidth(l)), 0) + 2;
  const valueWidth = ctx.width - 2 - labelWidth;
  const row = (label: string, value: string, paint: (s: string) => string = (s) => s): string[] =>
    wrapText(value, valueWidth).map((line, i) => '  ' + padEnd(i === 0 ? label : '', labelWidth) + paint(line));

  const lines = [ch.bold(truncate(`${brand} — ${say(ctx, 'title')}`, ctx.width))];
  for (const [label, value] of rows) lines.push(...row(label, value));
  lines.push('');

  if (report.score == null) {
    lines.push(...row(say(ctx, 'score.label'), say(ctx, 'score.none'), ch.gray));
  } else {
    const parts = [say(ctx, 'score.value', { score: report.score })];
    if (report.grade) parts.push(say(ctx, 'score.grade', { grade: clean(report.grade) }));
    if (report.band) parts.push(tr.term('band', report.band));
    lines.push(...row(say(ctx, 'score.label'), parts.join(' · '), (s) => ch.bold(paintBand(ctx, report.band, s))));
  }
  const counts = STATUSES.map((status) =>
    say(ctx, 'summary.count', { count: report.counts[status], label: say(ctx, `status.${status}`) }),
  );
  lines.push(...wrapIndented(say(ctx, 'summary.rules', { counts: counts.join(' · ') }), ctx.width, 2));
  return lines;
}

function categoryBlock(ctx: Ctx, title: string, category: CategoryScore | null, rules: RuleResult[]): string[] {
  const { tr, ch } = ctx;
  let line = ch.bold(truncate(clean(title), ctx.width - 30));
  if (category) {
    const score =
      category.score == null
        ? ch.gray(say(ctx, 'category.noScore'))
        : paintBand(ctx, category.band, say(ctx, 'category.score', { score: category.score }));
    const weight = say(ctx, 'category.weight', { weight: category.weight });
    line += `  ${score}${ch.gray(` · ${weight}`)}`;
    // A category with nothing to judge (e.g. the social audit did not run) takes one line, not an empty table.
    if (category.score == null && category.counts.na === rules.length) {
      return [`${line}${ch.gray(` · ${say(ctx, 'category.allNa', { count: rules.length })}`)}`];
    }
  }

  const statusTexts = [...STATUSES.map((s) => statusLabel(ctx, s)), say(ctx, 'table.status')];
  const statusWidth = statusTexts.reduce((m, t) => Math.max(m, displayWidth(t)), 0) + 2;
  const weights = rules.map((r) => tr.number(r.weight));
  const scoreWidth = Math.max(displayWidth(say(ctx, 'table.score')), 3) + 2;
  const weightWidth = Math.max(displayWidth(say(ctx, 'table.weight')), ...weights.map(displayWidth)) + 2;
  const ruleWidth = ctx.width - statusWidth - scoreWidth - weightWidth - 5;
  const titles = rules.map((rule) => cell(clean(ruleTitle(tr, rule)) || clean(rule.id), ruleWidth - 2));
  const table = newTable(
    ['table.status', 'table.rule', 'table.score', 'table.weight'].map((key) => ch.bold(say(ctx, key))),
    [statusWidth, ruleWidth, scoreWidth, weightWidth],
    ['left', 'left', 'right', 'right'],
    titles.every((title) => !title.includes('\n')),
  );
  rules.forEach((rule, i) => {
    const score = rule.score == null ? ch.gray('—') : tr.number(rule.score * 100, 0);
    table.push([paintStatus(ctx, rule.status, statusLabel(ctx, rule.status)), titles[i], score, weights[i]]);
  });
  return [line, table.toString()];
}

/** One block per category of the report, its rules as the category lists them; rules in none come last. */
function categories(ctx: Ctx, report: AuditReport): string[][] {
  const byId = new Map(report.rules.map((r) => [r.id, r]));
  const shown = new Set<string>();
  const blocks: string[][] = [];
  for (const category of report.categories) {
    const rules = category.rules.map((id) => byId.get(id)).filter((r): r is RuleResult => r !== undefined);
    rules.forEach((r) => shown.add(r.id));
    if (rules.length > 0) blocks.push(categoryBlock(ctx, categoryTitle(ctx.tr, category.id), category, rules));
  }
  const others = report.rules.filter((r) => !shown.has(r.id));
  if (others.length > 0) blocks.push(categoryBlock(ctx, say(ctx, 'category.other'), null, others));
  return blocks;
}

/** Failures, rules that could not run, then warnings (the report's severity); within one, most points first. */
function findings(ctx: Ctx, report: AuditReport): string[] {
  const { tr, ch } = ctx;
  const lines = [heading(ctx, say(ctx, 'section.findings'))];
  const problems = report.rules
    .filter((r) => r.status === 'fail' || r.status === 'warn' || r.status === 'error')
    .sort((a, b) => a.severity - b.severity || b.gain - a.gain || b.weight - a.weight);
  if (problems.length === 0) return [...lines, say(ctx, 'findings.none')];
  const quote = (snippet: string): string => say(ctx, 'findings.snippet', { snippet: truncate(clean(snippet), SNIPPET_MAX) });

  for (const rule of problems) {
    lines.push('');
    const prefix = `${statusLabel(ctx, rule.status)}  `;
    const indent = displayWidth(prefix);
    wrapText(clean(ruleTitle(tr, rule)) || clean(rule.id), ctx.width - indent).forEach((line, i) => {
      lines.push((i === 0 ? paintStatus(ctx, rule.status, prefix) : ' '.repeat(indent)) + ch.bold(line));
    });
    // Points are rounded here, for display only: the report keeps the exact gain.
    const points = Math.round(rule.gain * 10) / 10;
    const where = [clean(rule.id), clean(categoryTitle(tr, rule.category))];
    if (points > 0) where.push(say(ctx, 'findings.gain', { points }));
    lines.push(...wrapIndented(where.filter(Boolean).join(' · '), ctx.width, 4).map((l) => ch.gray(l)));
    lines.push(...wrapIndented(clean(ruleMessage(tr, rule)), ctx.width, 4));

    const evidence = rule.evidence ?? [];
    const shown = ctx.verbose ? evidence : evidence.slice(0, EVIDENCE_LIMIT);
    for (const item of shown) {
      wrapText(clean(item.url), ctx.width - 6).forEach((line, i) => {
        lines.push((i === 0 ? '    • ' : '      ') + line);
      });
      const text = clean(evidenceText(tr, rule.id, item, quote));
      if (text) lines.push(...wrapIndented(text, ctx.width, 6).map((l) => ch.gray(l)));
    }
    if (shown.length < evidence.length) lines.push(`    ${say(ctx, 'list.more', { count: evidence.length - shown.length })}`);
  }
  return lines;
}

function accounts(ctx: Ctx, report: AuditReport): string[] {
  const { tr, ch } = ctx;
  const lines = [heading(ctx, say(ctx, 'section.accounts'))];
  if (report.accounts.length === 0) return [...lines, say(ctx, 'accounts.none')];
  // Official accounts first; otherwise the report's order.
  const list = [...report.accounts].sort((a, b) => Number(b.official) - Number(a.official));
  const names = list.map((a) => clean(tr.term('platform', a.platform)));
  const official = say(ctx, 'accounts.official');
  const mentioned = say(ctx, 'accounts.mentioned');

  const platformWidth = Math.max(displayWidth(say(ctx, 'accounts.platform')), ...names.map(displayWidth)) + 2;
  const statusWidth = [say(ctx, 'accounts.status'), official, mentioned].reduce((m, t) => Math.max(m, displayWidth(t)), 0) + 2;
  const rest = ctx.width - 5 - platformWidth - statusWidth;
  // Profile URLs are what a reader copies: give them the room they need, leaving at least 26 columns to the reason.
  // A reduce, not Math.max(...list): spreading a long list into arguments overflows the stack.
  const longest = list.reduce((m, a) => Math.max(m, displayWidth(clean(a.url)), displayWidth(clean(a.handle))), -Infinity);
  const accountWidth = Math.max(Math.ceil(rest * 0.5), Math.min(longest + 2, rest - 26));
  const reasonWidth = rest - accountWidth;
  const table = newTable(
    ['accounts.platform', 'accounts.account', 'accounts.status', 'accounts.reason'].map((key) => ch.bold(say(ctx, key))),
    [platformWidth, accountWidth, statusWidth, reasonWidth],
    ['left', 'left', 'left', 'left'],
    false,
  );
  list.forEach((account, i) => {
    const who = [cell(clean(account.handle), accountWidth - 2), cell(clean(account.url), accountWidth - 2, ch.gray)];
    table.push([
      names[i],
      who.filter(Boolean).join('\n'),
      account.official ? ch.green(official) : mentioned,
      cell(clean(collectorNote(tr, account.reason)), reasonWidth - 2),
    ]);
  });
  return [...lines, table.toString()];
}

/**
 * Per social account: what was read, questions, unanswered share and median response time, then the unanswered
 * questions themselves (text, date, link) — the evidence a consultant quotes. Empty without a social audit.
 */
function social(ctx: Ctx, report: AuditReport): string[] {
  const { tr, ch } = ctx;
  const accounts = report.social?.accounts ?? [];
  if (accounts.length === 0) return [];
  const lines = [heading(ctx, say(ctx, 'section.social'))];
  for (const a of accounts) {
    const name = `${clean(tr.term('platform', a.platform))} ${clean(a.handle)}`;
    lines.push(`${ch.bold(name)}${ch.gray(` · ${clean(tr.term('status', a.status))}`)}`);
    const notes = notesText(ctx, a.notes);
    if (a.status !== 'ok' && a.status !== 'partial') {
      const why = say(ctx, 'social.notRead', { notes: notes || say(ctx, 'unchecked.sourceNoMessage') });
      lines.push(...wrapIndented(why, ctx.width, 2).map((l) => ch.gray(l)));
      continue;
    }
    const row =
      a.questions > 0
        ? say(ctx, 'social.row', {
            posts: a.postsRead,
            questions: a.questions,
            unanswered: a.unanswered,
            ratio: a.unansweredRatio ?? 0,
            medianMinutes: a.medianResponseMinutes,
          })
        : say(ctx, 'social.rowNoQuestions', { posts: a.postsRead });
    lines.push(...wrapIndented(row, ctx.width, 2));
    if (notes) lines.push(...wrapIndented(notes, ctx.width, 2).map((l) => ch.gray(l)));
    const questions = ctx.verbose ? a.unansweredQuestions : a.unansweredQuestions.slice(0, EVIDENCE_LIMIT);
    if (questions.length > 0) lines.push(`  ${say(ctx, 'social.unansweredQuestions')}`);
    for (const q of questions) {
      const snippet = say(ctx, 'findings.snippet', { snippet: truncate(clean(q.text), SNIPPET_MAX) });
      const text = say(ctx, 'social.question', { snippet, author: clean(q.author), date: tr.dateTime(q.createdAt) });
      lines.push(...bullet(ctx, text, 4));
      if (q.url) lines.push(...wrapIndented(clean(q.url), ctx.width, 6).map((l) => ch.gray(l)));
    }
    const hidden = a.unansweredQuestions.length - questions.length;
    if (hidden > 0) lines.push(`    ${say(ctx, 'list.more', { count: hidden })}`);
  }
  return lines;
}

/** A bullet item wrapped to the width, its continuation lines hanging under the text. */
function bullet(ctx: Ctx, text: string, indent: number): string[] {
  return wrapText(text, ctx.width - indent - 2).map((l, i) => ' '.repeat(indent) + (i === 0 ? '• ' : '  ') + l);
}

/** Keeps the first LIST_LIMIT items unless verbose; returns them and how many were left out. */
function limit<T>(ctx: Ctx, items: T[]): [T[], number] {
  const shown = ctx.verbose ? items : items.slice(0, LIST_LIMIT);
  return [shown, items.length - shown.length];
}

function unchecked(ctx: Ctx, report: AuditReport): string[] {
  const { tr, ch } = ctx;
  const lines = [heading(ctx, say(ctx, 'section.unchecked'))];
  const na = report.rules.filter((r) => r.status === 'na');
  const failed = report.site.failedPages;
  const siteErrors = report.site.errors;
  const sources = report.sources.filter((s) => !s.ok);
  const more = (count: number): string[] => (count > 0 ? [`  ${say(ctx, 'list.more', { count })}`] : []);

  if (na.length > 0) {
    lines.push(ch.bold(say(ctx, 'unchecked.rules')));
    const prefix = `  ${statusLabel(ctx, 'na')}  `;
    // Rules not applicable for the same reason are listed together, with the reason once.
    const byMessage = new Map<string, RuleResult[]>();
    for (const rule of na) {
      const message = clean(ruleMessage(tr, rule));
      byMessage.set(message, [...(byMessage.get(message) ?? []), rule]);
    }
    for (const [message, group] of byMessage) {
      const titles = group.map((r) => clean(ruleTitle(tr, r)) || clean(r.id));
      const head = group.length > 1 ? say(ctx, 'unchecked.sameReason', { count: group.length, titles }) : titles[0];
      wrapText(head, ctx.width - displayWidth(prefix)).forEach((l, i) =>
        lines.push((i === 0 ? ch.gray(prefix) : ' '.repeat(displayWidth(prefix))) + l),
      );
      lines.push(...wrapIndented(message, ctx.width, displayWidth(prefix)));
    }
  }
  if (failed.length > 0) {
    lines.push(ch.bold(say(ctx, 'unchecked.pages')));
    const [shown, hidden] = limit(ctx, failed);
    for (const page of shown) {
      lines.push(...bullet(ctx, clean(page.url), 2));
      const depth = say(ctx, 'unchecked.depth', { depth: page.depth });
      lines.push(...wrapIndented(`${clean(collectorNote(tr, page.error))} · ${depth}`, ctx.width, 4).map((l) => ch.gray(l)));
    }
    lines.push(...more(hidden));
  }
  if (siteErrors.length > 0) {
    lines.push(ch.bold(say(ctx, 'unchecked.siteErrors')));
    const [shown, hidden] = limit(ctx, siteErrors);
    for (const error of shown) lines.push(...bullet(ctx, clean(collectorNote(tr, error)), 2));
    lines.push(...more(hidden));
  }
  if (sources.length > 0) {
    lines.push(ch.bold(say(ctx, 'unchecked.sources')));
    for (const source of sources) {
      const notes = notesText(ctx, source.notes) || say(ctx, 'unchecked.sourceNoMessage');
      lines.push(...bullet(ctx, say(ctx, 'unchecked.source', { source: clean(tr.term('platform', source.source)), notes }), 2));
    }
  }
  if (report.site.truncated) {
    const note = say(ctx, 'unchecked.truncated', { maxPages: report.site.maxPages ?? report.site.pagesCrawled });
    lines.push(...wrapText(note, ctx.width).map((l) => ch.yellow(l)));
  }
  if (lines.length === 1) lines.push(say(ctx, 'unchecked.none'));
  return lines;
}

/**
 * Renders `report` as text for a terminal or CI log, in `opts.lang`, at most `width` (≤ 100) columns wide (in
 * display columns: wide characters and emoji count two). Every string from the report is stripped of control
 * characters and escape sequences first; with `color: false` the result contains no escape sequence at all.
 * Ends with a newline.
 */
export function renderTerminal(report: AuditReport, opts: TerminalOptions): string {
  const ctx: Ctx = {
    tr: translator(opts.lang),
    // An explicit level, never chalk's own detection: the CLI decides from --no-color, NO_COLOR and the TTY.
    // Level 1 (16 colours) is what every terminal and CI log viewer renders.
    ch: new Chalk({ level: opts.color ? 1 : 0 }),
    width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.floor(opts.width ?? MAX_WIDTH))),
    verbose: opts.verbose ?? false,
  };
  const blocks: string[][] = [
    header(ctx, report),
    ...categories(ctx, report),
    findings(ctx, report),
    accounts(ctx, report),
    social(ctx, report),
    unchecked(ctx, report),
  ].filter((lines) => lines.length > 0);
  return blocks.map((lines) => lines.join('\n')).join('\n\n') + '\n';
}
