// Staff conduct told plainly (accent-folded), beside the phrases of complaint-patterns.ts: shouted at or ignored ("El
// repartidor me gritó", "me atendió con el móvil en la mano y sin mirarme", "me siguió por toda la tienda como si
// fuera a robar", "me colgó sin más"), told off or shrugged at ("ich solle halt mal lesen lernen",
// "zuckt nur mit den Schultern", "meinte nur „Is halt so“", "keiner fühlt sich zuständig"). The held-out models read
// no trouble word in them. complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

export const STAFF: Record<Lang4, RegExp[]> = {
  en: [/\b(?:shouted|yelled|screamed) at (?:me|us|my)\b|\bwithout (?:even )?looking (?:at me|up)\b|\bas if i (?:was|were) (?:going to|about to) steal\b/],
  fr: [/\b(?:m'a|nous a) (?:crie dessus|hurle dessus)\b|\bsans (?:meme )?(?:me|nous) regarder\b|\bcomme si j'allais voler\b/],
  de: [/\bsolle? (?:halt |doch |eben )?(?:mal )?(?:lesen|zuhoren|rechnen) lernen\b|\bzuckt(?:e|en)? (?:nur |bloss )?mit den schultern\b|\bmeinte nur,? [„"'‚]?(?:is|ist|des is) halt so\b|\b(?:keiner|niemand) fuhlt sich (?:da )?zustandig\b/],
  es: [/\b(?:me|nos) (?:grito|gritaron|chillo|chillaron)\b|\bsin (?:mirarme|mirarnos|saludar(?:me|nos)?)\b|\bcon el (?:movil|celular|telefono) en la mano\b|\bcomo si (?:fuera|fuese|fueramos|fuesemos) a robar\b|\b(?:me|nos) colgo sin mas\b/],
};
