// Small HTML building blocks shared by the report's sections: messages, links, status badges, capped lists.
import type { MessageData, Translator } from '../../locale/translator.js';
import { cleanText } from '../sanitize.js';
import { doc, knownStatus, labelled, statusWord } from '../document/words.js';
import { escapeHtml, escapeText, httpUrl } from './escape.js';

export { escapeHtml, escapeText };

/** Untrusted text for a message variable: control characters stripped, not yet escaped (`say` escapes the whole). */
export const clean = (s: string | null | undefined): string => cleanText(s);

/**
 * A document message (`document.<key>`) in the translator's language, HTML-escaped as a whole. Variables are
 * substituted before escaping, so pass untrusted values through `clean` and never pass markup.
 */
export function say(tr: Translator, key: string, data?: MessageData): string {
  return escapeHtml(doc(tr, key, data));
}

export interface LinkOptions {
  /** Text shown instead of the URL (a handle, "view the post"). */
  label?: string;
  /** In print, write the URL after the link text (for links whose text is not the URL). */
  showUrlInPrint?: boolean;
}

/**
 * A link to `url` when it is an http(s) URL, otherwise the URL as plain text: a `javascript:` or `data:` URL from a
 * scraped page never becomes a link. The text shown is the URL (or label) as given, cleaned and escaped.
 */
export function link(url: string | null | undefined, options: LinkOptions = {}): string {
  const text = escapeText(options.label ?? url);
  const href = httpUrl(url);
  if (!href) return `<span class="url">${text}</span>`;
  const cls = options.showUrlInPrint ? 'url show-url' : 'url';
  return `<a class="${cls}" href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${text}</a>`;
}

/** A status badge: the status word on a tinted ground, readable without colour. */
export function badge(tr: Translator, status: string): string {
  return `<span class="badge ${knownStatus(status)}">${escapeHtml(statusWord(tr, status))}</span>`;
}

/** "… and N more", escaped. */
export function more(tr: Translator, count: number): string {
  return say(tr, 'list.more', { count });
}

/**
 * Renders the first `max` items as <li> elements, then one "… and N more" item when some were left out, so a
 * report with thousands of evidence lines stays a readable document.
 */
export function cappedItems<T>(tr: Translator, items: readonly T[], max: number, render: (item: T) => string): string {
  const shown = items.slice(0, max).map((item) => `<li>${render(item)}</li>`);
  if (items.length > max) shown.push(`<li class="more">${more(tr, items.length - max)}</li>`);
  return shown.join('');
}

/**
 * "Label: value" with the language's punctuation, the label in bold: both plain text, escaped here. The label is the
 * start of the catalogue's `labelled` message in every language ("What to do: …", "Que faire : …").
 */
export function labelledHtml(tr: Translator, label: string, value: string): string {
  const text = labelled(tr, label, value);
  if (!text.startsWith(label)) return escapeText(text);
  return `<strong>${escapeText(label)}</strong>${escapeText(text.slice(label.length))}`;
}
