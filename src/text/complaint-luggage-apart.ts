// The poster's luggage in one place and the poster in another, told side by side (accent-folded): "My case went to
// Lisbon and I went to Porto", "our bags are in Frankfurt, we're in Dublin", "Ma valise est à Lisbonne et moi à
// Bruxelles", "Mein Koffer ist in Palma, ich in Hamburg", "Mi maleta en Roma y yo en Lima". No trouble word: the
// held-out models read a trip told; the possessive may go unsaid ("Koffer in Wien, ich in Hamburg", "Bags in Frankfurt,
// me in Dublin", round 31's missed complaints). Not luggage and traveller arriving together ("My case and I both landed in Porto").
// complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

/** A place named by one or two words. */
const PLACE = "[\\w'-]+(?: [\\w'-]+)?";

export const LUGGAGE_APART: Record<Lang4, RegExp[]> = {
  en: [new RegExp(`\\b(?:(?:my|our) )?(?:bag|bags|case|cases|suitcase|suitcases|luggage)(?: went| is| are| flew| ended up)? (?:to|in) ${PLACE},? (?:and |while |but )?(?:i|we|i'm|we're|me|us)(?: went| am| are| flew| ended up| landed)? (?:to|in) `)],
  fr: [new RegExp(`\\b(?:(?:ma |mes |mon )?(?:valise|valises|bagage|bagages)|la mienne|le mien|les miennes)(?: est| sont| est partie| sont parties| est parti| sont partis)? (?:a|en|au|aux) ${PLACE},? (?:et )?moi (?:je suis )?(?:a|en|au|aux) `)],
  de: [new RegExp(`\\b(?:(?:mein|unser|der) )?(?:koffer|gepack)(?: ist| sind| flog| landete)? (?:in|auf|nach) ${PLACE},? (?:und )?(?:ich|wir)(?: bin| sind)? (?:in|auf) `)],
  es: [new RegExp(`\\b(?:(?:mi|mis|nuestra|nuestras) )?(?:maleta|maletas|equipaje)(?: esta| estan| se fue| fue| acabo)? (?:en|a) ${PLACE},? (?:y )?(?:yo|nosotros)(?: estoy| estamos)? (?:en|a) `)],
};
