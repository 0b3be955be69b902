// A post's text made ready once for both detectors: URLs, emoji and mentions out, shorthand spelt out, folded.
import type { Lang4 } from './stopwords.js';
import { expandShorthand } from './shorthand.js';
import { withoutReportedQuestions } from './quoted-speech.js';
import { foldAccents, prepareStripped, stripEmoji, stripUrls } from './tokens.js';

/** The forms of one post the question and complaint detectors read. */
export interface PostText {
  /** As written. */
  original: string;
  /** URLs, emoji, @mentions and #hashtags removed, case kept (shouting is read here). */
  visible: string;
  /**
   * prepare()'d (lower case, plain spaces and apostrophes), mentions and reported questions removed (quoted-speech.ts),
   * shorthand spelt out; accents kept.
   */
  lower: string;
  /** `lower` accent-folded. */
  folded: string;
}

/**
 * Prepares a post once for isQuestion and isComplaint (readPost runs both on every fan post of an audit). `lang` picks
 * the shorthand to spell out ('und': every language's).
 */
export function postText(text: string, lang: Lang4 | 'und'): PostText {
  const stripped = stripEmoji(stripUrls(text));
  const visible =
    stripped.includes('@') || stripped.includes('#') ? stripped.replace(/[@#][\p{L}\p{N}_.]+/gu, ' ') : stripped;
  let lower = prepareStripped(stripped);
  // Mentions: a dot inside one is not the end of a sentence.
  if (lower.includes('@')) lower = lower.replace(/@[\p{L}\p{N}_.]+/gu, ' ').trim();
  lower = expandShorthand(withoutReportedQuestions(lower), lang);
  return { original: text, visible, lower, folded: foldAccents(lower) };
}
