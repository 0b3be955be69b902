// The eager-reply and delight test questions.ts runs on posts of more than one sentence: one group tester of the two
// patterns' alternatives, each run only beside a literal it needs, must answer as the two patterns do.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { postText } from '../../src/text/post-text.js';
import { ANY_EAGER_REPLY, DELIGHT_ANYWHERE, mayReplyEagerly } from '../../src/text/question-remarks.js';

const patterns = (text: string): boolean => ANY_EAGER_REPLY.test(text) || DELIGHT_ANYWHERE.test(text);

describe('mayReplyEagerly', () => {
  it.each([
    ['late opening on friday? count us in!', true],
    ["free shipping? i'm so in", true],
    ['rabattaktion? wir sind so was von dabei!', true],
    ['calendrier de l’avent ? je le veux !', true],
    ['¿sorteo? ¡me apunto ya!', true],
    ['wie cool ist das denn!', true],
    ['que ilusion', true],
    ['is the shop open in the morning? i was in town', false],
    ['the box came in broken', false],
    ["what's the price of the coolers?", false],
  ] as const)('%j: %s', (text, expected) => {
    expect(patterns(text)).toBe(expected);
    expect(mayReplyEagerly(text)).toBe(expected);
  });

  it('answers as the two patterns on the labelled posts, whole and cut at every word', () => {
    const dir = path.join(import.meta.dirname, '..', '..', 'fixtures', 'text');
    // The unseen round's posts (round 27) are never read.
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.json') && !f.startsWith('round27'))
      .flatMap((f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Array<{ text: string }>).map((p) => p.text));
    let found = 0;
    const differ: string[] = [];
    for (const text of texts) {
      const folded = postText(text, 'und').folded;
      for (let at = 0; at < folded.length; at++) {
        if (at > 0 && folded[at - 1] !== ' ') continue;
        const cut = folded.slice(at);
        const expected = patterns(cut);
        if (expected) found++;
        if (mayReplyEagerly(cut) !== expected) differ.push(cut);
      }
    }
    expect(texts.length).toBeGreaterThan(10_000);
    expect(found).toBeGreaterThan(1_000);
    expect(differ).toEqual([]);
  });
});
