// A change told as a change for the worse in so many words (accent-folded): "the cans taste different since the
// recipe change. not in a good way", "a changé le goût, et pas en bien", "schmeckt anders, und nicht im positiven
// Sinne", "sabe distinta, y no para bien". Round 39 gave one such miss: 'different' is no trouble word, and the denial
// of 'good' reads as praise to the model. Only the good denied as the way a thing changed: not "in a good way!",
// "pero para bien", nor "not in a small way". complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

export const NOT_FOR_THE_BETTER: Record<Lang4, RegExp[]> = {
  en: [/\bnot in a good way\b|\bnot for the better\b/],
  fr: [/\bet pas en bien\b|(?:^|[.,!]\s*)pas en bien\b|\bet pas en mieux\b/],
  de: [/\bnicht im (?:positiven|guten) sinne?\b|\bund nicht zum (?:guten|besseren)\b/],
  es: [/\by no (?:precisamente )?para bien\b|(?:^|[.,!]\s*)no (?:precisamente )?para bien\b|\by no para mejor\b/],
};
