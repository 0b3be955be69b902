// Text hygiene for untrusted strings (titles, snippets, handles, URLs, error messages) before they reach a terminal.

/**
 * Escape sequences a terminal would act on. Order matters: string sequences (OSC, DCS, SOS, PM, APC) are removed
 * whole, up to their terminator (BEL or ST) or, when a hostile page leaves them open, to the end of the text —
 * a terminal would swallow that text anyway. 8-bit C1 introducers (0x9B CSI, 0x9D OSC, 0x90 DCS, 0x98 SOS,
 * 0x9E PM, 0x9F APC, 0x9C ST) are handled like their 7-bit ESC forms.
 */
const STRING_SEQUENCE = /(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[\s\S]*?(?:\u0007|\u001b\\|\u009c|$)/g;
/** CSI: ESC [ (or 0x9B), parameter bytes, intermediate bytes, one final byte (ECMA-48 §5.4). */
const CSI_SEQUENCE = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?/g;
/** Other escape sequences: ESC, optional intermediates, one final byte (ESC c resets the terminal, ESC ( B…). */
const OTHER_ESCAPE = /\u001b[ -/]*[0-~]?/g;
/** Remaining C0 controls (tab and newline are handled apart), DEL and C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/**
 * Bidirectional overrides and isolates reorder what the terminal shows ("Trojan Source", CVE-2021-42574), so a
 * snippet could display a different URL from the one it holds; zero-width joiners inside words are kept.
 */
const BIDI_CONTROL = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export interface CleanOptions {
  /** Keep line breaks (collapsed to at most one blank line); otherwise every line break becomes a space. */
  keepNewlines?: boolean;
  /**
   * Keep no-break spaces (U+00A0, U+2007, U+202F) as they are instead of collapsing them with other whitespace:
   * for rendered messages, where the catalogue and Intl put them on purpose (French « », "35 %", "1 234").
   */
  keepNoBreakSpaces?: boolean;
}

/** Whitespace runs that collapse to one space; with keepNoBreakSpaces the no-break spaces are left out. */
const SPACES = /\s+/g;
const BREAKING_SPACES = /[^\S\u00a0\u2007\u202f]+/g;

/**
 * Makes an untrusted string safe and tidy for a terminal: removes ANSI/OSC/DCS escape sequences, lone ESC,
 * C0/C1 control characters and bidi overrides, turns tabs and (unless `keepNewlines`) line breaks into spaces,
 * collapses runs of whitespace and trims. `null`/`undefined` give ''.
 */
export function cleanText(s: string | null | undefined, options: CleanOptions = {}): string {
  if (s == null) return '';
  let text = String(s)
    .replace(STRING_SEQUENCE, '')
    .replace(CSI_SEQUENCE, '')
    .replace(OTHER_ESCAPE, '')
    // \r would move the cursor back over what was printed; U+2028/2029 are line breaks in disguise.
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(CONTROL, '')
    .replace(BIDI_CONTROL, '');
  const spaces = options.keepNoBreakSpaces ? BREAKING_SPACES : SPACES;
  if (!options.keepNewlines) {
    return text.replace(spaces, ' ').trim();
  }
  text = text
    .split('\n')
    .map((line) => line.replace(spaces, ' ').trim())
    .join('\n');
  return text.replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * User-perceived characters (an emoji with its skin tone, a flag, a letter with its accents): never cut apart. Made
 * on first use: the first segmenter of a process loads ICU's break rules (~9 ms), which most reports never need.
 */
let graphemes: Intl.Segmenter | undefined;

/**
 * Shortens `s` to at most `n` characters (graphemes, so neither a surrogate pair nor an emoji sequence or a
 * letter with combining accents is ever split), ending with '…' when something was cut. `n` below 1 gives ''.
 */
export function truncate(s: string, n: number): string {
  if (n < 1) return '';
  // A string has no more graphemes than UTF-16 code units: one this short is never cut.
  if (s.length <= n) return s;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const chars = Array.from(graphemes.segment(s), (g) => g.segment);
  if (chars.length <= n) return s;
  return chars.slice(0, n - 1).join('').trimEnd() + '…';
}
