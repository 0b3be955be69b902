// The Markdown table of the social accounts found on the site: official or merely mentioned, why, and where seen.
import type { Translator } from '../../locale/translator.js';
import type { Account } from '../../snapshot/types.js';
import type { AuditReport } from '../types.js';
import { cleanText } from '../sanitize.js';
import { evidencePages, sortAccounts } from '../document/accounts.js';
import { doc, noteWords, placementWord, platformLabel } from '../document/words.js';
import { escapeMarkdown, markdownLink } from './escape.js';
import { more, table } from './parts.js';

/** Accounts listed before "… and N more" (a page full of share links should not bury the real ones). */
const ACCOUNT_LIMIT = 60;

/** Why the account was judged official or not, escaped. */
export function reasonText(tr: Translator, account: Account): string {
  return account.reason ? escapeMarkdown(noteWords(tr, account.reason)) : '';
}

/** "official" or "mentioned". */
export function officialWord(tr: Translator, account: Account): string {
  return doc(tr, account.official ? 'accounts.official' : 'accounts.mentioned');
}

function row(tr: Translator, a: Account): string[] {
  const pages = evidencePages(a);
  const first = pages[0];
  let seen = '';
  if (first) {
    seen = markdownLink(first.url);
    if (first.placement) seen += ` (${escapeMarkdown(placementWord(tr, first.placement))})`;
    if (pages.length > 1) seen += ` ${more(tr, pages.length - 1)}`;
  }
  return [
    escapeMarkdown(platformLabel(tr, a.platform)),
    markdownLink(a.url, cleanText(a.handle) || a.url),
    officialWord(tr, a),
    reasonText(tr, a),
    seen,
  ];
}

/** The accounts table, or the sentence saying none was found. */
export function accountsTable(tr: Translator, report: AuditReport): string[] {
  if (report.accounts.length === 0) return [doc(tr, 'accounts.none')];
  const accounts = sortAccounts(tr, report.accounts);
  const head = ['platform', 'account', 'status', 'reason', 'seenOn'].map((key) => doc(tr, `accounts.${key}`));
  const lines = table(head, ['l', 'l', 'l', 'l', 'l'], accounts.slice(0, ACCOUNT_LIMIT).map((a) => row(tr, a)));
  if (accounts.length > ACCOUNT_LIMIT) lines.push('', more(tr, accounts.length - ACCOUNT_LIMIT));
  return lines;
}
