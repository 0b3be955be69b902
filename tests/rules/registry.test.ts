// Checks on the rule registry as a whole: ids, files, tests, docs, messages, options and the YAML presets.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { RULES, getRule } from '../../src/rules/index.js';
import { CATEGORIES } from '../../src/rules/categories.js';
import type { OptionValue } from '../../src/rules/types.js';
import { placeholders } from './snapshot-builder.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ids = RULES.map((r) => r.meta.id);
const docs = readFileSync(`${root}docs/rules.md`, 'utf8');

interface PresetFile {
  id: string;
  title: string;
  extends?: string[];
  categories?: Record<string, { weight: number }>;
  rules: Record<string, { weight?: number; options?: Record<string, OptionValue> } | 'off'>;
}
const preset = (name: string): PresetFile => parse(readFileSync(`${root}rules/${name}.yaml`, 'utf8')) as PresetFile;

function isJsonOption(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (typeof value === 'string' || typeof value === 'boolean') return true;
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** Same kind of value as the default: the rule-set loader accepts an override only of the default's type. */
function sameOptionType(value: unknown, def: OptionValue): boolean {
  return Array.isArray(def) ? Array.isArray(value) && value.every((v) => typeof v === 'string') : typeof value === typeof def;
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

  it.each(ids)('%s has complete metadata in both languages', (id) => {
    const { meta } = getRule(id)!;
    for (const text of [meta.title, meta.failureTitle, meta.description]) {
      expect(text.en.trim()).not.toBe('');
      expect(text.fr.trim()).not.toBe('');
    }
    expect(meta.requires.length).toBeGreaterThan(0);
    expect(CATEGORIES.map((c) => c.id)).toContain(meta.category);
  });

  it.each(ids)('%s uses the same placeholders in its en and fr messages', (id) => {
    const { messages } = getRule(id)!.meta;
    expect(Object.keys(messages).length).toBeGreaterThan(0);
    for (const [messageId, text] of Object.entries(messages)) {
      expect(placeholders(text.fr).sort(), messageId).toEqual(placeholders(text.en).sort());
    }
  });

  it.each(ids)('%s has JSON-compatible default options', (id) => {
    const { defaultOptions } = getRule(id)!.meta;
    for (const [name, value] of Object.entries(defaultOptions)) expect(isJsonOption(value), name).toBe(true);
    expect(JSON.parse(JSON.stringify(defaultOptions))).toEqual(defaultOptions);
  });
});

describe('rule set presets', () => {
  const categoryIds = CATEGORIES.map((c) => c.id);

  it('default.yaml lists exactly the registered rules, each with a weight', () => {
    const set = preset('default');
    expect(set.id).toBe('default');
    expect(Object.keys(set.rules).sort()).toEqual(ids);
    for (const entry of Object.values(set.rules)) {
      expect(entry).not.toBe('off');
      expect(typeof (entry as { weight?: number }).weight).toBe('number');
    }
    expect(Object.keys(set.categories ?? {}).sort()).toEqual([...categoryIds].sort());
  });

  it.each(['default', 'strict'])('%s.yaml names only known categories, rules and options of the right type', (name) => {
    const set = preset(name);
    for (const [category, { weight }] of Object.entries(set.categories ?? {})) {
      expect(categoryIds).toContain(category);
      expect(weight).toBeGreaterThanOrEqual(0);
    }
    for (const [id, entry] of Object.entries(set.rules)) {
      const rule = getRule(id);
      expect(rule, `rule ${id}`).toBeDefined();
      if (entry === 'off') continue;
      if (entry.weight !== undefined) expect(entry.weight).toBeGreaterThanOrEqual(0);
      for (const [option, value] of Object.entries(entry.options ?? {})) {
        expect(rule!.meta.defaultOptions, `${id}.${option}`).toHaveProperty(option);
        expect(sameOptionType(value, rule!.meta.defaultOptions[option]), `${id}.${option}`).toBe(true);
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
