// The HTML section listing the social accounts found on the site: official or merely mentioned, why, and where seen.
import type { Translator } from '../../locale/translator.js';
import type { Account } from '../../snapshot/types.js';
import type { AuditReport } from '../types.js';
import { evidencePages, sortAccounts } from '../document/accounts.js';
import { doc, noteWords, placementWord, platformLabel } from '../document/words.js';
import { clean, escapeHtml, escapeText, link, more, say } from './parts.js';

/** Accounts shown per table before "… and N more" (a page full of share links should not bury the real ones). */
const ACCOUNT_LIMIT = 60;

/** The table's column headings, also each cell's label when the table is stacked on a narrow screen. */
function headings(tr: Translator): string[] {
  return ['platform', 'account', 'status', 'reason', 'seenOn'].map((key) => doc(tr, `accounts.${key}`));
}

function accountRow(tr: Translator, account: Account): string {
  const pages = evidencePages(account);
  const first = pages[0];
  const seenOn = first
    ? link(first.url) +
      (first.placement ? ` <span class="muted small">(${escapeText(placementWord(tr, first.placement))})</span>` : '') +
      (pages.length > 1 ? `<br><span class="more small">${more(tr, pages.length - 1)}</span>` : '')
    : '';
  const handle = clean(account.handle);
  const [platform, who, status, reason, seen] = headings(tr).map((h) => `data-label="${escapeHtml(h)}"`);
  return [
    '<tr>',
    `<td ${platform} class="platform">${escapeText(platformLabel(tr, account.platform))}</td>`,
    `<td ${who}>${link(account.url, { label: handle || account.url, showUrlInPrint: true })}</td>`,
    account.official
      ? `<td ${status}><span class="tag official">${say(tr, 'accounts.official')}</span></td>`
      : `<td ${status}><span class="tag mentioned">${say(tr, 'accounts.mentioned')}</span></td>`,
    `<td ${reason}>${account.reason ? escapeText(noteWords(tr, account.reason)) : ''}</td>`,
    `<td ${seen}>${seenOn}</td>`,
    '</tr>',
  ].join('');
}

/** The social accounts found on the site, per platform: official or merely mentioned, why, and where seen. */
export function accountsSection(tr: Translator, report: AuditReport): string {
  const head = `<h2 id="accounts-title">${say(tr, 'section.accounts')}</h2>`;
  if (report.accounts.length === 0) {
    return `<section id="accounts" aria-labelledby="accounts-title">\n${head}\n<p class="card">${say(tr, 'accounts.none')}</p>\n</section>`;
  }
  const accounts = sortAccounts(tr, report.accounts);
  const rows = accounts.slice(0, ACCOUNT_LIMIT).map((a) => accountRow(tr, a));
  if (accounts.length > ACCOUNT_LIMIT) rows.push(`<tr><td colspan="5" class="more">${more(tr, accounts.length - ACCOUNT_LIMIT)}</td></tr>`);
  const th = headings(tr).map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  return [
    '<section id="accounts" aria-labelledby="accounts-title">',
    head,
    // Fixed column shares: handles get room to stay whole; the evidence column takes what is left.
    `<div class="card table-card"><table class="accounts stack"><colgroup><col class="c-platform"><col class="c-account"><col class="c-state"><col class="c-reason"><col></colgroup><thead><tr>${th}</tr></thead><tbody>`,
    rows.join('\n'),
    '</tbody></table></div>',
    '</section>',
  ].join('\n');
}
