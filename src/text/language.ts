// Language detection for short social posts: tinyld for longer text, word and letter cues for two-word posts.
// A post without words (emoji, hashtags, links alone) has no language: 'und'.
import { createRequire } from 'node:module';
import { SHORT_REPLY_WORDS } from './short-reply-words.js';
import { LANGS, STOP_WORDS, type Lang4 } from './stopwords.js';
import { foldAccents, letterCount, stripEmoji, stripUrls, words } from './tokens.js';
import { cachedIn } from '../bounded-cache.js';

export type TextLang = Lang4 | 'und';

type DetectAll = typeof import('tinyld').detectAll;
let tinyld: DetectAll | undefined;

/**
 * tinyld, loaded on the first post to detect: its n-gram tables take ~0.1 s and ~50 MB to load, which a website-only
 * audit, a re-render or `--help` should not pay (the CLI's bundle requires a copy with the four languages' tables only,
 * ~0.007 s: scripts/bundle-cli.mjs, which rewrites this require; detection always passes `only: LANGS`). Its CommonJS
 * build is the same bundle as its ES module one, and loads synchronously, so detection stays a plain function.
 */
function detectAll(text: string, options: Parameters<DetectAll>[1]): ReturnType<DetectAll> {
  tinyld ??= (createRequire(import.meta.url)('tinyld') as typeof import('tinyld')).detectAll;
  return tinyld(text, options);
}

const list = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/**
 * Words that fans and brands use alone or nearly alone ("merci !", "Danke!", "¿Precio?", "Gorgeous!!!", a contest
 * entry's "Entered! Fingers crossed", "Daumen gedrückt", "¡Suerte!"), folded.
 * Statistical detectors have too few letters to go on there; these words are unambiguous enough. Words shared by
 * several of the languages ("super", "top", "bravo", "genial" without its accent, "wow", "lol", "omg") are left out:
 * on their own they say nothing of the language, and a post of them alone stays 'und'.
 */
const SOCIAL_WORDS: Record<Lang4, Set<string>> = {
  fr: list(`merci bonjour bonsoir salut coucou oui svp stp magnifique superbe beau belle beaux belles joli jolie
    jolis jolies adore prix dispo disponible commande livraison colis boutique canape plaid coussin vivement hate
    felicitations sublime genialissime chouette franchement participe croise croises doigts enfin ouais mdr ptdr
    youpi wahou waouh livrez livrer livre livree payer bisous kiffe miam veux besoin`),
  en: list(`thanks thank thx love lovely gorgeous beautiful price great awesome amazing cute nice please order
    delivery store shop yes hi hello hey stunning wonderful brilliant entered fingers crossed congrats yay finally
    guys best ever want need yummy obsessed`),
  de: list(`danke bitte hallo preis schon toll tolle toller tolles klasse wunderschon traumhaft bestellung lieferung
    versand leider gerne genau prima geil huebsch hubsch kollektion daumen gedruckt glueck gluck endlich damit juhu
    lecker krass wahnsinn freue bestellt`),
  es: list(`gracias hola precio precioso preciosa preciosos preciosas bonito bonita bonitos bonitas buenisimo
    buenisima encanta pedido envio envios tienda guay chulo chula enhorabuena suerte participo cruzados dedos jaja
    jajaja jeje porfa guapa guapo vamos reembolso enviais tres risa quiero necesito ganas rico`),
};

/**
 * Words whose accented spelling belongs to one language only, though the folded form is shared: "génial" is French,
 * where Spanish and German write "genial"; "qué" is Spanish. Matched on the lower-cased, unfolded word.
 */
const ACCENTED_WORDS: Record<Lang4, Set<string>> = {
  fr: list('génial géniale géniaux géniales génialissime'),
  en: list(''),
  de: list(''),
  es: list('qué'),
};

/**
 * A post of this many words or fewer is a short reply: SHORT_REPLY_WORDS count there too. Round 37's thread replies
 * ran from 1 to 6 words.
 */
const SHORT_POST_WORDS = 6;

/** A letter written three times or more ("Ouiiii", "merciii", "Graciaaas", "sooo"): fans stretch words to shout. */
const STRETCHED = /(\p{L})\1{2,}/gu;

/** Letters found in one of the four languages only, or nearly: each occurrence is strong evidence. */
const LETTER_CUES: Array<[RegExp, Partial<Record<Lang4, number>>]> = [
  [/[¿¡ñ]/gu, { es: 2 }],
  [/[áíóú]/gu, { es: 1.5 }],
  [/[ßäö]/gu, { de: 2 }],
  [/ü/gu, { de: 1 }],
  [/[çèêàùœôîûëï]/gu, { fr: 1.5 }],
  [/é/gu, { fr: 0.5, es: 0.5 }],
  // French typography: a space before '?', '!', ':' or ';' ("Prix ?", "merci !").
  [/\p{L}[ \u00A0\u202F][?!;]/gu, { fr: 1 }],
  // French elision: j', l', d', n', c', qu', m', t', s' before a word ("j'adore", "qu'en").
  [/(?<![\p{L}])(?:j|l|d|n|c|qu|m|t|s)['’]\p{L}/gu, { fr: 1 }],
];

/**
 * Weight given to tinyld: nothing for the first 6 letters (on one word it guesses: "Gorgeous" comes out French),
 * then 1/8 per letter up to 4, reached around 40 letters, where its n-gram statistics are reliable.
 */
const TINYLD_FREE_LETTERS = 6;
const TINYLD_WEIGHT_PER_LETTER = 1 / 8;
const TINYLD_MAX_WEIGHT = 4;
/** A language must lead by this much; below it the text could be either, so 'und' rather than a coin toss. */
const MIN_MARGIN = 0.5;
/** And score at least this (one function word or one distinctive letter). */
const MIN_SCORE = 1;

/** Enough for every post of an audit; past it the cache starts over rather than grow. */
const MAX_CACHED = 8192;
const detected = new Map<string, TextLang>();

/**
 * Detects French, English, German or Spanish; 'und' when the text has no letters or the cues do not agree enough
 * (emoji alone, "ok", "Wow", a bare URL or hashtag). Each text is detected once: the detectors that need a post's
 * language (questions, topics…) share the answer.
 */
export function detectLanguage(text: string): TextLang {
  return cachedIn(detected, MAX_CACHED, text, detect);
}

/** The text detection looks at: mentions, hashtags, URLs and emoji are names and pictures, not language. */
function wordsOnly(text: string): string {
  return stripEmoji(stripUrls(text)).replace(/[@#][\p{L}\p{N}_.]+/gu, ' ');
}

/**
 * Whether the post has words at all: a post of emoji, punctuation, mentions, hashtags or links alone ("💖💖",
 * "#teamcroquettes 🐾🐾") has no language, whoever wrote it; detection says 'und' for it by definition.
 */
export function hasWords(text: string): boolean {
  return letterCount(wordsOnly(text)) > 0;
}

function detect(text: string): TextLang {
  const cleaned = wordsOnly(text);
  const letters = letterCount(cleaned);
  if (letters === 0) return 'und';
  const lower = cleaned.toLowerCase();
  const score: Record<Lang4, number> = { fr: 0, en: 0, de: 0, es: 0 };

  const tokens = words(lower);
  const short = tokens.length <= SHORT_POST_WORDS;
  for (const token of tokens) {
    for (const lang of LANGS) if (ACCENTED_WORDS[lang].has(token)) score[lang] += 1;
    let folded = foldAccents(token);
    // A stretched word is read as written once ("ouiiii" → "oui"), when the word as written is no word of the lists.
    if (wordHits(folded) === 0) folded = folded.replace(STRETCHED, '$1');
    const parts = wordHits(folded) > 0 ? [folded] : folded.split(/['-]/);
    for (const part of parts) for (const lang of LANGS) if (isKnownWord(lang, part)) score[lang] += 1;
    if (short) for (const lang of LANGS) if (SHORT_REPLY_WORDS[lang].has(folded)) score[lang] += 1;
  }
  for (const [re, weights] of LETTER_CUES) {
    const n = (lower.match(re) ?? []).length;
    for (const lang of LANGS) score[lang] += n * (weights[lang] ?? 0);
  }
  // tinyld's accuracies are on no fixed scale (a clear English sentence may get 0.12): use each language's share.
  const weight = Math.min(TINYLD_MAX_WEIGHT, Math.max(0, letters - TINYLD_FREE_LETTERS) * TINYLD_WEIGHT_PER_LETTER);
  if (weight > 0 && !cuesDecide(score, weight)) {
    const guesses = detectAll(cleaned, { only: [...LANGS] }).filter((g) => (LANGS as readonly string[]).includes(g.lang));
    const total = guesses.reduce((sum, g) => sum + g.accuracy, 0);
    for (const { lang, accuracy } of guesses) if (total > 0) score[lang as Lang4] += (weight * accuracy) / total;
  }

  return verdict(score);
}

/** The leading language, or 'und' when it scores too little or leads by too little. */
export function verdict(score: Record<Lang4, number>): TextLang {
  const ranked = [...LANGS].sort((a, b) => score[b] - score[a]);
  const [best, second] = [score[ranked[0]], score[ranked[1]]];
  if (best < MIN_SCORE || best - second < MIN_MARGIN) return 'und';
  return ranked[0];
}

/**
 * Whether the word and letter cues alone fix the verdict, whatever tinyld says: its shares add up to `weight` at
 * most, so a leader ahead of every other language by more than `weight` plus the margin stays ahead by the margin,
 * and a text whose best cue score plus `weight` is below the minimum is 'und' anyway. tinyld (~1 ms a post, and its
 * ~0.1 s load when no post needs it) is then skipped: on the demo brand's posts, half are decided by their function
 * words and accents. The slack keeps float rounding of the shares from ever mattering.
 */
export function cuesDecide(score: Record<Lang4, number>, weight: number): boolean {
  const SLACK = 1e-6;
  const ranked = [...LANGS].sort((a, b) => score[b] - score[a]);
  const [best, second] = [score[ranked[0]], score[ranked[1]]];
  if (best + weight < MIN_SCORE - SLACK) return true;
  return best >= MIN_SCORE && best - second - weight >= MIN_MARGIN + SLACK;
}

function isKnownWord(lang: Lang4, word: string): boolean {
  return STOP_WORDS[lang].has(word) || SOCIAL_WORDS[lang].has(word);
}

function wordHits(word: string): number {
  return LANGS.filter((lang) => isKnownWord(lang, word)).length;
}
