// Text hygiene for the document formats: untrusted and rendered text alike lose control characters, escape
// sequences and bidi overrides, while the language's no-break spaces (French "35 %", "« … »", "score : …") stay.
import { cleanText } from '../sanitize.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
// Private-use stand-ins that survive cleanText's whitespace collapsing.
const NBSP_MARK = '\uE010';
const NNBSP_MARK = '\uE011';

/**
 * `cleanText` (no control character, escape sequence or bidi override; whitespace collapsed, trimmed) that keeps
 * no-break and narrow no-break spaces, which typeset numbers, units, quotes and colons in French.
 */
export function cleanProse(s: string | null | undefined): string {
  if (s == null) return '';
  const marked = String(s).replaceAll(NBSP, NBSP_MARK).replaceAll(NNBSP, NNBSP_MARK);
  return cleanText(marked).replaceAll(NBSP_MARK, NBSP).replaceAll(NNBSP_MARK, NNBSP);
}
