// Escaping for the Markdown report: untrusted text as inert inline content, and links only to http(s) URLs.
import { cleanProse } from '../document/clean.js';
import { httpUrl } from '../document/urls.js';

/**
 * Escapes untrusted text for Markdown inline content (paragraphs, headings, list items, table cells, link texts):
 * control characters are stripped by `cleanProse` (which also joins lines, so nothing can start a new block), the
 * characters that start inline syntax (\ ` * _ ~ [ ] |) are backslash-escaped, & < > become entities so GitHub
 * never sees raw HTML or an entity written by the page, and a leading #, -, +, = or "1. " cannot open a block.
 */
export function escapeMarkdown(s: string | null | undefined): string {
  return cleanProse(s)
    .replace(/[\\`*_~[\]|]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^([#+\-=])/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** Characters WHATWG serialisation leaves in a URL that would end or break a Markdown link destination or table. */
const DESTINATION_UNSAFE = /[()[\]|`\\<> "]/g;

/**
 * A Markdown link to `url` when it is an http(s) URL (label: the URL itself unless given), otherwise the URL as
 * escaped text, so a `javascript:` URL never becomes a link.
 */
export function markdownLink(url: string | null | undefined, label?: string): string {
  const href = httpUrl(url);
  const text = escapeMarkdown(label ?? url);
  if (!href) return text;
  const destination = href.replace(DESTINATION_UNSAFE, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${text}](${destination})`;
}
