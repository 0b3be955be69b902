// A post as written, its accents stripped and lower-cased: several of the complaint detector's vetoes read it
// (complaint-quick-help.ts, complaint-quoted-apology.ts, complaint-replacement-sent.ts,
// complaint-earlier-post-settled.ts), one after another on the same post, and each used to decompose the whole post
// itself.

/** A text of ASCII alone: nothing to decompose, no mark to strip. */
const ASCII = /^[\x00-\x7f]*$/;

/** The last post folded, and its fold: the vetoes that read it follow each other on one post. */
let lastOriginal: string | undefined;
let lastFolded = '';

/** `original.normalize('NFD')`, its combining marks removed, then lower-cased (in that order: the same answer). */
export function foldedAsWritten(original: string): string {
  if (original === lastOriginal) return lastFolded;
  const folded = ASCII.test(original) ? original.toLowerCase() : original.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  lastOriginal = original;
  lastFolded = folded;
  return folded;
}
