// A teaser asked about in a few words beside the looking-eyes emoji (round 41's "👀 nouvelle collab ?"): "👀 new flavour
// incoming?", "👀 ¿nueva colección?", "👀 neue Sorte?". The whole post is a short "new …" with one '?': a fan asking
// whether what the brand hints at is coming, which the brand can answer. The question model reads a mark alone over a
// few words as an echo and vetoes it (−1.8). Near misses echo the news before a reply ("Nouvelle collab ? Trop hâte
// 😍", "Neue Sorte? Ich bin dabei!"), which question-remarks.ts reads as asking nothing: so the post must hold nothing
// but the emoji and the ask. questions.ts counts them as questions whatever the model says. Read on the post as written
// (the folded text has no emoji).

/** The looking-eyes emoji. */
const EYES = '\u{1F440}';

/** Emoji, and the spaces and joiners between them. */
const EMOJI = String.raw`[\s\p{Extended_Pictographic}\u200d\ufe0f]*`;

/** The whole post: emoji, a short "new …" of one to three words, one '?', emoji. */
const TEASER = new RegExp(
  String.raw`^${EMOJI}¿?(?:new|nouvel|nouvelle|nouveau|nouveaux|nouvelles|neue|neuer|neues|neuen|nuevo|nueva|nuevos|nuevas)(?: [\p{L}'-]+){1,3} ?\?${EMOJI}$`,
  'iu',
);

/** Whether the post is a teaser asked about beside the looking-eyes emoji (TEASER). */
export function asksAboutTeaser(original: string): boolean {
  return original.length <= 60 && original.includes(EYES) && TEASER.test(original.trim());
}
