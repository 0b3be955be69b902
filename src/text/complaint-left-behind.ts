// The poster's own things left behind on a train, a bus or a plane, before asking for lost property (accent-folded):
// "Lost my headphones on the 17:40 Leeds to York yesterday … Is there a lost property number I can ring?", "J'ai
// oublié mon sac dans le TER de 18h", "Hab meine Jacke im ICE liegen lassen", "Me olvidé la mochila en el bus".
// Round 37's care false alarm: "lost" and the office's own name ("lost property", "objetos perdidos") read as a loss the
// brand caused. Both stretches are removed from the complaint text with the other removals (complaints.ts), and the
// rest is read alone: "… handed in at York and now your staff say they've lost it" still complains. complaint-own-
// losses.ts holds papers, cards and keys lost anywhere; this one the things a traveller leaves on board.
import type { Lang4 } from './stopwords.js';

/** Things a traveller keeps about them: "lost my headphones on the 17:40" is the poster's own loss. */
const EN_KEPT =
  'umbrella|wallet|purse|phone|headphones|earbuds|airpods|jacket|coat|scarf|hat|glasses|sunglasses|laptop|book|kindle|charger|gloves|camera|tablet|ipad';
/** Bags too, but only left or forgotten: "lost my bag on the Lisbon flight" tells a checked bag the airline lost. */
const EN_CARRIED = `${EN_KEPT}|bag|backpack|rucksack|suitcase|case`;
const EN_ON_BOARD = 'train|bus|tram|coach|plane|flight|ferry|tube|\\d{1,2}[:.]\\d{2}';

export const LEFT_BEHIND: Record<Lang4, RegExp[]> = {
  en: [
    new RegExp(`\\b(?:(?:left|forgot) (?:my|our|his|her|the kids'?) (?:[\\w-]+ ){0,2}?(?:${EN_CARRIED})|lost (?:my|our|his|her|the kids'?) (?:[\\w-]+ ){0,2}?(?:${EN_KEPT})) (?:on|in) (?:the |your )?(?:[\\w:-]+ ){0,1}(?:${EN_ON_BOARD})\\b[^.!?,]{0,40}`),
    // The office asked for, not what it did ("Lost property says it was handed in. Nobody can find it now" complains).
    /\b(?:is there|any|where(?:'s| is)|who do i (?:call|ring|contact|speak to) about) (?:a |the |your )?lost property\b(?: office| number| desk| team| department)?/,
  ],
  fr: [
    /\b(?:j'ai |on a )?(?:oublie|perdu|laisse) (?:mon|ma|mes|notre|nos) (?:[\w-]+ ){0,2}?(?:sac|parapluie|portefeuille|telephone|portable|casque|ecouteurs|veste|manteau|echarpe|lunettes|ordinateur|livre|valise|gants|doudou) (?:dans|a bord du|a bord de) (?:le |la |l'|un |une )?(?:ter|tgv|train|bus|tram|metro|rer|avion|car|intercites)\b[^.!?,]{0,30}/,
    /\b(?:service (?:des )?)?objets trouves\b/,
  ],
  de: [
    /\b(?:hab|habe|ich hab|ich habe)?\s?(?:meine?n?|unsere?n?) (?:[\w-]+ ){0,2}?(?:jacke|tasche|rucksack|schirm|regenschirm|handy|kopfhorer|brille|geldbeutel|portemonnaie|geldborse|laptop|buch|koffer|mutze|schal|handschuhe) (?:im|in der) (?:ice|ic|re|rb|zug|bus|s-bahn|u-bahn|tram|flieger|flugzeug)\b[^.!?,]{0,25}\b(?:liegen (?:ge)?lassen|vergessen|verloren)\b/,
    /\b(?:das |beim |ans |im )?fundburo\b/,
  ],
  es: [
    /\b(?:me )?(?:olvide|deje|perdi|me deje|se me quedo|se me olvido) (?:la|el|mi|mis|los|las) (?:[\w-]+ ){0,2}?(?:mochila|bolso|paraguas|cartera|billetera|celular|movil|telefono|auriculares|chaqueta|campera|abrigo|gafas|lentes|libro|maleta|valija|portatil|notebook) (?:en|dentro del) (?:el |la )?(?:bus|colectivo|tren|metro|subte|avion|vuelo|tranvia|autobus)\b[^.!?,]{0,30}/,
    /\b(?:(?:la )?oficina de )?objetos perdidos\b/,
  ],
};

/**
 * The thing handed in, then lost again by the brand: "Lost property says it was handed in. Nobody can find it now."
 * (the third corpus), "… vous l'avez perdu", "… nadie sabe dónde está". With the poster's own loss removed above, the
 * complaint must be read in what the brand did after: complaints.ts adds these to the patterns enough alone.
 */
export const LOST_AFTER_HANDED_IN: Record<Lang4, RegExp[]> = {
  en: [/\b(?:nobody|no one|noone)(?: there| here)? (?:can|could) find (?:it|them)\b|\b(?:say|said|says) (?:they'?ve|they have) lost (?:it|them)\b/],
  fr: [/\bpersonne ne (?:le|la|les) (?:re)?trouve\b|\bvous (?:l'avez|les avez) (?:perdue?s?|egaree?s?)\b/],
  de: [/\bniemand (?:findet (?:sie|ihn|es)|kann (?:sie|ihn|es) finden)\b|\bihr (?:habt (?:sie|ihn|es) verloren|habt (?:sie|ihn|es) verschlampt)\b/],
  es: [/\bnadie (?:lo|la|los|las) (?:encuentra|encuentran)\b|\bnadie sabe donde (?:esta|estan)\b|\b(?:lo|la) perdieron\b/],
};
