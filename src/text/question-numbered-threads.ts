// A thread written as numbered parts in one post (round 39's misses: "1/3 Booked a family holiday… 2/3 Booking was
// smooth, prices clear… 3/3 Question though: the confirmation email says 'transfers not included'… Which one is
// right?", "1/2 Wollte nur mal sagen, dass die Ärztin… super freundlich war… 2/2 Eine Sache noch: … Was muss ich da
// jetzt machen?", "Thread on my saga. 1. Parcel 'out for delivery' Monday. 2. Tuesday: … 4. Thursday: … So where is
// it?"). The parts were written to be read one by one: praise or a story in the first ones, the question in the last.
// Read as one post, the question model weighs the story's praise and trouble words against the question (−0.4 to
// −6.7, past its veto of a post with a mark), though the question stands alone in its part. questions.ts reads each
// part as a post of its own (the model and the patterns), so a rhetorical part still asks nothing ("2/2 Four days of
// this now. Does anyone over there read these?"). A rating ("4/5 — gorgeous food"), a rating moved ("from 2/5 to
// 4/5"), a date's ordinal ("am 1. und 2. Mai") or a count of messages ("3. Nachricht, keine Antwort") is no thread:
// the parts need two markers or more in sequence, each opening the post or a sentence. Read on the folded text (lower
// case, accents removed, line breaks made spaces).

/**
 * A part's marker: "k/n" or "(k/n)" after a space (a thread's line breaks are spaces in the folded text, often with no
 * stop before them), or a list's "k." / "k)" opening the post or a sentence (after any space it would read dates and
 * ordinals: "am 1. und 2. Mai").
 */
const MARKER = /(?<![^\s(])(\(?([1-9]\d?)\/([1-9]\d?)\)?)(?= )|(?:^|[.!?:…] +)(([1-9])[.)])(?= )/g;

/** Cheap test first: every post the model and the patterns leave without a question is read here. */
const ANY_MARKER = /\d\/\d|(?:^|[.!?:…] +)\d[.)] /;

/**
 * The parts of a numbered thread (the text before its first marker, if any, then each part without its marker), or
 * undefined when the post is none: fewer than two markers, numbers not counting up by one from 1, markers of both
 * kinds, "k/n" markers with different totals or a part past its total.
 */
export function threadParts(folded: string): string[] | undefined {
  if (!ANY_MARKER.test(folded)) return undefined;
  const cuts: { at: number; from: number; k: number; n: number }[] = [];
  for (const m of folded.matchAll(MARKER)) {
    const from = m.index + m[0].length;
    const fraction = m[1] !== undefined;
    const marker = fraction ? m[1] : m[4];
    cuts.push({ at: from - marker.length, from, k: Number(fraction ? m[2] : m[5]), n: fraction ? Number(m[3]) : 0 });
  }
  if (cuts.length < 2) return undefined;
  const { n } = cuts[0];
  // Counted from 1 ("3/5, maybe 4/5" rates), one total, no part past it.
  if (cuts[0].k !== 1) return undefined;
  for (let i = 1; i < cuts.length; i++) {
    const c = cuts[i];
    if (c.n !== n || (n > 0 && c.k > n) || c.k !== cuts[i - 1].k + 1) return undefined;
  }
  const parts = [folded.slice(0, cuts[0].at)];
  for (let i = 0; i < cuts.length; i++) parts.push(folded.slice(cuts[i].from, i + 1 < cuts.length ? cuts[i + 1].at : undefined));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}
