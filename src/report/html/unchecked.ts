// The HTML "what could not be checked" section: rules na/error, unreadable pages, crawl problems, sources, social gaps.
import type { Translator } from '../../locale/translator.js';
import type { AuditReport } from '../types.js';
import type { MessageGroup } from '../document/rules.js';
import { handleText } from '../document/accounts.js';
import { socialNotes } from '../document/social.js';
import { depthText, hasGaps, pageErrorText, sourceText, uncheckedOf } from '../document/unchecked.js';
import { noteWords, platformLabel, socialStatusWord } from '../document/words.js';
import { badge, cappedItems, escapeText, link, say } from './parts.js';

/** Failed pages and crawl problems listed before "… and N more". */
const LIST_LIMIT = 50;

/** Rules that share one reason (typically "no social account was read") are listed once with that reason. */
function ruleItems(tr: Translator, status: 'na' | 'error', groups: MessageGroup[]): string {
  return groups
    .map(
      ({ titles, message }) =>
        `<li>${badge(tr, status)}<span><span class="titles">${escapeText(tr.list(titles))}</span>` +
        (message ? `<br><span class="muted small">${escapeText(message)}</span>` : '') +
        '</span></li>',
    )
    .join('');
}

/**
 * Everything the audit could not see, so that no gap is mistaken for a zero: rules that did not apply or could
 * not run (with their reason), pages that could not be read, crawl problems (page limit), unavailable sources and
 * social accounts that were not (fully) read.
 */
export function uncheckedSection(tr: Translator, report: AuditReport): string {
  const u = uncheckedOf(tr, report);
  const blocks: string[] = [];
  if (u.na.length > 0) blocks.push(`<h3>${say(tr, 'unchecked.rules')}</h3><ul class="plain">${ruleItems(tr, 'na', u.na)}</ul>`);
  if (u.errors.length > 0) {
    blocks.push(`<h3>${say(tr, 'unchecked.ruleErrors')}</h3><ul class="plain">${ruleItems(tr, 'error', u.errors)}</ul>`);
  }
  if (u.failedPages.length > 0) {
    const items = cappedItems(tr, u.failedPages, LIST_LIMIT, (page) => {
      const why = `${escapeText(pageErrorText(tr, page))} · ${escapeText(depthText(tr, page))}`;
      return `${link(page.url)}<br><span class="muted small">${why}</span>`;
    });
    blocks.push(`<h3>${say(tr, 'unchecked.pages')}</h3><ul>${items}</ul>`);
  }
  if (u.siteErrors.length > 0 || u.truncated) {
    const items = cappedItems(tr, u.siteErrors, LIST_LIMIT, (e) => escapeText(noteWords(tr, e)));
    const truncated = u.truncated ? `<p class="note">${escapeText(u.truncated)}</p>` : '';
    blocks.push(`<h3>${say(tr, 'unchecked.siteErrors')}</h3>${items ? `<ul>${items}</ul>` : ''}${truncated}`);
  }
  if (u.sources.length > 0) {
    const items = u.sources.map((s) => `<li>${escapeText(sourceText(tr, s))}</li>`).join('');
    blocks.push(`<h3>${say(tr, 'unchecked.sources')}</h3><ul>${items}</ul>`);
  }
  if (u.social.length > 0) {
    const items = u.social
      .map((s) => {
        const who = `${platformLabel(tr, s.platform)} ${handleText(s.platform, s.handle)}`;
        const what = [socialStatusWord(tr, s.status), ...socialNotes(tr, s)].filter(Boolean).join(' — ');
        return `<li><strong>${escapeText(who)}</strong> — ${escapeText(what)}</li>`;
      })
      .join('');
    blocks.push(`<h3>${say(tr, 'unchecked.social')}</h3><ul>${items}</ul>`);
  }
  const body = hasGaps(u) ? blocks.join('\n') : `<p>${say(tr, 'unchecked.none')}</p>`;
  return [
    '<section class="unchecked" aria-labelledby="unchecked-title">',
    `<h2 id="unchecked-title">${say(tr, 'section.unchecked')}</h2>`,
    `<div class="card">${body}</div>`,
    '</section>',
  ].join('\n');
}
