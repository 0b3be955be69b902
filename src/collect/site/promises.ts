// Published response-time commitments ("réponse sous 24 h", "within 2 business days") in fr/en/de/es.
import type { PromiseFinding, PromiseTerms } from '../../snapshot/types.js';
import { storeIn } from '../../bounded-cache.js';
import { detach, detachStrings } from './memo.js';
import { foldAligned, foldText, snippet } from './text.js';

// All patterns run on accent-folded, lower-cased text (foldText): "réponse sous 48h ouvrées" → "reponse sous 48h ouvrees".
const PREP =
  "(?:en moins de|en moins d'|moins de|dans un delai de|dans les|dans|d'ici|sous|en|within|in less than|less than|in under|under|no later than|in|innerhalb von|innerhalb|binnen|in weniger als|weniger als|spatestens in|en menos de|menos de|dentro de|en un plazo de|max\\.?|maximum|up to|bis zu)";
const NUM =
  '(?:\\d+(?:[.,]\\d+)?|a few|une|un|one|an|a|einer|einem|eine|ein|una|uno|deux|two|zwei|dos|trois|three|drei|tres|quatre|four|vier|cuatro|cinq|five|funf|cinco|quelques|few|wenigen|einigen|pocas|unas|algunas)';
const UNIT =
  '(?:minutes?|minuten|minutos?|mins?|mn|heures?|hours?|hrs?|h|stunden?|std|horas?|jours?|jrs?|j|days?|werktagen?|arbeitstagen?|tagen?|dias?|semaines?|weeks?|wochen?|semanas?)';
const BUSINESS_BEFORE = '(?:(business|working)\\s+)?';
const BUSINESS_AFTER = '(?:\\s+(ouvres|ouvrees|ouvre|ouvree|ouvrables?|habiles|laborables))?';

/** "<prep> <n>[ to <m>] [business] <unit> [ouvrés]"; "24h/24" and "9h30" (opening hours) are not durations. */
const DURATION = new RegExp(
  `(?<![\\p{L}\\p{N}])${PREP}\\s+(?:(${NUM})\\s*(?:-|–|a|to|or|ou|bis|y|o)\\s*)?(${NUM})\\s*${BUSINESS_BEFORE}(${UNIT})(?![\\p{L}\\p{N}])(?!\\s*\\/\\s*\\d)${BUSINESS_AFTER}`,
  'gu',
);

/** "24-hour response", "2 business day reply": the figure stands before the answer word. */
const FIGURE_FIRST = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d+)[- ]?${BUSINESS_BEFORE}(hours?|hrs?|h|days?|minutes?|mins?)\\s+(?:response|reply|answer|turnaround)`,
  'gu',
);

/** Promises without a figure ("dans les plus brefs délais", "as soon as possible"); hours null. */
const NO_FIGURE =
  /(?<![\p{L}\p{N}])(dans les (plus )?(brefs|meilleurs) delais|au plus vite|as soon as possible|asap|so schnell wie moglich|schnellstmoglich|umgehend|lo antes posible|a la mayor brevedad|lo mas pronto posible)(?![\p{L}\p{N}])/gu;

// What the sentence is about: answers (keep) or something else with a delay (delivery, refunds, returns — drop).
// Word stems followed by any letters ("repon…": répond, réponse, répondons), then whole words and phrases. Only where
// each match starts and ends is read (nearest), and at any position at most one of the alternatives can match, so
// the stems share one \p{L}*: a Unicode letter class is costly to compile (each one ~0.5 ms at the first page, for
// each width of text), and the two patterns held twenty of them.
const ANSWER =
  /(?<![\p{L}\p{N}])(?:(?:repon|recontact|rappel|respon|answer|antwort|beantwort|bearbeit|respuesta|contest|atender)\p{L}*|revenons vers|reviendrons vers|revenir vers|traitee?s?|traitons|support|assistance|conseillers?|repl(?:y|ies|ied)|get back to|hear back|back to you|ruckmeldung|melden (?:wir )?uns|pondremos en contacto|soporte)(?![\p{L}\p{N}])/gu;
// As ANSWER; here some words are also stems ("delivery", "deliver…"), which match the same letters either way.
const OTHER =
  /(?<![\p{L}\p{N}])(?:(?:livr|expedi|envoye|rembours|deliver|ship|dispatch|liefer|versend|bestellung|erstatt|reembolso|devolucion)\p{L}*|envoi|colis|commandes?|retours?|delivery|orders?|parcels?|refunds?|returns?|versand|zustellung|pakete?|ruckgabe|envios?|entregas?|pedidos?|enviamos|garantie|warranty|essai|trial)(?![\p{L}\p{N}])/gu;

// A literal each word of ANSWER starts with or contains: a sentence (product copy, delivery terms) without any has no
// answer word near its figures, and is not searched for durations at all. Likewise FIGURE_FIRST's answer words.
const ANSWER_STEM =
  /repon|recontact|rappel|revenons vers|reviendrons vers|revenir vers|trait|support|assistance|conseiller|repl|respon|answer|get back to|hear back|back to you|antwort|ruckmeldung|melden|bearbeit|respuesta|contest|pondremos en contacto|atender|soporte/;
const FIGURE_FIRST_WORD = /response|reply|answer|turnaround/;

const WORD_NUMBERS: Record<string, number | null> = {
  un: 1, une: 1, one: 1, a: 1, an: 1, ein: 1, eine: 1, einer: 1, einem: 1, una: 1, uno: 1,
  deux: 2, two: 2, zwei: 2, dos: 2, trois: 3, three: 3, drei: 3, tres: 3,
  quatre: 4, four: 4, vier: 4, cuatro: 4, cinq: 5, five: 5, funf: 5, cinco: 5,
  quelques: null, 'a few': null, few: null, wenigen: null, einigen: null, pocas: null, unas: null, algunas: null,
};

function toNumber(word: string): number | null {
  if (/^\d/.test(word)) return Number(word.replace(',', '.'));
  return WORD_NUMBERS[word] ?? null;
}

/** Hours in one unit (business and working days count 24 h each, as the rules compare against calendar figures). */
function unitHours(unit: string): number {
  if (/^(min|mn)/.test(unit)) return 1 / 60;
  if (/^(h|std|stunde)/.test(unit)) return 1;
  if (/^(semaine|week|woche|semana)/.test(unit)) return 168;
  return 24; // jours, j, days, Tage, Werktage, días
}

/** The unit of a promise as published (jours, Werktage, días → days). */
function termsUnit(unit: string): PromiseTerms['unit'] {
  if (/^(min|mn)/.test(unit)) return 'minutes';
  if (/^(h|std|stunde)/.test(unit)) return 'hours';
  if (/^(semaine|week|woche|semana)/.test(unit)) return 'weeks';
  return 'days';
}

/** The promise in its own terms: "48h ouvrées" is 48 business hours, "2 Werktage" 2 business days. */
function terms(amount: number, unit: string, businessWord: string | undefined): PromiseTerms {
  return { amount, unit: termsUnit(unit), business: businessWord !== undefined || /^(werktag|arbeitstag)/.test(unit) };
}

/** The last match of `re` (global) ending at or before `index` in `text`, and the first starting at or after `after`. */
function nearest(re: RegExp, text: string, index: number, after: number): { before: number; after: number } {
  let before = -1;
  let next = Infinity;
  // exec with lastIndex rather than matchAll, which copies the pattern on every call.
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (end <= index) before = Math.max(before, end);
    else if (m.index >= after && m.index < next) next = m.index;
  }
  return { before, after: next };
}

// How far around a figure the subject of the promise is looked for (a clause, not the whole page).
const LOOK_BEFORE = 120;
const LOOK_AFTER = 60;

/** True when the words nearest to the figure are about answering rather than delivery, refunds or returns. */
function aboutAnswers(folded: string, start: number, end: number): boolean {
  const from = Math.max(0, start - LOOK_BEFORE);
  const window = folded.slice(from, Math.min(folded.length, end + LOOK_AFTER));
  const s = start - from;
  const e = end - from;
  const answer = nearest(ANSWER, window, s, e);
  const other = nearest(OTHER, window, s, e);
  if (answer.before >= 0 || other.before >= 0) return answer.before > other.before;
  return answer.after < other.after;
}

// Cheap pre-filters before the patterns above. First, a sentence without a figure or a delay word holds no promise
// (durations written in words still spell their unit: "une heure", "a few hours", "one business day").
const MAYBE = /\d|heure|hour|stunde|hora|jour|day|tag|dia|minut|semaine|week|woche|semana|delai|possible|asap|vite|umgehend|schnell|brevedad|pronto/;
// Then a promise has a number right before a unit of time ("24 h", "2 jours", "une heure", "24-hour"), which DURATION
// and FIGURE_FIRST both require, or one of the phrases without a figure: product pages are full of figures (prices,
// references, sizes, dates) that pass the first test and fail this one.
const NUMBER_THEN_UNIT = new RegExp(`(?:${NUM})[-\\s]*${BUSINESS_BEFORE}${UNIT}(?![\\p{L}\\p{N}])`, 'u');
const NO_FIGURE_TEST = new RegExp(NO_FIGURE.source, 'u');
// A word each phrase of NO_FIGURE contains: a literal search, much cheaper than NO_FIGURE's look-behind at every
// position of a sentence that has figures but no duration.
const NO_FIGURE_WORD = /delais|vite|possible|posible|asap|schnell|umgehend|brevedad/;

// Where the text breaks into sentences: after end punctuation before a capital or a figure, and at line ends. The
// punctuation is matched (the break starts after it) rather than looked behind for: a look-behind was tried at every
// whitespace of the text, the punctuation only where it stands (the same breaks, ~40% less time on a first pass).
const SENTENCE_BREAK = /[.!?]\s+(?=\p{Lu}|\d)|\n+/gu;
const NOT_BLANK = /\S/g;

/**
 * Start and end of each sentence of `text`, in order, as text.split(/(?<=[.!?])\s+(?=\p{Lu}|\d)|\n+/u) cuts it,
 * blank ones dropped.
 */
function sentenceSpans(text: string): number[] {
  const spans: number[] = [];
  const push = (start: number, end: number): void => {
    // Not blank: a character that trim() keeps (\S is its complement).
    // test() rather than exec(): no match array per sentence. The match is one character, just before lastIndex.
    NOT_BLANK.lastIndex = start;
    if (NOT_BLANK.test(text) && NOT_BLANK.lastIndex - 1 < end) spans.push(start, end);
  };
  let from = 0;
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(text); m; m = SENTENCE_BREAK.exec(text)) {
    // A break after punctuation starts after it (a newline is not punctuation).
    push(from, text.charCodeAt(m.index) === 0x0a ? m.index : m.index + 1);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return spans;
}

// What a sentence with a promise holds, searched once in the whole folded text: a word about answering (promisesIn
// reads nothing in a sentence without one of ANSWER_STEM or FIGURE_FIRST_WORD). A plain alternation of literals,
// without punctuation or a space at either end, so a match lies within one sentence (breaks fall at punctuation and
// line ends): ~4 times cheaper through a page's text than the number-before-a-unit pattern searched here before
// (NUMBER_THEN_UNIT, whose words of numbers — "a", "un", "une" — start at nearly every letter of a French text).
const ANSWER_OR_FIGURE_WORD = new RegExp(`${ANSWER_STEM.source}|${FIGURE_FIRST_WORD.source}`, 'g');

/**
 * Response-time commitments in visible text: "réponse sous 24 h" (24), "within 2 business days" (48),
 * "in less than 30 minutes" (0.5), "dans les plus brefs délais" (null). Delivery, refund and return delays
 * are ignored. One finding per sentence and figure. `folded` is foldAligned(text), when known.
 */
export function findPromises(text: string, folded: string | undefined = foldAligned(text)): PromiseFinding[] {
  const found: PromiseFinding[] = [];
  const read = (sentence: string, folded: string | undefined): void => {
    const hits = promisesOf(sentence, folded);
    for (let i = 0; i < hits.length; i++) {
      const hit = hits[i];
      if (!found.some((f) => f.text === hit.text && f.hours === hit.hours)) found.push(hit);
    }
  };
  // Folded once when it folds character for character (most text in Latin scripts): then only the sentences holding
  // a match of ANSWER_OR_FIGURE_WORD are read, each once and in order, folded as its part of the whole: every sentence
  // with a promise holds one, and the others read add nothing.
  if (folded === undefined) {
    const spans = sentenceSpans(text);
    for (let i = 0; i < spans.length; i += 2) {
      read(text.slice(spans[i], spans[i + 1]), undefined);
    }
    return found;
  }
  // The text is cut into sentences only once an answer word is found (a third of the bench's pages have none).
  let spans: number[] | undefined;
  let i = 0;
  const words = ANSWER_OR_FIGURE_WORD;
  words.lastIndex = 0;
  for (let m = words.exec(folded); m; m = words.exec(folded)) {
    spans ??= sentenceSpans(text);
    // Sentences before the match: none of them holds an answer word.
    while (i < spans.length && spans[i + 1] <= m.index) i += 2;
    if (i === spans.length) break;
    // The sentence holding the match (a match between two sentences, which no word can make, reads the next one).
    read(text.slice(spans[i], spans[i + 1]), folded.slice(spans[i], spans[i + 1]));
    i += 2;
    // The search goes on from the next sentence: the rest of this one is read.
    if (i === spans.length) break;
    words.lastIndex = Math.max(words.lastIndex, spans[i]);
  }
  return found;
}

// The sentences a candidate reaches recur from page to page (a footer's "Retours gratuits sous 30 jours", a customer's
// review on every product page: on the 300 bench pages 3,500 sentences read, ~300 distinct), and what one makes is
// a function of its text alone: each is read once while the cache keeps it. Kept detached (memo.ts), so that a
// cached sentence does not keep its page's text alive; most make no promise and share one empty answer.
const SENTENCES_MAX = 2048;
const sentencesRead = new Map<string, readonly PromiseFinding[]>();
const NO_PROMISES: readonly PromiseFinding[] = Object.freeze([]);

/** promisesIn(sentence, foldText(sentence)), through the cache; `folded` is foldText(sentence) when known. */
function promisesOf(sentence: string, folded: string | undefined): readonly PromiseFinding[] {
  const known = sentencesRead.get(sentence);
  if (known !== undefined) return known;
  const found = promisesIn(sentence, folded ?? foldText(sentence));
  return storeIn(sentencesRead, SENTENCES_MAX, detach(sentence), found.length === 0 ? NO_PROMISES : detachStrings(found));
}

/** The promises one sentence makes (usually none); `folded` is foldText(sentence). */
function promisesIn(sentence: string, folded: string): PromiseFinding[] {
  const found: PromiseFinding[] = [];
  const add = (hours: number | null, promised?: PromiseTerms): void => {
    const t = snippet(sentence);
    if (!found.some((f) => f.text === t && f.hours === hours)) found.push({ text: t, hours, ...(promised ? { terms: promised } : {}) });
  };
  if (!MAYBE.test(folded) || (!NUMBER_THEN_UNIT.test(folded) && !(NO_FIGURE_WORD.test(folded) && NO_FIGURE_TEST.test(folded)))) return found;
  // Without a word about answering, aboutAnswers turns down every figure and phrase: only "24-hour response" is left.
  const answers = ANSWER_STEM.test(folded);
  if (!answers && !FIGURE_FIRST_WORD.test(folded)) return found;
  let figured = false;
  DURATION.lastIndex = 0;
  for (let m = answers ? DURATION.exec(folded) : null; m; m = DURATION.exec(folded)) {
    const [, low, high, before, unit, after] = m;
    if (!aboutAnswers(folded, m.index, m.index + m[0].length)) continue;
    const n = toNumber(high) ?? (low ? toNumber(low) : null);
    add(n === null ? null : round(n * unitHours(unit)), n === null ? undefined : terms(n, unit, before ?? after));
    figured = true;
  }
  FIGURE_FIRST.lastIndex = 0;
  for (let m = FIGURE_FIRST.exec(folded); m; m = FIGURE_FIRST.exec(folded)) {
    add(round(Number(m[1]) * unitHours(m[3])), terms(Number(m[1]), m[3], m[2]));
    figured = true;
  }
  if (figured || !answers || !NO_FIGURE_WORD.test(folded)) return found;
  NO_FIGURE.lastIndex = 0;
  for (let m = NO_FIGURE.exec(folded); m; m = NO_FIGURE.exec(folded)) {
    if (aboutAnswers(folded, m.index, m.index + m[0].length)) {
      add(null);
      break;
    }
  }
  return found;
}

function round(hours: number): number {
  return Math.round(hours * 1000) / 1000;
}
