// What the audit could not see, gathered once for both document formats (each renders it its own way): rules that
// did not apply or could not run, pages that could not be read, crawl problems, unavailable sources and social
// accounts that were not (fully) read — so that no gap is mistaken for a zero.
import type { Translator } from '../../locale/translator.js';
import type { AuditReport, FailedPage, SocialAccountSummary } from '../types.js';
import type { Note, SourceStatus } from '../../snapshot/types.js';
import { groupByMessage, type MessageGroup } from './rules.js';
import { doc, noteWords, platformLabel } from './words.js';

export interface Unchecked {
  /** Rules that did not apply, grouped by their shared reason. */
  na: MessageGroup[];
  /** Rules that could not run, grouped likewise. */
  errors: MessageGroup[];
  failedPages: FailedPage[];
  /** Site-level problems (e.g. the crawl hit the page limit). */
  siteErrors: Note[];
  /** The sentence saying the crawl stopped at the page limit, when it did. */
  truncated: string | undefined;
  /** Sources that could not be read, except social accounts (listed with their own status below). */
  sources: SourceStatus[];
  /** Social accounts that were read only in part, or not at all. */
  social: SocialAccountSummary[];
}

/** Everything the audit could not see, in the rendering language where it is words. */
export function uncheckedOf(tr: Translator, report: AuditReport): Unchecked {
  // Social accounts are listed with their status and reason; the source lines would say it twice.
  const socialKeys = new Set((report.social?.accounts ?? []).map((a) => `${a.platform}:${a.handle}`));
  return {
    na: groupByMessage(tr, report.rules.filter((r) => r.status === 'na')),
    errors: groupByMessage(tr, report.rules.filter((r) => r.status === 'error')),
    failedPages: report.site.failedPages ?? [],
    siteErrors: report.site.errors ?? [],
    truncated: report.site.truncated
      ? doc(tr, 'unchecked.truncated', { pages: report.site.pagesCrawled, maxPages: report.site.maxPages ?? report.site.pagesCrawled })
      : undefined,
    sources: (report.sources ?? []).filter((s) => !s.ok && !socialKeys.has(s.source)),
    social: (report.social?.accounts ?? []).filter((s) => s.status !== 'ok'),
  };
}

/** Whether anything at all could not be checked. */
export function hasGaps(u: Unchecked): boolean {
  return (
    u.na.length + u.errors.length + u.failedPages.length + u.siteErrors.length + u.sources.length + u.social.length > 0 ||
    u.truncated !== undefined
  );
}

/** Why a page could not be read ("HTTP 404: the page does not exist"). */
export function pageErrorText(tr: Translator, page: FailedPage): string {
  return noteWords(tr, page.error);
}

/** "depth 2": how many clicks from the start page a failed page was. */
export function depthText(tr: Translator, page: FailedPage): string {
  return doc(tr, 'unchecked.depth', { depth: page.depth });
}

/** "Bluesky: the profile was not found": the source, then what it could not read (or that it gave no details). */
export function sourceText(tr: Translator, source: SourceStatus): string {
  const notes = (source.notes ?? []).map((n) => noteWords(tr, n)).filter(Boolean);
  const what = notes.length > 0 ? notes.join(' · ') : doc(tr, 'unchecked.sourceNoMessage');
  return doc(tr, 'unchecked.source', { source: platformLabel(tr, source.source), notes: what });
}
