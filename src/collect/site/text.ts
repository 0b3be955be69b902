// Text clean-up shared by the page analysers: control characters, whitespace, accents, snippet length.
import { memoize } from './memo.js';

/** Longest snippet kept as evidence (PageFacts contract: ≤ 160 chars). */
export const SNIPPET_MAX = 160;

// C0/C1 control characters except tab/newline/carriage return, plus zero-width and bidi marks that scraped pages
// use to smuggle text into terminals and reports.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

// Short strings (menu labels, footer lines, class names, sentences of boilerplate) recur on every page of a site:
// they are cleaned and folded once. Long ones (a whole page's text) are not worth caching.
const CACHE_UP_TO = 300;

/** Strips control characters, collapses all whitespace (including no-break spaces) to single spaces and trims. */
export function cleanText(text: string): string {
  return text.length <= CACHE_UP_TO ? cleanCached(text) : cleanUncached(text);
}

// Whole terminal escape sequences (CSI "ESC [ … final", OSC "ESC ] … BEL|ESC \\", 8-bit CSI, two-byte ESC codes):
// removing only the ESC byte would leave "]0;pwned[2J" in snippets and brand names.
const ESCAPE_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]|\u001b[@-Z\\-_]/g;

function cleanUncached(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

const cleanCached = memoize(cleanUncached, 8192);

/** Lower-cases and removes accents ("Dernière" → "derniere"), for language-tolerant matching. */
export function foldText(text: string): string {
  return text.length <= CACHE_UP_TO ? foldCached(text) : foldUncached(text);
}

const foldCached = memoize((text: string) => foldUncached(text), 8192);

function foldUncached(text: string): string {
  // Most page text is plain ASCII: skip the (slow) Unicode normalisation then.
  if (/^[\x00-\x7f]*$/.test(text)) return text.replace(/`/g, "'").toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}

/** Cleans `text` and cuts it to at most `max` characters, on a word boundary when one is close. */
export function snippet(text: string, max = SNIPPET_MAX): string {
  const clean = cleanText(text);
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
