// The literal scan the pattern groups share: every literal occurring in a text is found once, whether the automaton
// holds it yet or it still waits in the short list of literals added since the last build.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LiteralScan } from '../../src/text/literal-scan.js';
import { literalCheck } from '../../src/text/regex-union.js';
import { foldAccents, prepare } from '../../src/text/tokens.js';

const found = (scan: LiteralScan, text: string): number[] => {
  const { ids, count } = scan.scan(text);
  return [...ids.subarray(0, count)].sort((a, b) => a - b);
};

describe('LiteralScan', () => {
  it('finds each literal occurring in the text once, overlapping or nested, and none other', () => {
    const scan = new LiteralScan();
    const literals = ['he', 'she', 'his', 'hers', 'x', 'ß', 'still ', 'still waiting', "n't"];
    const ids = literals.map((l) => scan.id(l));
    expect(scan.id('she')).toBe(ids[1]);
    expect(scan.size).toBe(literals.length);
    const expected = (text: string): number[] => literals.flatMap((l, i) => (text.includes(l) ? [ids[i]] : [])).sort((a, b) => a - b);
    // Rounds enough for the literals to be searched one `includes` at a time, then by the automaton once built.
    for (let round = 0; round < 40; round++) {
      for (const text of ['ushers', 'she said he was still waiting', "don't hesitate", 'weiß x', '', 'h', 'hehehe still']) {
        // A new string each round, so that every scan searches the text rather than answer from the last scans.
        const copy = round % 2 === 0 ? text : `${text} `;
        expect(found(scan, copy)).toEqual(expected(copy));
      }
    }
  });

  it('agrees with includes() on every labelled post while literals keep being added', () => {
    const dir = fileURLToPath(new URL('../../fixtures/text/', import.meta.url));
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => JSON.parse(readFileSync(dir + f, 'utf8')) as Array<{ text: string }>)
      .map((p) => foldAccents(prepare(p.text)));
    // Words of the posts themselves, added a few at a time between scans: some scans see them before the automaton
    // is rebuilt, some after.
    const words = [...new Set(texts.flatMap((t) => t.split(/\s+/)).filter((w) => w.length > 1))].slice(0, 3000);
    const scan = new LiteralScan();
    const added: string[] = [];
    let hits = 0;
    texts.forEach((text, n) => {
      for (const w of words.slice(n * 2, n * 2 + 2)) {
        scan.id(w);
        added.push(w);
      }
      const expected = added.flatMap((w) => (text.includes(w) ? [scan.id(w)] : [])).sort((a, b) => a - b);
      hits += expected.length;
      expect(found(scan, text)).toEqual(expected);
    });
    expect(hits).toBeGreaterThan(1000);
  });
});

describe('literalCheck', () => {
  it('is false only when the text lacks every literal the pattern needs', () => {
    const check = literalCheck(/\b(?:colis|commande) (?:perdue?|egaree?)\b/g);
    expect(check('mon colis perdu')).toBe(true);
    expect(check('ma commande')).toBe(true);
    expect(check('livraison rapide')).toBe(false);
    // No literal to go on: always run.
    expect(literalCheck(/\d+/)('sans chiffre')).toBe(true);
  });
});
