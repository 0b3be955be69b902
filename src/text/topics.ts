// Topic relevance: how much a post is about the brand's keywords and the vocabulary of its own website.
import { detectLanguage } from './language.js';
import { LANGS, STOP_WORDS } from './stopwords.js';
import { foldAccents, stripEmoji, stripUrls, words } from './tokens.js';

/** Words every site has in its titles and menus (home, cart, legal pages): they say nothing about the brand. */
const SITE_CHROME = new Set(
  `accueil home contact contactez panier cart compte account connexion login inscription menu recherche search
   rechercher mentions legales cgv cgu conditions generales politique confidentialite cookies cookie privacy policy
   terms impressum datenschutz agb warenkorb konto anmelden suche inicio carrito cuenta aviso legal privacidad buscar
   faq aide help hilfe ayuda page pages plan site sitemap newsletter blog bienvenue welcome willkommen bienvenido
   www http https html`.split(/\s+/),
);

/** Suffixes removed (repeatedly) so that lampe/lampes/Lampen/lamps, bougie/bougies, vela/velas compare equal. */
const SUFFIXES = ['es', 'en', 's', 'x', 'e'];
const MIN_STEM = 3;

/** Light plural/inflection folding for fr/en/de/es: "Lampen" → "lamp", "bougies" → "bougi", "linens" → "lin". */
export function stem(word: string): string {
  let w = foldAccents(word);
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of SUFFIXES) {
      if (w.endsWith(suffix) && w.length - suffix.length >= MIN_STEM) {
        w = w.slice(0, -suffix.length);
        changed = true;
        break;
      }
    }
  }
  return w;
}

/** Folded word tokens, with French/Italian elisions split off ("l'atelier" → "atelier"). */
function tokens(text: string): string[] {
  const cleaned = stripEmoji(stripUrls(text)).replace(/[@][\p{L}\p{N}_.]+/gu, ' ');
  return words(foldAccents(cleaned).replace(/[’‘]/g, "'"))
    .flatMap((w) => w.split(/['-]/))
    .filter(Boolean);
}

function isContentWord(word: string): boolean {
  return (
    word.length >= 3 && !/^\d+$/.test(word) && !SITE_CHROME.has(word) && !LANGS.some((l) => STOP_WORDS[l].has(word))
  );
}

/**
 * Distinctive words of the brand's site (page titles and headings): lower-cased, accent-folded, stop words and
 * site-menu words removed, most frequent first (ties in order of first appearance), at most `max`. Inflections of one
 * word count together and are returned in their most frequent form.
 */
export function siteVocabulary(texts: string[], max = 50): string[] {
  const byStem = new Map<string, { count: number; forms: Map<string, number> }>();
  for (const text of texts) {
    for (const word of tokens(text)) {
      if (!isContentWord(word)) continue;
      const key = stem(word);
      const entry = byStem.get(key) ?? { count: 0, forms: new Map<string, number>() };
      entry.count += 1;
      entry.forms.set(word, (entry.forms.get(word) ?? 0) + 1);
      byStem.set(key, entry);
    }
  }
  return [...byStem.values()]
    .sort((a, b) => b.count - a.count) // stable: ties keep first-appearance order
    .slice(0, Math.max(0, max))
    .map((e) => [...e.forms.entries()].sort((a, b) => b[1] - a[1])[0][0]);
}

/**
 * Weights: a post naming one of the brand's keywords is about the brand (0.6), each further keyword adds 0.2; the
 * site's vocabulary adds up to 0.4 (0.2 per shared word, two words saturate), so a post sharing two site words
 * reaches the default on-topic threshold without naming a keyword.
 */
const FIRST_KEYWORD = 0.6;
const NEXT_KEYWORD = 0.2;
const VOCABULARY_MAX = 0.4;
const VOCABULARY_SATURATION = 2;
/**
 * In German posts a keyword stem of this many letters or more also matches as the head of a compound ("Kerze" in
 * "Duftkerzen"). Only in German: in English "table" would match "vegetable".
 */
const MIN_COMPOUND_STEM = 4;

/**
 * 0..1: how much a post is about the brand's topics. Keyword matches weigh most (accent- and case-insensitive,
 * plurals and simple inflections tolerated, multi-word keywords matched as a sequence, German compounds by their
 * head); overlap with the site's vocabulary adds.
 */
export function topicRelevance(text: string, keywords: string[], vocabulary: string[] = []): number {
  const words = tokens(text);
  const stems = words.map(stem);
  if (stems.length === 0) return 0;
  // Asked only when a keyword could be a compound's head (most posts never get there, nor load the detector's model).
  let german: boolean | undefined;
  const compounds = (): boolean => (german ??= detectLanguage(text) === 'de');
  const topics = topicStems(keywords, vocabulary);
  let matched = 0;
  for (const keyword of topics.keywords) {
    if (containsKeyword(stems, keyword, compounds)) matched += 1;
  }
  const keywordScore = matched === 0 ? 0 : FIRST_KEYWORD + NEXT_KEYWORD * (matched - 1);
  const vocab = topics.vocabulary;
  const content = new Set(words.filter(isContentWord).map(stem));
  const shared = [...content].filter((s) => vocab.has(s)).length;
  const vocabularyScore = VOCABULARY_MAX * Math.min(1, shared / VOCABULARY_SATURATION);
  return Math.min(1, Math.round((keywordScore + vocabularyScore) * 1000) / 1000);
}

/** The keywords' stem sequences (each once) and the vocabulary's content stems. */
interface TopicStems {
  keywords: string[][];
  vocabulary: Set<string>;
}

/**
 * The last keywords and vocabulary stemmed, by their words: a rule asks about every post of an audit with the same
 * two lists, which were tokenised and stemmed again for each post (most of the rule's time).
 */
let lastTopics: { key: string; stems: TopicStems } | undefined;

function topicStems(keywords: string[], vocabulary: string[]): TopicStems {
  const key = JSON.stringify([keywords, vocabulary]);
  if (lastTopics?.key !== key) {
    const stems: TopicStems = {
      keywords: [...new Set(keywords.map((k) => tokens(k).map(stem).join(' ')).filter(Boolean))].map((k) => k.split(' ')),
      vocabulary: new Set(vocabulary.flatMap((v) => tokens(v)).filter(isContentWord).map(stem)),
    };
    lastTopics = { key, stems };
  }
  return lastTopics.stems;
}

function containsKeyword(stems: string[], keyword: string[], compounds: () => boolean): boolean {
  if (keyword.length === 1) {
    const k = keyword[0];
    const head = k.length >= MIN_COMPOUND_STEM;
    return stems.some((s) => s === k || (head && s.length > k.length && s.endsWith(k) && compounds()));
  }
  for (let i = 0; i + keyword.length <= stems.length; i++) {
    if (keyword.every((k, j) => stems[i + j] === k)) return true;
  }
  return false;
}

/** topicRelevance ≥ threshold (default 0.3). */
export function isOnTopic(text: string, keywords: string[], vocabulary?: string[], threshold = 0.3): boolean {
  return topicRelevance(text, keywords, vocabulary) >= threshold;
}
