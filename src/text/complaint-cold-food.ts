// Food served cold beside a second dish gone soggy or tough, told bare (accent-folded): "Die Pommes waren kalt und der
// Burger matschig" (round 35), "Burger kalt Pommes labbrig", "les frites étaient froides et le burger tout mou", "chips
// stone cold and the burger soggy", "las patatas llegaron frías y la hamburguesa hecha una pasta". The concepts know
// "kalt" and "matschig" as weak states, and the held-out model reads a branch named, not a trouble. Both states in one
// sentence: a cold drink praised ("das Eis war schön kalt") or a cold snack liked ("les frites froides c'est le
// meilleur snack") names one. complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';
import { noPraiseLater } from './evaluation-words.js';

/** A cold state and a limp one within one sentence, either first, and no praise after them ("cold brew and chewy cookies, perfect"). */
const both = (lang: Lang4, cold: string, limp: string): RegExp =>
  new RegExp(`(?:\\b(?:${cold})\\b[^.!?]{1,50}\\b(?:${limp})\\b|\\b(?:${limp})\\b[^.!?]{1,50}\\b(?:${cold})\\b)${noPraiseLater(lang, '', '😍|❤|😋')}`);

export const COLD_FOOD: Record<Lang4, RegExp[]> = {
  en: [both('en', 'cold|stone cold|lukewarm|tepid', 'soggy|chewy|rubbery|limp|mushy|raw')],
  fr: [both('fr', 'froide?s?|tiedes?', 'mous?|molles?|ramollie?s?|detrempee?s?|caoutchouteu(?:x|se)|pas cuite?s?')],
  de: [both('de', 'kalt|eiskalt|lauwarm', 'matschig|labbrig|zah|durchgeweicht|gummiartig|roh|pappig')],
  es: [both('es', 'frias?|frios?|tibi[oa]s?', 'hech[oa] una pasta|blandas?|blandos?|chiclos[oa]s?|gomos[oa]s?|crud[oa]s?|aguad[oa]s?')],
};
