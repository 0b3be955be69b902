// A short Markdown summary of an AuditReport guaranteed to fit a byte budget (GITHUB_STEP_SUMMARY takes at most
// 1 MiB per step): lists are shortened until it fits, never cut mid-markup.
import type { Translator } from '../../locale/translator.js';
import { translator } from '../../locale/translator.js';
import type { RuleResult } from '../../rules/types.js';
import type { AuditReport, SocialAccountSummary } from '../types.js';
import { cleanText, truncate } from '../sanitize.js';
import { sortAccounts } from '../document/accounts.js';
import { evidenceNote, failingRules, ruleMessage, ruleTitle } from '../document/rules.js';
import { doc, labelled, platformLabel, socialStatusWord } from '../document/words.js';
import { escapeMarkdown, markdownLink } from './escape.js';
import { officialWord, reasonText } from './accounts.js';
import { categoriesTable, countsLine, scoreLine, titleLine } from './overview.js';
import { capped, snippetText, status, type MarkdownOptions } from './parts.js';
import { uncheckedLines } from './unchecked.js';
import { gateLines, verdictMark } from './gates.js';

/** Longest title, message, handle or snippet in the summary, so that every summary line has a bounded size. */
const SUMMARY_TEXT_MAX = 200;

/** Untrusted text shortened to the summary's bound, then escaped. */
const short = (s: string | null | undefined): string => escapeMarkdown(truncate(cleanText(s), SUMMARY_TEXT_MAX));

/** A failing rule in one summary line: status, title, message, first evidence link and snippet. */
function ruleLine(tr: Translator, r: RuleResult): string {
  const parts = [`${status(tr, r.status)} ${short(ruleTitle(tr, r))}`, short(ruleMessage(tr, r))];
  const first = r.evidence?.[0];
  if (first) {
    const link = markdownLink(first.url, truncate(cleanText(first.url), SUMMARY_TEXT_MAX));
    const note = first.note ? short(evidenceNote(tr, r, first.note)) : '';
    parts.push([link, note, snippetText(tr, first.snippet, SUMMARY_TEXT_MAX)].filter(Boolean).join(' '));
  }
  return parts.filter(Boolean).join(' — ');
}

/** A social account in one summary line: status, questions, unanswered share, median response time. */
function socialLine(tr: Translator, s: SocialAccountSummary): string {
  const figures = [labelled(tr, doc(tr, 'social.questions'), tr.number(s.questions))];
  if (s.unansweredRatio != null) {
    const value = doc(tr, 'social.unansweredValue', { count: tr.number(s.unanswered), share: tr.percent(s.unansweredRatio) });
    figures.push(labelled(tr, doc(tr, 'social.unanswered'), value));
  }
  if (s.medianResponseMinutes != null) figures.push(labelled(tr, doc(tr, 'social.median'), tr.duration(s.medianResponseMinutes)));
  const business = s.responseTimes?.businessHours?.medianMinutes;
  if (business != null) figures.push(labelled(tr, escapeMarkdown(tr.t('hours.businessMedian')), tr.duration(business)));
  const handle = truncate(cleanText(s.handle) || cleanText(s.url), SUMMARY_TEXT_MAX);
  const who = `${escapeMarkdown(platformLabel(tr, s.platform))} ${markdownLink(s.url, handle)}`;
  return [who, escapeMarkdown(socialStatusWord(tr, s.status)), figures.join(' · ')].join(' — ');
}

/** The summary at one list cap; `cap` bounds every list (categories, rules, accounts, social accounts, gaps). */
function summaryAt(tr: Translator, report: AuditReport, cap: number): string {
  // A run with gates says whether it passed before anything else: in the heading, then the failed gates.
  const mark = report.gates ? `${verdictMark(report.gates)} ` : '';
  const site = report.site.audited === false ? doc(tr, 'header.websiteNotAudited') : markdownLink(report.target.url);
  const lines = [`## ${mark}${titleLine(tr, report)}`, ''];
  if (report.gates) lines.push(...gateLines(tr, report.gates, cap), '');
  lines.push(`${scoreLine(tr, report)} · ${site}`, '', countsLine(tr, report));
  if (report.categories.length > 0) lines.push('', ...categoriesTable(tr, report, cap, false));

  const failing = failingRules(report);
  if (failing.length > 0) {
    lines.push('', `### ${doc(tr, 'section.priorities')}`, '', ...capped(tr, failing, cap, (r) => ruleLine(tr, r)));
  }

  lines.push('', `### ${doc(tr, 'section.accounts')}`, '');
  if (report.accounts.length === 0) lines.push(doc(tr, 'accounts.none'));
  else {
    const accountLine = (a: AuditReport['accounts'][number]): string =>
      [
        `${escapeMarkdown(platformLabel(tr, a.platform))} ${markdownLink(a.url, truncate(cleanText(a.handle) || cleanText(a.url), SUMMARY_TEXT_MAX))}`,
        officialWord(tr, a),
        reasonText(tr, a),
      ].join(' — ');
    lines.push(...capped(tr, sortAccounts(tr, report.accounts), cap, accountLine));
  }

  const social = report.social?.accounts ?? [];
  if (social.length > 0) {
    lines.push('', `### ${doc(tr, 'section.social')}`, '', ...capped(tr, social, cap, (s) => socialLine(tr, s)));
  }
  lines.push('', `### ${doc(tr, 'section.unchecked')}`, ...uncheckedLines(tr, report, cap, '####'));
  return lines.join('\n') + '\n';
}

const byteLength = (s: string): number => Buffer.byteLength(s, 'utf8');

/**
 * A short Markdown summary in `opts.lang` (with gates, the verdict and the failed gates first; then score,
 * categories, failing rules with their first evidence, accounts,
 * social accounts, what could not be checked) of at most `maxBytes` bytes in UTF-8, for GITHUB_STEP_SUMMARY. Lists
 * are shortened with "… and N more" until it fits, never cut mid-markup; when even the shortest form is too long,
 * whole blocks are dropped from the end (and '' is returned when not even the title fits).
 */
export function renderMarkdownSummary(report: AuditReport, maxBytes: number, opts: MarkdownOptions = {}): string {
  const tr = translator(opts.lang ?? 'en');
  for (const cap of [Infinity, 200, 100, 50, 20, 10, 5, 3, 1, 0]) {
    const text = summaryAt(tr, report, cap);
    if (byteLength(text) <= maxBytes) return text;
  }
  // Even with every list reduced to its count the text is too long: keep the leading whole blocks (heading,
  // paragraph, table, list) that fit, so no table loses its rows halfway.
  const blocks = summaryAt(tr, report, 0).trimEnd().split('\n\n');
  let out = '';
  for (const block of blocks) {
    const next = out ? `${out}\n${block}\n` : `${block}\n`;
    if (byteLength(next) > maxBytes) break;
    out = next;
  }
  return out;
}
