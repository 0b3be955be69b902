// A question closed by a praying or thinking face instead of, or after, its mark (round 39's miss "cuando sale la nueva
// temporada @Cinelandia_Plus 🙏", the labelled "¿Cuál elegiríais? 🤔", and the class posts after round 40's first
// sight: "quand sort la saison 2 🙏", "which one should I get for a 5 year old 🤔", "Which colour would you pick? 🤔").
// The question model weighs any emoji against a question (fans' banter and delight: "Qui d'autre ? 😂"), and these two
// cost a question 2.3 to 2.7 in log-odds: "quand sort la saison 2" scores +0.1 bare and -2.6 with 🙏, under the veto of
// a post without a mark. Closing a post, they plead or wonder the way its mark asks: the model scores the post without
// them where its words alone lean to a question (above 0). Thanks and wishes keep the faces' weight: bare, "Das ist
// Kulanz 🙏" (-1.2) and "Would love a quiet coach on the Sunday services 🙏" (-0.9) lean against a question, and the
// patterns would read their verb-first openings as one. Only a post whose every emoji is one of them, all at its end
// (after its last word, a handle or a mark at most), is read so: a laughing or heart-eyed face elsewhere keeps its
// weight. Read on the post as written (the folded text has no emoji).

import { questionScore } from './question-model.js';

/** 🙏 (U+1F64F) and 🤔 (U+1F914) as UTF-16 pairs, skin tones (U+1F3FB-U+1F3FF) and the presentation selector after. */
const CLOSING = /(?:\s*(?:\ud83d\ude4f|\ud83e\udd14)(?:\ud83c[\udffb-\udfff])?\ufe0f?)+\s*$/;

/** A surrogate pair's lead of the emoji planes, or a pictograph of the BMP (as the question model counts emoji). */
const EMOJI = /[\ud83c-\ud83e]|[\u2600-\u27bf\u2b00-\u2bff\u231a-\u23ff]/;

/**
 * The question model's score of the post, read without the praying or thinking faces closing it when they are its only
 * emoji and its words alone lean to a question; else its score as written.
 */
export function scoreBesidesClosingPleas(folded: string, original: string): number {
  const score = questionScore(folded, original);
  // Most posts hold neither face: two scans for them cost less than the pattern anchored at the end.
  if (!original.includes('\ud83d\ude4f') && !original.includes('\ud83e\udd14')) return score;
  const m = CLOSING.exec(original);
  if (m === null) return score;
  const before = original.slice(0, m.index);
  if (EMOJI.test(before)) return score;
  const bare = questionScore(folded, before);
  return bare > 0 ? bare : score;
}
