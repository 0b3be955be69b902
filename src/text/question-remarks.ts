// Remarks that end in '?' without asking, in French, English, German and Spanish (accent-folded): an announcement
// echoed before an eager reply ("Gewinnspiel? Da bin ich dabei!"), and a tag closing praise ("Trop bon, non ?").
import type { Lang4 } from './stopwords.js';
import { PRAISE_WORDS } from './evaluation-words.js';
import { patternSource, topLevelAlternatives, unionTester, type PatternSource } from './regex-union.js';

/**
 * An eager reply to an announcement: "je participe", "yes please", "da bin ich dabei", "me apunto". The short '?'
 * sentences before it echo the announcement ("Encore un jeu concours ?", "Free shipping this weekend?").
 */
export const EAGER_REPLY: Record<Lang4, RegExp> = {
  en: /\b(?:yes please|count (?:me|us) in|(?:i'?m|we'?re|i am|we are) (?:so )?in|sign (?:me|us) up|can'?t wait|let'?s go|woo+ho+|yay+|take my money|finally|at last|on my way|omw)\b/,
  fr: /\b(?:je participe|on participe|nous participons|je suis partante?|on est partants?|j'en suis|on en est|trop bien|je tente ma chance|carrement|j'arrive|on arrive|on y sera|j'y serai|je fonce|je le veux|je les veux|enfin|j'y cours|j'y vais)\b/,
  de: /\b(?:(?:da |auf jeden fall |sofort )?(?:bin ich|sind wir|ich bin|wir sind|bin|sind) (?:so was von |auf jeden fall |sofort )?dabei|ich mach(?:e)? mit|wir machen mit|mach(?:e)? ich mit|her damit|ja bitte|will ich haben|geil|endlich|bin unterwegs|ich renne)\b/,
  es: /\b(?:me apunto|nos apuntamos|yo me apunto|cuenta conmigo|contad con nosotros|ahi estaremos|ahi estare|que guay|alla voy|alla vamos|si por favor|lo quiero|los quiero|por fin|ya voy|ya estoy (?:en|alli|ahi)|voy corriendo|voy volando)\b/,
};

/** Any language's eager reply: a short post's language is often misread ("Adventskalender? Her damit!"). */
export const ANY_EAGER_REPLY = new RegExp(Object.values(EAGER_REPLY).map((re) => re.source).join('|'));

/**
 * Delight opening the reply to an announcement: "Génial !", "Trop contente", "Best news all week", "Wow", "Wie cool ist
 * das denn!", "¡Qué ilusión!". After it, the short '?' sentences before echo the announcement as the eager replies do.
 */
const DELIGHT: Record<Lang4, string> = {
  en: String.raw`(?:wow|amazing|awesome|brilliant|fantastic|fab(?:ulous)?|incredible|lov(?:e|ing) (?:it|this|that)|(?:best|great|good|what great|the best) news|so excited|omg|perfect|woo+|yay+|yess+|nice|sweet|great|superb|music to my ears)`,
  fr: String.raw`(?:genial\w*|super|trop (?:bien|content\w*|cool|hate|fort|top|heureu\w*)|j'adore|excellent\w*|parfait\w*|youpi+|ouah+|waouh+|wow|vivement|(?:quelle |trop )?(?:bonne|belle) nouvelle|top|merveilleu\w*|chouette|ouii+)`,
  de: String.raw`(?:super|toll|genial|wow|juhu+|juchu+|cool|wie cool|klasse|mega|wunderbar|ich freu(?:e)? mich|freu mich|yay+|spitze|hammer|(?:was fur )?(?:eine )?gute nachricht(?:en)?|wie schon|traumhaft|perfekt|wahnsinn|jaa+)`,
  es: String.raw`(?:genial|que (?:ilusion|guay|bien|maravilla|pasada|alegria|emocion|gozada|buena noticia)|me encanta\w*|guay|wow|perfecto|estupendo|buenas? noticias?|increible|ole|sii+)`,
};
/** A delighted reply, in any language, at the start of a sentence (folded, opening marks dropped). */
export const ANY_DELIGHT_REPLY = new RegExp(
  String.raw`^[\s¡¿"'«»()]*(?:(?:oh|ah|omg|oh my god|wow|yes+|oui+|ja+|si+)[\s,!]+)*(?:${Object.values(DELIGHT).join('|')})(?![\p{L}'])`,
  'u',
);
/** The same delight anywhere in a post: one scan tells whether any sentence needs the anchored test. */
export const DELIGHT_ANYWHERE = new RegExp(String.raw`(?:${Object.values(DELIGHT).join('|')})(?![\p{L}'])`, 'u');
/**
 * Whether a post (folded) holds an eager reply or delight anywhere: ANY_EAGER_REPLY.test || DELIGHT_ANYWHERE.test, the
 * same answer, with each of their alternatives tested on its own and only when the post holds a literal it cannot
 * match without (regex-union.ts): the two patterns tried at every position cost ~4 µs a call, and the eager replies'
 * only literal common to "i'm in" and "we're in" is "in", which half the posts hold.
 */
export function mayReplyEagerly(folded: string): boolean {
  return EAGER_OR_DELIGHT.test(folded);
}
/**
 * The alternatives of `group`, a pattern's source `(?:…)` between `before` and `after`, each as a pattern of its own
 * followed by `then`.
 */
function eachAlternative(group: string, before: string, after: string, then: string, flags: string): PatternSource[] {
  if (!group.startsWith(`${before}(?:`) || !group.endsWith(`)${after}`)) throw new Error(`not a group: ${group}`);
  const inner = group.slice(before.length + 3, group.length - after.length - 1);
  return topLevelAlternatives(inner).map((alt) => patternSource(`${before}(?:${alt})${then}`, flags));
}
const EAGER_OR_DELIGHT = unionTester([
  ...Object.values(EAGER_REPLY).flatMap((re) => eachAlternative(re.source, '\\b', '\\b', '\\b', '')),
  ...Object.values(DELIGHT).flatMap((d) => eachAlternative(d, '', '', "(?![\\p{L}'])", 'u')),
]);
/** A delighted reply on a condition still asks: "Amazing if so", "Super si c'est le cas", "Wäre super, falls ja". */
export const IF_SO = /\b(?:if so|if that'?s (?:true|the case)|si c'est le cas|si oui|si c'est vrai|falls ja|wenn ja|wenn das stimmt|si es asi|si es el caso|si es verdad)\b/;

/** Tags that close a sentence: "…, right?", "…, non ?", "…, oder?", "…, ¿verdad?". */
export const TAG: Record<Lang4, RegExp> = {
  en: /(?:^|[\s,¿])(?:right|no|eh|innit|(?:is|are|was|were|do|does|did|can|could|has|have|would|will|wo|ca)n'?t (?:it|they|you|he|she|we|i|there)|can you|don'?t you think|yeah)$/,
  fr: /(?:^|[\s,¿])(?:non|hein|n'est-ce pas|pas vrai|tu trouves pas|vous trouvez pas)$/,
  de: /(?:^|[\s,¿])(?:oder|gell|ne|nicht wahr|stimmt'?s|oder nicht)$/,
  es: /(?:^|[\s,¿])(?:verdad|no|a que si|eh|o no)$/,
};

/**
 * Something called unrivalled: "nothing beats…", "best pizza in Leeds", "rien ne vaut…", "Beste Currywurst der
 * Stadt", "no hay nada como…". Kept here rather than in the shared praise lexicon: it makes a tag a remark, and a
 * superlative alone says nothing of a complaint. "Best to order a size up", "am besten…", "es mejor…" give advice and
 * still ask.
 */
const UNRIVALLED: Record<Lang4, string> = {
  en: String.raw`\b(?:nothing (?:beats|compares to|tops)|no one (?:does|makes) \w+ like|(?:best|finest|tastiest|nicest|greatest|comfiest|cosiest) (?!to\b|way\b|time\b|option\b|bet\b|size\b)(?:[\w'-]+ ){1,3}(?:in|on|of|around)\b)`,
  fr: String.raw`\b(?:rien ne vaut|rien de (?:tel|mieux) que|il n'y a (?:pas|rien) (?:de )?mieux|(?:le|la|les|mon|ma|mes|ton|ta|tes|leur|leurs|votre|vos|notre|nos) meilleur\w*|personne ne (?:fait|fabrique|cuisine) \w+ comme)`,
  de: String.raw`(?:\b(?:nichts geht uber|geht nichts uber|es gibt nichts besseres)|(?<!\bam )\bbeste[nrs]? (?:\w+ ){1,3}(?:in|der|des|im|von|auf|weit|aller)\b)`,
  es: String.raw`\b(?:no hay (?:nada|nadie|ningun\w*|\w+) como|nada como|(?:el|la|lo|los|las|mi|mis|tu|tus|vuestr\w+|su|sus) mejor(?:es)? \w+)`,
};

/**
 * Judgements that only make sense as opinions before a tag: superlatives of taste ("the friendliest", "das
 * gemütlichste Café", "la plus jolie", "la más bonita"), "nobody makes X like you", "can't beat", and mild praise
 * ("hilarious", "trop doux", "so witzig"). "The largest size is XL, right?" still asks: size and date superlatives are
 * facts.
 */
const OPINION: Record<Lang4, string> = {
  en: String.raw`\b(?:(?:the )?(?:friendliest|nicest|cosiest|comfiest|tastiest|prettiest|loveliest|funniest|cutest|softest|yummiest|coolest|sweetest|kindest|happiest|cleanest|freshest)\b|(?:nobody|no one|no-one) (?:does|makes|bakes|cooks|brews|serves) (?:\S+ ){1,4}like (?:you|u|yours)\b|can'?t beat\b|(?:hilarious|lovely|adorable|cute|fab|spot on)\b)`,
  fr: String.raw`\b(?:(?:le|la|les) plus (?:beaux?|belles?|joli\w*|doux|douces?|gentil\w*|sympa\w*|mignon\w*|bon(?:ne)?s?|agreable\w*|cool|chaleureu\w*)\b|personne ne (?:fait|fabrique|cuisine|prepare|reussit) (?:\S+ ){1,4}comme\b|trop (?:doux|douce|mignon\w*|beau|belle|bon|bonne|joli\w*|chou|cool|sympa|drole|mimi)\b|(?:adorable|hilarant|trognon)\w*)`,
  de: String.raw`\b(?:(?:der|die|das|den|dem) (?:schonste|leckerste|gemutlichste|netteste|coolste|tollste|witzigste|susseste|freundlichste|sympathischste)\w*|keiner (?:macht|backt|kocht|braut|kann) (?:\S+ ){1,4}(?:wie|so wie)\b|so (?:witzig|lustig|schon|gut|lecker|suss|gemutlich|nett|toll|cool|sympathisch|hubsch)\b)`,
  es: String.raw`(?:\b(?:el|la|los|las|lo) (?:\S+ )?(?:mas|más) (?:bonit|precios|ric|agradable|simpatic|guap|chul|mon|acogedor)\w*|\bnadie (?:hace|cocina|prepara|tiene) (?:\S+ ){1,4}como\b|\b(?:graciosisim|monisim|bonisim)\w*)`,
};

/**
 * Praise of `lang` anywhere in a clause, something called unrivalled, or an opinion: before a tag, it makes a remark
 * ("Der Kuchen ist der Hammer, oder?", "Best pizza in Leeds, no?", "Your new advert is hilarious, isn't it?").
 */
export const PRAISE: Record<Lang4, RegExp> = {
  en: new RegExp(`${PRAISE_WORDS.en}|${UNRIVALLED.en}|${OPINION.en}`),
  fr: new RegExp(`${PRAISE_WORDS.fr}|${UNRIVALLED.fr}|${OPINION.fr}`),
  de: new RegExp(`${PRAISE_WORDS.de}|${UNRIVALLED.de}|${OPINION.de}`),
  es: new RegExp(`${PRAISE_WORDS.es}|${UNRIVALLED.es}|${OPINION.es}`),
};

/**
 * A trouble taken as expected ("typical", "évidemment", "na klar", "cómo no"): in a post with a tag, the tag mocks
 * ("Another cancelled train, right? Typical.", "Encore en retard, évidemment, non ?").
 */
export const RESIGNED: Record<Lang4, RegExp> = {
  en: /\b(?:typical|as usual|as always|what a surprise|surprise surprise|classic)\b/,
  fr: /\b(?:evidemment|forcement|comme d'hab(?:itude)?|comme toujours|quelle surprise|sans surprise)\b/,
  de: /\b(?:na klar|wie immer|typisch|wer hatte es gedacht|welch eine uberraschung|was fur eine uberraschung)\b/,
  es: /\b(?:como no|como siempre|tipico|que sorpresa|para variar)\b/,
};
