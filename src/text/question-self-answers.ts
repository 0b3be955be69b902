// A question its poster answers at once, in a sentence of its own: "Is there anything better than a Sunday roast at
// your place? Didn't think so", "Do I need another candle? No. Did I buy three anyway? Absolutely", "Est-ce que c'était
// le meilleur show de ma vie ? Oui.", "Gibt es etwas Schöneres als euren Sonntagsbrunch? Nein.", "¿Hay algo mejor que
// un asado en su parrilla? No creo", and a why answered with a because ("Why do I keep coming back? Because these
// cookies are that good"). The questions just before such an answer ask nothing: the poster has answered them. A
// question after it still asks; an answer that is itself asked ("Non ?") or says more than yes or no ("No signal since
// 6am", "Yes please!") answers nothing. All accent-folded, lower case.
import type { Lang4 } from './stopwords.js';

/** A yes or no said alone, or its stock forms, as a whole sentence (emoji and marks may follow). */
const ANSWER: Record<Lang4, string> = {
  en: String.raw`no|nope|nah|yes|yep|absolutely|obviously|of course|exactly|(?:i )?didn'?t think so|thought not|i think not|no idea|next question`,
  fr: String.raw`non|nan|oui|absolument|evidemment|bien sur|exactement|(?:je ne|je) (?:crois|pense) pas|question suivante|non hein|c'est bien ce que je pensais`,
  de: String.raw`nein|noe|ja|eben|genau|naturlich|(?:hab ich mir|dachte ich mir)(?: schon)?(?: gedacht)?|eben nicht|nachste frage|wohl kaum|sicher nicht`,
  es: String.raw`no|nop|si|claro|obvio|por supuesto|exacto|no creo|ya me parecia|siguiente pregunta|claro que no|para nada`,
};

/** Any language's answer (a short post's language is often misread), the whole sentence, anything but letters after. */
const ANY_ANSWER = new RegExp(`^(?:${Object.values(ANSWER).join('|')})[^\\p{L}\\p{N}]*$`, 'u');

/** A why-question, and the because that answers it. */
const WHY = /^(?:why|pourquoi|warum|wieso|por que|porque)\b/;
const BECAUSE = /^(?:because|parce que|parce qu'|weil|porque)\b/;

/**
 * Which sentences are questions their poster answers in the next sentence (`bodies`: each sentence's accent-folded
 * text without its closing marks, `asked`: whether it ends in '?'): the run of asked sentences just before each
 * answer. Empty when there is none.
 */
export function questionsSelfAnswered(bodies: readonly string[], asked: readonly boolean[]): Set<number> {
  const answered = new Set<number>();
  for (let i = 1; i < bodies.length; i++) {
    if (asked[i] || !asked[i - 1]) continue;
    const body = bodies[i];
    if (!ANY_ANSWER.test(body) && !(BECAUSE.test(body) && WHY.test(bodies[i - 1]))) continue;
    for (let k = i - 1; k >= 0 && asked[k]; k--) answered.add(k);
  }
  return answered;
}

/** Cheap test on the whole (folded) post: some answer word right after a '?'. */
const MAY_ANSWER = new RegExp(`\\?[?!\\s]*(?:${Object.values(ANSWER).join('|')}|because|parce qu|weil|porque)\\b`);

/** Whether MAY_ANSWER can hold: a post without a '?' is settled by one search for it, not by the pattern at every offset. */
export function maySelfAnswer(folded: string): boolean {
  return folded.includes('?') && MAY_ANSWER.test(folded);
}
