// The words around a social link that the account model reads (account-model.ts): the text of the smallest block
// holding the link and a few words more ("Part of the Lone Star Table Group", "Photos: @anna_berger"), and the nearest
// heading above it in its section ("Our partners", "Folgen Sie uns").
import type { AnyNode, Element } from 'domhandler';
import { blockText, HIDDEN, isElement } from './dom.js';

/** Characters of a block's text kept: a line or two around the link. */
export const CONTEXT_MAX = 240;
/** Characters of a heading kept. */
const HEADING_MAX = 80;
/** The block must hold this many characters more than the link's own text: a link alone in its <li> says nothing. */
const MORE_THAN_LINK = 25;
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

/** Reads links' contexts on one page; headings found for an ancestor are kept for the page's other links. */
export function contextReader(): (el: AnyNode, linkText: string) => { context?: string; heading?: string } {
  const headings = new Map<Element, string | null>();
  return (el, linkText) => {
    const out: { context?: string; heading?: string } = {};
    let block = el.parent;
    for (let up = 0; block && isElement(block) && up < BLOCK_LEVELS; up++, block = block.parent) {
      const text = leadingText(block, CONTEXT_MAX);
      if (text.length >= linkText.length + MORE_THAN_LINK || up === BLOCK_LEVELS - 1) {
        if (text) out.context = text.slice(0, CONTEXT_MAX);
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
