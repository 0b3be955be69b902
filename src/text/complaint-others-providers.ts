// Another provider's trouble, told before the brand's good record (accent-folded): "My sister's flight with another
// airline got cancelled, so glad I booked with you this time", "My neighbour's broadband has been down all week with
// his provider, mine with you hasn't dropped once", "Ma voisine n'a plus internet depuis une semaine avec son
// opérateur, chez vous pas une seule coupure", "Bei meinem Nachbarn fällt das Internet mit seinem Anbieter ständig
// aus, bei euch läuft es seit Jahren stabil", "Mi vecino lleva una semana sin internet con su compañía, con vosotros
// ni un solo corte". The trouble words are real but the provider is not the brand (the class posts' false alarms, and
// held-out English ones like them). The clause is removed from the complaint text (complaint-elsewhere.ts) only when it
// names another provider — "another airline", or a relative's own provider ("his provider", "son opérateur": a
// possessive alone could be the brand's formal "su compañía") — does not address the brand, and the rest of the post
// does. "My sister's order from you never arrived" and "Ma voisine n'a plus internet…, vous comptez réparer quand ?"
// stay complaints.
import { literalCheck } from './regex-union.js';
import { escapeRegExp } from '../escape-regexp.js';

/** Words that address the brand (complaint-elsewhere.ts reads the same ones). */
const BRAND = String.raw`\b(?:vous|votre|vos|you|your|euch|euer|eure[mnrs]?|ihr|vuestr[oa]s?|vosotros|ustedes|os)\b`;

/** A provider of the kind a customer has one of. */
const PROVIDER = String.raw`(?:airlines?|providers?|banks?|networks?|operators?|couriers?|suppliers?|compan(?:y|ies)|broadband|isp|carriers?|operateurs?|fournisseurs?|banques?|compagnies?|box|transporteurs?|anbieter[ns]?|provider[ns]?|fluggesellschaft(?:en)?|netzbetreiber[ns]?|versorger[ns]?|compania|aerolinea|operadora|operador|banco|proveedor)`;

/** Another provider named outright. */
const ANOTHER = String.raw`\b(?:another|other|a different|une autre|un autre|d'autres|einem anderen|einer anderen|anderen|otra|otro|otras|otros) (?:\w+ )?${PROVIDER}\b`;

/** A relative, friend or neighbour: whose provider a third-person possessive names. */
const SOMEONE_ELSE = String.raw`\b(?:neighbou?rs?|sister|brother|mum|mom|dad|mate|friend|wife|husband|partner|colleague|flatmate|parents|son|daughter|voisine?s?|soeur|frere|mere|pere|amie?s?|collegue|nachbar\w*|schwester|bruder|mutter|vater|freund\w*|kolleg\w*|vecin[oa]s?|herman[oa]s?|madre|padre|amig[oa]s?)\b`;

/** That someone's own provider. */
const THEIRS = String.raw`\b(?:his|her|their|son|sa|ses|leur|seine[mnrs]?|ihre[mnrs]?|su|sus) (?:\w+ )?${PROVIDER}\b`;

/** The clause (up to its comma or full stop) telling another provider's trouble, the brand addressed after it. */
export const OTHERS_PROVIDERS = new RegExp(
  String.raw`(?:^|(?<=[.!?] ))(?![^.!?,]*${BRAND})(?:(?=[^.!?,]*${ANOTHER})|(?=[^.!?,]*${SOMEONE_ELSE})(?=[^.!?,]*${THEIRS}))[^.!?,]*[.!?,]+(?=.*${BRAND})`,
  'g',
);

/** Words OTHERS_PROVIDERS cannot match without (a cheap gate: most posts name no other provider). */
export const OTHERS_PROVIDERS_GATE = [
  'another', 'other', 'different', 'autre', 'anderen', 'otra', 'otro', 'his ', 'her ', 'their ', 'son ', 'sa ', 'ses ',
  'leur ', 'seine', 'ihre', 'su ', 'sus ',
];

/** Whether a text holds one of OTHERS_PROVIDERS_GATE's words and a word of PROVIDER, with which every match ends. */
const namesOther = literalCheck(new RegExp(OTHERS_PROVIDERS_GATE.map(escapeRegExp).join('|')));
const namesProvider = literalCheck(new RegExp(PROVIDER));

/**
 * Whether OTHERS_PROVIDERS may match `text`: its lookaheads try every sentence start of a post holding "other" or "his ",
 * most posts, and few of them name a provider.
 */
export function mayTellOthersProviders(text: string): boolean {
  return namesOther(text) && namesProvider(text);
}
