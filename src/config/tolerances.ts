// --max-drop values as written: how far scores may fall since the --baseline before the gate fails. A bare number is
// the overall score's tolerance; `rule:<id>=N` and `category:<id>=N` let one noisy rule, or every rule of a
// category, wobble by N points (0–100) instead of failing on any status change. Parsed and checked against the rule
// set when the configuration loads; cli/gates.ts applies them.
import { ConfigError } from '../errors.js';
import { targetProblem } from './asserts.js';
import type { RuleSet } from '../rules/rule-set.js';

export interface Tolerances {
  /** Points the overall score may drop; undefined: the overall score is not gated. */
  score?: number;
  /** Rule id → points its score (0–100) may drop, whatever its status does. */
  rules: Record<string, number>;
  /** Category id → points the category's score may drop; also the tolerance of each of its rules without its own. */
  categories: Record<string, number>;
}

/** The overall tolerance when no bare number is given (the long-standing --max-drop default). */
export const DEFAULT_MAX_DROP = 5;

/** Points from 0 to 100, decimals allowed, no sign or exponent. */
function points(value: string): number {
  const n = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!(n >= 0 && n <= 100)) throw new ConfigError(`"${value}" is not a number of points from 0 to 100`);
  return n;
}

/** Adds one value (`5`, `score=5`, `rule:response-time=10`, `category:reactivity=5`) to `into`; throws a ConfigError naming the bad part. */
export function addTolerance(into: Tolerances, spec: string | number): void {
  if (typeof spec === 'number') {
    into.score = points(String(spec));
    return;
  }
  const text = spec.trim();
  const eq = text.indexOf('=');
  if (eq === -1) {
    if (!/^[\d.]+$/.test(text)) throw new ConfigError(`"${text}" is neither points (5) nor rule:<id>=N or category:<id>=N`);
    into.score = points(text);
    return;
  }
  const target = text.slice(0, eq).trim();
  const value = points(text.slice(eq + 1).trim());
  if (target === 'score') {
    into.score = value;
    return;
  }
  const m = /^(rule|category):\s*([a-z0-9][a-z0-9_-]*)$/i.exec(target);
  if (!m) throw new ConfigError(`unknown target "${target}" (expected score, rule:<id> or category:<id>)`);
  if (m[1] === 'rule') into.rules[m[2]] = value;
  else into.categories[m[2]] = value;
}

/**
 * Parses --max-drop values (repeatable, later ones win for the same target); the overall tolerance is
 * DEFAULT_MAX_DROP unless one is given. `label(spec)` prefixes an error ("--max-drop x", a file's key).
 */
export function parseTolerances(specs: (string | number)[], label: (spec: string | number) => string = (s) => `--max-drop ${s}`): Tolerances {
  const out: Tolerances = { score: DEFAULT_MAX_DROP, rules: {}, categories: {} };
  for (const spec of specs) {
    try {
      addTolerance(out, spec);
    } catch (err) {
      throw new ConfigError(`${label(spec)}: ${(err as Error).message}`);
    }
  }
  return out;
}

/**
 * Throws a ConfigError when a tolerance names a rule or category the rule set does not score: said as the flag
 * (`--max-drop rule:x=3: …`), or at `where` when the values came from a configuration file.
 */
export function checkTolerances(t: Tolerances, ruleSet: RuleSet, where?: { file: string; line?: number; key: string }): void {
  for (const [kind, ids] of [['rule', t.rules], ['category', t.categories]] as const) {
    for (const id of Object.keys(ids)) {
      const problem = targetProblem({ kind, id }, ruleSet);
      if (!problem) continue;
      const spec = `${kind}:${id}=${ids[id]}`;
      throw where ? new ConfigError(`${spec}: ${problem}`, where.file, where.line, where.key) : new ConfigError(`--max-drop ${spec}: ${problem}`);
    }
  }
}
