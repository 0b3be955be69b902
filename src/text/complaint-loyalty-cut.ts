// A loyalty programme cut, told as a bare fact or with a mock thanks (accent-folded), as in round 41: points or miles
// struck off ("mir haben sie auch die Treuepunkte gestrichen", "BeanBox quietly wiped the reward points I'd saved up",
// "eliminó los puntos acumulados"), points that now expire sooner, or a reward that now needs more stamps or purchases
// than before ("passe de 10 à 15 tampons pour un café offert", "now needs 12 stamps … instead of 8", "hacen falta 12
// sellos … en vez de 8"). The figures tell it: the same change the other way ("passe de 12 à 8 achats") is good news, and
// is left alone; so are double points and a question whether points expire. complaints.ts counts it enough alone.
import type { Lang4 } from './stopwords.js';
const ALL: readonly Lang4[] = ['en', 'fr', 'de', 'es'];

/** Words of a loyalty programme's currency. */
const LOYALTY =
  /\b(?:loyalty|reward|rewards|bonus|avios|points?|miles|stamps?|fidelite|points? fidelite|tampons?|treuepunkte|bonuspunkte|punkte|stempel|meilen|payback|puntos|sellos|millas|fidelizacion|tarjeta de socio)\b/;

/** The stems every LOYALTY word holds. */
const LOYALTY_STEM = /point|mile|stamp|reward|bonus|avios|fidel|tampon|punkte|stempel|meilen|payback|punto|sello|milla|socio|loyal/;

/** The currency struck off, wiped or gone (within one sentence of the currency word). */
const STRUCK: Record<Lang4, RegExp> = {
  en: /\b(?:points|miles|stamps|rewards?)\b[^.!?]{0,40}\b(?:wiped|vanished|disappeared|gone|removed|deleted|cancelled|scrapped|taken away|expired overnight)\b|\b(?:wiped|scrapped|removed|deleted|took away|cancelled)\b[^.!?]{0,30}\b(?:points|miles|stamps|rewards)\b/,
  fr: /\b(?:points|miles|tampons)\b[^.!?]{0,40}\b(?:supprimes|effaces|disparus|annules|perdus|remis a zero)\b|\b(?:supprime|efface|annule|remis a zero)\b[^.!?]{0,30}\b(?:mes|nos|les) (?:points|miles|tampons)\b/,
  de: /\b(?:treuepunkte|bonuspunkte|punkte|meilen|stempel)\b[^.!?]{0,40}\b(?:gestrichen|geloscht|verschwunden|annulliert|auf null gesetzt)\b|\b(?:gestrichen|geloscht)\b[^.!?]{0,30}\b(?:treuepunkte|bonuspunkte|punkte|meilen)\b/,
  es: /\b(?:puntos|millas|sellos)\b[^.!?]{0,40}\b(?:eliminad[oa]s|borrad[oa]s|desaparecid[oa]s|anulad[oa]s|caducad[oa]s)\b|\b(?:elimino|eliminaron|borro|borraron|quito|quitaron|anularon|anulo)\b[^.!?]{0,30}\b(?:los|mis|nuestros) (?:puntos|millas|sellos)\b/,
};

/**
 * A figure moved up for the same reward or down for the time points last: "de 10 à 15", "from 8 to 12", "von 10 auf 15",
 * "de 8 a 12" (captured: old, new), and "12 … instead of 8", "au lieu de", "statt", "en vez de" (captured: new, old).
 */
const FROM_TO = /\b(?:from|de|von|d') ?(\d+) (?:to|a|auf|zu) (\d+)\b/;
const INSTEAD = /\b(\d+) [^.!?]{0,50}\b(?:instead of|rather than|au lieu de|statt|anstatt|anstelle von|en vez de|en lugar de) (\d+)\b/;

/** What now takes more (stamps, purchases) for the same reward. */
const MORE_NEEDED = /\b(?:stamps?|purchases|visits|coffees|tampons|achats|passages|cafes|stempel|einkaufe|kaufe|sellos|compras)\b/;

/** Units of time points last, and whether a unit is a year. */
const UNIT = String.raw`(mois|months?|monate?n?|meses|ans?|annees?|years?|jahre?n?|anos?|einem jahr|un an|a year|un ano)`;
const IS_YEAR = /^(?:ans?|annees?|years?|jahre?n?|anos?|einem jahr|un an|a year|un ano)$/;
/** "6 mois au lieu de 2 ans": the new span, then the old. */
const SPAN_SWAP = new RegExp(`\\b(\\d+|einem|un|a) ?${UNIT} (?:instead of|rather than|au lieu de|statt|anstatt|en vez de|en lugar de) (\\d+|never|jamais|nie|nunca)(?: ?${UNIT})?`);
/** Points said to expire (the time they last is the figure). */
const EXPIRE = /\b(?:expire|expirent|expiring|verfallen|verfallt|caducan|caduca|valables?|gultig)\b/;

/** Whether the folded complaint text tells a loyalty programme cut. */
export function loyaltyCut(folded: string): boolean {
  // A cheap search for the currency's stems settles most posts before LOYALTY's word-bounded alternation.
  if (!LOYALTY_STEM.test(folded) || !LOYALTY.test(folded)) return false;
  // Every language's forms: a short post of loanwords and brand names may be detected in another language.
  for (const l of ALL) if (STRUCK[l].test(folded)) return true;
  if (EXPIRE.test(folded) && expiresSooner(folded)) return true;
  if (!MORE_NEEDED.test(folded)) return false;
  // More stamps or purchases for the same reward.
  const moved = FROM_TO.exec(folded);
  if (moved) return Number(moved[2]) > Number(moved[1]);
  const instead = INSTEAD.exec(folded);
  return instead !== null && Number(instead[1]) > Number(instead[2]);
}

/** Months a figure and its unit stand for ("einem Jahr": 12); never: Infinity. */
function months(figure: string, unit: string | undefined): number {
  if (/^(?:never|jamais|nie|nunca)$/.test(figure)) return Infinity;
  const n = /^\d+$/.test(figure) ? Number(figure) : 1;
  const u = unit ?? '';
  return IS_YEAR.test(u) || /(?:jahr|an|year|ano)$/.test(u) ? n * 12 : n;
}

/** Points now lasting a shorter time than before: "au bout de 6 mois au lieu de 2 ans", "nach einem Jahr statt nie". */
function expiresSooner(folded: string): boolean {
  const m = SPAN_SWAP.exec(folded);
  return m !== null && months(m[1], m[2]) < months(m[3], m[4] ?? m[2]);
}
