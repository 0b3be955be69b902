// The one test of which URLs from a report may become links, in HTML and Markdown alike.
import { cleanText } from '../sanitize.js';

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
