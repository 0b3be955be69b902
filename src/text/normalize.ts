// Text reduced for verbatim comparison of the same post cross-posted on several networks.
import { foldAccents, stripEmoji, stripUrls } from './tokens.js';

/**
 * Lower-cases, folds accents, removes URLs, @mentions, the '#' of hashtags (the word stays: networks differ in what
 * they tag), emoji and punctuation, and collapses whitespace: "Nouvelle collection 🌿 #Printemps https://x.fr/p"
 * and "nouvelle COLLECTION printemps !" both become "nouvelle collection printemps".
 */
export function normalizeForCompare(text: string): string {
  const stripped = stripEmoji(stripUrls(text)).replace(/(?<![\p{L}\p{N}_])@[\p{L}\p{N}_.]*[\p{L}\p{N}_]/gu, ' ');
  return foldAccents(stripped)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
