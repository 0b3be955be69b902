// Checks a parsed YAML file against its JSON Schema with ajv and turns the first problem into one line naming
// the file, the line and the dotted key (`brand.yaml:4 (accounts.myspace): unknown platform "myspace" …`).
// The built package carries the validators precompiled (ajv standalone code, written by `npm run build` with
// scripts/build-config.mjs): compiling the rule-set schema, which lists every rule and option, takes ~0.1 s
// that no audit should pay. From the sources (vitest), or if that file is missing, they are compiled on first use.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import { failAt, lineOf, type YamlSource } from './yaml-source.js';
import { brandFileSchema, configSchema, portfolioSchema, ruleSetSchema, type JsonSchema } from './schemas.js';
import { schemaFingerprint } from '../snapshot/schema.js';

/** The schemas a loader validates against. */
export type SchemaKind = 'brandFile' | 'ruleSet' | 'portfolio' | 'config';

/** Loader-specific wording: what an unknown key is called at a given place (a rule id, a platform…). */
export interface SchemaHints {
  unknownKey?(parent: string[], key: string, allowed: string[]): string | undefined;
}

/** One problem, located by key path (`atKey`: on the key's line rather than its value's). */
export interface SchemaProblem {
  keyPath: string[];
  message: string;
  atKey: boolean;
  /** A key the mapping does not allow (ajv's additionalProperties). */
  unknown?: boolean;
}

const require = createRequire(import.meta.url);
type Ajv = InstanceType<typeof import('ajv').default>;
let ajv: Ajv | undefined;
const validators = new Map<SchemaKind, ValidateFunction>();

/** The schema of each kind, built from the rule registry and the platform list. */
export const SCHEMA_BUILDERS: Record<SchemaKind, () => JsonSchema> = {
  brandFile: brandFileSchema,
  ruleSet: () => ruleSetSchema(),
  portfolio: portfolioSchema,
  config: configSchema,
};

/** The precompiled validators' file, next to this module once built (see scripts/build-config.mjs). */
export const PRECOMPILED_VALIDATORS = fileURLToPath(new URL('./schema-validators.cjs', import.meta.url));

/**
 * A fresh ajv set up as the loaders use it (tests compile the published files with it too; the build passes
 * `code: { source: true }` to write the standalone validators). ajv loads on first use: a run that reads no
 * configuration file of its own does not load it.
 */
export function createAjv(extra: Options = {}): Ajv {
  // ajv is CommonJS: its module.exports' `default` is the class.
  const AjvClass = (require('ajv') as typeof import('ajv')).default;
  // allErrors + verbose: every failing branch of an anyOf is reported with its schema and data, so the most
  // relevant one can be chosen. `errorMessage` is the editors' (VS Code, yaml-language-server) wording keyword.
  const instance = new AjvClass({ allErrors: true, verbose: true, strict: true, ...extra });
  instance.addKeyword('errorMessage');
  return instance;
}

/** What scripts/build-config.mjs writes: a validator per kind, and the fingerprint of the schema it checks. */
type Precompiled = Partial<Record<SchemaKind, ValidateFunction>> & { fingerprints?: Partial<Record<SchemaKind, string>> };
let precompiled: Precompiled | null | undefined;

// The build (scripts/build-config.mjs) and the tests fingerprint the configuration schemas through this module.
export { schemaFingerprint };

/**
 * The compiled validator of a schema kind: the precompiled one when the build wrote it for this very schema (a
 * rule added without rebuilding gets a fresh compile, not a stale validator), else compiled once per process.
 */
export function validator(kind: SchemaKind): ValidateFunction {
  let v = validators.get(kind);
  if (!v) {
    precompiled ??= existsSync(PRECOMPILED_VALIDATORS) ? (require(PRECOMPILED_VALIDATORS) as Precompiled) : null;
    const schema = SCHEMA_BUILDERS[kind]();
    v = precompiled?.[kind] && precompiled.fingerprints?.[kind] === schemaFingerprint(schema) ? precompiled[kind] : undefined;
    if (!v) {
      ajv ??= createAjv();
      v = ajv.compile(schema);
    }
    validators.set(kind, v);
  }
  return v;
}

/**
 * Validates `data` (the YAML document as plain values) against the schema of `kind`; on failure throws a
 * ConfigError for the problem that comes first in the file.
 */
export function checkSchema(src: YamlSource, data: unknown, kind: SchemaKind, hints: SchemaHints = {}): void {
  const validate = validator(kind);
  if (validate(data)) return;
  const problems = explainErrors(validate.errors ?? [], hints);
  if (problems.length === 0) failAt(src, [], 'does not match its schema');
  // A required key missing from a mapping that has an unknown key is most likely that key misspelt (`websit:`):
  // the unknown key is named, on its own line, rather than the missing one on the mapping's first line (or none).
  const parentOf = (p: SchemaProblem): string => JSON.stringify(p.keyPath.slice(0, -1));
  const withUnknown = new Set(problems.filter((p) => p.unknown).map(parentOf));
  const relevant = problems.filter((p) => p.message !== MISSING || !withUnknown.has(parentOf(p)));
  // The first problem in the file; on one line, the deepest, and an unknown key before the missing one it misspells.
  const first = relevant
    .map((p, i) => ({ p, i, line: lineOf(src, p.keyPath, p.atKey) ?? 0, missing: p.message === MISSING ? 1 : 0 }))
    .sort((a, b) => a.line - b.line || b.p.keyPath.length - a.p.keyPath.length || a.missing - b.missing || a.i - b.i)[0].p;
  failAt(src, first.keyPath, first.message, first.atKey);
}

const MISSING = 'is required';

// Errors that say a branch of an anyOf is not the one meant (the value has another type), rather than a mistake in it.
const MISMATCH = new Set(['type', 'enum', 'const']);
// Errors about a mapping's content: they point inside the value even though ajv reports them on the mapping.
const STRUCTURAL = new Set(['additionalProperties', 'required']);

/**
 * Turns ajv errors into problems: for each anyOf, keeps the errors of the branches the value's type matches (or,
 * when none does, one "expected … got …" from the anyOf's errorMessage); `if` errors are dropped (the then/else
 * branch says what is wrong).
 */
export function explainErrors(errors: ErrorObject[], hints: SchemaHints = {}): SchemaProblem[] {
  let remaining = errors.filter((e) => e.keyword !== 'if');
  const anyOfs = remaining.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const group of anyOfs) {
    if (!remaining.includes(group)) continue;
    const prefix = `${group.schemaPath}/`;
    const inBranches = remaining.filter((e) => e.schemaPath.startsWith(prefix));
    const branchCount = Array.isArray(group.schema) ? group.schema.length : 0;
    const applying: ErrorObject[][] = [];
    for (let i = 0; i < branchCount; i++) {
      const errs = inBranches.filter((e) => e.schemaPath.startsWith(`${prefix}${i}/`));
      const mismatched = errs.some((e) => e.instancePath === group.instancePath && MISMATCH.has(e.keyword));
      if (!mismatched) applying.push(errs);
    }
    const kept = applying.flat();
    const sameNode = kept.length > 0 && kept.every((e) => e.instancePath === group.instancePath && !STRUCTURAL.has(e.keyword));
    const message = (group.parentSchema as JsonSchema | undefined)?.errorMessage;
    remaining = remaining.filter((e) => !inBranches.includes(e) || kept.includes(e));
    if (applying.length > 0 && !(sameNode && typeof message === 'string')) {
      // The value has a branch's type: that branch's own errors (or deeper ones) say what is wrong.
      remaining = remaining.filter((e) => e !== group);
    } else {
      // No branch has the value's type (or the value itself is off): the anyOf's wording says what was expected.
      remaining = remaining.filter((e) => !kept.includes(e));
    }
  }
  return remaining.map((e) => problemOf(e, hints));
}

function problemOf(e: ErrorObject, hints: SchemaHints): SchemaProblem {
  const keyPath = pathOf(e.instancePath);
  const parent = (e.parentSchema ?? {}) as JsonSchema;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String((e.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys((parent.properties as Record<string, unknown> | undefined) ?? {});
      const message = hints.unknownKey?.(keyPath, key, allowed) ?? `unknown key "${key}" (expected one of: ${allowed.join(', ')})`;
      return { keyPath: [...keyPath, key], message, atKey: true, unknown: true };
    }
    case 'required':
      return { keyPath: [...keyPath, String((e.params as { missingProperty: string }).missingProperty)], message: MISSING, atKey: true };
    case 'uniqueItems':
      return { keyPath, message: 'lists the same value twice', atKey: false };
    case 'anyOf':
    case 'oneOf':
    case 'type':
    case 'enum':
    case 'const':
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'multipleOf':
    case 'pattern':
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
      return { keyPath, message: `expected ${describeSchema(parent)}, got ${show(e.data)}`, atKey: false };
    default:
      return { keyPath, message: e.message ?? `fails ${e.keyword}`, atKey: false };
  }
}

/** What a schema accepts, in words ("a whole number from 1 to 366", "a list of strings"). */
export function describeSchema(s: JsonSchema): string {
  if (typeof s.errorMessage === 'string') return s.errorMessage;
  if (Array.isArray(s.enum)) return `one of ${s.enum.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ')}`;
  if ('const' in s) return JSON.stringify(s.const);
  const branches = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
  if (Array.isArray(branches)) return branches.map(describeSchema).join(' or ');
  switch (s.type) {
    case 'integer':
      return `a whole number${range(s)}`;
    case 'number':
      return `a number${range(s)}`;
    case 'boolean':
      return 'true or false';
    case 'string':
      return typeof s.minLength === 'number' && s.minLength > 0 ? 'a non-empty string' : 'a string';
    case 'array': {
      const items = (s.items ?? {}) as JsonSchema;
      const min = typeof s.minItems === 'number' && s.minItems > 0 ? ` (at least ${s.minItems})` : '';
      return `a list of ${plural(items)}${min}`;
    }
    case 'object':
      return 'a mapping';
    default:
      return 'a value of another kind';
  }
}

function range(s: JsonSchema): string {
  const min = typeof s.minimum === 'number' ? s.minimum : undefined;
  const max = typeof s.maximum === 'number' ? s.maximum : undefined;
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` ≥ ${min}`;
  // A time in seconds must be more than zero: "a number > 0", not merely "a number".
  if (typeof s.exclusiveMinimum === 'number') return ` > ${s.exclusiveMinimum}${max !== undefined ? ` and ≤ ${max}` : ''}`;
  if (max !== undefined) return ` ≤ ${max}`;
  return '';
}

function plural(items: JsonSchema): string {
  if (Array.isArray(items.enum)) return `values among ${items.enum.join(', ')}`;
  switch (items.type) {
    case 'string':
      return 'strings';
    case 'integer':
      return 'whole numbers';
    case 'number':
      return 'numbers';
    case 'object':
      return 'mappings';
    default:
      return 'values';
  }
}

/** A value as it appears in a message: JSON, cut short when long. */
function show(value: unknown): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** A JSON pointer (`/rules/x/options/y`) as key path segments. */
function pathOf(pointer: string): string[] {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
