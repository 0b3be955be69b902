// Words of praise and of disappointment in French, English, German and Spanish (accent-folded, lower case), shared by
// the complaint cues (a mock reproach over praise, a letdown after "but") and the question patterns (a tag question
// closing a remark). Each list is the source of one alternation, read at word starts.
import type { Lang4 } from './stopwords.js';

/** Praise: what turns "Are you kidding me?" or "Ist das euer Ernst?" into delight rather than a reproach. */
const PRAISE: Record<Lang4, readonly string[]> = {
  en: [
    'amazing', 'awesome', 'incredible', 'unreal', 'delicious', 'yummy', 'tasty', 'gorgeous', 'stunning', 'beautiful', 'perfect',
    'brilliant', 'fantastic', 'wonderful', 'outstanding', 'insane(?:ly good)?', 'epic', 'to die for', 'love (?:it|this|them|these)',
    'obsessed', 'the best', 'best (?:thing|one|ever|purchase|buy|\\w+ (?:ever|i(?:\'ve)? (?:had|tried|eaten|bought)))',
    '\\w+(?:est|iest) (?:\\w+ ){0,3}(?:i\'?ve|i have|i\'?d|we\'?ve) ever', 'i\'?ve ever (?:had|owned|tasted|eaten|tried|bought|worn|seen)',
    'best (?:\\w+ ){1,3}(?:you|they|anyone)(?:\'ve| have)? ever', '(?:still )?the only (?:\\w+ ){1,3}(?:that|which) (?:doesn\'?t|does not|never) (?:taste|feel|look|disappoint)',
    'best \\w+ (?:around|in town|on the planet)', 'so good', 'so cute', 'so pretty', 'divine', 'heavenly', 'adorable', 'scrumptious', 'lush', 'a dream', 'a masterpiece', 'game ?changer', 'next level', 'fire',
  ],
  fr: [
    'merveille', 'merveilleu\\w*', 'tuerie', 'delicieu\\w*', 'incroyable\\w*', 'trop bon\\w*', 'trop beau', 'trop belle', 'sublime\\w*',
    'magnifique\\w*', 'parfait\\w*', 'le meilleur', 'la meilleure', 'les meilleur\\w*', 'j\'adore', 'a tomber', 'dingue', 'genial\\w*',
    'canon', 'divin\\w*', 'succulent\\w*', 'exquis\\w*', 'somptueu\\w*', 'adorable\\w*', 'un reve', 'une pepite', 'un delice', 'un regal', 'excellent\\w*', 'fabuleu\\w*', 'top du top', 'une bombe', 'ouf',
  ],
  de: [
    'wahnsinn', 'der hammer', 'hammer', 'lecker\\w*', 'genial\\w*', 'mega', 'traumhaft\\w*', 'himmlisch\\w*', 'fantastisch\\w*', 'perfekt\\w*',
    'der beste', 'die beste', 'das beste', 'bombe', 'kostlich\\w*', 'wunderschon\\w*', 'ein traum', 'spitze', 'unglaublich\\w*', 'grandios\\w*',
    'grossartig\\w*', 'hervorragend\\w*', 'weltklasse', 'der knaller', 'gottlich\\w*', 'sensationell\\w*', 'traumhaft', 'liebe (?:es|ihn|sie)', 'so gut', 'so lecker', 'top',
  ],
  es: [
    'buenisim\\w*', 'riquisim\\w*', 'increible\\w*', 'espectacular\\w*', 'delicios\\w*', 'una pasada', 'me encanta\\w*', 'perfect\\w*',
    'lo mejor', 'la mejor', 'el mejor', 'los mejores', 'una maravilla', 'maravillos\\w*', 'brutal\\w*', 'precios\\w*', 'una delicia',
    'un sueno', 'genial\\w*', 'divin[oa]s?', 'de lujo', 'exquisit\\w*', 'fantastic\\w*', 'que rico', 'que bueno', 'top',
  ],
};

/**
 * Disappointment: a product or service judged poor without a trouble word of the complaint lexicon ("tasted stale",
 * "echt nervig", "tardó casi dos semanas"). Read after a contrast ("but", "mais", "aber", "pero"), where it turns
 * praise into a complaint.
 */
const LETDOWN: Record<Lang4, readonly string[]> = {
  en: [
    'stale', 'soggy', 'melted', 'squashed', 'crushed', 'bland', 'tasteless', 'flavourless', 'flavorless', 'watery', 'burnt', 'lukewarm', '(?:was|were|arrived|came|is|are) (?:stone |ice |completely )?cold', 'flimsy', 'cheaply made',
    'disappoint\\w*', 'annoying', 'rude', 'unhelpful', 'overpriced', 'faded', 'shrunk', 'shrank', 'ripped', 'frayed', 'peeling', 'awful',
    'terrible', 'horrible', 'dreadful', 'useless', 'rubbish', 'a nightmare', 'a joke', 'a mess', 'chaos', 'chaotic', 'ridiculous',
    'took (?:almost |nearly |over |about |more than )?(?:\\d+|two|three|four|five|six|ten) (?:hours|days|weeks|months)', 'took (?:forever|ages|so long)',
    '(?:way |far |much )?too (?:small|big|tight|loose|long|short|expensive|salty|sweet|greasy|slow)', 'went off', 'gone off',
    'not (?:great|good|nice|the same|as good|worth|fresh|what i)', 'nowhere near', 'a letdown', 'let me down', 'off-putting',
  ],
  fr: [
    'rassis', 'fade', 'fondue?s?', 'ecrasee?s?', 'insipide', 'brule\\w*', 'tiede', '(?:etait|etaient|est|sont|arrivee?s?) (?:tout |toute |completement )?froide?s?', 'fragile', 'decevan\\w*', 'decu\\w*', 'penible', 'agacan\\w*',
    'enervan\\w*', 'nul', 'nulle', 'immangeable', 'impoli\\w*', 'desagreable', 'deteint', 'retreci', 'dechire\\w*', 'horrible', 'affreu\\w*',
    'catastroph\\w*', 'n\'importe quoi', 'une honte', 'le bazar', 'le chaos', 'bof', 'ridicule',
    'a mis (?:presque |pres de |plus de )?(?:\\d+|deux|trois|quatre|cinq|six|dix) (?:jours|semaines|mois)', 'a pris (?:\\d+|deux|trois) (?:jours|semaines)',
    'trop (?:cher|chere|chers|petit\\w*|grand\\w*|serre\\w*|long\\w*|sale\\w*|sucre\\w*|gras\\w*|lent\\w*)', 'pas (?:terrible|top|frais|fraiche|a la hauteur)',
  ],
  de: [
    'nervig', 'nervt', 'geschmolzen', 'zerdruckt', 'altbacken', 'labberig', 'pappig', 'fad', 'fade', 'verbrannt', 'lauwarm', '(?:war|waren|kam|kamen|ist|sind) (?:[a-z]+ )?kalt', 'enttausch\\w*', 'lastig',
    'unfreundlich\\w*', 'eingelaufen', 'ausgeblichen', 'zerrissen', 'schrecklich\\w*', 'furchtbar\\w*', 'katastroph\\w*', 'eine frechheit',
    'eine zumutung', 'mies\\w*', 'schlecht\\w*', 'chaotisch\\w*', 'chaos', 'lacherlich', 'argerlich',
    '(?:\\d+|zwei|drei|vier|funf|sechs|zehn) (?:stunden|tage|wochen|monate) gedauert', 'dauerte (?:ewig|\\w+ (?:tage|wochen))',
    'zu (?:teuer|klein|gross|eng|lang|salzig|suss|fettig|langsam)', 'nicht (?:mehr )?(?:frisch|gut|lecker|so gut)',
  ],
  es: [
    'rancio', 'rancia', 'derretid[oa]s?', 'sos[oa]', 'insipid[oa]', 'quemad[oa]', 'tibi[oa]', '(?:estaba|estaban|llego|llegaron|esta|estan) (?:[a-z]+ )?fri[oa]s?', 'decepciona\\w*', 'molest[oa]', 'borde',
    'maleducad[oa]', 'carisim[oa]', 'encogi[oa]', 'se encogio', 'destenid[oa]', 'se destin\\w*', 'roto', 'rota', 'horrible', 'fatal', 'un desastre', 'un caos', 'pesim[oa]',
    'una pena', 'una verguenza', 'ridicul[oa]', 'malisim[oa]',
    'tardo (?:casi |mas de |unas? )?(?:\\d+|dos|tres|cuatro|cinco|seis|diez)? ?(?:horas|dias|semanas|meses|siglos|una eternidad)',
    'tardaron (?:casi |mas de )?(?:\\d+|dos|tres|cuatro)? ?(?:dias|semanas|meses)',
    'demasiado (?:car[oa]|pequen[oa]|grande|ajustad[oa]|salad[oa]|dulce|lent[oa]|tiempo)', 'no (?:estaba|esta|llego) (?:fresc[oa]|bien)',
  ],
};

/** The words as one alternation for a pattern: each must start a word, and end one unless it ends in "\w*". */
const alternation = (words: readonly string[]): string => `\\b(?:${words.join('|')})(?![a-z])`;

export const PRAISE_WORDS: Record<Lang4, string> = {
  en: alternation(PRAISE.en),
  fr: alternation(PRAISE.fr),
  de: alternation(PRAISE.de),
  es: alternation(PRAISE.es),
};

/**
 * A negative lookahead for a pattern's end: the rest of the post holds none of the language's praise words, nor `more`
 * (further words, read as they are), nor `faces` (emoji, anywhere): understatement, reproachful rhetoric, "is it
 * just me" and attempts counted (complaint-understatement.ts, complaint-rhetoric.ts, complaint-just-me.ts,
 * complaint-counts.ts) complain of nothing when the post praises after them.
 */
export function noPraiseLater(lang: Lang4, more = '', faces = ''): string {
  const words = more ? `${PRAISE_WORDS[lang]}|${more}` : PRAISE_WORDS[lang];
  return faces ? `(?![^]*(?:\\b(?:${words})\\b|${faces}))` : `(?![^]*\\b(?:${words})\\b)`;
}

export const LETDOWN_WORDS: Record<Lang4, string> = {
  en: alternation(LETDOWN.en),
  fr: alternation(LETDOWN.fr),
  de: alternation(LETDOWN.de),
  es: alternation(LETDOWN.es),
};
