// Goods that arrived spoilt, told as a plain fact (accent-folded): flowers wilted, food rotten, a cake squashed or
// melted — "arrived completely wilted", "sont arrivées toutes fanées", "kamen komplett verwelkt an", "llegó todo
// marchito" (round 32). The model reads a gift ordered for a birthday, not a fault. Not flowers that wilted after
// lasting ("lasted two full weeks before they wilted"). complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

export const ARRIVED_SPOILT: Record<Lang4, RegExp[]> = {
  en: [/\b(?:arrived|came|turned up|showed up|got here|was delivered|were delivered)\b (?:(?:completely|totally|all|already|half|basically) )?(?:wilted|dead|rotten|rotting|mouldy|moldy|melted|squashed|crushed|smashed|off)\b/],
  fr: [/\barrive(?:e|es|s)? (?:(?:toute?s?|completement|deja|a moitie) )?(?:fanee?s?|fletrie?s?|pourrie?s?|moisie?s?|ecrasee?s?|fondue?s?)\b|\b(?:fanee?s?|fletrie?s?|pourrie?s?|ecrasee?s?) (?:a|des) l'arrivee\b/],
  de: [/\bkam(?:en)? (?:(?:komplett|total|vollig|schon|ganz) )?(?:verwelkt|verfault|vergammelt|schimmelig|zerdruckt|zerquetscht|geschmolzen|matschig) an\b|\b(?:verwelkt|verfault|vergammelt|zerdruckt|zerquetscht|geschmolzen) (?:an(?:gekommen|geliefert)|geliefert)\b/],
  es: [/\blleg(?:o|aron) (?:(?:tod[oa]s?|completamente|ya|medio) )?(?:marchit|podrid|musti|aplastad|derretid|mohos|espachurrad)[oa]s?\b/],
};
