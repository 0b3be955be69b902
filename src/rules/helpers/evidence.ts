// Builders for rule evidence: which page, and a short snippet saying what was seen there.
import type { Evidence, Localized } from '../types.js';
import type { PageRecord } from '../../snapshot/types.js';
import { pageUrl } from './site.js';

/** Snippets stay short enough for a terminal line and an HTML table cell (same cap as page analysis uses). */
export const SNIPPET_MAX = 160;

/** A report lists a handful of places per finding; more adds noise, not proof. */
export const EVIDENCE_MAX = 10;

/** Trims and shortens a snippet, collapsing whitespace; undefined for empty text. */
export function clip(text: string | undefined, max = SNIPPET_MAX): string | undefined {
  if (text === undefined) return undefined;
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat === '') return undefined;
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Evidence pointing at a page, with the given snippet (text seen on the page) or note (the rule's own remark, in
 * each language) or, failing both, the page title.
 */
export function pageEvidence(page: PageRecord, snippet?: string | Localized): Evidence {
  if (isLocalized(snippet)) return { url: pageUrl(page), note: clipNote(snippet) };
  const text = clip(snippet) ?? clip(page.title);
  return text === undefined ? { url: pageUrl(page) } : { url: pageUrl(page), snippet: text };
}

/** Evidence for an arbitrary URL. */
export function urlEvidence(url: string, snippet?: string | Localized): Evidence {
  if (isLocalized(snippet)) return { url, note: clipNote(snippet) };
  const text = clip(snippet);
  return text === undefined ? { url } : { url, snippet: text };
}

function isLocalized(value: string | Localized | undefined): value is Localized {
  return typeof value === 'object' && value !== null;
}

function clipNote(note: Localized): Localized {
  return { en: clip(note.en) ?? '', fr: clip(note.fr) ?? '' };
}

/** Drops repeated url+snippet pairs and keeps at most `max` entries, in order. */
export function limitEvidence(items: Evidence[], max = EVIDENCE_MAX): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const item of items) {
    const key = `${item.url}\u0000${item.snippet ?? item.note?.en ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
    if (out.length >= max) break;
  }
  return out;
}
