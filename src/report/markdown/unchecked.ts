// The Markdown "could not be checked" lists: rules na/error, unreadable pages, crawl problems, sources, social gaps.
import type { Translator } from '../../locale/translator.js';
import type { AuditReport, FailedPage, SocialAccountSummary } from '../types.js';
import { truncate, cleanText } from '../sanitize.js';
import type { MessageGroup } from '../document/rules.js';
import { socialNotes } from '../document/social.js';
import { depthText, hasGaps, pageErrorText, sourceText, uncheckedOf } from '../document/unchecked.js';
import { doc, noteWords, socialStatusWord } from '../document/words.js';
import { escapeMarkdown, markdownLink } from './escape.js';
import { accountName } from './social.js';
import { capped, more, status } from './parts.js';

/** Longest rule title or message in a list line, so that every line has a bounded size. */
const TEXT_MAX = 200;

/** Untrusted text shortened to a line's bound, then escaped. */
const short = (s: string | null | undefined): string => escapeMarkdown(truncate(cleanText(s), TEXT_MAX));

/**
 * The "could not be checked" lists as Markdown blocks under `level` headings ("###", "####"); `max` caps each list
 * (with "… and N more"). The sentence saying everything could be checked when nothing is missing. Without
 * `sources`, unavailable sources and social accounts are left out (the caller lists them in a table).
 */
export function uncheckedLines(tr: Translator, report: AuditReport, max: number, level: string, { sources = true } = {}): string[] {
  const u = uncheckedOf(tr, report);
  if (!hasGaps(u)) return ['', doc(tr, 'unchecked.none')];
  // The deliverable lists every source in its own table: the gaps here are then the pages and the rules.
  if (!sources) {
    u.sources = [];
    u.social = [];
    if (!hasGaps(u)) return ['', doc(tr, 'methodology.onlySources')];
  }
  const out: string[] = [];
  const block = (title: string, lines: string[]): void => {
    if (lines.length > 0) out.push('', `${level} ${title}`, '', ...lines);
  };
  // Rules sharing one reason are listed once with it (a dozen social rules often say "no account was read").
  const ruleLines = (which: 'na' | 'error', groups: MessageGroup[]): string[] =>
    capped(tr, groups, max, ({ titles, message }) => {
      const names = titles.slice(0, max).map((t) => truncate(cleanText(t), TEXT_MAX));
      if (titles.length > names.length) names.push(more(tr, titles.length - names.length));
      return `${status(tr, which)} ${escapeMarkdown(tr.list(names))}${message ? ` — ${short(message)}` : ''}`;
    });
  const pageLine = (p: FailedPage): string =>
    [markdownLink(p.url), escapeMarkdown(pageErrorText(tr, p)), escapeMarkdown(depthText(tr, p))].join(' — ');
  const siteLines = capped(tr, u.siteErrors, max, (e) => escapeMarkdown(noteWords(tr, e)));
  if (u.truncated) siteLines.push(`- ${escapeMarkdown(u.truncated)}`);
  const socialLine = (s: SocialAccountSummary): string =>
    [accountName(tr, s, ' '), escapeMarkdown(socialStatusWord(tr, s.status)), ...socialNotes(tr, s).map(escapeMarkdown)]
      .filter(Boolean)
      .join(' — ');

  block(doc(tr, 'unchecked.rules'), ruleLines('na', u.na));
  block(doc(tr, 'unchecked.ruleErrors'), ruleLines('error', u.errors));
  block(doc(tr, 'unchecked.pages'), capped(tr, u.failedPages, max, pageLine));
  block(doc(tr, 'unchecked.siteErrors'), siteLines);
  block(doc(tr, 'unchecked.sources'), capped(tr, u.sources, max, (s) => escapeMarkdown(sourceText(tr, s))));
  block(doc(tr, 'unchecked.social'), capped(tr, u.social, max, socialLine));
  return out;
}
