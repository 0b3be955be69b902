// The notes export reads leave are data the formatters word: every code is listed in COLLECTOR_CODES with the data
// keys its notes carry, every code is produced by some export, and the en and fr catalogues word each one with only
// those keys (no sentence is written by the reader itself).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COLLECTOR_CODES } from '../../../src/collect/codes.js';
import { EXPORT_NOTE_CODES, readExport } from '../../../src/collect/social/export/index.js';
import { loadCatalogue } from '../../../src/locale/catalogue.js';
import { messageArguments } from '../../../src/locale/arguments.js';
import { translator } from '../../../src/locale/translator.js';
import type { Note } from '../../../src/snapshot/types.js';

const tmp = mkdtempSync(join(tmpdir(), 'brand-audit-export-notes-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const LISTED = COLLECTOR_CODES as Record<string, readonly string[]>;
const CATALOGUE_LANGS = ['en', 'fr', 'de', 'es'] as const;

/** Every note the readers leave on a set of exports that between them hit every code. */
async function allNotes(): Promise<Note[]> {
  const notes: Note[] = [];
  const collect = (r: { conversations: { notes?: Note[] }[]; problems: Note[] }): void => {
    for (const c of r.conversations) notes.push(...(c.notes ?? []));
    notes.push(...r.problems);
  };
  const write = (name: string, text: string | Buffer): string => {
    const path = join(tmp, name);
    writeFileSync(path, text);
    return path;
  };
  collect(await readExport('fixtures/exports/broken-rows.csv'));
  collect(await readExport('fixtures/exports/broken-rows.json'));
  collect(await readExport(write('text.json', JSON.stringify({ posts: [{ id: 'a', author: 'b', createdAt: '2026-10-01T09:00:00Z', text: 42 }] })), { platform: 'x', account: 'b' }));
  collect(await readExport(write('latin.csv', Buffer.concat([Buffer.from('id,author,createdAt,text\na,b,2026-10-01T09:00:00Z,caf'), Buffer.from([0xe9, 0x0a])])), { platform: 'x', account: 'b' }));
  // The window said (moved onto an old export, posts outside it), and what each of the other formats says.
  const window = { from: new Date('2030-01-01T00:00:00Z'), to: new Date('2030-01-31T00:00:00Z'), days: 30 };
  collect(await readExport('fixtures/exports/maison-exemple-facebook.json', { window: { window, anchor: true } }));
  collect(await readExport('fixtures/exports/acme-care-tweets.js'));
  collect(await readExport('fixtures/exports/care-research.csv'));
  collect(await readExport(write('flag.csv', 'tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n1,Brand,maybe,Tue Oct 31 22:10:47 +0000 2017,hi,,\n2,Brand,False,Tue Oct 31 22:10:47 +0000 2017,hi,,\n')));
  collect(await readExport('fixtures/exports/acme-facebook-graph.json'));
  const page = { id: '42', name: 'Brand', username: 'brand', fan_count: 1 };
  const items = { data: [{ id: '42_1', message: 'Hello', created_time: '2026-10-01T09:00:00+0000', comments: { data: [{ id: '1_2', message: 'who?', created_time: '2026-10-01T10:00:00+0000' }] } }, { id: '42_3' }] };
  collect(await readExport(write('authorless.json', JSON.stringify([page, items]))));
  return notes;
}

describe('export notes', () => {
  it('every code is listed in COLLECTOR_CODES, and every note carries exactly its listed data keys', async () => {
    for (const code of EXPORT_NOTE_CODES) expect(LISTED[code], code).toBeDefined();
    const notes = await allNotes();
    for (const n of notes) expect([n.code, Object.keys(n.data ?? {}).sort()]).toEqual([n.code, [...LISTED[n.code]].sort()]);
    expect([...new Set(notes.map((n) => n.code))].sort()).toEqual([...EXPORT_NOTE_CODES].sort());
  });

  it.each(CATALOGUE_LANGS)('%s words every code with listed keys only, and renders every note', async (lang) => {
    const catalogue = loadCatalogue(lang);
    for (const code of EXPORT_NOTE_CODES) {
      const text = catalogue.get(`collect.${code}`);
      expect(text, `collect.${code}`).toBeDefined();
      const extra = messageArguments(text as string).filter((a) => !LISTED[code].includes(a));
      expect([code, extra]).toEqual([code, []]);
    }
    const tr = translator(lang);
    for (const n of await allNotes()) {
      const out = tr.t(`collect.${n.code}`, n.data);
      expect(out).not.toMatch(/[{}]|\(s\)|collect\./);
    }
  });

  it('renders line numbers without grouping, counts with plurals, platforms with their names', () => {
    const en = translator('en');
    const fr = translator('fr');
    const dup = { file: 'big.csv', line: 12345, field: 'id', value: '"b1"', firstLine: 1234 };
    expect(en.t('collect.export.duplicate-id', dup)).toBe('big.csv:12345 (id): duplicate id "b1" (first on line 1234); row rejected');
    expect(en.t('collect.export.read', { file: 'a.csv', count: 1 })).toBe('export a.csv: 1 post read');
    expect(fr.t('collect.export.read', { file: 'a.csv', count: 3 })).toBe('export a.csv\u202f: 3 messages lus');
    expect(en.t('collect.export.platform-differs', { file: 'a.csv', line: 3, field: 'platform', value: '"instagram"', platform: 'x' })).toBe(
      'a.csv:3 (platform): "instagram" differs from the export’s platform, X; row rejected',
    );
  });
});
