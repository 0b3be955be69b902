// People listed in one block: a footer column of journalists, a "contributors" widget, a team grid — each person with
// a profile on the same network. A brand has one account per network (two or three with a care or country account).
import type { AnyNode, Element } from 'domhandler';
import type { FoundHow, Placement } from '../../snapshot/types.js';
import { boundedText, isElement } from './dom.js';
import type { SocialUrl } from './social-url.js';

/** A social link as page analysis saw it, before it becomes a SocialFinding. */
export interface LinkSighting {
  el: Element;
  parsed: SocialUrl;
  how: FoundHow;
  placement: Exclude<Placement, 'head' | 'script'>;
  text: string;
  relMe: boolean;
}

/** Fewest different profiles of one network, each in its own entry of a list, that make the list one of people. */
const CROWD_MIN = 3;
// A list of people is a block of the page (a column, a widget, a grid), not the whole page: a block with more text
// than this is a page wrapper whose links merely happen to be many.
const BLOCK_TEXT_MAX = 3000;

/**
 * For each link in a list of people, the number of different profiles of its network in that list. A link is in a
 * list when, walking up from it, the first ancestor whose children hold links of the same network holds them in at
 * least CROWD_MIN different children, with at least CROWD_MIN different handles: "<li>Marie <a x></li><li>Jean
 * <a x></li>…" is a list; a "follow us" column beside it (the first ancestor joining the two holds two children with
 * X links) is not, nor are an icon and a text link to the same account.
 */
export function findCrowds(sightings: readonly LinkSighting[]): Map<LinkSighting, number> {
  const crowds = new Map<LinkSighting, number>();
  const byPlatform = new Map<string, LinkSighting[]>();
  for (const s of sightings) {
    const list = byPlatform.get(s.parsed.platform);
    if (list) list.push(s);
    else byPlatform.set(s.parsed.platform, [s]);
  }
  for (const list of byPlatform.values()) {
    if (new Set(list.map((s) => s.parsed.handle)).size < CROWD_MIN) continue;
    // The handles of this network under every ancestor of its links.
    const handlesUnder = new Map<AnyNode, Set<string>>();
    for (const s of list) {
      for (let n: AnyNode | null = s.el; n; n = n.parent) {
        const set = handlesUnder.get(n) ?? new Set<string>();
        set.add(s.parsed.handle);
        handlesUnder.set(n, set);
      }
    }
    for (const s of list) {
      for (let n = s.el.parent; n && isElement(n) && n.name !== 'body' && n.name !== 'html'; n = n.parent) {
        const holding = n.children.filter((c) => handlesUnder.has(c));
        if (holding.length < 2) continue;
        const handles = handlesUnder.get(n)!;
        if (holding.length >= CROWD_MIN && handles.size >= CROWD_MIN && boundedText(n, BLOCK_TEXT_MAX) !== null) crowds.set(s, handles.size);
        break;
      }
    }
  }
  return crowds;
}
