// Loads YAML rule sets (presets under rules/ or a user's file), resolves `extends`, validates every key against
// the rule-set schema (generated from the rule registry: ids, options and their meta.schema bounds).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap } from 'yaml';
import { failAt, lineOf, readYaml } from './yaml-source.js';
import { checkSchema } from './validate.js';
import { ConfigError } from '../errors.js';
import { assertionTarget, parseAssert, targetProblem } from './asserts.js';
import { getRule } from '../rules/index.js';
import { CATEGORY_IDS } from '../rules/categories.js';
import type { OptionValue } from '../rules/types.js';
import type { RuleSet, RuleSetEntry } from '../rules/rule-set.js';

export type { RuleSet, RuleSetEntry };

/** Folder holding the bundled presets (works from src/ under vitest and from dist/ once built). */
export const PRESETS_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

/** One file's raw, validated content before merging. */
interface RuleSetFile {
  id?: string;
  title?: string;
  extends: string[];
  /** Line and key of each `extends` entry, for errors about the file it names. */
  extendsAt: { line?: number; key: string }[];
  asserts: string[];
  /** File, line and key of each `assert` entry, for errors about the rule or category it names. */
  assertsAt: { file: string; line?: number; key: string }[];
  categories: Record<string, { weight: number }>;
  rules: Record<string, { weight?: number; options?: Record<string, OptionValue> } | 'off'>;
}

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
  for (const id of CATEGORY_IDS) categories[id] = merged.categories[id] ?? { weight: 1 };
  const isPreset = !looksLikeRuleSetPath(nameOrPath);
  const ruleSet: RuleSet = {
    id: merged.id ?? path.basename(file, path.extname(file)),
    title: merged.title ?? merged.id ?? nameOrPath,
    source: isPreset ? nameOrPath : file,
    categories,
    rules,
    asserts: merged.asserts,
  };
  // Only now is it known which rules the whole chain keeps: an `assert:` on a rule a later file turns off can never hold.
  merged.asserts.forEach((spec, i) => {
    const target = assertionTarget(parseAssert(spec));
    const problem = target && targetProblem(target, ruleSet);
    if (problem) throw new ConfigError(problem, merged.assertsAt[i].file, merged.assertsAt[i].line, merged.assertsAt[i].key);
  });
  return ruleSet;
}

/** Whether a --rules value names a file (a path, or a .yaml name) rather than a preset. */
export function looksLikeRuleSetPath(s: string): boolean {
  return s.includes('/') || s.includes('\\') || /\.ya?ml$/i.test(s);
}

function locate(nameOrPath: string, cwd: string, from: { file: string; line?: number; key: string } | undefined): string {
  const candidate = looksLikeRuleSetPath(nameOrPath)
    ? path.resolve(cwd, nameOrPath)
    : path.join(PRESETS_DIR, `${nameOrPath}.yaml`);
  if (!existsSync(candidate)) {
    const what = looksLikeRuleSetPath(nameOrPath)
      ? `rule set file not found: ${candidate}`
      : `unknown rule set preset "${nameOrPath}" (presets: ${listPresets().join(', ')}; or give a path to a .yaml file)`;
    throw new ConfigError(what, from?.file, from?.line, from?.key);
  }
  return candidate;
}

function resolve(file: string, stack: string[]): RuleSetFile {
  if (stack.includes(file)) {
    throw new ConfigError(`extends cycle: ${[...stack, file].map((f) => path.basename(f)).join(' → ')}`, stack.at(-1), undefined, 'extends');
  }
  const parsed = readRuleSetFile(file);
  const base: RuleSetFile = { extends: [], extendsAt: [], asserts: [], assertsAt: [], categories: {}, rules: {} };
  for (const [i, parent] of parsed.extends.entries()) {
    const parentFile = locate(parent, path.dirname(file), { file, ...parsed.extendsAt[i] });
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
  source.asserts.forEach((a, i) => {
    if (target.asserts.includes(a)) return;
    target.asserts.push(a);
    target.assertsAt.push(source.assertsAt[i]);
  });
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
  const ctx = readYaml(file, 'rule set', 'ruleSet');
  if (!isMap(ctx.doc.contents)) throw new ConfigError('a rule set must be a YAML mapping with `rules:`', file, 1);
  const data = ctx.doc.toJS() as RawRuleSet;
  // The schema is generated from the rule registry: unknown ids, unknown options and option values outside their
  // rule's meta.schema (type, minimum, maximum, enum, minItems) are all caught here, with file, line and key.
  checkSchema(ctx, data, 'ruleSet', { unknownKey });
  const out: RuleSetFile = { extends: [], extendsAt: [], asserts: [], assertsAt: [], categories: {}, rules: {} };
  out.id = data.id;
  out.title = data.title;
  if (typeof data.extends === 'string') {
    out.extends = [data.extends];
    out.extendsAt = [{ line: lineOf(ctx, ['extends']), key: 'extends' }];
  } else if (Array.isArray(data.extends)) {
    out.extends = data.extends;
    out.extendsAt = data.extends.map((_, i) => ({ line: lineOf(ctx, ['extends', String(i)]), key: `extends.${i}` }));
  }
  (data.assert ?? []).forEach((spec, i) => {
    try {
      parseAssert(spec);
    } catch (err) {
      failAt(ctx, ['assert', String(i)], (err as Error).message);
    }
    out.asserts.push(spec);
    out.assertsAt.push({ file, line: lineOf(ctx, ['assert', String(i)]), key: `assert.${i}` });
  });
  for (const [id, c] of Object.entries(data.categories ?? {})) {
    if (c && typeof c.weight === 'number') out.categories[id] = { weight: c.weight };
  }
  for (const [id, entry] of Object.entries(data.rules ?? {})) {
    if (entry === 'off' || entry === false) out.rules[id] = 'off';
    else if (entry === null || entry === 'on' || entry === true) out.rules[id] = {};
    else out.rules[id] = { ...(entry.weight !== undefined ? { weight: entry.weight } : {}), ...(entry.options ? { options: entry.options } : {}) };
  }
  return out;
}

/** A rule set file as YAML gives it, once it matches the schema. */
interface RawRuleSet {
  id?: string;
  title?: string;
  extends?: string | string[] | null;
  assert?: string[];
  categories?: Record<string, { weight?: number } | null>;
  rules?: Record<string, 'off' | 'on' | boolean | null | { weight?: number; options?: Record<string, OptionValue> }>;
}

/** The wording of an unknown key at each place of a rule set. */
function unknownKey(parent: string[], key: string, allowed: string[]): string | undefined {
  const where = parent.join('.');
  if (where === 'rules') return `unknown rule id "${key}" (run \`brand-audit rules\` to list them)`;
  if (where === 'categories') return `unknown category "${key}" (known: ${allowed.join(', ')})`;
  if (parent.length === 3 && parent[0] === 'rules' && parent[2] === 'options') {
    return `unknown option "${key}" for rule ${parent[1]} (options: ${allowed.length ? allowed.join(', ') : 'none'})`;
  }
  if (parent.length === 2) return `unknown key "${key}" (expected ${allowed.join(' or ')})`;
  return undefined;
}
