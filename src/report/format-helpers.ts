// Small text-layout helpers shared by the text formatters: display width, wrapping, padding, bands, platform names.
import type { Band } from './types.js';
import type { Platform } from '../snapshot/types.js';

/**
 * Code points a terminal draws two columns wide: CJK, Hangul, full-width forms and the emoji blocks
 * (the East Asian Width "W"/"F" ranges of Unicode UAX #11 that matter in practice).
 */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1faff}\u{20000}-\u{3fffd}]/u;
/** Code points drawn with no width: combining marks, zero-width spaces and joiners, variation selectors. */
const ZERO_WIDTH = /[\p{M}\u200b-\u200d\u2060\ufeff\ufe00-\ufe0f]/u;

/** Number of terminal columns `s` takes (no escape sequences expected: measure text before colouring it). */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) {
    if (ZERO_WIDTH.test(ch)) continue;
    width += WIDE.test(ch) ? 2 : 1;
  }
  return width;
}

/** Pads `s` with spaces on the right to `width` columns (never shortens it). */
export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** Splits one over-long word into pieces of at most `width` columns. */
function splitWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && displayWidth(piece + ch) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Wraps single-line text to lines of at most `width` columns, breaking at spaces; a word longer than a line
 * (a URL, typically) is cut into line-sized pieces. Empty text gives no lines.
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
    const pieces = splitWord(word, w);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  if (line) lines.push(line);
  return lines;
}

/** Wraps `text` to `width` columns and indents every line by `indent` spaces. */
export function wrapIndented(text: string, width: number, indent: number): string[] {
  const pad = ' '.repeat(indent);
  return wrapText(text, width - indent).map((line) => pad + line);
}

/** Colour band of a 0..100 score, with DESIGN.md's cut-offs: ≥ 90 good, ≥ 50 average, below poor. */
export function bandOf(score: number | null): Band | null {
  if (score == null) return null;
  if (score >= 90) return 'good';
  if (score >= 50) return 'average';
  return 'poor';
}

/** Platform names as the platforms spell them (proper names: the same in every report language). */
const PLATFORM_NAMES: Record<Platform | 'discourse', string> = {
  discourse: 'Discourse',
  facebook: 'Facebook',
  x: 'X',
  instagram: 'Instagram',
  youtube: 'YouTube',
  linkedin: 'LinkedIn',
  tiktok: 'TikTok',
  pinterest: 'Pinterest',
  threads: 'Threads',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  snapchat: 'Snapchat',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  xing: 'XING',
};

/** Display name of a platform id; an id the tool does not know is shown as given. */
export function platformName(platform: string): string {
  return (PLATFORM_NAMES as Record<string, string>)[platform] ?? platform;
}
