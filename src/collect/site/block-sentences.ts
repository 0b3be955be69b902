// A block's text cut into sentences, for the readings that judge a link by the sentence holding it (other-org.ts,
// headed-body-follow.ts).

/** Where a sentence ends: a stop, then a space. */
const SENTENCE_END = /[.!?;]\s/g;

/** The sentences of a block, as [start, end) offsets, each ending after its stop. */
export function sentenceSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    out.push([start, m.index + 1]);
    start = m.index + 1;
  }
  out.push([start, text.length]);
  return out;
}
