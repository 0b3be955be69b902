// The HTML section of the social audit: one card per account with its figures, response-time and cadence charts,
// and the unanswered questions.
import type { Translator } from '../../locale/translator.js';
import type { AuditReport, SocialAccountSummary } from '../types.js';
import { cleanText, truncate } from '../sanitize.js';
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
import { bucketWord, dateTimeText, doc, platformLabel, shortDayText, socialStatusWord } from '../document/words.js';
import { columnChartSvg, seriesChartSvg } from './charts.js';
import { cappedItems, clean, escapeHtml, escapeText, link, say } from './parts.js';
import { hoursPage, hoursText, replyTimesParts } from '../reply-times.js';

/** Longest unanswered question quoted, in characters. */
const QUESTION_MAX = 400;
/** Unanswered questions listed per account. */
const QUESTION_LIMIT = 20;

/** Badge class for a social source status: read (green), partly read or throttled (amber), failed (purple), else grey. */
const SOCIAL_BADGE: Record<string, string> = {
  ok: 'pass',
  partial: 'warn',
  'rate-limited': 'warn',
  error: 'error',
  'auth-required': 'na',
  'not-found': 'na',
  'no-source': 'na',
};

function figuresTable(tr: Translator, s: SocialAccountSummary): string {
  const figures = socialFigures(tr, s);
  const th = figures.map((f) => `<th scope="col" class="num">${escapeHtml(f.label)}</th>`).join('');
  const td = figures.map((f) => `<td class="num" data-label="${escapeHtml(f.label)}">${escapeHtml(f.value)}</td>`).join('');
  return `<table class="figures stack"><thead><tr>${th}</tr></thead><tbody><tr>${td}</tr></tbody></table>`;
}

/** Reply times all hours, in business hours and for questions asked out of hours, one line each. */
function replyTimes(tr: Translator, s: SocialAccountSummary): string {
  const parts = replyTimesParts(tr, s);
  if (!parts) return '';
  return `<ul class="reply-times small"><li>${parts.map((p) => escapeText(p)).join('</li><li>')}</li></ul>`;
}

function responseChart(tr: Translator, s: SocialAccountSummary): string {
  if (answeredCount(s) === 0) return `<p class="muted small">${say(tr, 'social.noAnswered')}</p>`;
  const columns = (s.responseBuckets ?? []).map((b) => ({
    label: bucketWord(tr, b.bucket),
    value: b.count,
    valueText: tr.number(b.count),
  }));
  const label = doc(tr, 'social.responseChartLabel', {
    list: tr.list(columns.map((c) => doc(tr, 'chart.bar', { title: c.label, value: c.valueText }))),
  });
  return columnChartSvg(columns, label);
}

function cadenceChart(tr: Translator, s: SocialAccountSummary): string {
  const weeks = s.cadence ?? [];
  const label = cadenceText(tr, s);
  if (weeks.length === 0 || label === undefined) return `<p class="muted small">${say(tr, 'social.noCadence')}</p>`;
  const values = weeks.map((w) => w.posts);
  return seriesChartSvg({
    values,
    firstLabel: shortDayText(tr, weeks[0].week),
    lastLabel: shortDayText(tr, weeks[weeks.length - 1].week),
    maxText: tr.number(Math.max(1, ...values)),
    zeroText: tr.number(0),
    label,
  });
}

/** "view the post" for a link, or the text itself when it cannot be a link (so a bad URL is shown, not hidden). */
function postLabel(tr: Translator, url: string): string {
  return /^https?:\/\//i.test(cleanText(url)) ? doc(tr, 'social.openPost') : cleanText(url);
}

function questionsBlock(tr: Translator, s: SocialAccountSummary): string {
  const head = `<h4>${say(tr, 'social.unansweredQuestions')}</h4>`;
  const gap = questionsGap(s);
  if (gap) return `${head}<p class="muted small">${say(tr, `social.${gap}`)}</p>`;
  const list = s.unansweredQuestions ?? [];
  const items = cappedItems(tr, list, QUESTION_LIMIT, (q) => {
    const text = say(tr, 'findings.snippet', { snippet: truncate(clean(q.text), QUESTION_MAX) });
    const meta = [escapeText(q.author), escapeHtml(dateTimeText(tr, q.createdAt))];
    if (q.url) meta.push(link(q.url, { label: postLabel(tr, q.url), showUrlInPrint: true }));
    return `<p class="q">${text}</p><p class="q-meta">${meta.filter(Boolean).join(' · ')}</p>`;
  });
  const shown = Math.min(list.length, QUESTION_LIMIT);
  const shownOf = s.unanswered > shown ? `<p class="muted small">${say(tr, 'social.shownOf', { shown, total: s.unanswered })}</p>` : '';
  return `${head}<ul class="questions">${items}</ul>${shownOf}`;
}

function socialCard(tr: Translator, s: SocialAccountSummary): string {
  const cls = SOCIAL_BADGE[s.status] ?? 'na';
  const title = `${platformLabel(tr, s.platform)} · ${handleText(s.platform, s.handle)}`;
  const meta = [escapeHtml(windowText(tr, s))];
  if (s.source && s.source !== 'none') meta.push(say(tr, 'social.source', { source: clean(platformLabel(tr, s.source)) }));
  meta.push(link(s.url));
  const head = [
    `<div class="social-head"><h3>${escapeText(title)}</h3>`,
    `<span class="badge ${cls}">${escapeText(socialStatusWord(tr, s.status))}</span></div>`,
    `<p class="social-meta">${meta.join(' · ')}</p>`,
    ...socialNotes(tr, s).map((note) => `<p class="message">${escapeText(note)}</p>`),
  ];
  return [
    '<article class="card social-account">',
    ...head,
    figuresTable(tr, s),
    replyTimes(tr, s),
    '<div class="charts">',
    `<figure><figcaption>${say(tr, 'social.responseChart')}</figcaption>${responseChart(tr, s)}</figure>`,
    `<figure><figcaption>${say(tr, 'social.cadenceChart')}</figcaption>${cadenceChart(tr, s)}</figure>`,
    // Under both charts on screen, beside them on paper.
    `<div class="questions-block">${questionsBlock(tr, s)}</div>`,
    '</div>',
    '</article>',
  ].join('\n');
}

/**
 * The accounts nothing could be read from, in one sentence with their status: an empty table and blank charts per
 * account would only be noise, and why each failed is in the methodology's table of sources.
 */
function unreadLine(tr: Translator, accounts: readonly SocialAccountSummary[]): string {
  if (accounts.length === 0) return '';
  const names = accounts.map((s) =>
    doc(tr, 'methodology.accountStatus', {
      account: `${platformLabel(tr, s.platform)} ${handleText(s.platform, s.handle)}`,
      status: socialStatusWord(tr, s.status),
    }),
  );
  const text = doc(tr, 'methodology.notRead', { count: accounts.length, accounts: tr.list(names), section: doc(tr, 'methodology.title') });
  return `<p class="card social-unread">${escapeText(text)}</p>`;
}

/** The opening hours business time was counted with (and their page), or that none are known; nothing for older reports. */
function hoursIntro(tr: Translator, social: NonNullable<AuditReport['social']>): string {
  if (social.businessHours === undefined) return '';
  const page = hoursPage(social);
  return `<p class="section-intro">${escapeText(hoursText(tr, social))}${page ? ` ${link(page)}` : ''}</p>`;
}

/** What the social audit measured, one card per account read; empty when the report has no social part. */
export function socialSection(tr: Translator, report: AuditReport): string {
  const accounts = report.social?.accounts ?? [];
  if (!report.social || accounts.length === 0) return '';
  const ordered = socialInReadingOrder(accounts);
  return [
    '<section id="social" aria-labelledby="social-title">',
    `<h2 id="social-title">${say(tr, 'section.social')}</h2>`,
    typeof report.social.graceHours === 'number'
      ? `<p class="section-intro">${say(tr, 'social.grace', { graceHours: report.social.graceHours })}</p>`
      : '',
    hoursIntro(tr, report.social),
    ...ordered.filter((s) => !isUnread(s)).map((s) => socialCard(tr, s)),
    unreadLine(tr, ordered.filter(isUnread)),
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}
