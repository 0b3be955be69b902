// A section headed in the first person by the kind of the brand's places, read for the grid of cards under it:
// "Fürdőink" ("our baths", round 39's municipal spa company), "Unsere Bäder", "Naše bazény a lázně", "Our hotels",
// "Nos boutiques". Each card holds one bath's or hotel's own links, set out like a list of people's (four Facebook
// links side by side), its title shaped like a person's name ("Rózsakert Strand") and its handle spelling nothing (a
// numeric profile.php id): only the heading says whose the places are. run-branch.ts reads the grid's cards as the
// brand's own places, except a card naming another operator, a tenant or a club, and a card headed by a person's name
// (a lifeguard's, a manager's) with no kind of place in it.
import type { AnyNode, Element } from 'domhandler';
import { elementsUnder, textOf } from './dom.js';
import { gridAfter } from './own-accounts-lead.js';
import { foldText, nameShapedTitle } from './text.js';

/** A heading is a few words: past this, it is a sentence ("Our hotels are the best in town" is no section title). */
const HEADING_TEXT_MAX = 40;

/**
 * Places a brand sets out one card each (folded, plural): baths and pools, spas, hotels, shops and branches, venues,
 * restaurants, museums, parks, schools, clinics, libraries.
 */
const PLACES = [
  'baths|pools|lidos|spas|hotels|stores|shops|branches|venues|locations|restaurants|cafes|museums|parks|schools|clinics|libraries|centres|centers|lodges',
  'bader|baeder|schwimmbader|thermen|filialen|standorte|hauser|hotels|museen|kliniken|schulen|bibliotheken',
  'piscines|bains|thermes|boutiques|magasins|etablissements|agences|musees|ecoles|cliniques|bibliotheques',
  'piscinas|termas|balnearios|hoteles|tiendas|sedes|locales|restaurantes|museos|escuelas|clinicas|bibliotecas|centros',
  'piscine|terme|negozi|ristoranti|musei|sedi|zwembaden|winkels|vestigingen|musea|locaties',
  'bazeny|lazne|koupaliste|hotely|prodejny|pobocky|baseny|kapieliska|hotele|sklepy|oddzialy|restauracje|muzea',
].join('|');

/** "Our" in the languages whose headings put it first (folded). */
const OUR = '(?:our|unsere|nos|nuestr[oa]s|i nostri|le nostre|onze|nase|nasze)';

/** Two kinds joined: "Naše bazény a lázně", "Unsere Bäder und Thermen", "Our pools & spas". */
const AND = '(?:and|&|und|et|y|e|a|en|i|oraz)';

/**
 * The heading of the brand's places (folded): "our" and one or two kinds, or the Hungarian and Finnish possessive
 * endings ("fürdőink", "strandjaink", "szállodáink", "üzleteink"; "uimahallimme", "hotellimme").
 */
const OWN_PLACES = new RegExp(
  `^(?:${OUR} (?:[a-z]+ )?(?:${PLACES})(?: ${AND} (?:${PLACES}))?` +
    '|(?:furdoink|strandjaink|szallodaink|uzleteink|ettermeink|muzeumaink|kavezoink|uszodaink)(?: (?:es|meg) \\S+)?' +
    '|(?:uimahallimme|kylpylamme|hotellimme|myymalamme|ravintolamme))$',
);

/**
 * Words on a card saying someone else runs the place, beyond run-branch.ts's partners and operators (folded): a tenant,
 * a concession, a club or a body said to stand apart in the languages of the headings above.
 */
const NOT_OURS = /\b(?:tenants?|concession\w*|locataire\w*|pachter\w*|arrendatari\w*|inquilin\w*|berlo\w*|najemce|najemc\w*|nezavisl\w*|samostatn\w*|fuggetlen\w*|onallo\w*|itsenai\w*|niezalezn\w*|eigenstandig\w*|verein\w*|club\w*|klub\w*|spolek|egyesulet\w*)\b/;

/**
 * A kind of place in a card's title (folded word, whole or closing a compound): what sets "Rózsakert Strand",
 * "Hallenbad Nord", "Aranyhíd Gyógyfürdő" apart from a lifeguard's "Petra Lenz".
 */
const KIND = /(?:bad|therme|thermen|terme|termas|strand|furdo|lazne|koupaliste|bazen|piscine|piscina|pool|lido|spa|uszoda|uimahalli|kylpyla|hotel|hostel)$/;

/** The grids that follow a section heading naming the brand's places in the first person. */
export function placesHeadedGrids(root: AnyNode): Set<Element> {
  const grids = new Set<Element>();
  for (const h of elementsUnder(root, (x) => /^h[1-4]$/.test(x.name))) {
    const text = textOf(h).trim();
    if (text.length > HEADING_TEXT_MAX || !OWN_PLACES.test(foldText(text).replace(/\s+/g, ' '))) continue;
    const grid = gridAfter(h);
    if (grid) grids.add(grid);
  }
  return grids;
}

/**
 * Whether a card of such a grid is one of the brand's places: it names no tenant, club or body standing apart, and its
 * title, where shaped like a person's name, holds a kind of place.
 */
export function headedPlaceCard(title: string, folded: string): boolean {
  if (NOT_OURS.test(folded)) return false;
  const words = title.trim().split(/\s+/);
  return !nameShapedTitle(words) || words.some((w) => KIND.test(foldText(w)));
}
