// The precompiled snapshot check (ajv standalone code, written by `npm run build` with scripts/build-config.mjs)
// checks exactly what the runtime-compiled one checks: the same verdict and the same first error (keyword, key, data),
// from which snapshotProblem words the one-line message; and the built file is the one of the current schema.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createSnapshotAjv, PRECOMPILED_SNAPSHOT_VALIDATOR, snapshotProblem, snapshotSchema, snapshotSchemaFingerprint } from '../../src/snapshot/schema.js';

type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null; fingerprint?: string };

/** The standalone module as the build writes it, evaluated in memory. */
function standalone(): Validate {
  const standaloneCode = createRequire(import.meta.url)('ajv/dist/standalone').default as (ajv: unknown, v: unknown) => string;
  const ajv = createSnapshotAjv({ code: { source: true } });
  const code = standaloneCode(ajv, ajv.compile(snapshotSchema('loaded')));
  const module = { exports: {} as Validate };
  new Function('require', 'module', 'exports', code)(createRequire(import.meta.url), module, module.exports);
  return module.exports;
}

type Snapshot = Record<string, any>;
const fixture = (): Snapshot => JSON.parse(readFileSync(new URL('../../fixtures/snapshots/maison-exemple.json', import.meta.url), 'utf8')) as Snapshot;

/** A valid snapshot, then one edit per kind of mistake the schema names. */
const CASES: [string, (s: Snapshot) => void][] = [
  ['valid', () => {}],
  ['a website-only snapshot', (s) => void ((s.conversations = []), (s.sources = []))],
  ['null among the conversations', (s) => void (s.conversations = [null])],
  ['an account that is a string', (s) => void (s.accounts = ['facebook'])],
  ['a post author with an unknown role', (s) => void (s.conversations[0].posts[0].author.role = 'moderator')],
  ['a post without metrics', (s) => void delete s.conversations[0].posts[0].metrics],
  ['a conversation of an unknown status', (s) => void (s.conversations[0].status = 'fine')],
  ['an unknown platform', (s) => void (s.accounts[0].platform = 'myspace')],
  ['a page status as text', (s) => void (s.site.pages[2].status = '200')],
  ['a negative depth', (s) => void (s.site.pages[1].depth = -1)],
  ['a link without kinds', (s) => void delete s.site.pages[0].facts.links[0].kinds],
  ['a social finding by reference once loaded', (s) => void (s.site.pages[0].facts.socials = [0])],
  ['an evidence entry by reference once loaded', (s) => void (s.accounts[0].evidence = [[0, 0]])],
  ['a promise whose hours are text', (s) => void (s.site.pages[0].facts.promises = [{ text: 'sous 48 h', hours: '48' }])],
  ['robots as a string', (s) => void (s.site.robots = 'none')],
  ['a crawled site without pages', (s) => void (s.site.pages = [])],
  ['audited set to true', (s) => void (s.site.audited = true)],
  ['a social-only site without pages', (s) => void ((s.site.audited = false), (s.site.pages = []))],
  ['an unknown schema version', (s) => void (s.schemaVersion = 7)],
  ['a note without code', (s) => void (s.site.errors = [{ data: {} }])],
  ['a window without days', (s) => void delete s.conversations[0].window.days],
];

const VALID = new Set(['valid', 'a website-only snapshot', 'a social-only site without pages']);

describe('precompiled snapshot check', () => {
  const built = standalone();
  const runtime = createSnapshotAjv().compile(snapshotSchema('loaded'));

  it.each(CASES)('%s: the same verdict and first error', (name, edit) => {
    const s = fixture();
    edit(s);
    const a = runtime(s);
    const b = built(s);
    expect(a).toBe(VALID.has(name));
    expect(b).toBe(a);
    expect(built.errors ?? null).toEqual(runtime.errors ?? null);
    // The loader's own check (the built file when present) words the same problem as the runtime compile's error.
    expect(snapshotProblem(s) === undefined).toBe(a);
  });

  it('the built file is compiled from the current schema (npm run build writes it, with that schema)', () => {
    // From the sources the module looks beside src/snapshot/schema.ts; the build writes beside dist/snapshot/schema.js.
    const file = createRequire(import.meta.url)(fileURLToPath(new URL('../../dist/snapshot/schema-validator.cjs', import.meta.url))) as Validate;
    expect(path.basename(PRECOMPILED_SNAPSHOT_VALIDATOR)).toBe('schema-validator.cjs');
    expect(file.fingerprint).toBe(snapshotSchemaFingerprint(snapshotSchema('loaded')));
  });

  it('is used only for the schema it was compiled from: the fingerprint follows the schema', () => {
    const schema = snapshotSchema('loaded');
    expect(snapshotSchemaFingerprint(schema)).toBe(snapshotSchemaFingerprint());
    expect(snapshotSchemaFingerprint(snapshotSchema('file'))).not.toBe(snapshotSchemaFingerprint(schema));
  });
});
