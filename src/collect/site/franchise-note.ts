// A shop's card saying, in Romanian, that a franchisee or another firm runs it (separate-body.ts reads the card;
// disowned.ts calls it).

/**
 * A franchise named in a card's own words (folded): "partener francizat", "în sistem de franciză". Round 34's Romanian
 * supermarket set its franchised shops' cards in the markup of its own, each field in a div of its own, "Operat de
 * Dobre Retail S.R.L., partener francizat" two fields above the shop's Facebook link: no paragraph just before the link, no heading, only the card says so. Only the Romanian words: read
 * in any card, the other languages' "franchise" and "géré par" took company-run shops (a Korean chain's cards under a
 * "Franchise" menu, riads "géré par" the group itself) for franchisees; those languages are read where a paragraph
 * stands just before the line of links (disowned.ts cardRunByOthers).
 */
const FRANCHISE_WORDS = /\b(?:francizat\w*|franciz[ae]|francizor\w*)\b/;

/**
 * Someone else said to operate the place, in Romanian (folded): "Operată de Medisan Vest S.R.L.", "Administrat de …",
 * "Gestionat de …"; "operată de echipa noastră", "de noi" are the brand's.
 */
const OPERATED_BY_RO = /\b(?:operat|administrat|gestionat)[aei]? de (?!(?:noi|echipa noastra|echipa proprie|compania noastra)\b)/;

/** Whether a card's folded text says, in Romanian, that a franchisee or another firm runs the place it lists. */
export function franchiseNote(folded: string): boolean {
  return FRANCHISE_WORDS.test(folded) || OPERATED_BY_RO.test(folded);
}
