// Loads YAML rule sets (presets under rules/ or a user's file), resolves `extends`, validates every key against
// the rule-set schema (generated from the rule registry: ids, options and their meta.schema bounds).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { failAt, lineOf, readYaml, yaml } from './yaml-source.js';
import { checkSchema } from './validate.js';
import { ConfigError } from '../errors.js';
import { assertionTarget, parseAssert, targetProblem } from './asserts.js';
import { getRule } from '../rules/index.js';
import { CATEGORY_IDS } from '../rules/categories.js';
import type { OptionValue } from '../rules/types.js';
import type { RuleSet, RuleSetEntry } from '../rules/rule-set.js';
import { listPresets, looksLikeRuleSetPath, PRESETS_DIR } from './presets.js';

export type { RuleSet, RuleSetEntry };
export { listPresets, looksLikeRuleSetPath, PRESETS_DIR };

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
  // By code units: rule ids are lower-case letters, digits and hyphens, which localeCompare put in the same order, but
  // its first call loads ICU's collator (~10 ms of every audit; tests/config/code-unit-order.test.ts holds the orders equal).
  rules.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
  return prebuiltPreset(file) ?? parseRuleSetFile(file);
}

/** Where the build keeps the bundled presets parsed (scripts/build-config.mjs), next to this module. */
export const PREBUILT_PRESETS = fileURLToPath(new URL('./presets.prebuilt.json', import.meta.url));

interface PrebuiltPreset {
  /**
   * The YAML text it was parsed from, compared with the file's: an edited preset is parsed again, never read stale.
   * The text itself rather than its SHA-256: the comparison of a few kilobytes needs no node:crypto, which the demo's
   * audit then never loads (tests/e2e/crypto-on-demand.test.ts).
   */
  text: string;
  parsed: RuleSetFile;
}

let prebuilt: Record<string, PrebuiltPreset> | null | undefined;

/**
 * A bundled preset as the build parsed it, when its file has not changed since: an audit with the default rule set
 * then needs neither the YAML parser nor its ~40 ms of loading and parsing.
 */
function prebuiltPreset(file: string): RuleSetFile | undefined {
  if (!isBundledPreset(file)) return undefined;
  prebuilt ??= existsSync(PREBUILT_PRESETS) ? (JSON.parse(readFileSync(PREBUILT_PRESETS, 'utf8')) as Record<string, PrebuiltPreset>) : null;
  const entry = prebuilt?.[path.basename(file, '.yaml')];
  if (!entry) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  return entry.text === text ? structuredClone(entry.parsed) : undefined;
}

/** The bundled presets parsed from their YAML, with their texts: what the build writes. */
export function prebuildPresets(): Record<string, PrebuiltPreset> {
  const out: Record<string, PrebuiltPreset> = {};
  for (const name of listPresets()) {
    const file = path.join(PRESETS_DIR, `${name}.yaml`);
    out[name] = { text: readFileSync(file, 'utf8'), parsed: parseRuleSetFile(file) };
  }
  return out;
}

function parseRuleSetFile(file: string): RuleSetFile {
  const ctx = readYaml(file, 'rule set', 'ruleSet');
  if (!yaml().isMap(ctx.doc.contents)) throw new ConfigError('a rule set must be a YAML mapping with `rules:`', file, 1);
  const data = ctx.doc.toJS() as RawRuleSet;
  // The schema is generated from the rule registry: unknown ids, unknown options and option values outside their
  // rule's meta.schema (type, minimum, maximum, enum, minItems) are all caught here, with file, line and key. The
  // bundled presets are checked against it by the tests (tests/config/schemas.test.ts), not on every run.
  if (!isBundledPreset(file)) checkSchema(ctx, data, 'ruleSet', { unknownKey });
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

/** A preset shipped with brand-audit (rules/*.yaml), as opposed to a user's rule-set file. */
function isBundledPreset(file: string): boolean {
  return path.dirname(path.resolve(file)) === path.resolve(PRESETS_DIR) && listPresets().includes(path.basename(file, '.yaml'));
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
