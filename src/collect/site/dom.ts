// Small DOM walkers over cheerio's node tree (domhandler): element test, bounded text, visible text by lines.
import type { AnyNode, Element } from 'domhandler';
import { cleanText, foldText, hasControl } from './text.js';

/** True for element nodes (domhandler types scripts and styles separately from other tags). */
export function isElement(node: AnyNode | null | undefined): node is Element {
  return !!node && (node.type === 'tag' || node.type === 'script' || node.type === 'style');
}

/** Elements whose content is never shown to the reader. */
export const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object']);

/** Elements that start a new line of text; without this, "<p>a</p><p>b</p>" would read "ab". */
const BLOCK = new Set(
  (
    'address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 ' +
    'h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead tfoot tr td th ul option label ' +
    'legend button'
  ).split(' '),
);

// blockText's stack, one for every call (callers ask about many blocks of a page, one at a time), used up to an index
// of its own, as textMayHold's: each call would allocate and grow a stack anew. Slots are cleared as they are read, so
// it keeps no page alive.
const BLOCK_TEXT_STACK: (AnyNode | null | undefined)[] = [];

/**
 * How blockText walks a block: where it puts spaces, and where it stops.
 * - `spaceAt`: the elements whose start and end are a space; null for every element.
 * - `linksApart`: a space before a link that follows an element with no text between them.
 * - `bounded`: true to give up (null) on a block too large, false to keep the block's leading text.
 */
export interface TextWalk {
  readonly spaceAt: ReadonlySet<string> | null;
  readonly linksApart: boolean;
  readonly bounded: boolean;
}

/**
 * boundedText's walk: a space at every element, so that a word never spans two elements (textMayHold tests words
 * text node by text node on that promise), and bounded: its callers ask whether a small block says something.
 */
const BOUNDED = { spaceAt: null, linksApart: false, bounded: true } as const;

/**
 * The visible text of `node` (hidden elements skipped) with spaces where `walk` puts them, read with a stack, as
 * every walker here does: browsers render pages nested thousands of elements deep, and recursion would overflow.
 * Where each walk stops:
 * - Bounded, it gives up (null) as soon as the block is known to be too large: more than `max * 2` raw characters
 *   (raw text carries indentation; the cleaned text's length, at most `max`, is checked at the end) or more than
 *   `max * 2` nodes. Its callers test small blocks (a "follow us" column, a label) and a large one is no answer,
 *   so nothing more of it is worth reading; and as they ask every ancestor of a link in turn, reading each whole
 *   would read the page again and again.
 * - Unbounded, it stops once `max * 2` raw characters are read and gives what it read: its caller keeps a block's
 *   first `max` characters whatever the block's size (the context of a link), so the rest is never needed; it counts
 *   no nodes, as its caller climbs a few ancestors only.
 */
export function blockText(node: AnyNode, max: number, walk: TextWalk & { readonly bounded: true }): string | null;
export function blockText(node: AnyNode, max: number, walk: TextWalk & { readonly bounded: false }): string;
export function blockText(node: AnyNode, max: number, walk: TextWalk): string | null {
  const { spaceAt, linksApart, bounded } = walk;
  const limit = max * 2;
  const parts: string[] = [];
  let length = 0;
  // Bounded, a block of more nodes than `max * 2` is not small either, whatever its text (thousands of empty
  // elements).
  let nodes = 0;
  // null on the stack is a space to emit once an element's children are done.
  const stack = BLOCK_TEXT_STACK;
  let top = 0;
  stack[top++] = node;
  let tooLarge = false;
  // Unbounded, nothing more is read once `limit` raw characters are.
  while (top > 0 && (bounded || length < limit)) {
    const n = stack[--top]!;
    stack[top] = undefined;
    if (n === null) {
      parts.push(' ');
      continue;
    }
    if (bounded && ++nodes > limit) {
      tooLarge = true;
      break;
    }
    if (n.type === 'text') {
      parts.push(n.data);
      length += n.data.length;
      if (bounded && length > limit) {
        tooLarge = true;
        break;
      }
      continue;
    }
    if (!isElement(n) || HIDDEN.has(n.name)) continue;
    if (bounded && nodes + n.children.length > limit) {
      tooLarge = true;
      break;
    }
    if (spaceAt === null || spaceAt.has(n.name)) {
      parts.push(' ');
      stack[top++] = null;
    } else if (linksApart && n.name === 'a' && n.prev && isElement(n.prev)) {
      // Links set side by side with no space between are blocks on screen (site builders' footers: "<a>Presse</a><a>Status
      // auf X</a>"): their texts are words apart, not "PresseStatus".
      parts.push(' ');
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack[top++] = n.children[i];
  }
  // What a stop or a give-up left on the stack.
  while (top > 0) stack[--top] = undefined;
  if (tooLarge) return null;
  const text = cleanText(parts.join(''));
  return !bounded || text.length <= max ? text : null;
}

/**
 * The text of `node` with spaces between elements, or null when it is longer than `max` characters or its block is
 * too large to read (blockText, bounded).
 */
export function boundedText(node: AnyNode, max: number): string | null {
  return blockText(node, max, BOUNDED);
}

const NON_ASCII = /[^\x00-\x7f]/;
// textMayHold's stack, one for every call (callers ask about many elements of a page, one at a time), used up to an
// index of its own: emptying it by its length would give its storage back, and each call would allocate it anew.
// Slots are cleared as they are read, so it keeps no page alive.
const MAY_HOLD_STACK: (AnyNode | null | undefined)[] = [];

/**
 * For a pattern of lower-case ASCII words ("rappel|call"): the same words where each letter may also be any
 * character beyond ASCII, and combining accents may follow it. Folding turns one character into one letter at most
 * (an accented letter into its base letter; accents into nothing), so a text this fails cannot hold the words once
 * folded, and is not folded (most text nodes of a page in a language with accents). ß and İ fold into two
 * characters: texts with them are folded.
 */
const LOOSE_WORDS = new Map<RegExp, RegExp | null>();

function mayFoldInto(data: string, words: RegExp): boolean {
  let loose = LOOSE_WORDS.get(words);
  if (loose === undefined) {
    // Only a plain list of words can be loosened letter by letter; any other pattern folds every text.
    loose = /^[a-z|]+$/.test(words.source) ? new RegExp(words.source.replace(/[a-z]/g, (c) => `(?:${c}|[^\\x00-\\x7f])[\\u0300-\\u036f]*`), 'i') : null;
    LOOSE_WORDS.set(words, loose);
  }
  if (loose !== null && !TWO_FOR_ONE.test(data) && !loose.test(data)) return false;
  return words.test(foldText(data));
}

const TWO_FOR_ONE = /[\u00df\u0130]/;
const NOT_SPACE = /\S/;

/**
 * False when `foldText(boundedText(node, max))` cannot hold a match of `words` (a case-insensitive pattern of words
 * of lower-case ASCII letters, without spaces): a test on the text nodes as they are, before building, cleaning and
 * folding the text of the many elements whose text cannot match. boundedText puts a space at every element's start
 * and end, so such a word lies within one text node, and folding a text node alone folds it as within the whole.
 * False too where boundedText gives null (the same walk, the same bounds). True whenever unsure: control characters
 * (removing them joins letters), two texts with only a comment or a hidden element between them (they join), or no
 * text at all (the caller then reads attributes).
 */
export function textMayHold(node: AnyNode, words: RegExp, max: number): boolean {
  if (!isElement(node) || HIDDEN.has(node.name)) return true;
  const stack = MAY_HOLD_STACK;
  let top = 0;
  let hasText = false;
  // The last thing read was a text, with no element start or end since: the next text joins it.
  let glued = false;
  // As boundedText counts: every node read (this one included) and the raw text's length.
  let nodes = 1;
  let length = 0;
  if (nodes + node.children.length > max * 2) return false;
  // null on the stack marks an element's end.
  for (let i = node.children.length - 1; i >= 0; i--) stack[top++] = node.children[i];
  let answer: boolean | undefined;
  while (top > 0) {
    const n = stack[--top]!;
    stack[top] = undefined;
    if (n === null) {
      glued = false;
      continue;
    }
    if (++nodes > max * 2) {
      answer = false;
      break;
    }
    if (n.type === 'text') {
      const data = n.data;
      length += data.length;
      if (length > max * 2) {
        answer = false;
        break;
      }
      // A text beyond ASCII is read by mayFoldInto alone, which answers yes wherever `words` matches it as it is:
      // such a match is a run of ASCII letters, which folding keeps in place (lower-cased), and the loosened pattern
      // holds each word as written. The raw test would be a third scan of the most common text of a page in French
      // or German, one that nearly always fails.
      if (glued || hasControl(data) || (NON_ASCII.test(data) ? mayFoldInto(data, words) : words.test(data))) {
        answer = true;
        break;
      }
      hasText ||= NOT_SPACE.test(data);
      glued = true;
      continue;
    }
    if (!isElement(n) || HIDDEN.has(n.name)) continue;
    if (nodes + n.children.length > max * 2) {
      answer = false;
      break;
    }
    glued = false;
    stack[top++] = null;
    for (let i = n.children.length - 1; i >= 0; i--) stack[top++] = n.children[i];
  }
  // What an early answer left on the stack.
  while (top > 0) stack[--top] = undefined;
  return answer ?? !hasText;
}

/**
 * The text a reader sees, one line per block element, each line cleaned (control characters stripped,
 * whitespace collapsed). Scripts, styles, noscript and templates are dropped.
 */
export function visibleLines(root: AnyNode): string[] {
  const lines: string[] = [];
  // The line's text from its first text that is not all whitespace: a line's leading and trailing whitespace is
  // trimmed by cleanText (which drops controls, collapses whitespace into single spaces, then trims), so indentation
  // between blocks is never added, and whitespace read since the line's last text is added only when more text
  // follows it on the line (`pending`). Most text nodes of an indented page are such whitespace.
  let current = '';
  let pending = '';
  const flush = (): void => {
    if (current !== '') {
      const line = cleanText(current);
      if (line) lines.push(line);
    }
    current = '';
    pending = '';
  };
  // FLUSH on the stack marks the end of a block element.
  const FLUSH = null;
  const stack: (AnyNode | null)[] = [root];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n === FLUSH) {
      flush();
      continue;
    }
    if (n === undefined) continue;
    if (n.type === 'text') {
      const data = n.data;
      if (!NOT_SPACE.test(data)) {
        if (current !== '') pending += data;
      } else if (pending !== '') {
        current += pending + data;
        pending = '';
      } else current += data;
      continue;
    }
    if (n.type === 'root') {
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
      continue;
    }
    if (!isElement(n) || HIDDEN.has(n.name)) continue;
    // Inline elements add no space, as in a browser: "Ré<b>ponse</b>" reads "Réponse".
    const block = BLOCK.has(n.name);
    if (block) {
      flush();
      stack.push(FLUSH);
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  flush();
  return lines;
}

/** The text of a node and its descendants, in document order (what cheerio's `.text()` gives), without recursion. */
export function textOf(node: AnyNode): string {
  // Most elements asked about (a link, a title) hold one text: it is the answer, without a walk.
  if (node.type === 'text') return node.data;
  if (node.type !== 'comment' && 'children' in node && node.children.length === 1 && node.children[0].type === 'text') return node.children[0].data;
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text' || n.type === 'cdata') {
      if (n.type === 'text') parts.push(n.data);
      else for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
      continue;
    }
    if (n.type === 'comment') continue;
    if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return parts.join('');
}

/**
 * Elements under `root` whose tag name is in `names` (lower-case) or that pass `also`, in document order. One
 * walk of the tree is much cheaper than CSS selector queries, which dominated the analysis of large pages.
 */
export function collectElements(root: AnyNode, names: ReadonlySet<string>, also?: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  // No name to look up for a walk that lets `also` decide (the tag name is lower-cased for each element otherwise).
  const byName = names.size > 0;
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (isElement(n) && ((byName && names.has(n.name.toLowerCase())) || (also !== undefined && also(n)))) out.push(n);
    if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out;
}

/**
 * The first element under `root` (not `root` itself), in document order, that passes `test`. A plain walk: a
 * CSS selector through cheerio is compiled anew on each call, which cost more than the search on every page.
 */
export function firstElement(root: AnyNode, test: (el: Element) => boolean): Element | undefined {
  if (!('children' in root)) return undefined;
  for (const child of root.children) {
    if (isElement(child) && test(child)) return child;
    const found = firstElement(child, test);
    if (found) return found;
  }
  return undefined;
}

/** Every element under `root` (not `root` itself) that passes `test`, in document order. */
export function elementsUnder(root: AnyNode, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (n: AnyNode): void => {
    if (!('children' in n)) return;
    for (const child of n.children) {
      if (isElement(child) && test(child)) out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}

/**
 * An attribute's value equals `value` (lower case) ignoring case, as CSS attribute selectors compare `type` and the
 * other enumerated HTML attributes (css-select: same length, equal once lower-cased).
 */
export function attrIs(el: Element, name: string, value: string): boolean {
  const v = el.attribs[name];
  return v !== undefined && v.length === value.length && v.toLowerCase() === value;
}
