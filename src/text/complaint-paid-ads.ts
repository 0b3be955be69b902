// Ads shown to a paying subscriber, told as a plain fact (accent-folded): "Premium plan. Still ads 🤡", "Abonnement
// premium. Quand même des pubs", "Premium-Abo. Trotzdem Werbung", "Plan premium. Y aun así anuncios" (round 33's missed
// complaint). No trouble word is in it: the letdown is the tier paid for. complaints.ts adds them to the patterns
// enough alone; "premium: no ads" or "keine Werbung" say the contrary and do not match.
import type { Lang4 } from './stopwords.js';

export const PAID_ADS: Record<Lang4, RegExp[]> = {
  en: [/\b(?:premium|paid|paying|ad-?free)\b[^]{0,60}?\b(?:still|and still|yet|but still) (?:get |getting |with |see |seeing |showing |shows )?(?:ads|adverts|advertising|commercials)\b/],
  fr: [/\b(?:premium|payant|payante)\b[^]{0,60}?\b(?:quand meme|toujours|encore|malgre tout|et pourtant) (?:des |de la |les )?(?:pubs?|publicites?)\b/],
  de: [/\b(?:premium|bezahl|zahle)\w*\b[^]{0,60}?\b(?:trotzdem|immer noch|dennoch|weiterhin|und doch) (?:\w+ )?werbung\b/],
  es: [/\b(?:premium|de pago|pagando|pago)\b[^]{0,60}?\b(?:y aun asi|aun asi|igual|todavia|y todavia|y encima) (?:con |hay |me salen |salen |me ponen )?(?:anuncios|publicidad)\b/],
};
