// Nothing below the formatters writes a sentence: rule metadata holds ids and options, collectors record codes with
// data, rules return message ids with data. Scanned on the rules' metadata, on a real collection of every fixture
// brand (website, social stand-ins, exports) and on the rules' results over it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../../src/rules/index.js';
import { collectSnapshot } from '../../src/index.js';
import { auditSnapshot } from '../../src/pipeline.js';
import { loadRuleSet } from '../../src/config/rule-set.js';
import { listBrands, type FixtureServer } from '../../src/demo/fixture-server.js';
import type { BrandSnapshot, Note } from '../../src/snapshot/types.js';
import { SITES_DIR, standInEnv, startSitesServer } from '../support/fault-server.js';
import { DEMO_TOKENS } from '../../src/demo/sites.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXPORTS_DIR = path.join(ROOT, 'fixtures', 'exports');

/** Three words in a row: the shape of a sentence (ids, codes, numbers, URLs and handles never have it). */
const SENTENCE = /\p{L}{2,}[\s,;:]+\p{L}{2,}[\s,;:]+\p{L}{2,}/u;
const CODE = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
/** Note data that quotes the input as found (a cell of an export, a page's text): shown as data, never our prose. */
const QUOTED = new Set(['value', 'text', 'snippet', 'title', 'bio', 'url', 'file', 'path', 'actor', 'name']);

function strings(value: unknown, key = '', out: { key: string; text: string }[] = []): { key: string; text: string }[] {
  if (typeof value === 'string') out.push({ key, text: value });
  else if (Array.isArray(value)) for (const v of value) strings(v, key, out);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, k, out);
  return out;
}

function notesOf(snapshot: BrandSnapshot): Note[] {
  return [
    ...snapshot.site.errors,
    ...snapshot.site.pages.flatMap((p) => [...(p.error ? [p.error] : []), ...(p.warnings ?? [])]),
    ...snapshot.accounts.map((a) => a.reason),
    ...snapshot.conversations.flatMap((c) => c.notes ?? []),
    ...snapshot.sources.flatMap((s) => s.notes ?? []),
  ];
}

describe('rule metadata holds no prose', () => {
  it.each(RULES.map((r) => [r.meta.id, r] as const))('%s', (_id, rule) => {
    expect(Object.keys(rule.meta).filter((k) => k !== 'readsPages').sort()).toEqual(['category', 'defaultOptions', 'id', 'messages', 'requires', 'schema']);
    for (const id of [rule.meta.id, rule.meta.category, ...rule.meta.requires, ...rule.meta.messages]) expect(id).toMatch(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/);
    // Word lists among the options (words searched for in bios, in every language) are vocabulary, not messages.
    const single = Object.fromEntries(Object.entries(rule.meta.defaultOptions).filter(([, v]) => !Array.isArray(v)));
    const prose = strings({ schema: rule.meta.schema, options: single }).filter((s) => SENTENCE.test(s.text));
    expect(prose).toEqual([]);
  });
});

describe('collectors and rules write codes and data', () => {
  let server: FixtureServer;
  const snapshots: { slug: string; snapshot: BrandSnapshot }[] = [];

  beforeAll(async () => {
    server = await startSitesServer();
    // Every bundled export, broken rows included (their problems are notes too); the one CSV without platform and
    // account columns is told them, as a brand file would.
    const exports = readdirSync(EXPORTS_DIR)
      .filter((f) => /\.(json|csv)$/.test(f))
      .map((f) => ({ path: path.join(EXPORTS_DIR, f), ...(f === 'maison-exemple-instagram.csv' ? { platform: 'instagram', account: 'maisonexemple' } : {}) }));
    for (const brand of listBrands(SITES_DIR)) {
      const social = brand.slug === 'maison-exemple';
      const env = { ...standInEnv(server), ...DEMO_TOKENS };
      const snapshot = await collectSnapshot(`${server.origin(brand.start)}/`, {
        resolve: server.resolve, maxPages: 60, timeoutMs: 2000, social, env, checkProfiles: false, ...(social ? { exports } : {}),
      });
      snapshots.push({ slug: brand.slug, snapshot });
    }
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  it('every collector note is a code with data, and its data is no sentence', () => {
    expect(snapshots.length).toBe(4);
    const problems: string[] = [];
    for (const { slug, snapshot } of snapshots) {
      const notes = notesOf(snapshot);
      expect(notes.length, slug).toBeGreaterThan(0);
      for (const note of notes) {
        if (!CODE.test(note.code)) problems.push(`${slug}: code "${note.code}"`);
        for (const s of strings(note.data ?? {})) if (!QUOTED.has(s.key) && SENTENCE.test(s.text)) problems.push(`${slug}: ${note.code}.${s.key} = "${s.text}"`);
      }
      // The old prose fields are gone for good.
      for (const c of snapshot.conversations) expect(c).not.toHaveProperty('message');
      for (const s of snapshot.sources) expect(s).not.toHaveProperty('message');
    }
    expect(problems).toEqual([]);
  });

  it('every rule result is a message id with data; data strings are codes or text found in the snapshot', () => {
    const ruleSet = loadRuleSet('default');
    const problems: string[] = [];
    for (const { slug, snapshot } of snapshots) {
      const seen = JSON.stringify(snapshot);
      const report = auditSnapshot(snapshot, ruleSet);
      for (const r of report.rules) {
        if (!CODE.test(r.messageId)) problems.push(`${slug} ${r.id}: message id "${r.messageId}"`);
        if (r.status === 'error') problems.push(`${slug} ${r.id}: error ${JSON.stringify(r.data)}`);
        const data = [...strings(r.data), ...r.evidence.flatMap((e) => (e.note ? strings(e.note.data ?? {}) : []))];
        for (const s of data) {
          const scraped = seen.includes(JSON.stringify(s.text).slice(1, -1));
          if (SENTENCE.test(s.text) && !scraped) problems.push(`${slug} ${r.id}: ${s.key} = "${s.text}"`);
        }
        for (const e of r.evidence) if (e.note && !CODE.test(e.note.id)) problems.push(`${slug} ${r.id}: note id "${e.note.id}"`);
      }
    }
    expect(problems).toEqual([]);
  });
});
