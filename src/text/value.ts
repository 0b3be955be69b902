// What a brand post brings readers: information, tips, exclusives, offers, or pure self-promotion.
import type { TextLang } from './language.js';
import { foldAccents, stripUrls } from './tokens.js';

/**
 * 'promotion' = pure self-promotion (buy now, new collection, -20%… with nothing else); 'offer' = a concrete deal
 * for readers (code, giveaway, exclusive discount); 'information' (news, practical info, opening hours, delivery
 * status); 'tip' (how-to, advice); 'exclusive' (behind the scenes, preview); 'other'.
 */
export type ValueKind = 'information' | 'tip' | 'exclusive' | 'offer' | 'promotion' | 'other';

/**
 * Checked in this order, first match wins: a deal for readers beats the sales talk around it; advice and behind the
 * scenes are value even when they mention a product; practical information comes next; sales talk alone is
 * 'promotion'. Patterns are accent-folded.
 */
const KINDS: Array<[ValueKind, RegExp[]]> = [
  [
    'offer',
    [
      /\b(?:code(?: promo)?|coupon|voucher|gutschein(?:code)?|rabattcode|codigo(?: promocional| de descuento)?)\b\s*:?\s*[a-z0-9]*\d[a-z0-9]*\b/i,
      /\b(?:avec|with|mit|con) (?:le |the |dem )?code\b/,
      /\b(?:concours|jeu[- ]concours|giveaway|gewinnspiel|sorteo|a gagner|gagnez|to win|win a|zu gewinnen|gewinnt|verlosen|regalamos|participa|gana una?)\b/,
      /\b(?:pour nos abonnes|for our (?:followers|subscribers)|fur unsere (?:follower|abonnenten)|para nuestros seguidores)\b/,
      /\b(?:vente privee|remise exclusive|exclusive (?:discount|offer)|exklusive[rn]? rabatt|descuento exclusivo)\b/,
    ],
  ],
  [
    'tip',
    [
      /\b(?:conseils?|astuces?|tuto(?:riel)?|mode d'emploi|comment (?:bien )?(?:entretenir|choisir|nettoyer|installer|laver|ranger|decorer|disposer))\b/,
      /\b(?:tips?|how to|how-to|guide|tutorial|step by step|diy|hack|hacks)\b/,
      /\b(?:tipps?|anleitung|so geht's|so gehts|ratgeber|pflegehinweise)\b/,
      /\b(?:consejos?|trucos?|tutorial|guia|como (?:cuidar|elegir|limpiar|montar|lavar|decorar))\b/,
    ],
  ],
  [
    'exclusive',
    [
      /\b(?:avant-premiere|en avant premiere|exclusivite|en exclusivite|coulisses|dans les coulisses)\b/,
      /\b(?:behind the scenes|sneak peek|first look|preview|exclusive)\b/,
      /\b(?:hinter (?:die|den) kulissen|vorschau|exklusiv|erster blick|vorab)\b/,
      /\b(?:entre bastidores|en exclusiva|adelanto|primicia|un avance)\b/,
    ],
  ],
  [
    'information',
    [
      /\b(?:horaires?|fermeture|ouverture|reouverture|delais? de livraison|retards? de livraison|info(?:rmation)?s? pratiques?|rappel produit|a noter|important|greve|jours feries?)\b/,
      // "ouvert"/"fermé" only with a time or a verb: "table de ferme" is a farmhouse table, not a closure.
      /\b(?:(?:sont|est|seront|sera|restent|reste|resteront|restera|exceptionnellement) (?:ouverte?s?|fermee?s?)|(?:ouverte?s?|fermee?s?) (?:le|les|du|jusqu'a|a partir|des|ce|cette|exceptionnellement|tous))\b/,
      /\b(?:opening hours|store hours|closure|reopens?|reopening|delivery (?:update|times?|delays?)|shipping (?:update|times?|delays?)|recall|please note|heads up)\b/,
      /\b(?:stores?|shops?|showrooms?) (?:will be |are |is |stay |remain )?(?:open|closed)\b/,
      /\b(?:open|closed) (?:on|from|until|till|today|tomorrow|this)\b/,
      /\b(?:offnungszeiten|geoffnet|geschlossen|lieferzeiten|lieferverzogerung|ruckruf|hinweis|wichtig|feiertage?)\b/,
      /\b(?:horarios?|abrimos|cerramos|abierto|abiertas?|cerrad[oa]s?|cierran?|plazos de entrega|retrasos?|aviso|importante|festivos?)\b/,
    ],
  ],
  [
    'promotion',
    [
      /\b(?:nouvelle collection|nouveaute|nouveautes|achetez|decouvrez|disponible|en boutique|en ligne|commandez|soldes|promo|promotion|offerte?s?)\b/,
      /\b(?:new (?:collection|in|arrivals?)|shop now|buy now|order now|available|in store|online now|sale|off|bestseller)\b/,
      /\b(?:neue (?:\p{L}+)?kollektion|neu|jetzt (?:shoppen|kaufen|bestellen|online)|erhaltlich|sale|rabatt|reduziert)\b/u,
      /\b(?:nueva coleccion|novedad(?:es)?|compra ya|ya disponible|disponible|rebajas|descuentos?|ofertas?|gratis)\b/,
      /-?\d+ ?%/,
    ],
  ],
];

/**
 * Classifies a brand post by what it brings readers: 'offer' (a code, a giveaway, an exclusive discount), 'tip'
 * (how-to, conseils, astuces, Tipps, consejos), 'exclusive' (behind the scenes, preview, avant-première),
 * 'information' (opening hours, delivery status, practical news), 'promotion' (new collection, buy now, -20%, with
 * nothing else), or 'other'. `lang` is accepted for symmetry; the four vocabularies are always used.
 */
export function valueKind(text: string, _lang?: TextLang): ValueKind {
  const folded = foldAccents(stripUrls(text)).replace(/[’‘]/g, "'").replace(/[\s\u00A0\u202F]+/gu, ' ');
  for (const [kind, patterns] of KINDS) if (patterns.some((re) => re.test(folded))) return kind;
  return 'other';
}

/** True for the kinds that carry value for readers: information, tip, exclusive, offer. */
export function carriesValue(kind: ValueKind): boolean {
  return kind === 'information' || kind === 'tip' || kind === 'exclusive' || kind === 'offer';
}
