// Scores the text detectors against a labelled set: language accuracy, question and complaint precision/recall/F1.
import { hasWords, type TextLang } from './language.js';
import { readPost } from './reading.js';

/** One post of fixtures/text/labelled-posts.json. */
export interface LabelledPost {
  text: string;
  lang: TextLang;
  question: boolean;
  complaint: boolean;
}

export interface BinaryScore {
  tp: number;
  fp: number;
  fn: number;
  /** tp / (tp + fp); 1 when nothing was predicted positive (no false alarm was raised). */
  precision: number;
  /** tp / (tp + fn); 1 when the group has no positive (nothing could be missed). */
  recall: number;
  f1: number;
}

export interface GroupScore {
  /** 'fr', 'en', 'de', 'es', 'und' or 'all'. */
  group: string;
  posts: number;
  /**
   * Share of the group's posts with words whose detected language is their label. A post without words (emoji,
   * punctuation, mentions, hashtags or links alone) has no language to decide, whatever its author writes in: it is
   * left out here and counted in `wordless`; one detected as anything but 'und' would still be listed as an error.
   * Posts with words detected wrong, or left 'und', all count.
   */
  languageAccuracy: number;
  /** Posts without words, left out of `languageAccuracy`. */
  wordless: number;
  question: BinaryScore;
  complaint: BinaryScore;
  /** The posts each detector got wrong, for the bench's --errors listing. */
  errors: Array<{ text: string; detector: 'language' | 'question' | 'complaint'; expected: string; got: string }>;
}

/**
 * Reads every post as an audit does (readPost: the language detected once, then isQuestion and isComplaint with it)
 * and scores the three detectors per labelled language and overall ('all', last).
 */
export function scoreLabelledSet(posts: LabelledPost[]): GroupScore[] {
  const predictions = posts.map((p) => ({ post: p, ...readPost(p.text) }));
  const groups = [...new Set(posts.map((p) => p.lang))];
  return [...groups.map((g) => score(g, predictions.filter((x) => x.post.lang === g))), score('all', predictions)];
}

type Prediction = { post: LabelledPost; lang: TextLang; question: boolean; complaint: boolean };

/** The language a post should be read as: its label when it has words, 'und' (none) when it has not. */
const expectedLang = (post: LabelledPost): TextLang => (hasWords(post.text) ? post.lang : 'und');

function score(group: string, preds: Prediction[]): GroupScore {
  const errors: GroupScore['errors'] = [];
  for (const x of preds) {
    if (x.lang !== expectedLang(x.post)) errors.push({ text: x.post.text, detector: 'language', expected: expectedLang(x.post), got: x.lang });
    for (const d of ['question', 'complaint'] as const) {
      if (x[d] !== x.post[d]) errors.push({ text: x.post.text, detector: d, expected: String(x.post[d]), got: String(x[d]) });
    }
  }
  const worded = preds.filter((x) => hasWords(x.post.text));
  return {
    group,
    posts: preds.length,
    languageAccuracy: worded.length ? worded.filter((x) => x.lang === x.post.lang).length / worded.length : 1,
    wordless: preds.length - worded.length,
    question: binary(preds.map((x) => [x.post.question, x.question])),
    complaint: binary(preds.map((x) => [x.post.complaint, x.complaint])),
    errors,
  };
}

function binary(pairs: Array<[expected: boolean, got: boolean]>): BinaryScore {
  const tp = pairs.filter(([e, g]) => e && g).length;
  const fp = pairs.filter(([e, g]) => !e && g).length;
  const fn = pairs.filter(([e, g]) => e && !g).length;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}
