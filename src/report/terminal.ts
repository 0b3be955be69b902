// Renders an AuditReport for a terminal or a CI log: header, score, one table per category, findings, accounts, gaps.
import { Chalk, type ChalkInstance } from 'chalk';
import { localizeNote, localizeReason } from './localize-data.js';
import Table from 'cli-table3';
import type { AuditReport, Band, CategoryScore } from './types.js';
import type { RuleResult, RuleStatus } from '../rules/types.js';
import { cleanText, truncate } from './sanitize.js';
import { formatDate, formatDuration, formatNumber, formatPercent, t, type Lang, type MessageKey } from './i18n.js';
import { bandOf, displayWidth, padEnd, platformName, wrapIndented, wrapText } from './format-helpers.js';

export interface TerminalOptions {
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
const STATUSES: RuleStatus[] = ['pass', 'warn', 'fail', 'na', 'error'];
/** Findings order: failures first, then rules that crashed, then warnings. */
const SEVERITY: Record<RuleStatus, number> = { fail: 0, error: 1, warn: 2, pass: 3, na: 4 };

interface Ctx {
  lang: Lang;
  ch: ChalkInstance;
  width: number;
  verbose: boolean;
}

/** Shorthand: every string that came from the report (hence from scraped pages) goes through this. */
const clean = (s: string | null | undefined): string => cleanText(s);

function statusLabel(ctx: Ctx, status: RuleStatus): string {
  return `${STATUS_SYMBOL[status] ?? '?'} ${t(ctx.lang, `status.${status}` as MessageKey)}`;
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
  const { lang, ch } = ctx;
  const brand = clean(report.target.brandName) || clean(report.target.domain);
  const collected = clean(formatDate(lang, report.collectedAt));
  const generated = clean(formatDate(lang, report.generatedAt));
  const pages =
    report.site.pagesFailed > 0
      ? t(lang, 'header.pagesWithFailures', {
          crawled: formatNumber(lang, report.site.pagesCrawled),
          failed: formatNumber(lang, report.site.pagesFailed),
        })
      : formatNumber(lang, report.site.pagesCrawled);
  const rows: [string, string][] = [
    [t(lang, 'header.site'), clean(report.target.url)],
    [t(lang, 'header.collected'), collected],
  ];
  // A re-scored snapshot is reported later than it was collected: say so only when the two differ visibly.
  if (generated !== collected) rows.push([t(lang, 'header.generated'), generated]);
  rows.push(
    [
      t(lang, 'header.ruleSet'),
      t(lang, 'header.ruleSetValue', { title: clean(report.ruleSet.title), id: clean(report.ruleSet.id) }),
    ],
    [t(lang, 'header.pages'), pages],
    [t(lang, 'header.tool'), `${clean(report.tool.name)} ${clean(report.tool.version)}`],
  );

  const labelWidth = Math.max(...[...rows.map(([l]) => l), t(lang, 'score.label')].map(displayWidth)) + 2;
  const valueWidth = ctx.width - 2 - labelWidth;
  const row = (label: string, value: string, paint: (s: string) => string = (s) => s): string[] =>
    wrapText(value, valueWidth).map((line, i) => '  ' + padEnd(i === 0 ? label : '', labelWidth) + paint(line));

  const lines = [ch.bold(truncate(`${brand} — ${t(lang, 'report.title')}`, ctx.width))];
  for (const [label, value] of rows) lines.push(...row(label, value));
  lines.push('');

  const band = report.band ?? bandOf(report.score);
  if (report.score == null) {
    lines.push(...row(t(lang, 'score.label'), t(lang, 'score.none'), ch.gray));
  } else {
    const parts = [t(lang, 'score.value', { score: formatNumber(lang, report.score, 1) })];
    if (report.grade) parts.push(t(lang, 'score.grade', { grade: clean(report.grade) }));
    if (band) parts.push(t(lang, `band.${band}` as MessageKey));
    lines.push(...row(t(lang, 'score.label'), parts.join(' · '), (s) => ch.bold(paintBand(ctx, band, s))));
  }
  const counts = STATUSES.map((status) => {
    const n = report.rules.filter((r) => r.status === status).length;
    return `${n} ${t(lang, `status.${status}` as MessageKey)}`;
  });
  lines.push(...wrapIndented(t(lang, 'summary.rules', { counts: counts.join(' · ') }), ctx.width, 2));
  return lines;
}

function categoryBlock(ctx: Ctx, title: string, category: CategoryScore | null, rules: RuleResult[]): string[] {
  const { lang, ch } = ctx;
  let line = ch.bold(truncate(clean(title), ctx.width - 30));
  if (category) {
    const score =
      category.score == null
        ? ch.gray(t(lang, 'category.noScore'))
        : paintBand(
            ctx,
            bandOf(category.score),
            t(lang, 'category.score', { score: formatNumber(lang, category.score, 1) }),
          );
    const weight = t(lang, 'category.weight', { weight: formatNumber(lang, category.weight) });
    line += `  ${score}${ch.gray(` · ${weight}`)}`;
    // A category with nothing to judge (e.g. the social audit did not run) takes one line, not an empty table.
    if (category.score == null && rules.every((r) => r.status === 'na')) {
      return [`${line}${ch.gray(` · ${t(lang, 'category.allNa', { count: formatNumber(lang, rules.length) })}`)}`];
    }
  }

  const statusTexts = [...STATUSES.map((s) => statusLabel(ctx, s)), t(lang, 'table.status')];
  const statusWidth = Math.max(...statusTexts.map(displayWidth)) + 2;
  const weights = rules.map((r) => formatNumber(lang, r.weight));
  const scoreWidth = Math.max(displayWidth(t(lang, 'table.score')), 3) + 2;
  const weightWidth = Math.max(displayWidth(t(lang, 'table.weight')), ...weights.map(displayWidth)) + 2;
  const ruleWidth = ctx.width - statusWidth - scoreWidth - weightWidth - 5;
  const titles = rules.map((rule) => cell(clean(rule.title) || clean(rule.id), ruleWidth - 2));
  const table = newTable(
    (['table.status', 'table.rule', 'table.score', 'table.weight'] as const).map((key) => ch.bold(t(lang, key))),
    [statusWidth, ruleWidth, scoreWidth, weightWidth],
    ['left', 'left', 'right', 'right'],
    titles.every((title) => !title.includes('\n')),
  );
  rules.forEach((rule, i) => {
    const score = rule.score == null ? ch.gray('—') : formatNumber(lang, rule.score * 100, 0);
    table.push([paintStatus(ctx, rule.status, statusLabel(ctx, rule.status)), titles[i], score, weights[i]]);
  });
  return [line, table.toString()];
}

function categories(ctx: Ctx, report: AuditReport): string[][] {
  const byId = new Map(report.rules.map((r) => [r.id, r]));
  const shown = new Set<string>();
  const blocks: string[][] = [];
  for (const category of report.categories) {
    // The category lists its rules in report order; rules naming the category but missing from the list still belong.
    const ids = [...category.rules, ...report.rules.filter((r) => r.category === category.id).map((r) => r.id)];
    const rules = [...new Set(ids)].map((id) => byId.get(id)).filter((r): r is RuleResult => r !== undefined);
    rules.forEach((r) => shown.add(r.id));
    if (rules.length > 0) blocks.push(categoryBlock(ctx, category.title || category.id, category, rules));
  }
  const others = report.rules.filter((r) => !shown.has(r.id));
  if (others.length > 0) blocks.push(categoryBlock(ctx, t(ctx.lang, 'category.other'), null, others));
  return blocks;
}

function findings(ctx: Ctx, report: AuditReport): string[] {
  const { lang, ch } = ctx;
  const lines = [heading(ctx, t(lang, 'section.findings'))];
  const problems = report.rules
    .filter((r) => r.status === 'fail' || r.status === 'warn' || r.status === 'error')
    .sort((a, b) => SEVERITY[a.status] - SEVERITY[b.status] || b.weight - a.weight);
  if (problems.length === 0) return [...lines, t(lang, 'findings.none')];
  const categoryTitle = new Map(report.categories.map((c) => [c.id, c.title]));

  for (const rule of problems) {
    lines.push('');
    const prefix = `${statusLabel(ctx, rule.status)}  `;
    const indent = displayWidth(prefix);
    wrapText(clean(rule.title) || clean(rule.id), ctx.width - indent).forEach((line, i) => {
      lines.push((i === 0 ? paintStatus(ctx, rule.status, prefix) : ' '.repeat(indent)) + ch.bold(line));
    });
    const where = [clean(rule.id), clean(categoryTitle.get(rule.category) ?? rule.category)]
      .filter(Boolean)
      .join(' · ');
    lines.push(...wrapIndented(where, ctx.width, 4).map((l) => ch.gray(l)));
    lines.push(...wrapIndented(clean(rule.message), ctx.width, 4));

    const evidence = rule.evidence ?? [];
    const shown = ctx.verbose ? evidence : evidence.slice(0, EVIDENCE_LIMIT);
    for (const item of shown) {
      wrapText(clean(item.url), ctx.width - 6).forEach((line, i) => {
        lines.push((i === 0 ? '    • ' : '      ') + line);
      });
      const snippet = truncate(clean(item.snippet), SNIPPET_MAX);
      if (snippet) {
        lines.push(...wrapIndented(t(lang, 'findings.snippet', { snippet }), ctx.width, 6).map((l) => ch.gray(l)));
      }
    }
    if (shown.length < evidence.length) {
      lines.push(`    ${t(lang, 'list.more', { count: formatNumber(lang, evidence.length - shown.length) })}`);
    }
  }
  return lines;
}

function accounts(ctx: Ctx, report: AuditReport): string[] {
  const { lang, ch } = ctx;
  const lines = [heading(ctx, t(lang, 'section.accounts'))];
  if (report.accounts.length === 0) return [...lines, t(lang, 'accounts.none')];
  // Official accounts first; otherwise the report's order.
  const list = [...report.accounts].sort((a, b) => Number(b.official) - Number(a.official));
  const names = list.map((a) => clean(platformName(a.platform)));
  const official = t(lang, 'accounts.official');
  const mentioned = t(lang, 'accounts.mentioned');

  const platformWidth = Math.max(displayWidth(t(lang, 'accounts.platform')), ...names.map(displayWidth)) + 2;
  const statusWidth = Math.max(...[t(lang, 'accounts.status'), official, mentioned].map(displayWidth)) + 2;
  const rest = ctx.width - 5 - platformWidth - statusWidth;
  // Profile URLs are what a reader copies: give them the room they need, leaving at least 26 columns to the reason.
  const longest = Math.max(...list.map((a) => Math.max(displayWidth(clean(a.url)), displayWidth(clean(a.handle)))));
  const accountWidth = Math.max(Math.ceil(rest * 0.5), Math.min(longest + 2, rest - 26));
  const reasonWidth = rest - accountWidth;
  const table = newTable(
    (['accounts.platform', 'accounts.account', 'accounts.status', 'accounts.reason'] as const).map((key) =>
      ch.bold(t(lang, key)),
    ),
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
      cell(clean(localizeReason(account.reason, lang)), reasonWidth - 2),
    ]);
  });
  return [...lines, table.toString()];
}

/**
 * Per social account: what was read, questions, unanswered ratio and median response time, then the unanswered
 * questions themselves (text, date, link) — the evidence a consultant quotes. Empty without a social audit.
 */
function social(ctx: Ctx, report: AuditReport): string[] {
  const { lang, ch } = ctx;
  const accounts = report.social?.accounts ?? [];
  if (accounts.length === 0) return [];
  const lines = [heading(ctx, t(lang, 'section.social'))];
  for (const a of accounts) {
    const status = t(lang, `social.status.${a.status}` as MessageKey);
    const name = `${clean(platformName(a.platform))} ${clean(a.handle)}`;
    lines.push(`${ch.bold(name)}${ch.gray(` · ${status}`)}`);
    if (a.status !== 'ok' && a.status !== 'partial') {
      lines.push(...wrapIndented(t(lang, 'social.notRead', { message: clean(localizeNote(a.message ?? '', lang)) }), ctx.width, 2).map((l) => ch.gray(l)));
      continue;
    }
    const row =
      a.questions > 0
        ? t(lang, 'social.row', {
            posts: formatNumber(lang, a.postsRead),
            questions: formatNumber(lang, a.questions),
            unanswered: formatNumber(lang, a.unanswered),
            ratio: formatPercent(lang, a.unansweredRatio ?? 0),
            median: a.medianResponseMinutes == null ? '—' : formatDuration(lang, a.medianResponseMinutes),
          })
        : t(lang, 'social.rowNoQuestions', { posts: formatNumber(lang, a.postsRead) });
    lines.push(...wrapIndented(row, ctx.width, 2));
    if (a.message) lines.push(...wrapIndented(clean(localizeNote(a.message, lang)), ctx.width, 2).map((l) => ch.gray(l)));
    const questions = ctx.verbose ? a.unansweredQuestions : a.unansweredQuestions.slice(0, EVIDENCE_LIMIT);
    if (questions.length > 0) lines.push(`  ${t(lang, 'social.unansweredQuestions')}:`);
    for (const q of questions) {
      const text = truncate(clean(q.text), SNIPPET_MAX);
      lines.push(...wrapIndented(`• ${t(lang, 'findings.snippet', { snippet: text })} — ${clean(q.author)}, ${formatDate(lang, q.createdAt)}`, ctx.width, 4));
      if (q.url) lines.push(...wrapIndented(clean(q.url), ctx.width, 6).map((l) => ch.gray(l)));
    }
    const hidden = a.unansweredQuestions.length - questions.length;
    if (hidden > 0) lines.push(`    ${t(lang, 'list.more', { count: formatNumber(lang, hidden) })}`);
  }
  return lines;
}

/** Keeps the first LIST_LIMIT items unless verbose; returns them and how many were left out. */
function limit<T>(ctx: Ctx, items: T[]): [T[], number] {
  const shown = ctx.verbose ? items : items.slice(0, LIST_LIMIT);
  return [shown, items.length - shown.length];
}

function unchecked(ctx: Ctx, report: AuditReport): string[] {
  const { lang, ch } = ctx;
  const lines = [heading(ctx, t(lang, 'section.unchecked'))];
  const na = report.rules.filter((r) => r.status === 'na');
  const failed = report.site.failedPages;
  const siteErrors = report.site.errors;
  // Social accounts that could not be read are shown, with the reason, in the social section already.
  const socialShown = new Set((report.social?.accounts ?? []).map((a) => `${a.platform}:${a.handle}`));
  const sources = report.sources.filter((s) => !s.ok && !socialShown.has(s.source));
  const more = (count: number): string[] =>
    count > 0 ? [`  ${t(lang, 'list.more', { count: formatNumber(lang, count) })}`] : [];
  const bullet = (text: string, indent = 2): string[] =>
    wrapText(text, ctx.width - indent - 2).map((l, i) => ' '.repeat(indent) + (i === 0 ? '• ' : '  ') + l);

  if (na.length > 0) {
    lines.push(ch.bold(t(lang, 'unchecked.rules')));
    const prefix = `  ${statusLabel(ctx, 'na')}  `;
    // Rules not applicable for the same reason are listed together, with the reason once.
    const byMessage = new Map<string, RuleResult[]>();
    for (const rule of na) byMessage.set(clean(rule.message), [...(byMessage.get(clean(rule.message)) ?? []), rule]);
    for (const [message, group] of byMessage) {
      const titles = group.map((r) => clean(r.title) || clean(r.id)).join(', ');
      const head = group.length > 1 ? t(lang, 'unchecked.sameReason', { count: formatNumber(lang, group.length), titles }) : titles;
      wrapText(head, ctx.width - displayWidth(prefix)).forEach((l, i) =>
        lines.push((i === 0 ? ch.gray(prefix) : ' '.repeat(displayWidth(prefix))) + l),
      );
      lines.push(...wrapIndented(message, ctx.width, displayWidth(prefix)));
    }
  }
  if (failed.length > 0) {
    lines.push(ch.bold(t(lang, 'unchecked.pages')));
    const [shown, hidden] = limit(ctx, failed);
    for (const page of shown) {
      lines.push(...bullet(clean(page.url)));
      const error = t(lang, 'unchecked.pageError', {
        code: clean(page.error.code),
        message: clean(page.error.message),
      });
      const depth = t(lang, 'unchecked.depth', { depth: formatNumber(lang, page.depth) });
      lines.push(...wrapIndented(`${error} · ${depth}`, ctx.width, 4).map((l) => ch.gray(l)));
    }
    lines.push(...more(hidden));
  }
  if (siteErrors.length > 0) {
    lines.push(ch.bold(t(lang, 'unchecked.siteErrors')));
    const [shown, hidden] = limit(ctx, siteErrors);
    for (const error of shown) {
      lines.push(...bullet(t(lang, 'unchecked.pageError', { code: clean(error.code), message: clean(error.message) })));
    }
    lines.push(...more(hidden));
  }
  if (sources.length > 0) {
    lines.push(ch.bold(t(lang, 'unchecked.sources')));
    for (const source of sources) {
      const message = clean(source.message) || t(lang, 'unchecked.sourceNoMessage');
      lines.push(...bullet(t(lang, 'unchecked.pageError', { code: clean(source.source), message })));
    }
  }
  if (report.site.truncated) {
    const note = t(lang, 'unchecked.truncated', { pages: formatNumber(lang, report.site.pagesCrawled) });
    lines.push(...wrapText(note, ctx.width).map((l) => ch.yellow(l)));
  }
  if (lines.length === 1) lines.push(t(lang, 'unchecked.none'));
  return lines;
}

/**
 * Renders `report` as text for a terminal or CI log, in `report.lang`, at most `width` (≤ 100) columns wide.
 * Every string from the report is stripped of control characters and escape sequences first; with
 * `color: false` the result contains no escape sequence at all. Ends with a newline.
 */
export function renderTerminal(report: AuditReport, opts: TerminalOptions): string {
  const ctx: Ctx = {
    lang: report.lang === 'fr' ? 'fr' : 'en',
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
