// Small text-layout helpers shared by the text formatters: display width, wrapping and padding in terminal columns.
import stringWidth from 'string-width';

/**
 * User-perceived characters: an emoji with a skin tone, a flag or a ZWJ family is one grapheme, never split. Made on
 * first use (only over-long words beyond one-column text are split with it): the first segmenter of a process loads ICU's break rules (~9 ms).
 */
let graphemes: Intl.Segmenter | undefined;

/**
 * Number of terminal columns `s` takes, as string-width measures it (Unicode East Asian Width and emoji
 * presentation: CJK and emoji — skin tones, flags and ZWJ sequences included — take two columns, combining marks
 * and zero-width characters none). Escape sequences are not counted, but measure text before colouring it anyway.
 */
export function displayWidth(s: string): number {
  return ONE_COLUMN_EACH.test(s) ? s.length : stringWidth(s);
}

/**
 * Text made only of characters that each take one column and never join a neighbour into one grapheme: printable
 * ASCII, Latin-1 and Latin Extended letters (not the soft hyphen, which takes none), the dashes, quotes, bullet,
 * ellipsis and narrow no-break space of typeset text, arrows, and the terminal report's rules, bars and marks (box
 * drawing, block elements, ✓ ✗). Its width is its length, without the grapheme segmentation string-width does for
 * anything beyond ASCII (most of the time spent rendering a report, and its emoji pattern's compilation on first
 * use); tests hold the two equal.
 */
export const ONE_COLUMN_EACH = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u024F\u2010-\u2022\u2026\u202F\u20AC\u2190-\u21FF\u2500-\u259F\u2713\u2717]*$/;

/** Pads `s` with spaces on the right to `width` columns (never shortens it). */
export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** Splits one over-long word into pieces of at most `width` columns, between graphemes. */
function splitWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  if (ONE_COLUMN_EACH.test(word)) {
    // Each character is a grapheme of one column: the pieces are runs of `width` characters (one at least).
    const step = Math.max(1, width);
    for (let i = 0; i < word.length; i += step) pieces.push(word.slice(i, i + step));
    return pieces;
  }
  let piece = '';
  let pieceWidth = 0;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of graphemes.segment(word)) {
    const w = displayWidth(segment);
    if (piece && pieceWidth + w > width) {
      pieces.push(piece);
      piece = '';
      pieceWidth = 0;
    }
    piece += segment;
    pieceWidth += w;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** A URL (scheme://… or www.…): never cut, so a terminal still recognises it and a reader copies it whole. */
export function isUrlLike(word: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\/\S/i.test(word) || /^www\.\S/i.test(word);
}

/**
 * Wraps single-line text to lines of at most `width` columns, breaking at spaces; a word longer than a line is cut
 * into line-sized pieces, except a URL, which goes whole on a line of its own even when it is wider. Empty text
 * gives no lines. A grapheme wider than the line (an emoji in a 1-column line) is kept whole on a line of its own.
 */
export function wrapText(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (displayWidth(candidate) <= w) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    if (isUrlLike(word)) {
      lines.push(word);
      line = '';
      continue;
    }
    const pieces = splitWord(word, w);
    line = pieces.pop() ?? '';
    for (const piece of pieces) lines.push(piece);
  }
  if (line) lines.push(line);
  return lines;
}

/** Wraps `text` to `width` columns and indents every line by `indent` spaces. */
export function wrapIndented(text: string, width: number, indent: number): string[] {
  const pad = ' '.repeat(indent);
  return wrapText(text, width - indent).map((line) => pad + line);
}
