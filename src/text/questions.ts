// Question detection: a '?' or '¿' outside URLs, or an interrogative form written without one (four languages).
import { QUESTION_PATTERNS } from './question-patterns.js';
import { LANGS, type Lang4 } from './stopwords.js';
import { detectLanguage, type TextLang } from './language.js';
import { foldAccents, prepare, sentences } from './tokens.js';

/**
 * Greetings and linking words in front of the question itself ("Bonjour, est-ce que…", "Hi, can you…",
 * "Hola, me podéis…", "Quick question: …" is split at the colon instead).
 */
const LEAD_IN =
  /^[\s¿¡"'«»()\-–—]*(?:(?:bonjour|bonsoir|salut|coucou|allo|hello|hi|hey|hallo|moin|servus|hola|oye|buenas(?: tardes| noches)?|buenos d[ií]as|guten (?:tag|morgen|abend))(?: (?:à tous|a tous|tout le monde|everyone|all|team|there|guys|folks|zusammen|ihr lieben|a todos|equipo))?[\s,!.:;-]*)?(?:(?:et|mais|sinon|du coup|alors|and|but|btw|und|aber|y|pero|entonces|ok|okay)[\s,]+)?[¿¡]*/u;

/** German finite verbs that open a yes/no question but do not end like a regular verb ("Ist der Tisch…"). */
const DE_IRREGULAR_VERBS = new Set(
  `ist sind hat hast kann kannst konnt gibt wird wirst weiss muss musst soll sollst darf durft mag mochte mochtet
   ware waren war bist seid tut bin`.split(/\s+/),
);
/** Subjects after a German verb-first question ("Habt ihr…", "Kann man…", "Ist das…", "Sind die Kerzen…"). */
const DE_SUBJECTS = new Set(
  `ich du er sie es wir ihr man jemand wer das der die den dem ein eine einen mein meine dein deine euer eure unser
   unsere ihre dieser diese dieses`.split(/\s+/),
);
/** Sentence-initial German words that end like verbs but are not ("Heute ist…", "Danke ihr Lieben"). */
const DE_NOT_VERBS = new Set(
  `heute jetzt morgen gestern hier dort dann danke bitte leider endlich nur auch schon noch gerade immer seit bei nach
   vor mit fur uber unter zwischen ohne gegen durch um bis am im zum zur liebe lieber liebes hallo moin servus guten
   schonen frohe viele alle beste neue unsere unser meine mein die der das den dem des ein eine einen diese dieser
   dieses jede jeder ganz total super mega ja nein naja also aber und oder denn weil dass wenn als wie so sehr zu ab
   an auf aus in von erst selbst sonst trotzdem deshalb deswegen nachste letzte erste zweite dritte halt eben bereits
   insgesamt absolut echt einfach wirklich mittlerweile inzwischen`.split(/\s+/),
);

/**
 * True when the text asks something: a sentence ending in '?' (French " ?" with U+00A0/U+202F included), a
 * Spanish '¿', or an interrogative form written without a mark ("est-ce que vous livrez en Belgique",
 * "how do I…", "wie kann ich…", "cómo puedo…"). Rhetorical questions ("qui n'a jamais rêvé…", "who doesn't
 * love…"), exclamations ("quelle belle collection !", "What a gorgeous table!") and the '?' of a URL's query
 * string are not questions. Without `lang` (or with 'und') the forms of all four languages are tried.
 */
export function isQuestion(text: string, lang?: TextLang): boolean {
  const prepared = prepare(text)
    .replace(/@[\p{L}\p{N}_.]+/gu, ' ') // mentions: a dot inside one is not the end of a sentence
    .replace(/(\d)\.(?!\d*\s*$)/gu, '$1'); // "Am 24.12. sind…", "der 30. und": dates, not sentence ends
  if (!prepared) return false;
  const langs: readonly Lang4[] = lang && lang !== 'und' ? [lang] : LANGS;
  // German verb-first order is the loosest form ("vraiment du grand art" reads as verb + "du"): only tried when the
  // post is German or too short to tell. The language is asked only for a clause that has that form, so most posts
  // are never run through language detection here (and its statistical model is not even loaded for them).
  let german: boolean | undefined;
  const isGerman = (): boolean => (german ??= langs.length === 1 || ['de', 'und'].includes(detectLanguage(text)));
  return sentences(prepared).some((s) => sentenceAsks(s, langs, isGerman));
}

function sentenceAsks(sentence: string, langs: readonly Lang4[], isGerman: () => boolean): boolean {
  const end = sentence.match(/[.!?…]+$/u)?.[0] ?? '';
  const body = sentence.slice(0, sentence.length - end.length).trim();
  const head = body.replace(LEAD_IN, '');
  if (langs.some((l) => matches(QUESTION_PATTERNS[l].rhetorical, forLang(l, head)))) return false;
  if (end.includes('?') || body.includes('¿')) return true;
  // "Comment ne pas craquer !!", "¡Cómo me gusta!": an exclamation mark makes any form an exclamation.
  if (end.includes('!') || body.startsWith('¡')) return false;
  for (const lang of langs) {
    const p = QUESTION_PATTERNS[lang];
    if (matches(p.phrases, forLang(lang, body))) return true;
    for (const clause of body.split(/\s*[,;:]\s*/u)) {
      const start = forLang(lang, clause.replace(LEAD_IN, ''));
      if (!start || matches(p.exclamative, start)) continue;
      if (matches(p.openers, start) || (lang === 'de' && germanVerbFirst(start) && isGerman())) return true;
    }
  }
  return false;
}

/** German yes/no questions put the verb first, then the subject: "Habt ihr…", "Kann man…", "Gibt's das…". */
function germanVerbFirst(folded: string): boolean {
  const [first, second] = folded.replace(/\b(gibt|geht|hat|ist|war|wird|klappt|passt|kommt)'s\b/gu, '$1 es').split(/\s+/);
  if (!first || first.length < 3 || !second || DE_NOT_VERBS.has(first) || !DE_SUBJECTS.has(second)) return false;
  if (DE_IRREGULAR_VERBS.has(first)) return true;
  // First person singular ("Habe die Lampe gekauft") drops the pronoun in statements: a question names it.
  if (/e$/.test(first)) return second === 'ich';
  return /(?:t|st|en)$/.test(first);
}

function forLang(lang: Lang4, text: string): string {
  return QUESTION_PATTERNS[lang].folded ? foldAccents(text).trim() : text.trim();
}

function matches(patterns: RegExp[], text: string): boolean {
  return patterns.some((re) => re.test(text));
}
