// Account views both document formats share: accounts in reading order, the pages each was seen on, handles as
// the platforms write them.
import type { Translator } from '../../locale/translator.js';
import type { Account } from '../../snapshot/types.js';
import { cleanText } from '../sanitize.js';
import { platformLabel } from './words.js';

/** Accounts per platform (platform names in the language's order), official accounts first, then by handle. */
export function sortAccounts(tr: Translator, accounts: readonly Account[]): Account[] {
  const name = (a: Account): string => platformLabel(tr, a.platform);
  return [...accounts].sort(
    (a, b) =>
      name(a).localeCompare(name(b), tr.lang) ||
      Number(b.official) - Number(a.official) ||
      a.handle.localeCompare(b.handle, tr.lang),
  );
}

/** Distinct pages an account was seen on, in the order of its evidence, each with where on the page it sat. */
export function evidencePages(account: Account): { url: string; placement?: string }[] {
  const seen = new Map<string, { url: string; placement?: string }>();
  for (const e of account.evidence ?? []) {
    if (!seen.has(e.pageUrl)) seen.set(e.pageUrl, { url: e.pageUrl, placement: e.placement });
  }
  return [...seen.values()];
}

/** Platforms whose users write handles with an @; a LinkedIn slug, a phone number or a forum host gets none. */
const AT_HANDLES = new Set(['x', 'instagram', 'tiktok', 'threads', 'bluesky', 'mastodon', 'youtube', 'telegram', 'snapchat', 'facebook', 'pinterest']);

/** "@handle" where the platform writes it so, unless it already has an @ (Mastodon's name@server); cleaned, not escaped. */
export function handleText(platform: string, handle: string): string {
  const h = cleanText(handle);
  return !h || !AT_HANDLES.has(platform) || h.includes('@') || h.includes('/') ? h : `@${h}`;
}
