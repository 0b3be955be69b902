// The words around a social link that the account model reads (account-model.ts): the text of the smallest block
// holding the link and a few words more ("Part of the Lone Star Table Group", "Photos: @anna_berger"), and the nearest
// heading above it in its section ("Our partners", "Folgen Sie uns").
import type { AnyNode, Element } from 'domhandler';
import { HIDDEN, isElement } from './dom.js';
import { cleanText } from './text.js';

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

/** The first `max` characters or so of a node's visible text, words kept apart across blocks, without reading further. */
function leadingText(node: AnyNode, max: number): string {
  const parts: string[] = [];
  let length = 0;
  // A string on the stack is a space to emit once a block's children are done.
  const stack: (AnyNode | string)[] = [node];
  while (stack.length > 0 && length < max * 2) {
    const n = stack.pop()!;
    if (typeof n === 'string') {
      parts.push(n);
      continue;
    }
    if (n.type === 'text') {
      parts.push(n.data);
      length += n.data.length;
      continue;
    }
    if (!isElement(n) || HIDDEN.has(n.name)) continue;
    if (BREAKS.has(n.name)) {
      parts.push(' ');
      stack.push(' ');
    } else if (n.name === 'a' && n.prev && isElement(n.prev)) {
      // Links set side by side with no space between are blocks on screen (site builders' footers: "<a>Presse</a><a>Status
      // auf X</a>"): their texts are words apart, not "PresseStatus".
      parts.push(' ');
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return cleanText(parts.join(''));
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
export function contextReader(): (el: Element, linkText: string) => { context?: string; heading?: string } {
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
