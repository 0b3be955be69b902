// Praise that asks for agreement: "Wasn't the concert brilliant?", "N'est-ce pas que c'était génial ?", "Hab ich
// recht, dass die Zugabe das Highlight war?", "¿Verdad que el pan es otro nivel?", "Läuft bei euch, oder?". The fan
// shares delight and expects no answer; the same openings over a fact still ask ("Isn't the shop open on Sundays?").
// All accent-folded.
import type { Lang4 } from './stopwords.js';
import { PRAISE } from './question-remarks.js';

/**
 * Openings that seek agreement: a negative question, "am I right that", "don't you find", "¿verdad que…". Read on the
 * sentence as written (lower case, accents kept), so that a sentence opening otherwise is never accent-folded here.
 */
const AGREEMENT_OPENER: Record<Lang4, RegExp> = {
  en: /^(?:(?:wasn'?t|isn'?t|aren'?t|weren'?t) (?:it|this|that|the|they|those|these|our|your|he|she)\b|am i right\b|don'?t you (?:think|agree|find)\b|(?:wouldn'?t|don'?t) you (?:say|agree)\b)/,
  fr: /^(?:n'est-ce pas qu|vous (?:ne )?trouvez pas qu|tu (?:ne )?trouves pas qu|c'[ée]tait pas|ce n'[ée]tait pas|c'est pas|n'[ée]tait-ce pas|j'ai raison de dire qu)/,
  de: /^(?:(?:ist|war|sind|waren) (?:das|es|die|der|sie|er) (?:\S+ ){0,2}?nicht\b|hab(?:e)? ich (?:nicht )?recht\b|findet ihr (?:nicht )?auch\b|findest du (?:nicht )?auch\b)/,
  es: /^(?:verdad que|a que|no (?:es|está|esta|son|están|estan|fue|era|estuvo) |no (?:os|te|les) (?:parece|pareció|parecio) que)/,
};

/**
 * Praise a fan writes beside its agreement tag that the shared praise words (evaluation-words.ts) do not hold. ("Am
 * besten" is not among them: "Am besten nehme ich die größere Packung, oder?" asks for advice.)
 */
const MORE_PRAISE: Record<Lang4, RegExp> = {
  en: /\b(?:buzzing|magic(?:al)?|superb|ace|class|the highlight|highlight of)\b/,
  fr: /\b(?:trop bien|trop bonne?s?|magique|top|frissons?|au top)\b/,
  de: /\b(?:herrlich\w*|die besten|highlight|ganse?haut|klasse|toll\w*|super|schon|traumhaft\w*|lauft bei (?:euch|dir|ihnen))\b/,
  es: /\b(?:otro nivel|una locura|espectacular\w*|una gozada|lo mas)\b/,
};

/** Praise of `lang` in the (folded) text: the shared words or this module's. */
export function praises(folded: string, lang: Lang4): boolean {
  return PRAISE[lang].test(folded) || MORE_PRAISE[lang].test(folded);
}

/** A sentence as questions.ts holds it: as written (lower case) and accent-folded on first use. */
interface SentenceText {
  raw: string;
  folded: string;
}

/** True when a sentence opens by seeking agreement and praises (the praise read on its folded text). */
export function seeksAgreementOverPraise(s: SentenceText, lang: Lang4): boolean {
  const raw = s.raw.charCodeAt(0) > 0x7f || /^[\s"'«»()]/.test(s.raw) ? s.raw.replace(/^[\s¿¡"'«»()]+/u, '') : s.raw;
  return AGREEMENT_OPENER[lang].test(raw) && praises(s.folded, lang);
}

/** "Who had the idea of…?": credit asked for, which praises when the post hands out a reward or praise. */
const CREDIT_QUESTION: Record<Lang4, string> = {
  fr: String.raw`qui (?:est-ce qui )?a eu (?:l'idee|cette idee)`,
  en: String.raw`(?:whose idea was|who came up with|who had the idea)`,
  de: String.raw`wer hatte (?:die|diese) idee`,
  es: String.raw`(?:de quien fue la idea|a quien se le ocurrio)`,
};

/** The reward a fan hands the idea's author: a raise, a medal, applause. */
const REWARD: Record<Lang4, string> = {
  // a verdict of genius answering the question (round 33: "Qui a eu l'idée… ? Génie absolu, je valide")
  fr: String.raw`\b(?:augmentation|medaille|prime|promotion|genie absolu|un genie|je valide)\b`,
  en: String.raw`\b(?:a raise|a pay rise|promotion|a medal|a bonus|pure genius|absolute genius|a genius)\b`,
  de: String.raw`\b(?:gehaltserhohung|beforderung|medaille|orden|bonus|ein genie|genial)\b`,
  es: String.raw`\b(?:aumento|medalla|un aplauso|ascenso|un genio|genio absoluto)\b`,
};

const CREDIT: Record<Lang4, RegExp> = Object.fromEntries(
  (Object.keys(CREDIT_QUESTION) as Lang4[]).map((l) => [l, new RegExp(`^${CREDIT_QUESTION[l]}`)]),
) as Record<Lang4, RegExp>;
const REWARDED: Record<Lang4, RegExp> = Object.fromEntries(
  (Object.keys(REWARD) as Lang4[]).map((l) => [l, new RegExp(REWARD[l])]),
) as Record<Lang4, RegExp>;

/** Whether the (folded) post names an idea ("idée", "idea", "Idee"): only then can it hand out or ask for credit. */
export function namesIdea(folded: string): boolean {
  return folded.includes('idee') || folded.includes('idea');
}

/** True when the sentence asks who had the idea and the post (accent-folded) rewards or praises it. */
export function creditsTheIdea(sentence: string, post: string, lang: Lang4): boolean {
  return CREDIT[lang].test(sentence.replace(/^[\s¿¡"'«»()]+/u, '')) && (REWARDED[lang].test(post) || praises(post, lang));
}

/**
 * For the complaint detector (complaint text: folded, '¿' removed): the credit question's sentence, removed when the
 * post rewards the idea ("Qui a eu l'idée de ce goût pistache ? Donnez-lui une augmentation").
 */
export const PRAISED_CREDIT: Record<Lang4, RegExp> = Object.fromEntries(
  (Object.keys(CREDIT_QUESTION) as Lang4[]).map((l) => [
    l,
    new RegExp(`(?:^|(?<=[.!?] ?))${CREDIT_QUESTION[l]}[^.!?]*\\?+(?=.*(?:${REWARD[l]}))`, 'g'),
  ]),
) as Record<Lang4, RegExp>;
