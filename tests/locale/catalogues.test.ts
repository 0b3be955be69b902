// Every language has every message of the English reference catalogue, with the same placeholders, and every
// message is valid ICU: a missing key or a placeholder typo fails here, not in a client's report.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../../src/locale/langs.js';
import { LOCALES_DIR, loadCatalogue } from '../../src/locale/catalogue.js';
import { messageArguments } from '../../src/locale/arguments.js';

const reference = loadCatalogue('en');

describe('catalogues', () => {
  it.each(LANGS)('%s has a catalogue folder', (lang) => {
    expect(existsSync(join(LOCALES_DIR, lang))).toBe(true);
  });

  it.each(LANGS)('%s has exactly the keys of the English catalogue', (lang) => {
    const keys = [...loadCatalogue(lang).keys()].sort();
    const missing = [...reference.keys()].filter((k) => !loadCatalogue(lang).has(k));
    const extra = keys.filter((k) => !reference.has(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(LANGS)('%s messages parse and use the same placeholders as English', (lang) => {
    const problems: string[] = [];
    for (const [key, text] of loadCatalogue(lang)) {
      if (text.trim() === '') problems.push(`${key}: empty`);
      let args: string[];
      try {
        args = messageArguments(text);
      } catch (err) {
        problems.push(`${key}: ${(err as Error).message}`);
        continue;
      }
      const english = reference.get(key);
      if (english === undefined) continue;
      const expected = messageArguments(english);
      if (args.join() !== expected.join()) problems.push(`${key}: {${args.join(', ')}} instead of {${expected.join(', ')}}`);
    }
    expect(problems).toEqual([]);
  });

  it.each(LANGS.filter((l) => l !== 'en'))('%s is translated: long sentences differ from English', (lang) => {
    // A sentence copied from English is a sentence a client reads in the wrong language. Short strings (brand
    // names, "E-mail", "Chat") may rightly be the same.
    const copied = [...loadCatalogue(lang)].filter(([key, text]) => text.length > 40 && reference.get(key) === text).map(([k]) => k);
    expect(copied).toEqual([]);
  });
});
