// A place's card in a finder that marks its franchised or licensed places, this card itself unmarked: a store locator
// tagging one card "Magasin franchisé … exploité en franchise par la société indépendante Ennour Électro", a surf
// school's "Licensed partner" card ("independently owned and operated by Kīhei Ocean Sports"), beside cards tagged only
// "Magasin Yasmine Électro" or "Location page" (round 39's Tunisian electronics chain and Hawaiian surf school). The
// finder says which places someone else runs; the others it sets out in the same markup are the brand's, and their
// accounts ("yasmineelectro.sfax", "kaimanawaikiki") are built on its word and a town. Neither the list's shape (the
// cards' links read as people's), nor the article the finder sits in, nor a branch's JSON-LD node naming the account (a
// franchisee's as often as the brand's: account-model.ts namedByShop) says so; the card's mark does. A manager's or a
// coach's card in the same markup is unmarked too: the merge takes only accounts whose handle opens with the brand's
// word or whose link names the brand (unmarkedBranch).
import type { AnyNode, Element } from 'domhandler';
import type { Sighting } from './account-model.js';
import { boundedText, elementsUnder } from './dom.js';
import { cardOf } from './run-branch.js';
import { brandWords, domainLabel } from './brand-words.js';
import { BODY } from './named-body.js';
import { OPERATED_BY, OTHERS } from './own-unit.js';
import { ORG_WORD } from './unit-title.js';
import { foldText, handleUser, squash } from './text.js';

// Words of the brand's name or domain a place's handle may open with: "brio" of Gimnasios Brío, "kaimana".
const BRAND_WORD_MIN = 4;

// A marked card is read whole up to this much text, as a card is (run-branch.ts).
const MARKED_TEXT_MAX = 500;

/**
 * A card's words marking the place as someone else's to run (folded): a franchise, a licence, an independent owner
 * ("Franchise-Partner", "Sede franquiciada", "Licensed partner", "independently owned", "selbstständiges Unternehmen").
 */
const MARK =
  /\b(?:franchis\w*|franquici\w*|licen[cs]\w*|independ\w*|unabhangig\w*|eigenstandig\w*|selbststandig\w*|zelfstandig\w*|onafhankelijk\w*|indipendent\w*)\b/;

/** The markup cards of one kind share: the element's name and its first class ("article.ye-store-card"). */
function kindOf(el: Element): string | null {
  const first = (el.attribs.class ?? '').trim().split(/\s+/)[0];
  return first ? `${el.name}.${first}` : null;
}

/**
 * A reader of one page's links: true when the link sits on a place's card that names no one else running it, in a
 * finder whose other cards of the same markup include one marked franchised, licensed or independently run. Each kind
 * of card is looked for on the page once, when a link first sits on one.
 */
export function unmarkedBranchReader(root: AnyNode): (el: Element) => boolean {
  const marked = new Map<string, boolean>();
  const isMarked = (kind: string): boolean => {
    let known = marked.get(kind);
    if (known === undefined) {
      const same = elementsUnder(root, (x) => kindOf(x) === kind);
      known = same.some((x) => {
        const text = boundedText(x, MARKED_TEXT_MAX);
        return text !== null && MARK.test(foldText(text));
      });
      marked.set(kind, known);
    }
    return known;
  };
  return (el) => {
    const found = cardOf(el);
    const kind = found && kindOf(found.card);
    if (!found || !kind) return false;
    const folded = foldText(found.text);
    if (MARK.test(folded) || OTHERS.test(folded) || OPERATED_BY.test(folded)) return false;
    // A public body's card (a tourism board, a town hall) or a club's, a foundation's, a group's, named on the brand's
    // word as often as not ("Tamarack Valley Tourism", the page set's unit-title-cards-en): someone else's, unmarked.
    if (BODY.test(folded) || foldText(found.title).split(/[^a-z]+/).some((w) => ORG_WORD.test(w))) return false;
    return isMarked(kind);
  };
}

/**
 * Whether the account sits on such an unmarked card and is the place's of the brand: its handle opens with a word of
 * the brand's name or domain ("radwerk.muenster", "brio_polanco"), or the link's own text names the brand ("Facebook
 * Radwerk Lindner Bielefeld" over a numeric page id). A manager's or a coach's card in the same markup links neither.
 */
export function unmarkedBranch(sightings: readonly Sighting[], handle: string, target: { domain: string; brandName: string }): boolean {
  const on = sightings.filter((s) => s.finding.ownBranch === 'unmarked');
  if (on.length === 0) return false;
  const user = squash(handleUser(handle));
  if (brandWords(target, BRAND_WORD_MIN).some((w) => user.startsWith(w))) return true;
  const names = [squash(target.brandName), squash(domainLabel(target.domain))].filter((n) => n.length >= BRAND_WORD_MIN);
  return on.some((s) => names.some((n) => squash(s.finding.snippet ?? '').includes(n)));
}
