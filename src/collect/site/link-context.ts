// The words around a social link that the account model reads (account-model.ts): the text of the smallest block
// holding the link and a few words more ("Part of the Lone Star Table Group", "Photos: @anna_berger"), and the nearest
// heading above it in its section ("Our partners", "Folgen Sie uns").
import type { AnyNode, Element } from 'domhandler';
import { blockText, HIDDEN, isElement } from './dom.js';
import { cleanText } from './text.js';

/** Characters of a block's text kept: a line or two around the link. */
export const CONTEXT_MAX = 240;
/** Characters of a heading kept. */
const HEADING_MAX = 80;
/** The block must hold this many characters more than the link's own text: a link alone in its <li> says nothing. */
const MORE_THAN_LINK = 25;
/**
 * Characters of a paragraph read before a link to find where it stands: a desk is named at the end of a long one ("…;
 * for quick questions about loans, the Library's help desk also answers on X at @…", 300 to 450 characters in, rounds
 * 25 to 29), past the CONTEXT_MAX kept from its start. A link further in keeps the paragraph's start.
 */
const PARAGRAPH_MAX = 1200;
/** Characters kept after a link in such a paragraph: the rest of its sentence ("… – we post every delay there"). */
const AFTER_MAX = 80;
/** Blocks of running text, where a sentence leads up to the link: not a list's or a footer's container. */
const PARAGRAPHS = new Set(['p', 'li', 'dd', 'td', 'blockquote', 'figcaption']);
/** Ancestors climbed to find such a block, and to find a heading. */
const BLOCK_LEVELS = 7;
const HEADING_LEVELS = 5;

const HEADING = /^h[1-6]$/;
/** Elements whose text starts a new word: "<li>Anna</li><li>Ben</li>" reads "Anna Ben", not "AnnaBen". */
const BREAKS = new Set('address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header li main nav ol p section td th tr ul button label'.split(' '));

/**
 * A link's context comes from blocks of any size (a footer, a whole article), so the walk is unbounded: it keeps a
 * block's first words and stops reading there, rather than giving up. Spaces go only where words break on screen (and
 * between side-by-side links): "Ré<b>ponse</b>" stays one word for the account model, which reads these words.
 */
const LEADING = { spaceAt: BREAKS, linksApart: true, bounded: false } as const;

/** The first `max` characters or so of a node's visible text, words kept apart across blocks, without reading further. */
function leadingText(node: AnyNode, max: number): string {
  return blockText(node, max, LEADING);
}

/**
 * The words of a paragraph around `el`, when it stands past the CONTEXT_MAX characters kept from the paragraph's start:
 * the CONTEXT_MAX characters or so ending with its sentence (at most AFTER_MAX characters after it), so that the
 * readings of the sentence leading to a link (own-desk.ts, unit-desk.ts, own-account.ts) see it. Null when the
 * paragraph holds more than PARAGRAPH_MAX characters before it: the walk stays bounded.
 */
function aroundLink(block: Element, el: AnyNode, linkText: string): string | null {
  const before: string[] = [];
  const after: string[] = [];
  let length = 0;
  let past = false;
  const stack: (AnyNode | null)[] = [block];
  while (stack.length > 0) {
    const n = stack.pop()!;
    const parts = past ? after : before;
    if (n === null) {
      parts.push(' ');
      continue;
    }
    if (n === el) {
      past = true;
      // A mention's text node holds the sentence around its "@handle": split there.
      if (n.type === 'text') {
        const at = n.data.indexOf(linkText);
        if (at < 0) return null;
        before.push(n.data.slice(0, at));
        after.push(n.data.slice(at + linkText.length));
        length += n.data.length;
      }
      continue;
    }
    if (n.type === 'text') {
      parts.push(n.data);
      length += n.data.length;
      if (!past && length > PARAGRAPH_MAX) return null;
      if (past && length > PARAGRAPH_MAX + AFTER_MAX * 2) break;
      continue;
    }
    if (!isElement(n) || HIDDEN.has(n.name)) continue;
    if (BREAKS.has(n.name)) {
      parts.push(' ');
      stack.push(null);
    } else if (n.name === 'a' && n.prev && isElement(n.prev)) parts.push(' ');
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  if (!past) return null;
  const lead = cleanText(before.join(''));
  if (lead.length + linkText.length < CONTEXT_MAX) return null;
  const rest = cleanText(after.join('')).slice(0, AFTER_MAX);
  // The rest of the sentence, through its stop; the link's own text stands as the readings look it up.
  const stop = /[.!?;](?:\s|$)/.exec(rest);
  const tail = stop ? rest.slice(0, stop.index + 1) : rest;
  const keep = Math.max(0, CONTEXT_MAX - linkText.length - tail.length - 2);
  const start = lead.length - keep;
  // From a word's start: "…atalogue. Pour une question" reads from "Pour".
  const from = lead.indexOf(' ', start);
  return `${lead.slice(from < 0 ? start : from + 1)} ${linkText}${tail && !/^[\s.,;:!?)]/.test(tail) ? ' ' : ''}${tail}`.trim();
}

/** The first heading element under `root`, in document order. */
function firstHeading(root: AnyNode): Element | undefined {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isElement(n) || HIDDEN.has(n.name)) continue;
    if (n !== root && HEADING.test(n.name)) return n;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return undefined;
}

/**
 * Reads links' contexts on one page; the leading text and the heading found for an ancestor are kept for the page's
 * other links (a row of icons reads its one block for each of its links).
 */
export function contextReader(): (el: AnyNode, linkText: string) => { context?: string; heading?: string } {
  const headings = new Map<Element, string | null>();
  const leading = new Map<Element, string>();
  return (el, linkText) => {
    const out: { context?: string; heading?: string } = {};
    let block = el.parent;
    for (let up = 0; block && isElement(block) && up < BLOCK_LEVELS; up++, block = block.parent) {
      let text = leading.get(block);
      if (text === undefined) leading.set(block, (text = leadingText(block, CONTEXT_MAX)));
      if (text.length >= linkText.length + MORE_THAN_LINK || up === BLOCK_LEVELS - 1) {
        if (text) out.context = text.slice(0, CONTEXT_MAX);
        // A paragraph that leads up to the link past what its start keeps: the sentence holding it instead.
        if (text.length > CONTEXT_MAX && PARAGRAPHS.has(block.name) && linkText && !out.context!.includes(linkText)) {
          const around = aroundLink(block, el, linkText);
          if (around) out.context = around;
        }
        break;
      }
    }
    let holder = el.parent;
    for (let up = 0; holder && isElement(holder) && holder.name !== 'body' && up < HEADING_LEVELS; up++, holder = holder.parent) {
      let heading = headings.get(holder);
      if (heading === undefined) {
        const h = firstHeading(holder);
        heading = h ? leadingText(h, HEADING_MAX).slice(0, HEADING_MAX) || null : null;
        headings.set(holder, heading);
      }
      if (heading) {
        out.heading = heading;
        break;
      }
    }
    return out;
  };
}
