// Builders for rule evidence: which page, what was seen there (a snippet), and the rule's own note about it.
import type { Evidence, EvidenceNote } from '../types.js';
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
 * Evidence pointing at a page. `snippet` is text as seen on the page (never the rule's prose); `note` is the rule's
 * remark about the page, as a message id and data. With neither, the page title serves as the snippet.
 */
export function pageEvidence(page: PageRecord, snippet?: string, note?: EvidenceNote): Evidence {
  const text = snippet === undefined && note === undefined ? clip(page.title) : clip(snippet);
  return build(pageUrl(page), text, note);
}

/** Evidence for an arbitrary URL (a link target, a profile), with an optional snippet and note. */
export function urlEvidence(url: string, snippet?: string, note?: EvidenceNote): Evidence {
  return build(url, clip(snippet), note);
}

function build(url: string, snippet: string | undefined, note: EvidenceNote | undefined): Evidence {
  return {
    url,
    ...(snippet === undefined ? {} : { snippet }),
    ...(note === undefined ? {} : { note: note.data === undefined ? { id: note.id } : { id: note.id, data: note.data } }),
  };
}

/** Drops repeated entries (same URL, snippet and note) and keeps at most `max`, in order. */
export function limitEvidence(items: Evidence[], max = EVIDENCE_MAX): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const item of items) {
    const note = item.note ? `${item.note.id}\u0000${JSON.stringify(item.note.data ?? {})}` : '';
    const key = `${item.url}\u0000${item.snippet ?? ''}\u0000${note}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
    if (out.length >= max) break;
  }
  return out;
}
