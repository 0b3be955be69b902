// Loads YAML rule sets (presets under rules/ or a user's file), resolves `extends`, validates every key.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { failAt, keyOf, readYaml, type YamlSource } from './yaml-source.js';
import { ConfigError } from './errors.js';
import { getRule } from '../rules/index.js';
import { parseAssert } from '../report/gates.js';
import { CATEGORIES } from '../rules/categories.js';
import type { OptionValue } from '../rules/types.js';

/** Folder holding the bundled presets (works from src/ under vitest and from dist/ once built). */
export const PRESETS_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

export interface RuleSetEntry {
  id: string;
  weight: number;
  options: Record<string, OptionValue>;
}

/** A rule set after `extends` is resolved: what the runner executes. */
export interface RuleSet {
  id: string;
  title: string;
  /** Preset name or file path, for the report. */
  source: string;
  categories: Record<string, { weight: number }>;
  rules: RuleSetEntry[];
  /** CI gates from the `assert:` key (same syntax as --assert), from every file of the extends chain. */
  asserts: string[];
}

/** One file's raw, validated content before merging. */
interface RuleSetFile {
  id?: string;
  title?: string;
  extends: string[];
  asserts: string[];
  categories: Record<string, { weight: number }>;
  rules: Record<string, { weight?: number; options?: Record<string, OptionValue> } | 'off'>;
}

const TOP_KEYS = new Set(['id', 'title', 'description', 'extends', 'categories', 'rules', 'assert']);

/** The names of the bundled presets (rules/*.yaml). */
export function listPresets(): string[] {
  return ['default', 'strict'].filter((p) => existsSync(path.join(PRESETS_DIR, `${p}.yaml`)));
}

/**
 * Loads a rule set by preset name ("default", "strict") or by path, resolving `extends` left to right and then
 * letting the file itself win. Throws ConfigError naming file, line and key for any problem.
 */
export function loadRuleSet(nameOrPath = 'default', cwd = process.cwd()): RuleSet {
  const file = locate(nameOrPath, cwd, undefined);
  const merged = resolve(file, []);
  const rules: RuleSetEntry[] = [];
  for (const [id, entry] of Object.entries(merged.rules)) {
    if (entry === 'off') continue;
    const rule = getRule(id)!;
    rules.push({ id, weight: entry.weight ?? 1, options: { ...rule.meta.defaultOptions, ...(entry.options ?? {}) } });
  }
  rules.sort((a, b) => a.id.localeCompare(b.id));
  const categories: Record<string, { weight: number }> = {};
  for (const c of CATEGORIES) categories[c.id] = merged.categories[c.id] ?? { weight: 1 };
  const isPreset = !looksLikePath(nameOrPath);
  return {
    id: merged.id ?? path.basename(file, path.extname(file)),
    title: merged.title ?? merged.id ?? nameOrPath,
    source: isPreset ? nameOrPath : file,
    categories,
    rules,
    asserts: merged.asserts,
  };
}

function looksLikePath(s: string): boolean {
  return s.includes('/') || s.includes('\\') || /\.ya?ml$/i.test(s);
}

function locate(nameOrPath: string, cwd: string, from: { file: string; line?: number } | undefined): string {
  const candidate = looksLikePath(nameOrPath)
    ? path.resolve(cwd, nameOrPath)
    : path.join(PRESETS_DIR, `${nameOrPath}.yaml`);
  if (!existsSync(candidate)) {
    const what = looksLikePath(nameOrPath)
      ? `rule set file not found: ${candidate}`
      : `unknown rule set preset "${nameOrPath}" (presets: ${listPresets().join(', ')}; or give a path to a .yaml file)`;
    throw new ConfigError(what, from?.file, from?.line, from ? 'extends' : undefined);
  }
  return candidate;
}

function resolve(file: string, stack: string[]): RuleSetFile {
  if (stack.includes(file)) {
    throw new ConfigError(`extends cycle: ${[...stack, file].map((f) => path.basename(f)).join(' → ')}`, stack.at(-1), undefined, 'extends');
  }
  const parsed = readRuleSetFile(file);
  const base: RuleSetFile = { extends: [], asserts: [], categories: {}, rules: {} };
  for (const parent of parsed.extends) {
    const parentFile = locate(parent, path.dirname(file), { file });
    mergeInto(base, resolve(parentFile, [...stack, file]));
  }
  mergeInto(base, parsed);
  base.id = parsed.id ?? base.id;
  base.title = parsed.title ?? base.title;
  return base;
}

function mergeInto(target: RuleSetFile, source: RuleSetFile): void {
  target.id = source.id ?? target.id;
  target.title = source.title ?? target.title;
  for (const a of source.asserts) if (!target.asserts.includes(a)) target.asserts.push(a);
  for (const [id, c] of Object.entries(source.categories)) target.categories[id] = { ...target.categories[id], ...c };
  for (const [id, entry] of Object.entries(source.rules)) {
    const prev = target.rules[id];
    if (entry === 'off' || prev === undefined || prev === 'off') {
      target.rules[id] = entry === 'off' ? 'off' : { ...entry, options: { ...(entry.options ?? {}) } };
    } else {
      target.rules[id] = {
        weight: entry.weight ?? prev.weight,
        options: { ...(prev.options ?? {}), ...(entry.options ?? {}) },
      };
    }
  }
}

/** Reads and validates one YAML file, without following `extends`. */
function readRuleSetFile(file: string): RuleSetFile {
  const ctx = readYaml(file, 'rule set');
  const doc = ctx.doc;
  const root = doc.contents;
  if (!isMap(root)) throw new ConfigError('a rule set must be a YAML mapping with `rules:`', file, 1);
  const out: RuleSetFile = { extends: [], asserts: [], categories: {}, rules: {} };
  for (const pair of root.items) {
    const key = keyOf(pair.key);
    if (!TOP_KEYS.has(key)) fail(ctx, [key], `unknown key "${key}" (expected one of: ${[...TOP_KEYS].join(', ')})`);
  }
  out.id = optionalString(ctx, ['id']);
  out.title = optionalString(ctx, ['title']);
  optionalString(ctx, ['description']);
  const ext = doc.getIn(['extends'], true) as Node | undefined;
  if (ext !== undefined && ext !== null) {
    if (isScalar(ext) && typeof ext.value === 'string') out.extends = [ext.value];
    else if (isSeq(ext) && ext.items.every((i) => isScalar(i) && typeof i.value === 'string'))
      out.extends = ext.items.map((i) => String((i as { value: string }).value));
    else fail(ctx, ['extends'], 'extends must be a preset name, a path, or a list of them');
  }
  const asserts = doc.getIn(['assert'], true) as Node | undefined;
  if (asserts !== undefined && asserts !== null) {
    if (!isSeq(asserts)) fail(ctx, ['assert'], 'assert must be a list such as ["score=60", "category:support=70"]');
    (asserts as { items: unknown[] }).items.forEach((item, i) => {
      const spec = isScalar(item) ? String(item.value) : '';
      try {
        parseAssert(spec);
      } catch (err) {
        fail(ctx, ['assert', String(i)], (err as Error).message);
      }
      out.asserts.push(spec);
    });
  }
  const cats = doc.getIn(['categories'], true) as Node | undefined;
  if (cats !== undefined && cats !== null) {
    if (!isMap(cats)) fail(ctx, ['categories'], 'categories must be a mapping of category id to { weight }');
    for (const pair of (cats as { items: { key: unknown }[] }).items) {
      const id = keyOf(pair.key);
      if (!CATEGORIES.some((c) => c.id === id))
        fail(ctx, ['categories', id], `unknown category "${id}" (known: ${CATEGORIES.map((c) => c.id).join(', ')})`);
      const weight = doc.getIn(['categories', id, 'weight']);
      checkKeys(ctx, ['categories', id], ['weight']);
      out.categories[id] = { weight: checkWeight(ctx, ['categories', id, 'weight'], weight) };
    }
  }
  const rules = doc.getIn(['rules'], true) as Node | undefined;
  if (rules !== undefined && rules !== null) {
    if (!isMap(rules)) fail(ctx, ['rules'], 'rules must be a mapping keyed by rule id');
    for (const pair of (rules as { items: { key: unknown; value: unknown }[] }).items) {
      const id = keyOf(pair.key);
      out.rules[id] = readRuleEntry(ctx, id, pair.value);
    }
  }
  return out;
}

type Ctx = YamlSource;

function readRuleEntry(ctx: Ctx, id: string, valueNode: unknown): RuleSetFile['rules'][string] {
  const rule = getRule(id);
  if (!rule) fail(ctx, ['rules', id], `unknown rule id "${id}" (run \`brand-audit rules\` to list them)`, true);
  const raw = ctx.doc.getIn(['rules', id]);
  if (raw === 'off' || raw === false) return 'off';
  if (raw === null || raw === undefined || raw === 'on' || raw === true) return {};
  if (!isMap(valueNode)) fail(ctx, ['rules', id], 'expected `off` or a mapping with weight and/or options');
  checkKeys(ctx, ['rules', id], ['weight', 'options']);
  const entry: { weight?: number; options?: Record<string, OptionValue> } = {};
  const weight = ctx.doc.getIn(['rules', id, 'weight']);
  if (weight !== undefined) entry.weight = checkWeight(ctx, ['rules', id, 'weight'], weight);
  const optionsNode = ctx.doc.getIn(['rules', id, 'options'], true);
  if (optionsNode !== undefined && optionsNode !== null) {
    if (!isMap(optionsNode)) fail(ctx, ['rules', id, 'options'], 'options must be a mapping');
    entry.options = {};
    const defaults = rule!.meta.defaultOptions;
    for (const pair of (optionsNode as { items: { key: unknown }[] }).items) {
      const name = keyOf(pair.key);
      const keyPath = ['rules', id, 'options', name];
      if (!(name in defaults)) {
        const known = Object.keys(defaults);
        fail(ctx, keyPath, `unknown option "${name}" for rule ${id} (options: ${known.length ? known.join(', ') : 'none'})`, true);
      }
      const value = ctx.doc.getIn(keyPath) as unknown;
      entry.options[name] = checkOptionType(ctx, keyPath, defaults[name], value);
    }
  }
  return entry;
}

function checkOptionType(ctx: Ctx, keyPath: string[], def: OptionValue, value: unknown): OptionValue {
  const want = Array.isArray(def) ? 'a list of strings' : `a ${typeof def}`;
  const ok = Array.isArray(def)
    ? Array.isArray(value) && value.every((v) => typeof v === 'string')
    : typeof value === typeof def && !(typeof value === 'number' && !Number.isFinite(value));
  if (!ok) fail(ctx, keyPath, `expected ${want}, got ${JSON.stringify(value)}`);
  return value as OptionValue;
}

function checkWeight(ctx: Ctx, keyPath: string[], value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    fail(ctx, keyPath, `weight must be a number ≥ 0, got ${JSON.stringify(value)}`);
  return value as number;
}

function checkKeys(ctx: Ctx, keyPath: string[], allowed: string[]): void {
  const node = ctx.doc.getIn(keyPath, true);
  if (!isMap(node)) {
    if (node !== undefined && node !== null) fail(ctx, keyPath, `expected a mapping with ${allowed.join(' and/or ')}`);
    return;
  }
  for (const pair of node.items) {
    const k = keyOf(pair.key);
    if (!allowed.includes(k)) fail(ctx, [...keyPath, k], `unknown key "${k}" (expected ${allowed.join(' or ')})`, true);
  }
}

function optionalString(ctx: Ctx, keyPath: string[]): string | undefined {
  const v = ctx.doc.getIn(keyPath);
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') fail(ctx, keyPath, `expected a string, got ${JSON.stringify(v)}`);
  return v as string;
}

function fail(ctx: Ctx, keyPath: string[], message: string, atKey = false): never {
  return failAt(ctx, keyPath, message, atKey);
}
