// The published JSON Schemas (schema/brand-file, rule-set, portfolio, config): up to date with the rule registry, valid
// under ajv's strict mode, and accepting what the project ships — the presets, the `init` template, the README's
// examples — while rejecting what the loaders reject.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { RULES } from '../../src/rules/index.js';
import { PRESETS_DIR } from '../../src/config/rule-set.js';
import { brandTemplate } from '../../src/config/brand-template.js';
import { publishedSchemas, schemaText, SCHEMA_DIR, SCHEMA_FILES, type JsonSchema } from '../../src/config/schemas.js';
import { createAjv, explainErrors } from '../../src/config/validate.js';

const ROOT = path.resolve(SCHEMA_DIR, '..');
const published = (file: string): JsonSchema => JSON.parse(readFileSync(path.join(SCHEMA_DIR, file), 'utf8')) as JsonSchema;

/** The published schema compiled as the loaders compile theirs, any strict-mode warning being a failure. */
function compile(file: string) {
  const ajv = createAjv();
  const warnings: unknown[] = [];
  (ajv.opts as { logger: unknown }).logger = { log() {}, warn: (...a: unknown[]) => warnings.push(a), error: (...a: unknown[]) => warnings.push(a) };
  const validate = ajv.compile(published(file));
  expect(warnings).toEqual([]);
  return (data: unknown): string[] => (validate(data) ? [] : explainErrors(validate.errors ?? []).map((p) => `${p.keyPath.join('.')}: ${p.message}`));
}

/** The ```yaml blocks of a Markdown file that look like a brand file or a rule set (by their top-level keys). */
function configBlocks(file: string): unknown[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/```ya?ml\n([\s\S]*?)```/g)]
    .filter((m) => /^(website|rules):/m.test(m[1]) && !/^(jobs|on|[\w-]+:\n\s+image):/m.test(m[1]) && !m[1].includes(SCHEMA_FILES.config))
    .map((m) => parse(m[1]) as unknown);
}

/** The ```yaml blocks of a Markdown file that are configuration files (their schema line names config.schema.json). */
function runConfigBlocks(file: string): unknown[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/```ya?ml\n([\s\S]*?)```/g)].filter((m) => m[1].includes(`$schema=`) && m[1].includes(SCHEMA_FILES.config)).map((m) => parse(m[1]) as unknown);
}

const isMap = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

describe('published schemas', () => {
  it('are up to date: `npm run schemas` writes exactly the committed files', () => {
    for (const [file, schema] of Object.entries(publishedSchemas())) {
      expect(readFileSync(path.join(SCHEMA_DIR, file), 'utf8'), `${file} is stale: run npm run schemas`).toBe(schemaText(schema));
    }
  });

  it('name every rule with every option it has, typed by the rule’s meta.schema', () => {
    const rules = (published(SCHEMA_FILES.ruleSet).properties as Record<string, JsonSchema>).rules.properties as Record<string, JsonSchema>;
    expect(Object.keys(rules)).toEqual(RULES.map((r) => r.meta.id).sort());
    for (const rule of RULES) {
      const entry = (rules[rule.meta.id].anyOf as JsonSchema[])[1];
      const options = ((entry.properties as Record<string, JsonSchema>).options.properties ?? {}) as Record<string, JsonSchema>;
      expect(Object.keys(options).sort(), rule.meta.id).toEqual(Object.keys(rule.meta.defaultOptions).sort());
    }
  });

  it('every rule declares a schema for each of its options, and its defaults satisfy it', () => {
    const validate = compile(SCHEMA_FILES.ruleSet);
    for (const rule of RULES) {
      expect(Object.keys(rule.meta.schema ?? {}).sort(), `${rule.meta.id}: meta.schema`).toEqual(Object.keys(rule.meta.defaultOptions).sort());
      expect(validate({ rules: { [rule.meta.id]: { options: rule.meta.defaultOptions } } }), rule.meta.id).toEqual([]);
    }
  });
});

describe('they accept what the project ships', () => {
  it('the bundled presets', () => {
    const validate = compile(SCHEMA_FILES.ruleSet);
    const presets = readdirSync(PRESETS_DIR).filter((f) => f.endsWith('.yaml'));
    expect(presets.length).toBeGreaterThan(1);
    for (const file of presets) expect(validate(parse(readFileSync(path.join(PRESETS_DIR, file), 'utf8'))), file).toEqual([]);
  });

  it('the brand file `init` writes, with the schema line first', () => {
    const validate = compile(SCHEMA_FILES.brandFile);
    const text = brandTemplate({ name: 'Société Exemple', website: 'https://www.exemple.fr/', schema: '../schema/brand-file.schema.json' });
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/brand-file.schema.json');
    expect(validate(parse(text))).toEqual([]);
  });

  it('the brand files and rule sets in the README and docs', () => {
    const brandFile = compile(SCHEMA_FILES.brandFile);
    const ruleSet = compile(SCHEMA_FILES.ruleSet);
    const docs = [path.join(ROOT, 'README.md'), ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => path.join(ROOT, 'docs', f))];
    let brands = 0;
    let sets = 0;
    for (const file of docs) {
      for (const block of configBlocks(file)) {
        if (!isMap(block)) continue;
        if ('website' in block && 'name' in block) {
          brands++;
          expect(brandFile(block), file).toEqual([]);
        } else if ('rules' in block && !('jobs' in block) && !('script' in block) && !('image' in block)) {
          sets++;
          expect(ruleSet(block), file).toEqual([]);
        }
      }
    }
    expect(brands).toBeGreaterThan(0);
    expect(sets).toBeGreaterThan(0);
  });

  it('the configuration files in the README', () => {
    const validate = compile(SCHEMA_FILES.config);
    const blocks = runConfigBlocks(path.join(ROOT, 'README.md'));
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(validate(block)).toEqual([]);
  });

  it('a portfolio of inline brands and brand-file paths, with ids and sectors', () => {
    const validate = compile(SCHEMA_FILES.portfolio);
    const portfolio = parse(`
title: Retail barometer
brands:
  - id: maison-exemple
    sector: home
    name: Maison Exemple
    website: https://www.maison-exemple.fr/
    accounts: { bluesky: maisonexemple.bsky.social }
  - file: brands/northwind.yaml
    sector: outdoor
  - name: Le Vieux Bazar
    website: https://www.vieux-bazar.fr/
    window: 4w
`);
    expect(validate(portfolio)).toEqual([]);
  });
});

describe('they reject what the loaders reject', () => {
  it.each([
    ['brand file', SCHEMA_FILES.brandFile, { name: 'X', website: 'https://x.test/', window: 'soon' }, 'window: expected a number of days'],
    ['brand file', SCHEMA_FILES.brandFile, { name: 'X', since: '1 Oct 2017' }, 'since: expected a day written yyyy-mm-dd'],
    ['rule set', SCHEMA_FILES.ruleSet, { rules: { 'unanswered-questions': { options: { maxRatio: -5 } } } }, 'rules.unanswered-questions.options.maxRatio: expected a number from 0 to 1, got -5'],
    ['rule set', SCHEMA_FILES.ruleSet, { rules: { 'no-such-rule': 'off' } }, 'rules.no-such-rule: unknown key "no-such-rule"'],
    ['rule set', SCHEMA_FILES.ruleSet, { rules: { 'site-https': 'of' } }, 'rules.site-https: expected `off` or a mapping with weight and/or options, got "of"'],
    ['portfolio', SCHEMA_FILES.portfolio, { brands: [] }, 'brands: expected a list of mappings (at least 1), got []'],
    ['portfolio', SCHEMA_FILES.portfolio, { brands: [{ file: 'a.yaml', name: 'A' }] }, 'brands.0.name: unknown key "name" (expected one of: file, id, sector)'],
    ['portfolio', SCHEMA_FILES.portfolio, { brands: [{ name: 'A' }] }, 'brands.0.website: is required'],
    ['portfolio', SCHEMA_FILES.portfolio, { brands: [{ name: 'A', website: 'https://a.test/', id: 'Not An Id' }] }, 'brands.0.id: expected a string, got "Not An Id"'],
    ['configuration', SCHEMA_FILES.config, { 'max-pages': 3 }, 'max-pages: unknown key "max-pages"'],
    ['configuration', SCHEMA_FILES.config, { format: ['html', 'pdf'] }, 'format.1: expected one of terminal, json, html, markdown, junit, csv, got "pdf"'],
    ['configuration', SCHEMA_FILES.config, { maxDrop: ['rule:x=lots'] }, 'maxDrop.0: expected points (5), or rule:<id>=N, category:<id>=N, got "rule:x=lots"'],
    ['configuration', SCHEMA_FILES.config, { branding: { accent: 'red' } }, 'branding.accent: expected a colour such as #0055aa, got "red"'],
  ])('%s %#', (_what, file, data, problem) => {
    const problems = compile(file)(data);
    expect(problems.some((p) => p.startsWith(problem)), problems.join('\n')).toBe(true);
  });
});
