// A message sent earlier and pasted back in quotes (round 37's false questions): "Message du 2 mai : « Bonjour, j'ai été
// prélevée deux fois…, merci de rembourser le doublon. » … Toujours rien.", "DM'd you Monday: 'Hi, my order 4471
// arrived with the screen cracked, photos attached, please advise.' Tuesday: read, no reply…". The request inside the
// quote was made then; the post tells that nobody answered it, and the labelled posts hold such a post as no question
// unless it asks again outside the quote ("I DM'd you 'please advise' three days ago… Please advise."). No labelled post
// of fixtures/text makes its only request inside quotes and is held as a question. question-service-requests.ts reads
// requests on the text without these quotes.

/**
 * A quoted stretch of twelve characters or more, for each pair of quotes a post may use; a single quote opens after a
 * space, a colon or a bracket and closes before a space or a stop, so "DM'd" and "can't" inside stay words.
 */
const QUOTED = /«[^»]{12,600}»|“[^”]{12,600}”|„[^“”]{12,600}[“”]|"[^"]{12,600}"|(?<=^|[\s:(])'(?:[^'\n]|'(?=\p{L})){12,600}'(?=[\s.,;:!?)]|$)/gu;

/** A character any quote of QUOTED opens with: without one the post quotes nothing and the pattern is not run. */
const OPENING = /[«“„"']/;

/** The folded text with each quoted stretch blanked out; a text without quotes unchanged. */
export function withoutPastedMessages(folded: string): string {
  return OPENING.test(folded) ? folded.replace(QUOTED, ' ') : folded;
}
