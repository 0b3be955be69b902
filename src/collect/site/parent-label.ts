// Links the page labels, or heads, with the name of the brand's parent group, as the brand's own JSON-LD node names it
// (`parentOrganization`, scripts.ts parentGroupNames). A group named there with no sameAs of its own is known to the
// page only by its name: round 32's regional station lists the national broadcaster's icons under a sub-heading of its
// own footer column, "Danmarks Fælles Radio", right after its own "Følg DFR Limfjord" list; a bicycle chain puts its
// group's X in its own "Volg ons" list, told apart only by the aria-label "Kromhout Mobiliteitsgroep op X". Their place
// says the brand's; the group's name over or on the link says whose.
import type { AnyNode, Element } from 'domhandler';
import { firstElement, isElement, textOf } from './dom.js';
import { foldText } from './text.js';

/** A company's legal form after its name ("Tarnway Transport Group plc", "Kantolan Energia Oy"), left off a label. */
const LEGAL_FORM = / (?:plc|ltd|limited|inc|llc|gmbh|ag|se|sa|sas|sarl|bv|nv|oy|oyj|ab|as|a s|aps|spa|srl|lda|sl)$/;

/** Levels climbed from a link to find the heading before it: an icon's li, its list, the list's column. */
const CLIMB = 4;

const HEADING = /^h[1-6]$/i;

/** A text as its words, folded, with a space at each end, for whole-word containment. */
function words(text: string): string {
  return ` ${foldText(text).replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

/** A name as its words, without its legal form; empty when too short to tell apart from a word of a label. */
function nameWords(name: string): string {
  const w = words(name).trim().replace(LEGAL_FORM, '');
  return w.length >= 5 ? ` ${w} ` : '';
}

/**
 * Whether a text names one of the parents and none of the brand's own names: "DFR Limfjord" is a regional station of
 * "Danmarks Fælles Radio", and a heading "Følg DFR Limfjord" is the station's. A parent whose name holds the brand's
 * (or the other way round) is not read: the page's words cannot tell the two apart.
 */
export function parentNamer(names: { parents: readonly string[]; own: readonly string[] }): ((text: string) => boolean) | null {
  const own = names.own.map(nameWords).filter(Boolean);
  const parents = names.parents.map(nameWords).filter((p) => p && !own.some((o) => o.includes(p) || p.includes(o)));
  if (parents.length === 0) return null;
  return (text) => {
    const w = words(text);
    return parents.some((p) => w.includes(p)) && !own.some((o) => w.includes(o));
  };
}

/**
 * The text of the heading just before a link in its block: a sibling heading before it, or before one of its first
 * ancestors. None where a block before it holds a heading of its own (another column's) or none is found close by.
 */
export function headingBefore(el: Element): string | undefined {
  let node: AnyNode = el;
  for (let up = 0; up < CLIMB && node.parent; up++) {
    for (let prev = node.prev; prev; prev = prev.prev) {
      if (!isElement(prev)) continue;
      if (HEADING.test(prev.name)) return textOf(prev);
      if (firstElement(prev, (e) => HEADING.test(e.name))) return undefined;
    }
    node = node.parent;
  }
  return undefined;
}

/**
 * Whether the page names the parent on a link: its text, its aria-label or title (an icon's visible "X" beside "Solent
 * Crossings Group on X" for screen readers), or the heading just before it.
 */
export function labelsParent(el: Element, text: string, namesParent: (text: string) => boolean): boolean {
  return namesParent(text) || namesParent(el.attribs['aria-label'] ?? '') || namesParent(el.attribs.title ?? '') || namesParent(headingBefore(el) ?? '');
}
