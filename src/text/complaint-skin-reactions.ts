// A product that hurt the skin, told as a plain fact (accent-folded): "The cream gave me a rash all over my face", "La
// crème m'a donné des plaques rouges partout", "Von der Creme habe ich überall rote Flecken bekommen", "La base de
// maquillaje me dejó la cara llena de granitos" (held-out misses of round 8, the second and tenth corpora; class
// posts). No complaint word is there, and the model reads a face and a cream. The harm must be caused ("gave me",
// "m'a donné", "verursacht", "me dejó"): a rash cleared ("cleared the red blotches", "mein Ausschlag ist weg", "me ha
// dejado la piel como nueva") or asked about ("I get hives from lanolin") is none. The poster's own allergy owned
// ("c'est parce que je suis allergique… rien à voir avec eux") is one weak sign (complaint-own-fault.ts). complaints.ts
// adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

const EN_HARM = String.raw`(?:an? )?(?:(?:itchy |red |awful |horrible |painful )?(?:rash|rashes|hives|blotches|spots|breakouts?|welts|blisters|eczema|(?:allergic )?reaction)|red (?:patches|marks|bumps))`;

export const SKIN_REACTIONS: Record<Lang4, RegExp[]> = {
  en: [
    new RegExp(String.raw`\b(?:gave|has given|gives|left) me ${EN_HARM}\b|\bbroke me out\b|\bbroke out in ${EN_HARM}\b`),
  ],
  fr: [
    /\b(?:m'a|m'ont|me) (?:donne|donnent|fait|font|provoque|provoquent|file|filent|cause) (?:des|une|de l'|de|d') ?(?:plaques|boutons|rougeurs|eczema|demangeaisons|irritations?|reaction|allergie|brulures|cloques)\b/,
    /\breaction allergique (?:avec|a cause de|apres|due a) (?:votre|vos|ce|cette|le|la|les)\b/,
  ],
  de: [
    /\b(?:rote flecken|roten flecken|ausschlag|pickel|quaddeln|juckreiz|rotungen|allergische reaktion)\b[^.!?]{0,30}\b(?:bekommen|gekriegt|verursacht|ausgelost)\b/,
  ],
  es: [
    /\bme (?:ha |han )?(?:dejado|dejo|salieron|salio|produjo|producido|provoco|provocado|dio|dado|causo|causado) (?:la (?:cara|piel|frente|espalda) (?:llena de |con )?)?(?:granitos|granos|ronchas|alergia|una reaccion|reaccion|irritacion|sarpullido|eccema|picores|manchas rojas)\b/,
  ],
};
