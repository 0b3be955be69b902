// The HTML "what could not be checked" section: rules na/error, unreadable pages, crawl problems, sources, social gaps.
import type { AuditReport } from '../types.js';
import { localizeNote } from '../localize-data.js';
import type { RuleResult } from '../../rules/types.js';
import { formatNumber, tDoc, type Lang } from '../i18n.js';
import { cleanText } from '../sanitize.js';
import { handleText, platformLabel, socialStatusText } from './accounts.js';
import { badge, cappedItems, clean, escapeHtml, escapeText, link, say } from './parts.js';

/** Failed pages and crawl problems listed before "… and N more". */
const LIST_LIMIT = 50;

/** Rules grouped by their (cleaned) message, in first-seen order, each with the titles of the rules sharing it. */
export function groupByMessage(rules: RuleResult[]): { titles: string[]; message: string }[] {
  const groups = new Map<string, string[]>();
  for (const rule of rules) {
    const message = cleanText(rule.message);
    const titles = groups.get(message) ?? [];
    titles.push(cleanText(rule.title) || cleanText(rule.id));
    groups.set(message, titles);
  }
  return [...groups].map(([message, titles]) => ({ titles, message }));
}

/** "code: message" with the language's punctuation, from untrusted parts. */
function codeMessage(lang: Lang, code: string, message: string | undefined): string {
  return say(lang, 'unchecked.pageError', {
    code: clean(code),
    message: clean(message) || tDoc(lang, 'unchecked.sourceNoMessage'),
  });
}

/**
 * Everything the audit could not see, so that no gap is mistaken for a zero: rules that did not apply or could
 * not run (with their message), pages that could not be read, crawl problems (page limit), unavailable sources and
 * social accounts that were not (fully) read.
 */
export function uncheckedSection(report: AuditReport, lang: Lang): string {
  const blocks: string[] = [];
  // Rules that share one reason (typically "no social account could be read") are listed once with that reason.
  const ruleItems = (status: 'na' | 'error'): string =>
    groupByMessage(report.rules.filter((r) => r.status === status))
      .map(
        ({ titles, message }) =>
          `<li>${badge(lang, status)}<span><span class="titles">${titles.map((title) => escapeText(title)).join(', ')}</span>` +
          (message ? `<br><span class="muted small">${escapeText(message)}</span>` : '') +
          '</span></li>',
      )
      .join('');

  const na = ruleItems('na');
  if (na) blocks.push(`<h3>${say(lang, 'unchecked.rules')}</h3><ul class="plain">${na}</ul>`);
  const errors = ruleItems('error');
  if (errors) blocks.push(`<h3>${say(lang, 'unchecked.ruleErrors')}</h3><ul class="plain">${errors}</ul>`);

  const failed = report.site.failedPages ?? [];
  if (failed.length > 0) {
    const items = cappedItems(lang, failed, LIST_LIMIT, (page) => {
      const depth = say(lang, 'unchecked.depth', { depth: formatNumber(lang, page.depth) });
      return `${link(page.url)}<br><span class="muted small">${codeMessage(lang, page.error.code, page.error.message)} · ${depth}</span>`;
    });
    blocks.push(`<h3>${say(lang, 'unchecked.pages')}</h3><ul>${items}</ul>`);
  }

  const siteErrors = report.site.errors ?? [];
  if (siteErrors.length > 0 || report.site.truncated) {
    const items = cappedItems(lang, siteErrors, LIST_LIMIT, (e) => codeMessage(lang, e.code, e.message));
    const truncated = report.site.truncated
      ? `<p class="note">${say(lang, 'unchecked.truncated', { pages: formatNumber(lang, report.site.pagesCrawled) })}</p>`
      : '';
    blocks.push(`<h3>${say(lang, 'unchecked.siteErrors')}</h3>${items ? `<ul>${items}</ul>` : ''}${truncated}`);
  }

  // Social accounts are listed below with their status and reason; the source lines would say it twice.
  const socialKeys = new Set((report.social?.accounts ?? []).map((a) => `${a.platform}:${a.handle}`));
  const sources = (report.sources ?? []).filter((s) => !s.ok && !socialKeys.has(s.source));
  if (sources.length > 0) {
    const items = sources.map((s) => `<li>${codeMessage(lang, s.source, s.message)}</li>`).join('');
    blocks.push(`<h3>${say(lang, 'unchecked.sources')}</h3><ul>${items}</ul>`);
  }

  const social = (report.social?.accounts ?? []).filter((s) => s.status !== 'ok');
  if (social.length > 0) {
    const items = social
      .map((s) => {
        const who = `${platformLabel(s.platform)} ${handleText(s.platform, s.handle)}`;
        const what = [socialStatusText(lang, s.status), cleanText(localizeNote(s.message ?? '', lang))].filter(Boolean).join(' — ');
        return `<li><strong>${escapeHtml(who)}</strong> — ${escapeHtml(what)}</li>`;
      })
      .join('');
    blocks.push(`<h3>${say(lang, 'unchecked.social')}</h3><ul>${items}</ul>`);
  }

  const body = blocks.length > 0 ? blocks.join('\n') : `<p>${say(lang, 'unchecked.none')}</p>`;
  return [
    '<section class="unchecked" aria-labelledby="unchecked-title">',
    `<h2 id="unchecked-title">${say(lang, 'section.unchecked')}</h2>`,
    `<div class="card">${body}</div>`,
    '</section>',
  ].join('\n');
}
