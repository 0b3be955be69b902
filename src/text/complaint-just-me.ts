// A trouble asked of others, as if the poster might be alone with it (accent-folded): "Is it just me or are the EU
// servers down", "C'est moi ou l'appli est encore en rade ?", "Bin ich die Einzige?" after a cream that burns, "¿Es
// cosa mía o las raciones son cada vez más pequeñas?". The question form kept the patterns from reading the trouble as
// a report, and the held-out models missed most of them. Only with a trouble word in the post: "Is it just me or is the
// new recipe even better?" asks nothing of the kind, nor does a craving ("Bin ich die Einzige, die süchtig…").
// complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';
import { noPraiseLater } from './evaluation-words.js';

/** The lead-in, then (anywhere in the post, before or after) a trouble word, unless the post praises. */
const justMe = (lead: string, trouble: string, lang: Lang4): RegExp =>
  new RegExp(`^(?=[^]*\\b(?:${trouble}))${noPraiseLater(lang)}[^]*\\b(?:${lead})\\b`);

export const JUST_ME: Record<Lang4, RegExp[]> = {
  en: [
    justMe(
      "is it (?:just|only) me or|am i the only one (?:who|whose|that|getting|having)",
      "(?:down|crash\\w*|broken|smaller|shrunk|stuck|logging (?:\\w+ )?out|keeps? (?:failing|freezing|crashing)|not working|won't (?:load|open)|delay\\w*|worse|slower|buggy|lagging)\\b",
      'en',
    ),
  ],
  fr: [
    justMe(
      "c'est moi ou|je suis (?:le|la) seule? a|suis-je (?:le|la) seule?",
      "(?:en rade|en panne|plante\\w*|bugg?\\w*|retreci|plus petite?s?|rapetiss\\w*|bloquee?s?|ne marche (?:pas|plus)|ne fonctionne (?:pas|plus)|pire|plus lente?)\\b",
      'fr',
    ),
  ],
  de: [
    justMe(
      'bin ich (?:der|die) einzige|liegt(?:\'s| es) an mir oder|geht das nur mir so',
      '(?:kaputt|fallt (?:\\w+ )?aus|ausfall\\w*|abgesturzt|sturzt|brennt|geschrumpft|kleiner|schlechter|besser fand|hangt|geht nicht|funktioniert nicht|langsamer)\\b',
      'de',
    ),
  ],
  es: [
    justMe(
      'es cosa mia o|soy (?:el|la) unic[oa] (?:que|al que|a la que)|solo a mi (?:me|se)',
      '(?:caid[oa]s?|falla\\w*|no (?:funciona|carga|va)|mas pequen[oa]s?|encogid[oa]s?|peor|mas lent[oa])\\b',
      'es',
    ),
  ],
};
