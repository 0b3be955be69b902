// A machine that kept the poster's card, told as plain fact (accent-folded): "the ticket machine swallowed my card",
// "Cash machine ate my card", "le distributeur a avalé ma carte", "der Automat hat meine Karte eingezogen", "el cajero
// se tragó mi tarjeta". The held-out models read no trouble word. Not when the card came back or the help is thanked
// ("had it back to me in ten minutes, lovely staff", "me la devolvieron en ventanilla, muy amables"). complaints.ts adds
// them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

/**
 * Words that tell the card given back or the help thanked. Not the praise vocabulary: a closing "Brilliant." after a
 * kept card is sarcasm.
 */
const BACK: Record<Lang4, string> = {
  en: 'back to me|gave it back|got it back|had it back|had it out|thank you|thanks',
  fr: 'rendu|rendue|recuperee|recupere|merci',
  de: 'wieder|zuruck|zuruckbekommen|danke',
  es: 'devolvieron|devuelta|recupere|gracias',
};

const kept = (lang: Lang4, re: string): RegExp => new RegExp(`(?:${re})(?![^]*\\b(?:${BACK[lang]})\\b)`);

export const SWALLOWED_CARDS: Record<Lang4, RegExp[]> = {
  en: [kept('en', '\\b(?:swallowed|ate|has eaten|kept|retained|gobbled) (?:up )?my (?:bank |debit |credit )?card\\b')],
  fr: [kept('fr', '\\b(?:a avale|avale|a mange|a garde|a bouffe) (?:ma|la) carte\\b')],
  de: [kept('de', '\\b(?:hat|hatte) (?:meine|die) (?:ec-|bank|kredit)?karte (?:einfach )?(?:eingezogen|geschluckt|gefressen|einbehalten)\\b')],
  es: [kept('es', '\\b(?:se trago|me trago|se ha tragado|me ha tragado|se comio|me comio|se quedo con) (?:mi|la) tarjeta\\b')],
};
