// The library lines scripts/bundle-cli.mjs rewrites in the CLI bundle (string-width's emoji pattern and grapheme
// segmenter, made on first use instead of when the chunk is parsed and run): the bundled displayWidth still measures
// exactly as string-width does, emoji sequences included, and the pattern is no longer a literal to build at parse.
// undici's HTTP/2 client (and node:http2) is required on the first h2 connection only. And tinyld, written beside
// the chunks with the tables of four languages only, answers as tinyld does when asked about those four, as the
// language detector asks.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import stringWidth from 'string-width';
import * as tinyld from 'tinyld';
import { LANGS } from '../../src/text/stopwords.js';
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

  it('measures every code point on its own as string-width does (single code points skip the emoji sequences)', async () => {
    const text = readFileSync(helperChunk(), 'utf8');
    expect(text).toContain('singleEmojiPattern');
    const chunk = (await import(pathToFileURL(helperChunk()).href)) as Record<string, unknown>;
    const displayWidth = Object.values(chunk).find((v): v is (s: string) => number => typeof v === 'function' && v.name === 'displayWidth')!;
    // Every code point an emoji can be made of, and one in 7 of the others (lone surrogates included).
    const emojiLike = /\p{Emoji}|\p{Emoji_Component}|\p{Emoji_Presentation}|\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
    const differing: string[] = [];
    let emoji = 0;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      const s = String.fromCodePoint(cp);
      const like = emojiLike.test(s);
      if (like) emoji++;
      else if (cp % 7 !== 0) continue;
      if (displayWidth(s) !== stringWidth(s)) differing.push(cp.toString(16));
    }
    expect(emoji).toBeGreaterThan(2500);
    expect(differing).toEqual([]);
  });
});

describe("the bundle's tinyld", () => {
  const bundled = createRequire(import.meta.url)(path.join(BUNDLE, 'tinyld.cjs')) as typeof tinyld;
  const only = { only: [...LANGS] };

  it('holds the tables of the four languages only', () => {
    expect(readFileSync(path.join(BUNDLE, 'tinyld.cjs')).length).toBeLessThan(readFileSync(createRequire(import.meta.url).resolve('tinyld')).length / 3);
    // Asked without `only`, it can name no other language: their n-grams are gone.
    expect(bundled.detect('Dit is een korte Nederlandse zin over het weer van vandaag')).not.toBe('nl');
    expect(tinyld.detect('Dit is een korte Nederlandse zin over het weer van vandaag')).toBe('nl');
  });

  it('answers as tinyld does for them, on every labelled post', () => {
    const dir = path.join(ROOT, 'fixtures', 'text');
    const texts = readdirSync(dir).flatMap((f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Array<{ text: string }>).map((p) => p.text));
    expect(texts.length).toBeGreaterThan(2000);
    const differing = texts.filter((t) => JSON.stringify(bundled.detectAll(t, only)) !== JSON.stringify(tinyld.detectAll(t, only)));
    expect(differing).toEqual([]);
  });
});

describe("the bundle's undici", () => {
  it('requires its HTTP/2 client, and node:http2 with it, on the first h2 connection only', () => {
    const chunk = readdirSync(BUNDLE).find((f) => f.endsWith('.js') && readFileSync(path.join(BUNDLE, f), 'utf8').includes('h2Connector'));
    expect(chunk).toBeDefined();
    const text = readFileSync(path.join(BUNDLE, chunk as string), 'utf8');
    expect(text).toMatch(/connectH2 = \(client, socket\) => \(h2Connector \?\?= require_client_h2\(\)\)\(client, socket\)/);
    expect(text).not.toMatch(/var connectH2 = require_client_h2\(\);/);
  });
});
