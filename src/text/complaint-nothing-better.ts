// Praise asked as a rhetorical question and answered by the poster (accent-folded): "Seriously, is there anything
// better than a flat white on a Sunday? Didn't think so", "Franchement, y a-t-il quelque chose de mieux qu'un
// croissant… ? Je ne crois pas", "Gibt es ernsthaft etwas Besseres als…? Glaube nicht", "En serio hay algo mejor que…?
// No creo" (round 33's false complaints: "en serio", "seriously" read as a reproach). Removed from the complaint text
// with the other stretches that tell no complaint (complaints.ts notOurs); a question of what is worse stays.
import type { Lang4 } from './stopwords.js';

export const NOTHING_BETTER: Record<Lang4, RegExp[]> = {
  en: [/\b(?:seriously,? |honestly,? )?is there (?:anything|something) (?:better|nicer) than [^?]{1,100}\?+ (?:no|nope|nah|didn'?t think so|i don'?t think so|don'?t think so)\b/],
  fr: [/\b(?:franchement,? |serieux,? |serieusement,? |sinon,? )?(?:y a-t-il|y a t il|il y a|est-ce qu'il y a|existe-t-il)(?: vraiment)? (?:quelque chose|un truc|qqch|rien) de (?:mieux|meilleur|plus beau) qu(?:e |')[^?]{1,100}\?+ (?:non|je ne crois pas|je crois pas|j'en doute|aucun)\b/],
  de: [/\bgibt (?:es|'s) (?:ernsthaft |wirklich |echt )?(?:etwas|was) (?:besseres|schoneres) als [^?]{1,100}\?+ (?:nein|noe|glaube nicht|glaub nicht|eben nicht|wohl kaum)\b/],
  es: [/\b(?:en serio,? |sinceramente,? )?(?:hay|existe) algo (?:mejor|mas lindo|mas rico) que [^?]{1,100}\?+ (?:no creo|lo dudo|ni de cerca|no)\b/],
};
