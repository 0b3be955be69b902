// A delivery partner's rider or driver who was rude to the poster or threw their order about, brought to the brand
// (accent-folded): "Le livreur @RepasGo … a été super malpoli quand je lui ai demandé de monter", "Your rider threw my
// bag over the gate", "Der Fahrer hat mich angeschrien", "El repartidor fue muy grosero conmigo". Round 40's grievances
// about delivery partners: the rider is not the brand's staff, so the staff words of complaint-patterns.ts and
// complaint-staff.ts do not cover all of them, and "malpoli" is no trouble word the model knows. Only the rider or
// driver named beside the rudeness or the throw, in one sentence: not a rider praised ("le livreur était adorable"), nor
// another customer's rudeness (complaint-other-customers.ts). complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

const RIDER: Record<Lang4, string> = {
  en: String.raw`rider|courier|driver|delivery (?:guy|man|woman|person|driver)`,
  fr: String.raw`livreur|livreuse|coursier|coursiere|chauffeur`,
  de: String.raw`fahrer|fahrerin|bote|botin|lieferant|lieferfahrer|zusteller|zustellerin|kurier`,
  es: String.raw`repartidor|repartidora|mensajero|mensajera|conductor|rider`,
};

const RUDE: Record<Lang4, string> = {
  en: String.raw`rude|abusive|aggressive|swore at me|threw (?:my|the|our) (?:bag|parcel|order|food|box|package)|tossed (?:my|the|our) (?:bag|parcel|order|food|box|package)|chucked (?:my|the|our) (?:bag|parcel|order|food|box|package)`,
  fr: String.raw`malpoli|impoli|grossier|grossiere|agressif|agressive|desagreable|insulte|m'a parle comme a un chien|a jete (?:mon|ma|le|la|notre) (?:sac|colis|commande|repas)|a balance (?:mon|ma|le|la|notre) (?:sac|colis|commande|repas)`,
  de: String.raw`unhoflich|unfreundlich|frech|aggressiv|pampig|angeschrien|angepampt|beleidigt|hat (?:mein|meine|das|die) (?:paket|essen|bestellung|tute) (?:uber den zaun )?geworfen`,
  es: String.raw`grosero|grosera|maleducado|maleducada|borde|agresivo|agresiva|me insulto|me grito|(?:tiro|lanzo|avento) (?:mi|el|la|nuestro|nuestra) (?:bolsa|paquete|pedido|comida)`,
};

/** The rudeness denied ("was not rude at all", "n'était pas malpoli"). */
const DENIED = String.raw`(?<!\b(?:not|never|wasn't|isn't|pas|jamais|nicht|nie|no|nunca)(?: \w+){0,2} )`;

const rudeRider = (l: Lang4): RegExp => new RegExp(String.raw`\b(?:${RIDER[l]})\b[^.!?]{0,80}${DENIED}\b(?:${RUDE[l]})\b`);

export const RUDE_COURIERS: Record<Lang4, RegExp[]> = {
  en: [rudeRider('en')],
  fr: [rudeRider('fr')],
  de: [rudeRider('de')],
  es: [rudeRider('es')],
};
