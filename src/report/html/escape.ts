// Escaping for the document formats: HTML text and attributes, and the one test of which URLs may become links.
import { cleanText } from '../sanitize.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes the five characters that carry meaning in HTML text and quoted attributes (& < > " '), so the result is
 * inert both between tags and inside an attribute value. Apply it to every string written into the HTML report.
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]);
}

/**
 * An untrusted string (anything from the report: scraped titles, snippets, handles, URLs, error messages) made safe
 * for HTML: control characters, terminal escape sequences and bidi overrides removed by `cleanText`, then escaped.
 */
export function escapeText(s: string | null | undefined): string {
  return escapeHtml(cleanText(s));
}

/**
 * Returns `url` normalised (WHATWG URL serialisation) when it is an absolute http: or https: URL, else null.
 * Only such URLs may become links: `javascript:`, `data:`, `file:`, `vbscript:` and relative references never do.
 */
export function httpUrl(url: string | null | undefined): string | null {
  const text = cleanText(url);
  if (!text) return null;
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href;
}
