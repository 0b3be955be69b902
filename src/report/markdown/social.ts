// The Markdown social audit: per account its figures, response times (text bars), cadence (sparkline) and the
// unanswered questions.
import type { Translator } from '../../locale/translator.js';
import type { AuditReport, SocialAccountSummary } from '../types.js';
import { cleanText } from '../sanitize.js';
import { handleText } from '../document/accounts.js';
import {
  answeredCount,
  cadenceText,
  isUnread,
  questionsGap,
  socialFigures,
  socialInReadingOrder,
  socialNotes,
  windowText,
} from '../document/social.js';
import { bucketWord, dateTimeText, doc, platformLabel, socialStatusWord } from '../document/words.js';
import { httpUrl } from '../document/urls.js';
import { escapeMarkdown, markdownLink } from './escape.js';
import { capped, snippetText, sparkline, table, textBar } from './parts.js';
import { hoursPage, hoursText, replyTimesParts } from '../reply-times.js';

/** Unanswered questions listed per account. */
const QUESTION_LIMIT = 20;

function figuresTable(tr: Translator, s: SocialAccountSummary): string[] {
  const figures = socialFigures(tr, s);
  return table(
    figures.map((f) => escapeMarkdown(f.label)),
    figures.map(() => 'r'),
    [figures.map((f) => escapeMarkdown(f.value))],
  );
}

/** The response-time buckets as a table with text bars (the Markdown stand-in for the HTML column chart). */
function responses(tr: Translator, s: SocialAccountSummary): string[] {
  const lines = ['', `**${doc(tr, 'social.responseChart')}**`, ''];
  if (answeredCount(s) === 0) return [...lines, doc(tr, 'social.noAnswered')];
  const buckets = s.responseBuckets ?? [];
  const max = buckets.reduce((m, b) => Math.max(m, b.count), -Infinity);
  const rows = buckets.map((b) => [escapeMarkdown(bucketWord(tr, b.bucket)), tr.number(b.count), textBar((b.count / max) * 100)]);
  return [...lines, ...table([doc(tr, 'social.responseChart'), doc(tr, 'social.questions'), ' '], ['l', 'r', 'l'], rows)];
}

/** Reply times all hours, in business hours and for questions asked out of hours, one bullet each. */
function replyTimes(tr: Translator, s: SocialAccountSummary): string[] {
  const parts = replyTimesParts(tr, s);
  if (!parts) return [];
  return ['', `**${escapeMarkdown(tr.t('hours.heading'))}**`, '', ...parts.map((p) => `- ${escapeMarkdown(p)}`)];
}

/** The weekly posting cadence as a sparkline with the sentence the HTML chart uses as its label. */
function cadence(tr: Translator, s: SocialAccountSummary): string[] {
  const lines = ['', `**${doc(tr, 'social.cadenceChart')}**`, ''];
  const described = cadenceText(tr, s);
  if (described === undefined) return [...lines, doc(tr, 'social.noCadence')];
  return [...lines, `\`${sparkline((s.cadence ?? []).map((w) => w.posts))}\` ${escapeMarkdown(described)}`];
}

function questions(tr: Translator, s: SocialAccountSummary): string[] {
  const lines = ['', `#### ${doc(tr, 'social.unansweredQuestions')}`, ''];
  const gap = questionsGap(s);
  if (gap) return [...lines, doc(tr, `social.${gap}`)];
  const list = s.unansweredQuestions ?? [];
  lines.push(
    ...capped(tr, list, QUESTION_LIMIT, (q) => {
      const parts = [snippetText(tr, q.text), escapeMarkdown(q.author), escapeMarkdown(dateTimeText(tr, q.createdAt))];
      if (q.url) parts.push(httpUrl(q.url) ? markdownLink(q.url, doc(tr, 'social.openPost')) : escapeMarkdown(q.url));
      return parts.filter(Boolean).join(' · ');
    }),
  );
  const shown = Math.min(list.length, QUESTION_LIMIT);
  if (s.unanswered > shown) lines.push('', doc(tr, 'social.shownOf', { shown, total: s.unanswered }));
  return lines;
}

/** "Bluesky · @acme.bsky.social", escaped. */
export function accountName(tr: Translator, s: SocialAccountSummary, separator = ' · '): string {
  return `${escapeMarkdown(platformLabel(tr, s.platform))}${separator}${escapeMarkdown(handleText(s.platform, s.handle))}`;
}

function socialBlock(tr: Translator, s: SocialAccountSummary): string[] {
  const meta = [escapeMarkdown(windowText(tr, s))];
  if (s.source && s.source !== 'none') meta.push(doc(tr, 'social.source', { source: escapeMarkdown(platformLabel(tr, cleanText(s.source))) }));
  meta.push(markdownLink(s.url));
  const lines = [`### ${accountName(tr, s)} — ${escapeMarkdown(socialStatusWord(tr, s.status))}`, '', meta.join(' · ')];
  for (const note of socialNotes(tr, s)) lines.push('', escapeMarkdown(note));
  // Nothing could be read: the figures would all be blank, the status and notes say it all.
  if (isUnread(s)) return lines;
  return [...lines, '', ...figuresTable(tr, s), ...replyTimes(tr, s), ...responses(tr, s), ...cadence(tr, s), ...questions(tr, s)];
}

/** The social audit section; nothing when the report has no social part. */
export function socialSection(tr: Translator, report: AuditReport): string[] {
  const accounts = report.social?.accounts ?? [];
  if (!report.social || accounts.length === 0) return [];
  const lines = ['', `## ${doc(tr, 'section.social')}`];
  if (typeof report.social.graceHours === 'number') lines.push('', doc(tr, 'social.grace', { graceHours: report.social.graceHours }));
  // Older reports carry no opening hours at all (undefined): nothing is said rather than "unknown".
  if (report.social.businessHours !== undefined) {
    const page = hoursPage(report.social);
    lines.push('', escapeMarkdown(hoursText(tr, report.social)) + (page ? ` ${markdownLink(page)}` : ''));
  }
  for (const s of socialInReadingOrder(accounts)) lines.push('', ...socialBlock(tr, s));
  return lines;
}
