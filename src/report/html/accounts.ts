// HTML sections for social media: the accounts found on the site, and what the social audit measured per account.
import type { AuditReport, SocialAccountSummary } from '../types.js';
import { localizeNote, localizeReason } from '../localize-data.js';
import { socialFigures } from '../social-figures.js';
import type { Account } from '../../snapshot/types.js';
import {
  CATALOGUES,
  formatDate,
  formatDay,
  formatNumber,
  formatShortDay,
  tDoc,
  type Lang,
  type MessageKey,
} from '../i18n.js';
import { platformName } from '../format-helpers.js';
import { cleanText, truncate } from '../sanitize.js';
import { columnChartSvg, seriesChartSvg } from './charts.js';
import { cappedItems, clean, escapeHtml, escapeText, link, say } from './parts.js';

/** Accounts shown per table before "… and N more" (a page full of share links should not bury the real ones). */
const ACCOUNT_LIMIT = 60;
/** Longest unanswered question quoted, in characters. */
const QUESTION_MAX = 400;

/** Display name of a platform id (Discourse, which is not a social network id, gets its capital too). */
export function platformLabel(platform: string): string {
  const name = cleanText(platformName(platform));
  return name === 'discourse' ? 'Discourse' : name;
}

/** Accounts grouped per platform (platforms alphabetically), official accounts first within a platform. */
export function sortAccounts(accounts: Account[]): Account[] {
  return [...accounts].sort(
    (a, b) =>
      platformLabel(a.platform).localeCompare(platformLabel(b.platform), 'en') ||
      Number(b.official) - Number(a.official) ||
      a.handle.localeCompare(b.handle, 'en'),
  );
}

/** Distinct pages an account was seen on, in the order of its evidence. */
export function evidencePages(account: Account): { url: string; placement?: string }[] {
  const seen = new Map<string, { url: string; placement?: string }>();
  for (const e of account.evidence ?? []) {
    if (!seen.has(e.pageUrl)) seen.set(e.pageUrl, { url: e.pageUrl, placement: e.placement });
  }
  return [...seen.values()];
}

/** The placement word ("footer", "pied de page"), or the raw value for a placement the catalogue does not know. */
export function placementText(lang: Lang, placement: string | undefined): string {
  if (!placement) return '';
  const key = `placement.${placement}`;
  return Object.prototype.hasOwnProperty.call(CATALOGUES[lang], key)
    ? tDoc(lang, key as MessageKey)
    : cleanText(placement);
}

function accountRow(lang: Lang, account: Account): string {
  const pages = evidencePages(account);
  const first = pages[0];
  const seenOn = first
    ? link(first.url) +
      (first.placement ? ` <span class="muted small">(${escapeHtml(placementText(lang, first.placement))})</span>` : '') +
      (pages.length > 1
        ? `<br><span class="more small">${say(lang, 'list.more', { count: formatNumber(lang, pages.length - 1) })}</span>`
        : '')
    : '';
  const handle = clean(account.handle);
  return [
    '<tr>',
    `<td class="platform">${escapeHtml(platformLabel(account.platform))}</td>`,
    `<td>${link(account.url, { label: handle || account.url, showUrlInPrint: true })}</td>`,
    account.official
      ? `<td><span class="tag official">${say(lang, 'accounts.official')}</span></td>`
      : `<td><span class="tag mentioned">${say(lang, 'accounts.mentioned')}</span></td>`,
    `<td>${escapeText(localizeReason(account.reason, lang))}</td>`,
    `<td>${seenOn}</td>`,
    '</tr>',
  ].join('');
}

/** The social accounts found on the site, per platform: official or merely mentioned, why, and where seen. */
export function accountsSection(report: AuditReport, lang: Lang): string {
  const head = `<h2 id="accounts-title">${say(lang, 'section.accounts')}</h2>`;
  if (report.accounts.length === 0) {
    return `<section aria-labelledby="accounts-title">\n${head}\n<p class="card">${say(lang, 'accounts.none')}</p>\n</section>`;
  }
  const accounts = sortAccounts(report.accounts);
  const rows = accounts.slice(0, ACCOUNT_LIMIT).map((a) => accountRow(lang, a));
  if (accounts.length > ACCOUNT_LIMIT) {
    const more = say(lang, 'list.more', { count: formatNumber(lang, accounts.length - ACCOUNT_LIMIT) });
    rows.push(`<tr><td colspan="5" class="more">${more}</td></tr>`);
  }
  const th = (['accounts.platform', 'accounts.account', 'accounts.status', 'accounts.reason', 'accounts.seenOn'] as const)
    .map((key) => `<th scope="col">${say(lang, key)}</th>`)
    .join('');
  return [
    '<section aria-labelledby="accounts-title">',
    head,
    // Fixed column shares: handles get room to stay whole; the evidence column takes what is left.
    `<div class="card table-card"><table class="accounts"><colgroup><col style="width:12%"><col style="width:27%"><col style="width:12%"><col style="width:20%"><col></colgroup><thead><tr>${th}</tr></thead><tbody>`,
    rows.join('\n'),
    '</tbody></table></div>',
    '</section>',
  ].join('\n');
}

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

/** The localized word for a social source status, or the status as given when the catalogue does not know it. */
export function socialStatusText(lang: Lang, status: string): string {
  return status in SOCIAL_BADGE ? tDoc(lang, `social.status.${status}` as MessageKey) : cleanText(status);
}

/** Platforms whose users write handles with an @; a LinkedIn slug, a phone number or a forum host gets none. */
const AT_HANDLES = new Set(['x', 'instagram', 'tiktok', 'threads', 'bluesky', 'mastodon', 'youtube', 'telegram', 'snapchat', 'facebook', 'pinterest']);

/** "@handle" for display where the platform writes it so, unless it already has an @ (Mastodon's name@server). */
export function handleText(platform: string, handle: string): string {
  const h = cleanText(handle);
  return !h || !AT_HANDLES.has(platform) || h.includes('@') || h.includes('/') ? h : `@${h}`;
}

function figuresTable(lang: Lang, s: SocialAccountSummary): string {
  const cells = socialFigures(lang, s);
  const th = cells.map(([key]) => `<th scope="col" class="num">${say(lang, key)}</th>`).join('');
  const td = cells.map(([, value]) => `<td class="num">${escapeHtml(value)}</td>`).join('');
  return `<table class="figures"><thead><tr>${th}</tr></thead><tbody><tr>${td}</tr></tbody></table>`;
}

function responseChart(lang: Lang, s: SocialAccountSummary): string {
  const buckets = s.responseBuckets ?? [];
  const answered = buckets.reduce((sum, b) => sum + Math.max(0, b.count), 0);
  if (answered === 0) return `<p class="muted small">${say(lang, 'social.noAnswered')}</p>`;
  const columns = buckets.map((b) => ({
    label: tDoc(lang, `bucket.${b.bucket}` as MessageKey),
    value: b.count,
    valueText: formatNumber(lang, b.count),
  }));
  const label = tDoc(lang, 'social.responseChartLabel', {
    list: columns.map((c) => `${c.label} ${c.valueText}`).join(', '),
  });
  return columnChartSvg(columns, label);
}

function cadenceChart(lang: Lang, s: SocialAccountSummary): string {
  const weeks = s.cadence ?? [];
  if (weeks.length === 0) return `<p class="muted small">${say(lang, 'social.noCadence')}</p>`;
  const values = weeks.map((w) => w.posts);
  const max = Math.max(0, ...values);
  const total = values.reduce((a, b) => a + b, 0);
  const first = formatShortDay(lang, cleanText(weeks[0].week));
  const last = formatShortDay(lang, cleanText(weeks[weeks.length - 1].week));
  return seriesChartSvg({
    values,
    firstLabel: first,
    lastLabel: last,
    maxText: formatNumber(lang, Math.max(1, max)),
    zeroText: '0',
    label: tDoc(lang, 'social.cadenceChartLabel', {
      from: formatDay(lang, cleanText(weeks[0].week)),
      to: formatDay(lang, cleanText(weeks[weeks.length - 1].week)),
      total: formatNumber(lang, total),
      max: formatNumber(lang, max),
    }),
  });
}

function questionsBlock(lang: Lang, s: SocialAccountSummary): string {
  const head = `<h4>${say(lang, 'social.unansweredQuestions')}</h4>`;
  if (s.questions === 0) return `${head}<p class="muted small">${say(lang, 'social.noQuestions')}</p>`;
  const list = s.unansweredQuestions ?? [];
  if (s.unanswered === 0 || list.length === 0) {
    return `${head}<p class="muted small">${say(lang, s.unanswered === 0 ? 'social.allAnswered' : 'social.noQuestions')}</p>`;
  }
  const items = cappedItems(lang, list, 20, (q) => {
    const text = say(lang, 'findings.snippet', { snippet: truncate(clean(q.text), QUESTION_MAX) });
    const meta = [escapeText(q.author), escapeHtml(formatDate(lang, q.createdAt))];
    if (q.url) meta.push(link(q.url, { label: httpLabel(lang, q.url), showUrlInPrint: true }));
    return `<p class="q">${text}</p><p class="q-meta">${meta.filter(Boolean).join(' · ')}</p>`;
  });
  const shownOf =
    s.unanswered > Math.min(list.length, 20)
      ? `<p class="muted small">${say(lang, 'social.shownOf', {
          shown: formatNumber(lang, Math.min(list.length, 20)),
          total: formatNumber(lang, s.unanswered),
        })}</p>`
      : '';
  return `${head}<ul class="questions">${items}</ul>${shownOf}`;
}

/** "view the post" for a link, or the text itself when it cannot be a link (so a bad URL is shown, not hidden). */
function httpLabel(lang: Lang, url: string): string {
  return /^https?:\/\//i.test(cleanText(url)) ? tDoc(lang, 'social.openPost') : cleanText(url);
}

function socialCard(lang: Lang, s: SocialAccountSummary): string {
  const cls = SOCIAL_BADGE[s.status] ?? 'na';
  const title = `${platformLabel(s.platform)} · ${handleText(s.platform, s.handle)}`;
  const meta = [
    say(lang, 'social.window', {
      from: formatDay(lang, s.window.from),
      to: formatDay(lang, s.window.to),
      days: formatNumber(lang, s.window.days),
    }),
    say(lang, 'social.source', { source: clean(s.source) }),
    link(s.url),
  ];
  // An account nothing could be read from gets a slim card: an empty table and blank charts would only be noise.
  if (isUnread(s)) {
    return [
      '<article class="card social-account unread">',
      `<div class="social-head"><h3>${escapeHtml(title)}</h3>`,
      `<span class="badge ${cls}">${escapeHtml(socialStatusText(lang, s.status))}</span></div>`,
      `<p class="social-meta">${meta.join(' · ')}</p>`,
      s.message ? `<p class="message">${escapeText(localizeNote(s.message, lang))}</p>` : '',
      '</article>',
    ].join('\n');
  }
  return [
    '<article class="card social-account">',
    `<div class="social-head"><h3>${escapeHtml(title)}</h3>`,
    `<span class="badge ${cls}">${escapeHtml(socialStatusText(lang, s.status))}</span></div>`,
    `<p class="social-meta">${meta.join(' · ')}</p>`,
    s.message ? `<p class="message">${escapeText(localizeNote(s.message, lang))}</p>` : '',
    figuresTable(lang, s),
    '<div class="charts">',
    `<figure><figcaption>${say(lang, 'social.responseChart')}</figcaption>${responseChart(lang, s)}</figure>`,
    `<figure><figcaption>${say(lang, 'social.cadenceChart')}</figcaption>${cadenceChart(lang, s)}</figure>`,
    '</div>',
    questionsBlock(lang, s),
    '</article>',
  ].join('\n');
}

/** True when nothing could be read from the account (no public source, token needed, not found…). */
export function isUnread(s: SocialAccountSummary): boolean {
  return s.status !== 'ok' && s.postsRead === 0;
}

/** Accounts with measurements first, then those nothing could be read from; report order otherwise. */
export function socialInReadingOrder(accounts: SocialAccountSummary[]): SocialAccountSummary[] {
  return [...accounts].sort((a, b) => Number(isUnread(a)) - Number(isUnread(b)));
}

/** What the social audit measured, one card per account; empty when the report has no social part. */
export function socialSection(report: AuditReport, lang: Lang): string {
  const accounts = report.social?.accounts ?? [];
  if (!report.social || accounts.length === 0) return '';
  return [
    '<section aria-labelledby="social-title">',
    `<h2 id="social-title">${say(lang, 'section.social')}</h2>`,
    ...socialInReadingOrder(accounts).map((s) => socialCard(lang, s)),
    '</section>',
  ].join('\n');
}
