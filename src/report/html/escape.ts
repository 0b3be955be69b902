// Escaping for the HTML report: text and attributes (and, re-exported, the one test of which URLs may become links).
import { cleanProse } from '../document/clean.js';

export { httpUrl } from '../document/urls.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes the five characters that carry meaning in HTML text and quoted attributes (& < > " '), so the result is
 * inert both between tags and inside an attribute value. Apply it to every string written into the HTML report.
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

/**
 * An untrusted string (anything from the report: scraped titles, snippets, handles, URLs, and the messages they fill)
 * made safe for HTML: control characters, terminal escape sequences and bidi overrides removed (no-break spaces
 * kept, they typeset French), then escaped.
 */
export function escapeText(s: string | null | undefined): string {
  return escapeHtml(cleanProse(s));
}
