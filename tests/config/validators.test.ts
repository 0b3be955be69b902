// The precompiled validators (ajv standalone code, written by `npm run build` with scripts/build-config.mjs)
// check exactly what the runtime-compiled ones check: the same verdicts and, through explainErrors, the same
// one-line problems, on valid files and on every kind of mistake the loaders report.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';
import { createAjv, explainErrors, SCHEMA_BUILDERS, schemaFingerprint, type SchemaKind } from '../../src/config/validate.js';

type Validate = ((data: unknown) => boolean) & { errors?: Parameters<typeof explainErrors>[0] | null };

/** The standalone module the build writes, evaluated in memory (its `require` resolves ajv's runtime helpers). */
function precompiled(): Record<SchemaKind, Validate> {
  const standaloneCode = createRequire(import.meta.url)('ajv/dist/standalone').default as (ajv: unknown, refs: Record<string, string>) => string;
  const ajv = createAjv({ code: { source: true } });
  for (const [kind, build] of Object.entries(SCHEMA_BUILDERS)) ajv.addSchema(build(), kind);
  const code = standaloneCode(ajv, Object.fromEntries(Object.keys(SCHEMA_BUILDERS).map((k) => [k, k])));
  const module = { exports: {} as Record<SchemaKind, Validate> };
  new Function('require', 'module', 'exports', code)(createRequire(import.meta.url), module, module.exports);
  return module.exports;
}

const CASES: [SchemaKind, unknown][] = [
  ['brandFile', { name: 'Maison', website: 'https://www.maison.test/', window: '4w', keywords: ['lin'], accounts: { bluesky: 'maison.bsky.social' } }],
  ['brandFile', { name: 'X', website: 'https://x.test/', window: 'soon' }],
  ['brandFile', { name: 'X' }],
  ['brandFile', { name: '', website: 'ftp://x.test/', accounts: { myspace: 'x' }, extra: 1 }],
  ['brandFile', { name: 'X', website: 'https://x.test/', exports: [{ path: 'a.csv', delimiter: 'pipe' }, 3] }],
  ['ruleSet', { id: 'mine', extends: ['default'], rules: { 'site-https': 'off', 'unanswered-questions': { weight: 5, options: { maxRatio: 0.2 } } } }],
  ['ruleSet', { rules: { 'unanswered-questions': { options: { maxRatio: -5 } } } }],
  ['ruleSet', { rules: { 'no-such-rule': 'off', 'site-https': 'of' } }],
  ['ruleSet', { rules: { 'support-reachable': { options: { maxClicks: 'two', other: 1 } } }, categories: { nope: { weight: 1 } } }],
  ['ruleSet', { extends: 3, assert: 'score=60', rules: [] }],
  ['portfolio', { brands: [] }],
  ['portfolio', { brands: [{ file: 'a.yaml', name: 'A' }, { name: 'B' }, { name: 'C', website: 'https://c.test/', id: 'Not An Id' }] }],
  ...RULES.map((r): [SchemaKind, unknown] => ['ruleSet', { rules: { [r.meta.id]: { weight: 2, options: r.meta.defaultOptions } } }]),
];

describe('precompiled validators', () => {
  const standalone = precompiled();
  const ajv = createAjv();

  it.each(CASES.map((c, i) => [i, ...c] as const))('case %i (%s) gets the same verdict and problems', (_i, kind, data) => {
    const runtime = ajv.getSchema(kind) ?? (ajv.addSchema(SCHEMA_BUILDERS[kind](), kind), ajv.getSchema(kind)!);
    const a = runtime(data);
    const b = standalone[kind](data);
    expect(b).toBe(a);
    expect(explainErrors(standalone[kind].errors ?? [])).toEqual(explainErrors(runtime.errors ?? []));
  });

  it('are used only for the schema they were compiled from: the fingerprint follows the schema', () => {
    const schema = SCHEMA_BUILDERS.ruleSet();
    expect(schemaFingerprint(schema)).toBe(schemaFingerprint(SCHEMA_BUILDERS.ruleSet()));
    expect(schemaFingerprint({ ...schema, title: 'another' })).not.toBe(schemaFingerprint(schema));
  });
});
