// Staff conduct told plainly (accent-folded), beside the phrases of complaint-patterns.ts: shouted at or ignored ("El
// repartidor me gritó", "me atendió con el móvil en la mano y sin mirarme", "me siguió por toda la tienda como si
// fuera a robar", "me colgó sin más"), told off or shrugged at ("ich solle halt mal lesen lernen",
// "zuckt nur mit den Schultern", "meinte nur „Is halt so“", "keiner fühlt sich zuständig"). The held-out models read
// no trouble word in them. Laughed at or laughed off when the trouble was pointed out (round 33's missed care
// complaint: "Staff just laughed it off when I pointed it out"; not staff who laughed with the poster). complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

export const STAFF: Record<Lang4, RegExp[]> = {
  en: [/\b(?:staff|waiter|waitress|he|she|they|manager|driver|agent|cashier) (?:just |only |simply )?laughed (?:it off|at me|at us|in my face)\b|\blaughed in my face\b/, /\b(?:shouted|yelled|screamed) at (?:me|us|my)\b|\bwithout (?:even )?looking (?:at me|up)\b|\bas if i (?:was|were) (?:going to|about to) steal\b/],
  fr: [/\b(?:m'a|nous a|m'ont|nous ont) ri au nez\b|\b(?:s'est|se sont) (?:bien )?moquee?s? de (?:moi|nous)\b/, /\b(?:m'a|nous a) (?:crie dessus|hurle dessus)\b|\bsans (?:meme )?(?:me|nous) regarder\b|\bcomme si j'allais voler\b/],
  de: [/\b(?:hat|haben|hatte|hatten) (?:mich|uns) (?:nur |einfach |bloss |auch noch )?ausgelacht\b/, /\bsolle? (?:halt |doch |eben )?(?:mal )?(?:lesen|zuhoren|rechnen) lernen\b|\bzuckt(?:e|en)? (?:nur |bloss )?mit den schultern\b|\bmeinte nur,? [„"'‚]?(?:is|ist|des is) halt so\b|\b(?:keiner|niemand) fuhlt sich (?:da )?zustandig\b/],
  es: [/\bse (?:rio|rieron|reia|reian) (?:en mi cara|en nuestra cara|de mi|de nosotros)\b/, /\b(?:me|nos) (?:grito|gritaron|chillo|chillaron)\b|\bsin (?:mirarme|mirarnos|saludar(?:me|nos)?)\b|\bcon el (?:movil|celular|telefono) en la mano\b|\bcomo si (?:fuera|fuese|fueramos|fuesemos) a robar\b|\b(?:me|nos) colgo sin mas\b/],
};
