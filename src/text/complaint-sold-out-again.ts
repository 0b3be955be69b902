// Sold out early, told as a routine (accent-folded): "Brötchen um 7 Uhr schon aus. Wie jeden Samstag.", "croissants
// all gone by 8am. Like every Sunday.", "plus un croissant à 8h. Comme chaque dimanche.", "sin croissants a las 8.
// Como cada domingo." (round 34's replies). The routine is the reproach; the held-out models read a bakery and a
// weekend. Not the same routine said of something good ("Croissants um 8 noch warm. Wie jeden Sonntag. 😍",
// "recién hechos a las 8. Como cada domingo"): only after a word of nothing left. complaints.ts adds them to the
// patterns enough alone.
import type { Lang4 } from './stopwords.js';

/** Nothing left, in the sentence before the routine. */
const NONE_LEFT: Record<Lang4, string> = {
  en: 'sold out|all gone|gone|none left|nothing left|no \\w+ left|out of stock|run out|ran out',
  fr: 'plus (?:un|une|de|aucun|aucune|rien)|rupture|epuise|epuises|epuisee|epuisees|deja parti|deja partis|vide',
  de: 'schon aus|bereits aus|ausverkauft|schon weg|alle weg|nichts mehr|keine \\w+ mehr|keine mehr|leer',
  es: 'sin \\w+|agotad[oa]s?|no (?:queda|quedan|hay)|ni (?:un|una)|vaci[oa]s?',
};

/** The routine, alone in the last sentence. */
const ROUTINE: Record<Lang4, string> = {
  en: 'like every (?:day|morning|week|weekend|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|same as every \\w+|as always|as usual',
  fr: 'comme (?:chaque|tous les) (?:jour|jours|matin|matins|semaine|week-end|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?|comme d\'hab(?:itude)?|comme toujours',
  de: 'wie jeden (?:tag|morgen|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|wie jede woche|wie immer|wie jedes wochenende',
  es: 'como (?:cada|todos los) (?:dia|dias|manana|mananas|semana|finde|lunes|martes|miercoles|jueves|viernes|sabado|sabados|domingo|domingos)|como siempre',
};

const soldOut = (l: Lang4): RegExp => new RegExp(`\\b(?:${NONE_LEFT[l]})\\b[^.!?]{0,30}[.!…]\\s*(?:${ROUTINE[l]})[.!…]*\\s*$`);

export const SOLD_OUT_AGAIN: Record<Lang4, RegExp[]> = { en: [soldOut('en')], fr: [soldOut('fr')], de: [soldOut('de')], es: [soldOut('es')] };
