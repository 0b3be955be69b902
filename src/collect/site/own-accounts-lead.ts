// A page's lead saying each of the brand's places keeps its own accounts, read for the grid of cards right after it:
// "Each of our seven museums has its own team and its own social accounts, run by museum staff." over the museums'
// cards, "Our four flagships each have their own account run by the store team." over the flagships' (round 35's
// Welsh museums network and Taiwanese bubble-tea chain). The cards are set out in the markup of the curators' or
// managers' cards, titled in another language or by a name shaped like a person's, their handles spelling no title:
// only the lead says whose they are (run-branch.ts reads the grid's cards as the brand's own places).
import type { AnyNode, Element } from 'domhandler';
import { boundedText, elementsUnder, isElement } from './dom.js';
import { foldText } from './text.js';

/** A lead paragraph, read whole: longer, it is an article's. */
const LEAD_TEXT_MAX = 600;
/** How far up from the lead paragraph the grid's container is looked for (paragraph, text block, section). */
const LEVELS = 4;
/** The fewest networks' links a grid of places holds. */
const GRID_LINKS_MIN = 2;

/** What an account is called (folded): accounts, pages, channels, profiles, or a network's name. */
const ACCOUNT = String.raw`(?:accounts?|pages?|channels?|profiles?|instagram|facebook|tiktok|feeds?|comptes?|chaines?|reseaux|konto|konten|kanale?|profile?|seiten?|cuentas?|perfil(?:es)?|redes|canales?|paginas?)`;

/**
 * "Each of our N <places> has its own … accounts", "Our N <places> each have their own account", in en, fr, de, es
 * (folded). Group 1 holds the words between the possessive and the verb, the places' kind last.
 */
const OWN_ACCOUNTS = new RegExp(
  [
    String.raw`\b(?:each|every one|all) of our ((?:\S+ ){0,3}?\S+) (?:has|have|keeps?|runs?) (?:its|their) own\b[^.;!?]{0,60}?\b${ACCOUNT}\b`,
    String.raw`\bour ((?:\S+ ){0,3}?\S+) (?:each|all) (?:has|have|keep|run) (?:its|their) own\b[^.;!?]{0,60}?\b${ACCOUNT}\b`,
    String.raw`\bchacune? de nos ((?:\S+ ){0,3}?\S+) (?:a|possede|gere|anime|tient) (?:son|sa|ses) propres? (?:\S+ ){0,3}?${ACCOUNT}\b`,
    String.raw`\bjede[rsn]? unserer ((?:\S+ ){0,3}?\S+) (?:hat|betreibt|fuhrt|pflegt) (?:\S+ ){0,3}?\S*${ACCOUNT}\b`,
    String.raw`\bcada una? de nuestr[oa]s ((?:\S+ ){0,3}?\S+) (?:tiene|gestiona|lleva) (?:su|sus) propi[oa]s? (?:\S+ ){0,3}?${ACCOUNT}\b`,
  ].join('|'),
);

/**
 * Kinds of place a brand sets out in a grid (folded, singular): its sites, museums, stores and flagships, hotels,
 * restaurants and cafés, libraries, schools, campuses, clinics, venues, branches, regions. Not people's roles: "each of
 * our rangers has their own account" is about the rangers' own.
 */
const PLACE =
  /^(?:site|museum|musee|museo|store|shop|flagship|branch|branche|hotel|restaurant|restaurante|cafe|tearoom|bakery|bar|library|bibliotheque|biblioteca|school|ecole|escuela|campus|clinic|clinique|clinica|venue|location|office|region|park|castle|garden|centre|center|centro|theatre|theater|teatro|cinema|gallery|galerie|market|station|gym|spa|lodge|plant|magasin|boutique|agence|filiale|niederlassung|standort|haus|hauser|tienda|sucursal|sede|local)$/;

/** Words saying the places are someone else's: a partner's, a member's, a franchise's (folded). */
const NOT_OURS = /\b(?:partners?|partenaires?|partner|socios?|members?|membres?|mitglied\w*|miembros?|franchis\w*|franquici\w*|licen[cs]\w*|affiliat\w*|independent\w*|independant\w*|unabhangig\w*)\b/;

/** A place's kind in its plural as a lead writes it, singular: "museums", "galleries", "branches", "filialen", "tiendas". */
function singular(word: string): string {
  if (PLACE.test(word)) return word;
  for (const [cut, to] of [[/ies$/, 'y'], [/es$/, ''], [/s$/, ''], [/en$/, ''], [/n$/, '']] as const) {
    const w = word.replace(cut, to);
    if (w !== word && PLACE.test(w)) return w;
  }
  return word;
}

/** Whether a paragraph's folded text says each of the brand's places of a kind keeps its own accounts. */
export function saysPlacesOwnAccounts(folded: string): boolean {
  const m = OWN_ACCOUNTS.exec(folded);
  if (!m) return false;
  const words = (m.slice(1).find((g) => g !== undefined) ?? '').split(' ');
  return !NOT_OURS.test(words.join(' ')) && PLACE.test(singular(words[words.length - 1]));
}

/** A link to a network's profile or page. */
const SOCIAL_HREF = /^https?:\/\/(?:[\w-]+\.)*(?:instagram\.com|facebook\.com|twitter\.com|x\.com|tiktok\.com|youtube\.com|linkedin\.com|threads\.(?:net|com)|pinterest\.\w+|bsky\.app)\//i;

/** How many links to networks `el` holds. */
function socialLinks(el: Element): number {
  return elementsUnder(el, (x) => x.name === 'a' && SOCIAL_HREF.test(x.attribs.href ?? '')).length;
}

/**
 * The block right after the lead that holds the places' links: the first later sibling of the paragraph or of one of
 * its containers (a text block, a section) holding GRID_LINKS_MIN networks' links or more; null when none does before
 * the containers run out.
 */
export function gridAfter(p: Element): Element | null {
  let n: Element = p;
  for (let level = 0; level < LEVELS; level++) {
    for (let sib = n.next; sib; sib = sib.next) {
      if (!isElement(sib)) continue;
      if (socialLinks(sib) >= GRID_LINKS_MIN) return sib;
    }
    const up = n.parent;
    if (!up || !isElement(up) || up.name === 'main' || up.name === 'body') return null;
    n = up;
  }
  return null;
}

/** The grids of a page that follow a lead saying each of the brand's places keeps its own accounts. */
export function placesOwnAccountGrids(root: AnyNode): Set<Element> {
  const grids = new Set<Element>();
  for (const p of elementsUnder(root, (x) => x.name === 'p')) {
    const text = boundedText(p, LEAD_TEXT_MAX);
    if (text === null || !saysPlacesOwnAccounts(foldText(text.replace(/\s+/g, ' ')))) continue;
    const grid = gridAfter(p);
    if (grid) grids.add(grid);
  }
  return grids;
}
