// One reading of a post: its language, detected once, then the question and complaint detectors with that language.
import { complaintIn } from './complaints.js';
import { detectLanguage, type TextLang } from './language.js';
import { postText } from './post-text.js';
import { questionIn } from './questions.js';

/** What the text detectors say of one post. */
export interface PostReading {
  lang: TextLang;
  question: boolean;
  complaint: boolean;
}

/**
 * Detects the post's language once and runs the question and complaint detectors with it (language detection costs
 * several times what both detectors cost together, so it is never repeated for the same post).
 */
export function readPost(text: string): PostReading {
  return readPostIn(text, detectLanguage(text));
}

/** The question and complaint verdicts of a post whose language is known; the text is prepared once for both. */
export function readPostIn(text: string, lang: TextLang): PostReading {
  const post = postText(text, lang === 'und' ? 'und' : lang);
  return { lang, question: questionIn(post, lang), complaint: complaintIn(post, lang) };
}
