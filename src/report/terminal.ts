// Renders an AuditReport for a terminal or a CI log, the way ESLint reports: a short header, one line per category
// with a bar, the findings (failing, then warning, by points to gain) with what to do, the accounts, the social
// audit and the gaps, then a closing summary as the last lines on screen. Every word comes from the catalogue of
// `opts.lang` and every figure through the Translator; bands, counts and points to gain are read from the report.
import { Chalk, type ChalkInstance } from 'chalk';
import { hoursPage, hoursText, replyTimesText } from './reply-times.js';
import type { AuditReport, Band, CategoryScore, SocialAccountSummary } from './types.js';
import type { RuleResult, RuleStatus } from '../rules/types.js';
import type { Note } from '../snapshot/types.js';
import type { Lang } from '../locale/langs.js';
import { translator, type MessageData, type Translator } from '../locale/translator.js';
import { cleanText, truncate } from './sanitize.js';
import { categoryTitle, collectorNote, evidenceText, ruleMessage, ruleSetTitle, ruleTitle } from './text.js';
import { displayWidth, padEnd, wrapIndented, wrapText } from './format-helpers.js';
import { benchmarkOf } from './document/benchmarks.js';
import { actionPlan, totalPoints } from './document/plan.js';
import { sourceRows } from './document/coverage.js';

export interface TerminalOptions {
  /** The language to render in. */
  lang: Lang;
  /** ANSI colours on or off; off gives plain text with no escape sequence at all. */
  color: boolean;
  /** Columns to fit in (the terminal's, or COLUMNS); clamped to 40..120, 100 when not given. */
  width?: number;
  /** Show every rule under its category, every evidence item and every failed page instead of the first few. */
  verbose?: boolean;
}

const DEFAULT_WIDTH = 100;
const MAX_WIDTH = 120;
const MIN_WIDTH = 40;
/** Cells of a category's bar. */
const BAR_CELLS = 12;
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

/**
 * A section title drawn as a rule across the full width, so sections stand out in a log without colour; a title
 * too long for the line wraps, the rule after its last line.
 */
function heading(ctx: Ctx, title: string): string {
  const lines = wrapText(title, ctx.width - 7);
  const last = `${lines.length > 1 ? '   ' : '── '}${lines.at(-1) ?? ''} `;
  const rule = last + '─'.repeat(Math.max(3, ctx.width - displayWidth(last)));
  return [...lines.slice(0, -1).map((l, i) => (i === 0 ? `── ${l}` : `   ${l}`)), rule].map((l) => ctx.ch.bold(l)).join('\n');
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
  // A social-only audit has no site to name and no pages to count.
  const audited = report.site.audited !== false;
  const rows: [string, string][] = [
    [say(ctx, 'header.site'), audited ? clean(report.target.url) : say(ctx, 'header.websiteNotAudited')],
    [say(ctx, 'header.collected'), collected],
  ];
  // A re-scored snapshot is reported later than it was collected: say so only when the two differ visibly.
  if (generated !== collected) rows.push([say(ctx, 'header.generated'), generated]);
  rows.push([say(ctx, 'header.ruleSet'), say(ctx, 'header.ruleSetValue', { title: clean(ruleSetTitle(ctx.tr, report.ruleSet)), id: clean(report.ruleSet.id) })]);
  if (audited) rows.push([say(ctx, 'header.pages'), pages]);
  rows.push([say(ctx, 'header.tool'), `${clean(report.tool.name)} ${clean(report.tool.version)}`]);

  const labelWidth = [...rows.map(([l]) => l), say(ctx, 'score.label')].reduce((m, l) => Math.max(m, displayWidth(l)), 0) + 2;
  const valueWidth = ctx.width - 2 - labelWidth;
  const row = (label: string, value: string, paint: (s: string) => string = (s) => s): string[] =>
    wrapText(value, valueWidth).map((line, i) => '  ' + padEnd(i === 0 ? label : '', labelWidth) + paint(line));

  const lines = [ch.bold(truncate(`${brand} — ${say(ctx, 'title')}`, ctx.width))];
  for (const [label, value] of rows) lines.push(...row(label, value));
  return lines;
}

/** A 0–100 score as a bar of BAR_CELLS cells (eighths of a cell, as the Markdown bars), painted by band. */
function bar(ctx: Ctx, score: number | null, band: Band | null): string {
  if (score == null) return ctx.ch.gray('·'.repeat(BAR_CELLS));
  const eighths = Math.round((Math.min(100, Math.max(0, score)) / 100) * BAR_CELLS * 8);
  const partial = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'][eighths % 8];
  const full = Math.floor(eighths / 8);
  const filled = '█'.repeat(full) + partial;
  return paintBand(ctx, band, filled) + ctx.ch.gray('░'.repeat(BAR_CELLS - full - (partial ? 1 : 0)));
}

/** "1 FAIL · 2 WARN": a category's findings, or '' when it has none. */
function problemCounts(ctx: Ctx, counts: Record<RuleStatus, number>): string {
  return (['fail', 'error', 'warn'] as RuleStatus[])
    .filter((s) => counts[s] > 0)
    .map((s) => paintStatus(ctx, s, say(ctx, 'summary.count', { count: counts[s], label: say(ctx, `status.${s}`) })))
    .join(ctx.ch.gray(' · '));
}

/**
 * One line per category: title, bar, score, weight and its findings, the titles padded to one column (wrapped
 * when a custom category's title is longer than a third of the line). With `verbose`, each rule under it.
 */
function categories(ctx: Ctx, report: AuditReport): string[] {
  const { tr, ch } = ctx;
  const lines = [heading(ctx, say(ctx, 'terminal.categories'))];
  const byId = new Map(report.rules.map((r) => [r.id, r]));
  const titles = report.categories.map((c) => clean(categoryTitle(tr, c.id)));
  const scores = report.categories.map((c) => (c.score == null ? say(ctx, 'category.noScore') : say(ctx, 'category.score', { score: c.score })));
  const scoreWidth = Math.max(0, ...scores.map(displayWidth));
  const weights = report.categories.map((c) => say(ctx, 'category.weight', { weight: c.weight }));
  const weightWidth = Math.max(0, ...weights.map(displayWidth));
  // Titles in a column before the bars when the longest fits; in a narrow terminal each title on a line of its own.
  const longest = Math.max(0, ...titles.map(displayWidth));
  const stacked = ctx.width - (2 + 2 + BAR_CELLS + 2 + scoreWidth + 2 + weightWidth) < longest;
  const titleWidth = stacked ? 0 : longest;
  report.categories.forEach((c, i) => {
    const weight = ch.gray(padEnd(weights[i], weightWidth));
    // A category with nothing to judge (e.g. the social audit did not run) counts its rules not applicable instead.
    const allNa = c.score == null && c.counts.na > 0 && c.counts.na === c.rules.length;
    const problems = allNa ? ch.gray(say(ctx, 'summary.count', { count: c.counts.na, label: say(ctx, 'status.na') })) : problemCounts(ctx, c.counts);
    const score = c.score == null ? ch.gray(padEnd(scores[i], scoreWidth)) : paintBand(ctx, c.band, padEnd(scores[i], scoreWidth));
    const figures = `${bar(ctx, c.score, c.band)}  ${score}  ${weight}`;
    const lead = stacked ? '    ' : `  ${padEnd(titles[i], titleWidth)}  `;
    if (stacked) lines.push(...wrapIndented(titles[i], ctx.width, 2));
    // string-width leaves colour codes out of its count.
    if (!problems) lines.push(`${lead}${figures}`.trimEnd());
    else if (displayWidth(`${lead}${figures}  ${problems}`) <= ctx.width) lines.push(`${lead}${figures}  ${problems}`);
    else lines.push(`${lead}${figures}`.trimEnd(), `${' '.repeat(displayWidth(lead))}${problems}`);
    if (!ctx.verbose) return;
    for (const id of c.rules) {
      const rule = byId.get(id);
      if (rule) lines.push(...ruleLine(ctx, rule));
    }
  });
  // Rules of no listed category (a custom rule set): their findings are counted on a line of their own.
  const listed = new Set(report.categories.flatMap((c) => c.rules));
  const others = report.rules.filter((r) => !listed.has(r.id));
  if (others.length > 0) {
    const counts = { pass: 0, warn: 0, fail: 0, na: 0, error: 0 } as Record<RuleStatus, number>;
    for (const r of others) counts[r.status] += 1;
    const problems = problemCounts(ctx, counts);
    lines.push(`  ${say(ctx, 'category.other')}${problems ? `  ${problems}` : ''}`);
    if (ctx.verbose) for (const rule of others) lines.push(...ruleLine(ctx, rule));
  }
  return lines;
}

/** A rule under its category (verbose): status and title, the title wrapped under itself. */
function ruleLine(ctx: Ctx, rule: RuleResult): string[] {
  const label = statusLabel(ctx, rule.status);
  const indent = 6 + displayWidth(label) + 2;
  return wrapText(clean(ruleTitle(ctx.tr, rule)) || clean(rule.id), ctx.width - indent).map((l, n) =>
    n === 0 ? `      ${paintStatus(ctx, rule.status, label)}  ${l}` : ' '.repeat(indent) + l,
  );
}

/** A URL on a line of its own, indented, never cut: a terminal makes it clickable and a reader copies it whole. */
function urlLine(indent: string, url: string): string {
  return indent + clean(url);
}

/**
 * The findings: failing rules, then warnings, each by the points fixing it would add (the report's gain), then
 * rules that could not run. Each with its id, category and points, what was found, what to do, the published figure
 * it rests on, and its evidence (URLs whole).
 */
function findings(ctx: Ctx, report: AuditReport): string[] {
  const { tr, ch } = ctx;
  const lines = [heading(ctx, say(ctx, 'section.findings'))];
  const plan = actionPlan(report);
  const problems = [
    ...plan.filter((r) => r.status === 'fail'),
    ...plan.filter((r) => r.status === 'warn'),
    ...report.rules.filter((r) => r.status === 'error'),
  ];
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
    const fix = rule.status === 'error' || !tr.has(`rules.${rule.id}.fix`) ? '' : clean(tr.t(`rules.${rule.id}.fix`));
    if (fix) lines.push(...wrapIndented(say(ctx, 'terminal.fix', { fix }), ctx.width, 4));
    const benchmark = benchmarkOf(tr, rule);
    if (benchmark) {
      const text = say(ctx, 'terminal.benchmark', { text: `${clean(benchmark.line)} ${clean(benchmark.source)}` });
      lines.push(...wrapIndented(text, ctx.width, 4).map((l) => ch.gray(l)));
    }

    const evidence = rule.evidence ?? [];
    const shown = ctx.verbose ? evidence : evidence.slice(0, EVIDENCE_LIMIT);
    for (const item of shown) {
      lines.push(urlLine('    • ', item.url));
      const text = clean(evidenceText(tr, rule.id, item, quote));
      if (text) lines.push(...wrapIndented(text, ctx.width, 6).map((l) => ch.gray(l)));
    }
    if (shown.length < evidence.length) lines.push(`    ${say(ctx, 'list.more', { count: evidence.length - shown.length })}`);
  }
  return lines;
}

/** The accounts found: official first, one entry each (platform, handle, status, why), the profile URL whole under it. */
function accounts(ctx: Ctx, report: AuditReport): string[] {
  const { tr, ch } = ctx;
  const lines = [heading(ctx, say(ctx, 'section.accounts'))];
  if (report.accounts.length === 0) return [...lines, say(ctx, 'accounts.none')];
  // Official accounts first; otherwise the report's order.
  const list = [...report.accounts].sort((a, b) => Number(b.official) - Number(a.official));
  const names = list.map((a) => clean(tr.term('platform', a.platform)));
  const nameWidth = Math.max(...names.map(displayWidth)) + 2;
  list.forEach((account, i) => {
    const status = account.official ? ch.green(say(ctx, 'accounts.official')) : say(ctx, 'accounts.mentioned');
    const why = clean(collectorNote(tr, account.reason));
    const text = [clean(account.handle), why].filter(Boolean).join(' — ');
    const pad = ' '.repeat(2 + nameWidth);
    wrapText(text, ctx.width - pad.length).forEach((line, n) => {
      lines.push(n === 0 ? `  ${padEnd(names[i], nameWidth)}${line}` : pad + line);
    });
    lines.push(`${pad}${status} ${ch.gray('·')} ${ch.gray(urlLine('', account.url))}`);
  });
  return lines;
}

/** The figures line of a social account read: questions and answers, or why they cannot be measured there. */
function socialRow(ctx: Ctx, a: SocialAccountSummary): string {
  if (a.coverage === 'brand-posts') return say(ctx, 'social.rowArchive', { posts: a.postsRead, answered: a.questions, medianMinutes: a.medianResponseMinutes });
  if (a.coverage === 'unknown-authors') return say(ctx, 'social.rowAuthorsUnknown', { posts: a.postsRead });
  if (a.questions === 0) return say(ctx, 'social.rowNoQuestions', { posts: a.postsRead });
  return say(ctx, 'social.row', {
    posts: a.postsRead,
    questions: a.questions,
    unanswered: a.unanswered,
    ratio: a.unansweredRatio ?? 0,
    medianMinutes: a.medianResponseMinutes,
  });
}

/**
 * Whether the website's response-time promise is kept, beside the reply times it is about: findings list a broken
 * promise, but a kept one would otherwise be a bare PASS line. The promise and the slowest replies are its evidence.
 */
function promiseVerdict(ctx: Ctx, report: AuditReport): string[] {
  const { tr, ch } = ctx;
  const rule = report.rules.find((r) => r.id === 'promise-kept');
  if (!rule || (rule.status !== 'pass' && rule.status !== 'warn' && rule.status !== 'fail')) return [];
  const lines = wrapText(`${clean(ruleTitle(tr, rule))} — ${clean(statusLabel(ctx, rule.status))}: ${clean(ruleMessage(tr, rule))}`, ctx.width);
  const quote = (snippet: string): string => say(ctx, 'findings.snippet', { snippet: truncate(clean(snippet), SNIPPET_MAX) });
  for (const item of (rule.evidence ?? []).slice(0, EVIDENCE_LIMIT)) {
    lines.push(urlLine('  • ', item.url));
    const text = clean(evidenceText(tr, rule.id, item, quote));
    if (text) lines.push(...wrapIndented(text, ctx.width, 4).map((l) => ch.gray(l)));
  }
  return lines;
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
  if (report.social?.businessHours !== undefined) {
    const clock = report.rules.find((r) => r.id === 'response-time')?.data.clock;
    const scored = clock === 'business' || clock === 'all' ? ` ${tr.t('hours.scored', { clock })}` : '';
    lines.push(...wrapText(clean(hoursText(tr, report.social) + scored), ctx.width).map((l) => ch.gray(l)));
    const page = hoursPage(report.social);
    if (page) lines.push(ch.gray(urlLine('', page)));
  }
  lines.push(...promiseVerdict(ctx, report));
  for (const a of accounts) {
    const name = `${clean(tr.term('platform', a.platform))} ${clean(a.handle)}`;
    const status = clean(tr.term('status', a.status));
    const head = wrapText(`${name} · ${status}`, ctx.width);
    // The name in bold and the status in grey, however the line wrapped.
    lines.push(...head.map((l) => (l.startsWith(name) ? ch.bold(name) + ch.gray(l.slice(name.length)) : ch.gray(l))));
    const notes = notesText(ctx, a.notes);
    // Why an account could not be read is said once, under "Could not be checked".
    if (a.status !== 'ok' && a.status !== 'partial') continue;
    const row = socialRow(ctx, a);
    lines.push(...wrapIndented(row, ctx.width, 2));
    const times = replyTimesText(tr, a);
    if (times) lines.push(...wrapIndented(clean(times), ctx.width, 2));
    if (notes) lines.push(...wrapIndented(notes, ctx.width, 2).map((l) => ch.gray(l)));
    const questions = ctx.verbose ? a.unansweredQuestions : a.unansweredQuestions.slice(0, EVIDENCE_LIMIT);
    if (questions.length > 0) lines.push(`  ${say(ctx, 'social.unansweredQuestions')}`);
    for (const q of questions) {
      const snippet = say(ctx, 'findings.snippet', { snippet: truncate(clean(q.text), SNIPPET_MAX) });
      const text = say(ctx, 'social.question', { snippet, author: clean(q.author), date: tr.dateTime(q.createdAt) });
      lines.push(...bullet(ctx, text, 4));
      if (q.url) lines.push(ch.gray(urlLine('      ', q.url)));
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
      lines.push(urlLine('  • ', page.url));
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
    sourceRows(tr, sources).forEach((row) => {
      const notes = clean(row.details) || say(ctx, 'unchecked.sourceNoMessage');
      lines.push(...bullet(ctx, say(ctx, 'unchecked.source', { source: clean(row.name), notes }), 2));
    });
  }
  if (report.site.truncated) {
    const note = say(ctx, 'unchecked.truncated', { maxPages: report.site.maxPages ?? report.site.pagesCrawled });
    lines.push(...wrapText(note, ctx.width).map((l) => ch.yellow(l)));
  }
  if (lines.length === 1) lines.push(say(ctx, 'unchecked.none'));
  return lines;
}

/** What the closing summary needs besides the report: the files the run wrote, when it wrote any. */
export interface ClosingOptions extends TerminalOptions {
  files?: string[];
}

/**
 * The closing summary, the last lines on screen: overall score with grade and band, the rule counts, the findings
 * and the points they are worth, and where the files were written.
 */
function closing(ctx: Ctx, report: AuditReport, files: string[] = []): string[] {
  const { ch } = ctx;
  const lines = [ch.gray('─'.repeat(ctx.width))];
  const label = say(ctx, 'score.label');
  if (report.score == null) lines.push(`${ch.bold(label)}  ${ch.gray(say(ctx, 'score.none'))}`);
  else {
    const parts = [say(ctx, 'score.value', { score: report.score })];
    if (report.grade) parts.push(say(ctx, 'score.grade', { grade: clean(report.grade) }));
    if (report.band) parts.push(ctx.tr.term('band', report.band));
    lines.push(...wrapText(`${label}  ${parts.join(' · ')}`, ctx.width).map((l) => ch.bold(paintBand(ctx, report.band, l))));
  }
  const counts = STATUSES.map((status) => say(ctx, 'summary.count', { count: report.counts[status], label: say(ctx, `status.${status}`) }));
  lines.push(...wrapText(say(ctx, 'summary.rules', { counts: counts.join(' · ') }), ctx.width));
  const plan = actionPlan(report);
  lines.push(...wrapText(say(ctx, 'terminal.findingCounts', { count: plan.length, points: totalPoints(plan) }), ctx.width));
  if (files.length > 0) {
    lines.push(say(ctx, 'terminal.written', { count: files.length }));
    for (const file of files) lines.push(urlLine('  ', file));
  }
  return lines;
}

function context(opts: TerminalOptions): Ctx {
  return {
    tr: translator(opts.lang),
    // An explicit level, never chalk's own detection: the CLI decides from --no-color, NO_COLOR and the TTY.
    // Level 1 (16 colours) is what every terminal and CI log viewer renders.
    ch: new Chalk({ level: opts.color ? 1 : 0 }),
    width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.floor(opts.width ?? DEFAULT_WIDTH))),
    verbose: opts.verbose ?? false,
  };
}

/**
 * Renders `report` as text for a terminal or CI log, in `opts.lang`, fitting `width` columns (40 to 120, in display
 * columns: wide characters and emoji count two) — except URLs, which are never cut and take a line of their own.
 * Every string from the report is stripped of control characters and escape sequences first; with `color: false`
 * the result contains no escape sequence at all. The closing summary is the last lines. Ends with a newline.
 */
export function renderTerminal(report: AuditReport, opts: TerminalOptions): string {
  const ctx = context(opts);
  const blocks: string[][] = [
    header(ctx, report),
    categories(ctx, report),
    findings(ctx, report),
    accounts(ctx, report),
    social(ctx, report),
    unchecked(ctx, report),
    closing(ctx, report),
  ].filter((lines) => lines.length > 0);
  return blocks.map((lines) => lines.join('\n')).join('\n\n') + '\n';
}

/**
 * The closing summary alone (score, counts, findings, the files written), for the end of a run that wrote its
 * reports to files: the CLI prints it on stderr so the last lines on screen still say how the brand did.
 */
export function renderClosingSummary(report: AuditReport, opts: ClosingOptions): string {
  return closing(context(opts), report, opts.files).join('\n') + '\n';
}
