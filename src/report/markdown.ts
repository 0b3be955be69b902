// Renders an AuditReport as GitHub-flavoured Markdown: the full report for wikis and pull requests, and a summary
// guaranteed to fit a byte budget (GITHUB_STEP_SUMMARY takes at most 1 MiB per step).
import type { AuditReport, SocialAccountSummary } from './types.js';
import { localizeNote, localizeReason } from './localize-data.js';
import { socialFigures } from './social-figures.js';
import type { RuleResult, RuleStatus } from '../rules/types.js';
import {
  formatDate,
  formatDay,
  formatDuration,
  formatNumber,
  formatPercent,
  tDoc,
  type Lang,
  type MessageKey,
} from './i18n.js';
import { bandOf } from './format-helpers.js';
import { cleanText, truncate } from './sanitize.js';
import { httpUrl } from './html/escape.js';
import { bySeverity, groupRules, scoreText, STATUSES } from './html/rules.js';
import {
  evidencePages,
  isUnread,
  placementText,
  platformLabel,
  socialInReadingOrder,
  socialStatusText,
  sortAccounts,
} from './html/accounts.js';
import { groupByMessage } from './html/unchecked.js';

/** Evidence items per rule, failed pages, accounts: how many the full report lists before "… and N more". */
const EVIDENCE_LIMIT = 25;
const LIST_LIMIT = 50;
const ACCOUNT_LIMIT = 60;
/** Longest snippet or question quoted, in characters. */
const SNIPPET_MAX = 300;
/** Longest title or message in the summary, so that every summary line has a bounded size. */
const SUMMARY_TEXT_MAX = 200;

/**
 * Escapes untrusted text for Markdown inline content (paragraphs, headings, list items, table cells, link texts):
 * control characters are stripped by `cleanText` (which also joins lines, so nothing can start a new block), the
 * characters that start inline syntax (\ ` * _ ~ [ ] |) are backslash-escaped, & < > become entities so GitHub
 * never sees raw HTML or an entity written by the page, and a leading #, -, +, = or "1. " cannot open a block.
 */
export function escapeMarkdown(s: string | null | undefined): string {
  return cleanText(s)
    .replace(/[\\`*_~[\]|]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^([#+\-=])/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** Characters WHATWG serialisation leaves in a URL that would end or break a Markdown link destination or table. */
const DESTINATION_UNSAFE = /[()[\]|`\\<> "]/g;

/**
 * A Markdown link to `url` when it is an http(s) URL (label: the URL itself unless given), otherwise the URL as
 * escaped text, so a `javascript:` URL never becomes a link.
 */
export function markdownLink(url: string | null | undefined, label?: string): string {
  const href = httpUrl(url);
  const text = escapeMarkdown(label ?? url);
  if (!href) return text;
  const destination = href.replace(DESTINATION_UNSAFE, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${text}](${destination})`;
}

/** A catalogue message typeset for Markdown; variables are substituted as given (escape untrusted ones first). */
function msg(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return tDoc(lang, key, vars);
}

/** "Label: value" with the language's colon (a narrow no-break space before it in French). */
function labelled(lang: Lang, label: string, value: string): string {
  return `${label}${lang === 'fr' ? '\u202f:' : ':'} ${value}`;
}

/** The localized status word in bold ("**FAIL**"), readable without colour. */
function status(lang: Lang, s: RuleStatus): string {
  const known = STATUSES.includes(s) ? s : 'na';
  return `**${msg(lang, `status.${known}` as MessageKey)}**`;
}

function more(lang: Lang, count: number): string {
  return msg(lang, 'list.more', { count: formatNumber(lang, count) });
}

/** Keeps the first `max` items as lines and adds "… and N more" (as the same kind of line) for the rest. */
function capped<T>(lang: Lang, items: T[], max: number, render: (item: T) => string, prefix = '- '): string[] {
  const lines = items.slice(0, max).map((item) => prefix + render(item));
  if (items.length > max) lines.push(prefix + more(lang, items.length - max));
  return lines;
}

/** A GFM table; cells must already be escaped (escapeMarkdown escapes the pipes). */
function table(head: string[], align: ('l' | 'r')[], rows: string[][]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `|${align.map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

/** A 10-cell bar for a 0..100 score, in eighths of a cell (Unicode block elements render in every GitHub font). */
function textBar(score: number | null): string {
  if (score == null) return '';
  const eighths = Math.round((Math.min(100, Math.max(0, score)) / 100) * 80);
  const partial = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'][eighths % 8];
  const full = Math.floor(eighths / 8);
  return '█'.repeat(full) + partial + '░'.repeat(10 - full - (partial ? 1 : 0));
}

/** One character per value, ▁ for none up to █ for the maximum: a posting cadence at a glance. */
function sparkline(values: number[]): string {
  const max = Math.max(0, ...values);
  const levels = '▂▃▄▅▆▇█';
  const level = (v: number): string =>
    v <= 0 || max === 0 ? '▁' : levels[Math.min(levels.length - 1, Math.ceil((v / max) * levels.length) - 1)];
  return values.map(level).join('');
}

/** Untrusted text shortened to the summary's bound, then escaped. */
const short = (s: string | null | undefined): string => escapeMarkdown(truncate(cleanText(s), SUMMARY_TEXT_MAX));

function brandOf(report: AuditReport): string {
  return cleanText(report.target.brandName) || cleanText(report.target.domain);
}

function titleLine(report: AuditReport, lang: Lang): string {
  return [escapeMarkdown(brandOf(report)), msg(lang, 'report.title')].filter(Boolean).join(' — ');
}

function scoreLine(report: AuditReport, lang: Lang): string {
  const label = msg(lang, 'score.label');
  if (report.score == null) return `**${labelled(lang, label, msg(lang, 'score.none'))}**`;
  const band = report.band ?? bandOf(report.score);
  const parts = [`**${labelled(lang, label, msg(lang, 'score.value', { score: formatNumber(lang, report.score, 1) }))}**`];
  if (report.grade) parts.push(msg(lang, 'score.grade', { grade: escapeMarkdown(report.grade) }));
  if (band) parts.push(msg(lang, `band.${band}` as MessageKey));
  return parts.join(' · ');
}

function countsLine(report: AuditReport, lang: Lang): string {
  const counts = STATUSES.map((s) => {
    const n = report.rules.filter((r) => r.status === s).length;
    return `${formatNumber(lang, n)} ${msg(lang, `status.${s}` as MessageKey)}`;
  });
  return msg(lang, 'summary.rules', { counts: counts.join(' · ') });
}

function categoriesTable(report: AuditReport, lang: Lang, max = Infinity, bars = true): string[] {
  const head = [msg(lang, 'table.category'), msg(lang, 'table.score'), msg(lang, 'table.weight')];
  const rows = report.categories.slice(0, max).map((c) => {
    const row = [escapeMarkdown(c.title || c.id), scoreText(lang, c.score), formatNumber(lang, c.weight)];
    return bars ? [...row, textBar(c.score)] : row;
  });
  const lines = bars ? table([...head, ' '], ['l', 'r', 'r', 'l'], rows) : table(head, ['l', 'r', 'r'], rows);
  if (report.categories.length > max) lines.push('', more(lang, report.categories.length - max));
  return lines;
}

function snippetText(lang: Lang, snippet: string | undefined, max = SNIPPET_MAX): string {
  const text = truncate(cleanText(snippet), max);
  return text ? msg(lang, 'findings.snippet', { snippet: escapeMarkdown(text) }) : '';
}

function ruleBlock(lang: Lang, rule: RuleResult): string[] {
  const score =
    rule.score == null
      ? msg(lang, 'category.noScore')
      : msg(lang, 'rule.score', { score: formatNumber(lang, rule.score * 100, 0) });
  const weight = msg(lang, 'category.weight', { weight: formatNumber(lang, rule.weight) });
  const lines = [
    `### ${status(lang, rule.status)} · ${escapeMarkdown(rule.title || rule.id)}`,
    '',
    `${score} · ${weight} · ${escapeMarkdown(rule.id)}`,
  ];
  if (rule.message) lines.push('', escapeMarkdown(rule.message));
  const evidence = rule.evidence ?? [];
  if (evidence.length > 0) {
    lines.push('', labelled(lang, msg(lang, 'rule.evidence'), '').trimEnd(), '');
    lines.push(
      ...capped(lang, evidence, EVIDENCE_LIMIT, (e) =>
        [markdownLink(e.url), snippetText(lang, e.snippet)].filter(Boolean).join(' — '),
      ),
    );
  }
  return lines;
}

function header(report: AuditReport, lang: Lang): string[] {
  const collected = formatDate(lang, report.collectedAt);
  const generated = formatDate(lang, report.generatedAt);
  const pages =
    report.site.pagesFailed > 0
      ? msg(lang, 'header.pagesWithFailures', {
          crawled: formatNumber(lang, report.site.pagesCrawled),
          failed: formatNumber(lang, report.site.pagesFailed),
        })
      : formatNumber(lang, report.site.pagesCrawled);
  const ruleSet = msg(lang, 'header.ruleSetValue', {
    title: escapeMarkdown(report.ruleSet.title),
    id: escapeMarkdown(report.ruleSet.id),
  });
  const rows: [MessageKey, string][] = [
    ['header.site', markdownLink(report.target.url)],
    ['header.collected', collected],
  ];
  // A snapshot re-scored later is reported on another day than it was collected: say so only when they differ.
  if (generated !== collected) rows.push(['header.generated', generated]);
  rows.push(
    ['header.ruleSet', ruleSet],
    ['header.pages', pages],
    ['header.tool', `${escapeMarkdown(report.tool.name)} ${escapeMarkdown(report.tool.version)}`],
  );
  return [`# ${titleLine(report, lang)}`, '', ...rows.map(([key, value]) => `- ${labelled(lang, `**${msg(lang, key)}**`, value)}`)];
}

function accountsTable(report: AuditReport, lang: Lang): string[] {
  if (report.accounts.length === 0) return [msg(lang, 'accounts.none')];
  const accounts = sortAccounts(report.accounts);
  const rows = accounts.slice(0, ACCOUNT_LIMIT).map((a) => {
    const pages = evidencePages(a);
    const first = pages[0];
    let seen = '';
    if (first) {
      seen = markdownLink(first.url);
      if (first.placement) seen += ` (${escapeMarkdown(placementText(lang, first.placement))})`;
      if (pages.length > 1) seen += ` ${more(lang, pages.length - 1)}`;
    }
    return [
      escapeMarkdown(platformLabel(a.platform)),
      markdownLink(a.url, cleanText(a.handle) || a.url),
      msg(lang, a.official ? 'accounts.official' : 'accounts.mentioned'),
      escapeMarkdown(localizeReason(a.reason, lang)),
      seen,
    ];
  });
  const keys = ['accounts.platform', 'accounts.account', 'accounts.status', 'accounts.reason', 'accounts.seenOn'] as const;
  const lines = table(keys.map((key) => msg(lang, key)), ['l', 'l', 'l', 'l', 'l'], rows);
  if (accounts.length > ACCOUNT_LIMIT) lines.push('', more(lang, accounts.length - ACCOUNT_LIMIT));
  return lines;
}

function socialFiguresTable(lang: Lang, s: SocialAccountSummary): string[] {
  const figures = socialFigures(lang, s);
  return table(
    figures.map(([key]) => msg(lang, key)),
    figures.map(() => 'r'),
    [figures.map(([, value]) => value)],
  );
}

/** The response-time buckets as a table with text bars (the Markdown stand-in for the HTML column chart). */
function socialResponses(lang: Lang, s: SocialAccountSummary): string[] {
  const buckets = s.responseBuckets ?? [];
  const lines = ['', `**${msg(lang, 'social.responseChart')}**`, ''];
  if (buckets.reduce((sum, b) => sum + Math.max(0, b.count), 0) === 0) return [...lines, msg(lang, 'social.noAnswered')];
  const max = Math.max(...buckets.map((b) => b.count));
  const rows = buckets.map((b) => [
    msg(lang, `bucket.${b.bucket}` as MessageKey),
    formatNumber(lang, b.count),
    textBar((b.count / max) * 100),
  ]);
  return [...lines, ...table([msg(lang, 'social.responseChart'), msg(lang, 'social.questions'), ' '], ['l', 'r', 'l'], rows)];
}

/** The weekly posting cadence as a sparkline with the sentence the HTML chart uses as its label. */
function socialCadence(lang: Lang, s: SocialAccountSummary): string[] {
  const weeks = s.cadence ?? [];
  const lines = ['', `**${msg(lang, 'social.cadenceChart')}**`, ''];
  if (weeks.length === 0) return [...lines, msg(lang, 'social.noCadence')];
  const values = weeks.map((w) => w.posts);
  const described = msg(lang, 'social.cadenceChartLabel', {
    from: formatDay(lang, cleanText(weeks[0].week)),
    to: formatDay(lang, cleanText(weeks[weeks.length - 1].week)),
    total: formatNumber(lang, values.reduce((a, b) => a + b, 0)),
    max: formatNumber(lang, Math.max(0, ...values)),
  });
  return [...lines, `\`${sparkline(values)}\` ${described}`];
}

function socialQuestions(lang: Lang, s: SocialAccountSummary): string[] {
  const lines = ['', `#### ${msg(lang, 'social.unansweredQuestions')}`, ''];
  const list = s.unansweredQuestions ?? [];
  if (s.questions === 0) return [...lines, msg(lang, 'social.noQuestions')];
  if (s.unanswered === 0) return [...lines, msg(lang, 'social.allAnswered')];
  if (list.length === 0) return [...lines, msg(lang, 'social.noQuestions')];
  lines.push(
    ...capped(lang, list, 20, (q) => {
      const parts = [snippetText(lang, q.text), escapeMarkdown(q.author), formatDate(lang, q.createdAt)];
      if (q.url) parts.push(httpUrl(q.url) ? markdownLink(q.url, msg(lang, 'social.openPost')) : escapeMarkdown(q.url));
      return parts.filter(Boolean).join(' · ');
    }),
  );
  const shown = Math.min(list.length, 20);
  if (s.unanswered > shown) {
    lines.push('', msg(lang, 'social.shownOf', { shown: formatNumber(lang, shown), total: formatNumber(lang, s.unanswered) }));
  }
  return lines;
}

function socialBlock(lang: Lang, s: SocialAccountSummary): string[] {
  const who = `${escapeMarkdown(platformLabel(s.platform))} · ${escapeMarkdown(s.handle)}`;
  const window = msg(lang, 'social.window', {
    from: formatDay(lang, s.window.from),
    to: formatDay(lang, s.window.to),
    days: formatNumber(lang, s.window.days),
  });
  const lines = [
    `### ${who} — ${escapeMarkdown(socialStatusText(lang, s.status))}`,
    '',
    [window, msg(lang, 'social.source', { source: escapeMarkdown(s.source) }), markdownLink(s.url)].join(' · '),
  ];
  if (s.message) lines.push('', escapeMarkdown(localizeNote(s.message, lang)));
  // Nothing could be read: the figures would all be blank, the status and message say it all.
  if (isUnread(s)) return lines;
  return [
    ...lines,
    '',
    ...socialFiguresTable(lang, s),
    ...socialResponses(lang, s),
    ...socialCadence(lang, s),
    ...socialQuestions(lang, s),
  ];
}

/** The "could not be checked" lists as Markdown blocks; `max` caps each list (with "… and N more"). */
function uncheckedLines(report: AuditReport, lang: Lang, max: number, level: string): string[] {
  const out: string[] = [];
  const block = (title: string, lines: string[]): void => {
    if (lines.length > 0) out.push('', `${level} ${title}`, '', ...lines);
  };
  const code = (c: string, m: string | undefined): string =>
    msg(lang, 'unchecked.pageError', {
      code: escapeMarkdown(c),
      message: escapeMarkdown(m) || msg(lang, 'unchecked.sourceNoMessage'),
    });
  // Rules sharing one reason are listed once with it (a dozen social rules often say "no account could be read").
  const ruleLines = (which: 'na' | 'error'): string[] =>
    capped(lang, groupByMessage(report.rules.filter((r) => r.status === which)), max, ({ titles, message }) => {
      const names = titles.slice(0, max).map(short);
      if (titles.length > names.length) names.push(more(lang, titles.length - names.length));
      return `${status(lang, which)} ${names.join(', ')}${message ? ` — ${short(message)}` : ''}`;
    });
  const pageLine = (p: AuditReport['site']['failedPages'][number]): string =>
    [
      markdownLink(p.url),
      code(p.error.code, p.error.message),
      msg(lang, 'unchecked.depth', { depth: formatNumber(lang, p.depth) }),
    ].join(' — ');
  const siteLines = capped(lang, report.site.errors ?? [], max, (e) => code(e.code, e.message));
  if (report.site.truncated) {
    siteLines.push(`- ${msg(lang, 'unchecked.truncated', { pages: formatNumber(lang, report.site.pagesCrawled) })}`);
  }
  // Social accounts are listed with their status and reason in their own block; the source lines would repeat them.
  const socialKeys = new Set((report.social?.accounts ?? []).map((a) => `${a.platform}:${a.handle}`));
  const sources = (report.sources ?? []).filter((s) => !s.ok && !socialKeys.has(s.source));
  const social = (report.social?.accounts ?? []).filter((s) => s.status !== 'ok');
  const socialLine = (s: SocialAccountSummary): string =>
    [
      `${escapeMarkdown(platformLabel(s.platform))} ${escapeMarkdown(s.handle)}`,
      escapeMarkdown(socialStatusText(lang, s.status)),
      escapeMarkdown(s.message),
    ]
      .filter(Boolean)
      .join(' — ');

  block(msg(lang, 'unchecked.rules'), ruleLines('na'));
  block(msg(lang, 'unchecked.ruleErrors'), ruleLines('error'));
  block(msg(lang, 'unchecked.pages'), capped(lang, report.site.failedPages ?? [], max, pageLine));
  block(msg(lang, 'unchecked.siteErrors'), siteLines);
  block(msg(lang, 'unchecked.sources'), capped(lang, sources, max, (s) => code(s.source, s.message)));
  block(msg(lang, 'unchecked.social'), capped(lang, social, max, socialLine));
  return out.length > 0 ? out : ['', msg(lang, 'unchecked.none')];
}

/**
 * Renders `report` as GitHub-flavoured Markdown in `report.lang`: header, overall score, category table, every rule
 * with its message and evidence links by category, the accounts found, the social audit (when present) and what
 * could not be checked. Untrusted text is escaped for Markdown (no raw HTML reaches GitHub) and only http(s) URLs
 * become links. Ends with a newline.
 */
export function renderMarkdown(report: AuditReport): string {
  const lang: Lang = report.lang === 'fr' ? 'fr' : 'en';
  const lines: string[] = [...header(report, lang)];
  lines.push('', `## ${msg(lang, 'section.overview')}`, '', scoreLine(report, lang), '', countsLine(report, lang));
  if (report.categories.length > 0) lines.push('', ...categoriesTable(report, lang));
  lines.push('', `## ${msg(lang, 'section.legend')}`, '');
  lines.push(...STATUSES.map((s) => `- ${status(lang, s)} — ${msg(lang, `legend.${s}` as MessageKey)}`));
  lines.push('', msg(lang, 'legend.bands'));

  for (const group of groupRules(report, lang)) {
    const title = [escapeMarkdown(group.title)];
    if (group.category) {
      const weight = msg(lang, 'category.weight', { weight: formatNumber(lang, group.category.weight) });
      title.push(scoreText(lang, group.category.score), weight);
    }
    lines.push('', `## ${title.join(' · ')}`);
    for (const rule of bySeverity(group.rules)) lines.push('', ...ruleBlock(lang, rule));
  }

  lines.push('', `## ${msg(lang, 'section.accounts')}`, '', ...accountsTable(report, lang));
  const social = report.social?.accounts ?? [];
  if (report.social && social.length > 0) {
    lines.push('', `## ${msg(lang, 'section.social')}`);
    for (const s of socialInReadingOrder(social)) lines.push('', ...socialBlock(lang, s));
  }
  lines.push('', `## ${msg(lang, 'section.unchecked')}`, ...uncheckedLines(report, lang, LIST_LIMIT, '###'));
  const tool = `${escapeMarkdown(report.tool.name)} ${escapeMarkdown(report.tool.version)}`;
  lines.push('', '---', '', msg(lang, 'doc.generatedBy', { tool, date: formatDate(lang, report.generatedAt) }));
  return lines.join('\n') + '\n';
}

/** A failing rule in one summary line: status, title, message, first evidence link and snippet. */
function summaryRuleLine(lang: Lang, r: RuleResult): string {
  const parts = [`${status(lang, r.status)} ${short(r.title || r.id)}`];
  if (r.message) parts.push(short(r.message));
  const first = r.evidence?.[0];
  if (first) {
    const link = markdownLink(first.url, truncate(cleanText(first.url), SUMMARY_TEXT_MAX));
    parts.push([link, snippetText(lang, first.snippet, SUMMARY_TEXT_MAX)].filter(Boolean).join(' '));
  }
  return parts.join(' — ');
}

/** A social account in one summary line: status, questions, unanswered share, median response time. */
function summarySocialLine(lang: Lang, s: SocialAccountSummary): string {
  const figures = [labelled(lang, msg(lang, 'social.questions'), formatNumber(lang, s.questions))];
  if (s.unansweredRatio != null) {
    const value = `${formatNumber(lang, s.unanswered)} (${formatPercent(lang, s.unansweredRatio)})`;
    figures.push(labelled(lang, msg(lang, 'social.unanswered'), value));
  }
  if (s.medianResponseMinutes != null) {
    figures.push(labelled(lang, msg(lang, 'social.median'), formatDuration(lang, s.medianResponseMinutes)));
  }
  const handle = truncate(cleanText(s.handle) || cleanText(s.url), SUMMARY_TEXT_MAX);
  const who = `${escapeMarkdown(platformLabel(s.platform))} ${markdownLink(s.url, handle)}`;
  return [who, escapeMarkdown(socialStatusText(lang, s.status)), figures.join(' · ')].join(' — ');
}

/** The summary at one list cap; `cap` bounds every list (categories, rules, accounts, social accounts, gaps). */
function summaryAt(report: AuditReport, lang: Lang, cap: number): string {
  const lines = [
    `## ${titleLine(report, lang)}`,
    '',
    `${scoreLine(report, lang)} · ${markdownLink(report.target.url)}`,
    '',
    countsLine(report, lang),
  ];
  if (report.categories.length > 0) lines.push('', ...categoriesTable(report, lang, cap, false));

  const failing = bySeverity(report.rules.filter((r) => r.status === 'fail' || r.status === 'warn'));
  if (failing.length > 0) {
    lines.push('', `### ${msg(lang, 'summary.failing')}`, '', ...capped(lang, failing, cap, (r) => summaryRuleLine(lang, r)));
  }

  lines.push('', `### ${msg(lang, 'section.accounts')}`, '');
  if (report.accounts.length === 0) lines.push(msg(lang, 'accounts.none'));
  else {
    const accountLine = (a: AuditReport['accounts'][number]): string =>
      [
        `${escapeMarkdown(platformLabel(a.platform))} ${markdownLink(a.url, truncate(cleanText(a.handle) || cleanText(a.url), SUMMARY_TEXT_MAX))}`,
        msg(lang, a.official ? 'accounts.official' : 'accounts.mentioned'),
        short(localizeReason(a.reason, lang)),
      ].join(' — ');
    lines.push(...capped(lang, sortAccounts(report.accounts), cap, accountLine));
  }

  const social = report.social?.accounts ?? [];
  if (social.length > 0) {
    lines.push('', `### ${msg(lang, 'section.social')}`, '', ...capped(lang, social, cap, (s) => summarySocialLine(lang, s)));
  }
  lines.push('', `### ${msg(lang, 'section.unchecked')}`, ...uncheckedLines(report, lang, cap, '####'));
  return lines.join('\n') + '\n';
}

const byteLength = (s: string): number => Buffer.byteLength(s, 'utf8');

/**
 * A short Markdown summary (score, categories, failing rules with their first evidence, accounts, social accounts,
 * what could not be checked) of at most `maxBytes` bytes in UTF-8, for GITHUB_STEP_SUMMARY. Lists are shortened
 * with "… and N more" until it fits, never cut mid-markup; when even the shortest form is too long, whole blocks
 * are dropped from the end (and '' is returned when not even the title fits).
 */
export function renderMarkdownSummary(report: AuditReport, maxBytes: number): string {
  const lang: Lang = report.lang === 'fr' ? 'fr' : 'en';
  for (const cap of [Infinity, 200, 100, 50, 20, 10, 5, 3, 1, 0]) {
    const text = summaryAt(report, lang, cap);
    if (byteLength(text) <= maxBytes) return text;
  }
  // Even with every list reduced to its count the text is too long: keep the leading whole blocks (heading,
  // paragraph, table, list) that fit, so no table loses its rows halfway.
  const blocks = summaryAt(report, lang, 0).trimEnd().split('\n\n');
  let out = '';
  for (const block of blocks) {
    const next = out ? `${out}\n${block}\n` : `${block}\n`;
    if (byteLength(next) > maxBytes) break;
    out = next;
  }
  return out;
}
