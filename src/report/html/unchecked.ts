// The HTML "what could not be seen" blocks of the methodology section: rules na or error, unreadable pages and
// crawl problems (the sources not read are in the section's table of sources).
import type { Translator } from '../../locale/translator.js';
import type { AuditReport } from '../types.js';
import type { MessageGroup } from '../document/rules.js';
import { depthText, hasGaps, pageErrorText, uncheckedOf } from '../document/unchecked.js';
import { noteWords } from '../document/words.js';
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
 * not run (with their reason), pages that could not be read and crawl problems (page limit) — as blocks under <h4>
 * headings, or the sentence saying nothing is missing. Sources and social accounts not (fully) read are in the
 * methodology's table of sources, with what each collector said.
 */
export function uncheckedBlocks(tr: Translator, report: AuditReport): string {
  const u = uncheckedOf(tr, report);
  const blocks: string[] = [];
  if (u.na.length > 0) blocks.push(`<h4>${say(tr, 'unchecked.rules')}</h4><ul class="plain">${ruleItems(tr, 'na', u.na)}</ul>`);
  if (u.errors.length > 0) {
    blocks.push(`<h4>${say(tr, 'unchecked.ruleErrors')}</h4><ul class="plain">${ruleItems(tr, 'error', u.errors)}</ul>`);
  }
  if (u.failedPages.length > 0) {
    const items = cappedItems(tr, u.failedPages, LIST_LIMIT, (page) => {
      const why = `${escapeText(pageErrorText(tr, page))} · ${escapeText(depthText(tr, page))}`;
      return `${link(page.url)}<br><span class="muted small">${why}</span>`;
    });
    blocks.push(`<h4>${say(tr, 'unchecked.pages')}</h4><ul>${items}</ul>`);
  }
  if (u.siteErrors.length > 0 || u.truncated) {
    const items = cappedItems(tr, u.siteErrors, LIST_LIMIT, (e) => escapeText(noteWords(tr, e)));
    const truncated = u.truncated ? `<p class="note">${escapeText(u.truncated)}</p>` : '';
    blocks.push(`<h4>${say(tr, 'unchecked.siteErrors')}</h4>${items ? `<ul>${items}</ul>` : ''}${truncated}`);
  }
  if (blocks.length > 0) return `<div class="unchecked">${blocks.join('\n')}</div>`;
  return `<p>${say(tr, hasGaps(u) ? 'methodology.onlySources' : 'unchecked.none')}</p>`;
}
