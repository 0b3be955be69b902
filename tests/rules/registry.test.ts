// Checks on the rule registry as a whole: ids, files, tests, docs, catalogue entries, option schemas and the YAML
// presets.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { RULES, getRule } from '../../src/rules/index.js';
import { CATEGORY_IDS } from '../../src/rules/categories.js';
import type { OptionSchema, OptionValue } from '../../src/rules/types.js';
import { LOCALES_DIR, loadCatalogue } from '../../src/locale/catalogue.js';
import { isLang, type Lang } from '../../src/locale/langs.js';
import { messageArguments } from '../../src/locale/arguments.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ids = RULES.map((r) => r.meta.id);
const docs = readFileSync(`${root}docs/rules.md`, 'utf8');
/** Every language with a catalogue directory under locales/ (en is the reference). */
const langs: Lang[] = readdirSync(LOCALES_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .filter(isLang);

interface PresetFile {
  id: string;
  title: string;
  extends?: string[];
  categories?: Record<string, { weight: number }>;
  rules: Record<string, { weight?: number; options?: Record<string, OptionValue> } | 'off'>;
}
const preset = (name: string): PresetFile => parse(readFileSync(`${root}rules/${name}.yaml`, 'utf8')) as PresetFile;

/** Whether a value satisfies an option schema: its type, bounds, allowed values and length. */
function satisfies(schema: OptionSchema, value: unknown): boolean {
  switch (schema.type) {
    case 'number':
    case 'integer':
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (schema.type === 'number' || Number.isInteger(value)) &&
        (schema.minimum === undefined || value >= schema.minimum) &&
        (schema.maximum === undefined || value <= schema.maximum)
      );
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string' && (schema.enum === undefined || schema.enum.includes(value));
    case 'string[]':
      return (
        Array.isArray(value) &&
        value.every((v) => typeof v === 'string' && (schema.enum === undefined || schema.enum.includes(v))) &&
        (schema.minItems === undefined || value.length >= schema.minItems)
      );
  }
}

/** The catalogue text of a rule's message in one language: its own, else the shared one (runner, common). */
function messageText(lang: Lang, id: string, messageId: string): string | undefined {
  const catalogue = loadCatalogue(lang);
  return catalogue.get(`rules.${id}.messages.${messageId}`) ?? catalogue.get(`rules._common.messages.${messageId}`);
}

describe('rule registry', () => {
  it('lists rules sorted by id, without duplicates', () => {
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('finds each rule by id and nothing for an unknown id', () => {
    for (const rule of RULES) expect(getRule(rule.meta.id)).toBe(rule);
    expect(getRule('no-such-rule')).toBeUndefined();
  });

  it.each(ids)('%s lives in the file named by its id', async (id) => {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    // Imported by path so the id, not a hand-written import, names the file.
    const mod = (await import(/* @vite-ignore */ `${root}src/rules/${id}.ts`)) as { rule: unknown };
    expect(mod.rule).toBe(getRule(id));
  });

  it('registers every rule file under src/rules', () => {
    const ruleFiles = readdirSync(`${root}src/rules`)
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /export const rule\s*:\s*Rule\b/.test(readFileSync(`${root}src/rules/${f}`, 'utf8')))
      .map((f) => f.replace(/\.ts$/, ''));
    expect(ruleFiles.sort()).toEqual(ids);
  });

  it.each(ids)('%s has a test file and a section in docs/rules.md', (id) => {
    expect(existsSync(`${root}tests/rules/${id}.test.ts`)).toBe(true);
    expect(docs).toMatch(new RegExp(`^## ${id}$`, 'm'));
  });

  it('documents no rule that does not exist', () => {
    const sections = [...docs.matchAll(/^## (\S+)$/gm)].map((m) => m[1]);
    expect(sections.sort()).toEqual(ids);
  });

  it.each(ids)('%s has language-neutral metadata: ids, codes and numbers, no prose', (id) => {
    const { meta } = getRule(id)!;
    expect(Object.keys(meta).filter((k) => k !== 'readsPages').sort()).toEqual(['category', 'defaultOptions', 'id', 'messages', 'requires', 'schema']);
    expect(meta.requires.length).toBeGreaterThan(0);
    expect(CATEGORY_IDS).toContain(meta.category);
    expect(meta.messages.length).toBeGreaterThan(0);
    expect(new Set(meta.messages).size, 'message ids are distinct').toBe(meta.messages.length);
    for (const messageId of meta.messages) expect(messageId).toMatch(/^[a-z0-9]+([.-][a-z0-9]+)*$/);
  });
});

describe('rule catalogues', () => {
  it('exist for English and at least one other language', () => {
    expect(langs).toContain('en');
    expect(langs.length).toBeGreaterThan(1);
  });

  describe.each(langs)('%s', (lang) => {
    const catalogue = loadCatalogue(lang);

    it.each(ids)('%s: title, failure title, description and fix', (id) => {
      for (const field of ['title', 'failureTitle', 'description', 'fix']) {
        const text = catalogue.get(`rules.${id}.${field}`);
        expect(text?.trim(), `rules.${id}.${field}`).toBeTruthy();
        expect(() => messageArguments(text!), `rules.${id}.${field} is ICU`).not.toThrow();
      }
    });

    it.each(ids)('%s: every declared message, with the placeholders of the English one', (id) => {
      for (const messageId of getRule(id)!.meta.messages) {
        const text = messageText(lang, id, messageId);
        expect(text?.trim(), `${lang}: rules.${id}.messages.${messageId}`).toBeTruthy();
        expect(messageArguments(text!), `${lang}: placeholders of ${messageId}`).toEqual(messageArguments(messageText('en', id, messageId)!));
      }
    });

    it.each(ids)('%s: no message the rule does not declare', (id) => {
      const declared = new Set(getRule(id)!.meta.messages);
      const prefix = `rules.${id}.messages.`;
      const own = [...catalogue.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
      for (const messageId of own) expect(declared.has(messageId), `${lang}: undeclared ${messageId}`).toBe(true);
    });
  });
});

describe('rule options', () => {
  it.each(ids)('%s has one schema per default option, with bounds on numbers', (id) => {
    const { defaultOptions, schema } = getRule(id)!.meta;
    expect(Object.keys(schema).sort()).toEqual(Object.keys(defaultOptions).sort());
    for (const [name, s] of Object.entries(schema)) {
      if (s.type !== 'number' && s.type !== 'integer') continue;
      expect(s.minimum, `${name}: minimum`).toBeDefined();
      if (s.maximum !== undefined) expect(s.maximum, `${name}: maximum ≥ minimum`).toBeGreaterThanOrEqual(s.minimum!);
    }
  });

  it.each(ids)('%s has JSON-compatible defaults that satisfy their own schema', (id) => {
    const { defaultOptions, schema } = getRule(id)!.meta;
    expect(JSON.parse(JSON.stringify(defaultOptions))).toEqual(defaultOptions);
    for (const [name, value] of Object.entries(defaultOptions)) {
      expect(schema[name], `schema of ${name}`).toBeDefined();
      expect(satisfies(schema[name], value), `${name} = ${JSON.stringify(value)}`).toBe(true);
    }
  });
});

describe('rule set presets', () => {
  it('default.yaml lists exactly the registered rules, each with a weight', () => {
    const set = preset('default');
    expect(set.id).toBe('default');
    expect(Object.keys(set.rules).sort()).toEqual(ids);
    for (const entry of Object.values(set.rules)) {
      expect(entry).not.toBe('off');
      expect(typeof (entry as { weight?: number }).weight).toBe('number');
    }
    expect(Object.keys(set.categories ?? {}).sort()).toEqual([...CATEGORY_IDS].sort());
  });

  it.each(['default', 'strict'])('%s.yaml names only known categories, rules and options, with values their schemas accept', (name) => {
    const set = preset(name);
    for (const [category, { weight }] of Object.entries(set.categories ?? {})) {
      expect(CATEGORY_IDS).toContain(category);
      expect(weight).toBeGreaterThanOrEqual(0);
    }
    for (const [id, entry] of Object.entries(set.rules)) {
      const rule = getRule(id);
      expect(rule, `rule ${id}`).toBeDefined();
      if (entry === 'off') continue;
      if (entry.weight !== undefined) expect(entry.weight).toBeGreaterThanOrEqual(0);
      for (const [option, value] of Object.entries(entry.options ?? {})) {
        expect(rule!.meta.defaultOptions, `${id}.${option}`).toHaveProperty(option);
        expect(satisfies(rule!.meta.schema[option], value), `${id}.${option} = ${JSON.stringify(value)}`).toBe(true);
      }
    }
  });

  it('strict.yaml extends default and tightens its thresholds', () => {
    const set = preset('strict');
    expect(set.extends).toEqual(['default']);
    const option = (id: string, name: string) => {
      const entry = set.rules[id];
      return entry === 'off' || entry === undefined ? undefined : entry.options?.[name];
    };
    const defaults = (id: string, name: string) => getRule(id)!.meta.defaultOptions[name] as number;
    expect(option('support-reachable', 'maxClicks')).toBeLessThan(defaults('support-reachable', 'maxClicks'));
    expect(option('contact-channels', 'target')).toBeGreaterThan(defaults('contact-channels', 'target'));
    expect(option('response-time-promise', 'maxHours')).toBeLessThan(defaults('response-time-promise', 'maxHours'));
    expect(option('terms-updated', 'maxAgeMonths')).toBeLessThan(defaults('terms-updated', 'maxAgeMonths'));
    expect(option('official-accounts', 'minNetworks')).toBeGreaterThan(defaults('official-accounts', 'minNetworks'));
  });
});
