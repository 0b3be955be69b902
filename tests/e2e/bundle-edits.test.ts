// The library lines scripts/bundle-cli.mjs rewrites in the CLI bundle (string-width's emoji pattern and grapheme
// segmenter, made on first use instead of when the chunk is parsed and run): the bundled displayWidth still measures
// exactly as string-width does, emoji sequences included, and the pattern is no longer a literal to build at parse.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import stringWidth from 'string-width';
import { ROOT } from './run-cli.js';

const BUNDLE = path.join(ROOT, 'dist', 'bundle');

/** The bundle chunk that holds the terminal report's width helper (its file name is a content hash). */
function helperChunk(): string {
  const file = readdirSync(BUNDLE).find((f) => f.endsWith('.js') && readFileSync(path.join(BUNDLE, f), 'utf8').includes('function displayWidth('));
  if (!file) throw new Error('no chunk of dist/bundle defines displayWidth: run npm run build');
  return path.join(BUNDLE, file);
}

describe("the bundle's string-width", () => {
  it('builds the emoji pattern and the segmenter on first use', () => {
    const text = readFileSync(helperChunk(), 'utf8');
    expect(text).toContain('rgiEmojiPattern ??= new RegExp(');
    expect(text).not.toContain('/^\\p{RGI_Emoji}$/v');
    expect(text).toContain('graphemeSegmenter ??= new Intl.Segmenter()');
  });

  it('measures as string-width does: emoji sequences, CJK, marks and zero-width characters', async () => {
    const chunk = (await import(pathToFileURL(helperChunk()).href)) as Record<string, unknown>;
    const displayWidth = Object.values(chunk).find((v): v is (s: string) => number => typeof v === 'function' && v.name === 'displayWidth');
    expect(displayWidth).toBeTypeOf('function');
    const samples = ['👍', '👍🏽', '🇫🇷', '👩‍👩‍👧‍👦', '❤️', '☺', '1️⃣', '#⃣', '🏳️‍🌈 fier', '日本語', '한국어 ok', 'ｆｕｌｌ', 'e\u0301', 'a\u200bb', 'merci ✨🙏'];
    expect(samples.map((s) => displayWidth?.(s))).toEqual(samples.map((s) => stringWidth(s)));
  });
});
