// CI checks as written: --assert values and a rule set's `assert:` list (`score=60`, `rule:x=pass`), parsed and
// validated when the configuration loads — syntax, and that the rule or category named is one the rule set scores,
// so a typo is a configuration error (exit 2), not a failed check (exit 1). cli/gates.ts evaluates them on a report.
import { ConfigError } from '../errors.js';
import { getRule } from '../rules/index.js';
import { CATEGORY_IDS } from '../rules/categories.js';
import type { RuleSet } from '../rules/rule-set.js';

/** Statuses an assertion can require, best first: `rule:x=warn` holds for pass or warn. */
export const LEVELS = ['pass', 'warn', 'fail'] as const;
export type RequiredStatus = (typeof LEVELS)[number];

/** One check, as written (`spec`) and parsed. Scores are on the report's 0..100 scale. */
export type Assertion =
  | { kind: 'score'; min: number; spec: string }
  | { kind: 'category'; id: string; min: number; spec: string }
  | { kind: 'rule-score'; id: string; min: number; spec: string }
  | { kind: 'rule-status'; id: string; status: RequiredStatus; spec: string };

/** Rule and category ids are kebab-case words (rule ids equal their file names). */
const ID = /^[a-z0-9][a-z0-9_-]*$/i;

/** Parses a score threshold from 0 to 100 (decimals allowed, no sign or exponent). */
function threshold(value: string): number {
  const n = /^\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (!(n >= 0 && n <= 100)) throw new ConfigError(`"${value}" is not a score from 0 to 100`);
  return n;
}

function id(value: string, what: 'category' | 'rule'): string {
  if (!value) throw new ConfigError(`missing ${what} id after "${what}:"`);
  if (!ID.test(value)) throw new ConfigError(`"${value}" is not a valid ${what} id (letters, digits and dashes)`);
  return value;
}

/**
 * Parses one check: `score=60`, `category:support=70`, `rule:support-reachable=pass` (status at least pass; warn
 * accepts pass or warn) or `rule:contact-channels=75` (rule score at least 75 of 100). Spaces around the parts
 * are ignored. Throws a ConfigError (exit 2) whose one-line message names the bad part.
 */
export function parseAssert(spec: string): Assertion {
  const text = String(spec).trim();
  if (!text) throw new ConfigError('empty check (expected e.g. score=60, category:support=70, rule:support-reachable=pass)');
  const eq = text.indexOf('=');
  if (eq === -1) throw new ConfigError(`"${text}" has no "=" (expected e.g. score=60 or rule:support-reachable=pass)`);
  const target = text.slice(0, eq).trim();
  const value = text.slice(eq + 1).trim();
  if (!value) throw new ConfigError(`missing value after "${target}="`);
  if (target === 'score') return { kind: 'score', min: threshold(value), spec: text };
  const colon = target.indexOf(':');
  const kind = colon === -1 ? target : target.slice(0, colon);
  const name = colon === -1 ? '' : target.slice(colon + 1).trim();
  if (kind.trim() === 'category') return { kind: 'category', id: id(name, 'category'), min: threshold(value), spec: text };
  if (kind.trim() === 'rule') {
    const ruleId = id(name, 'rule');
    const level = value.toLowerCase();
    if ((LEVELS as readonly string[]).includes(level)) {
      return { kind: 'rule-status', id: ruleId, status: level as RequiredStatus, spec: text };
    }
    if (/^[a-z]+$/i.test(value)) throw new ConfigError(`"${value}" is not a status (expected pass, warn or fail, or a score from 0 to 100)`);
    return { kind: 'rule-score', id: ruleId, min: threshold(value), spec: text };
  }
  throw new ConfigError(`unknown check "${target}" (expected score, category:<id> or rule:<id>)`);
}

/**
 * Why a check cannot hold whatever the audit finds, or undefined when it can: the rule does not exist, the rule set
 * turns it off, the category does not exist or has no rule in the rule set. Ids are matched as `brand-audit rules`
 * lists them.
 */
export function targetProblem(target: { kind: 'rule' | 'category'; id: string }, ruleSet: RuleSet): string | undefined {
  if (target.kind === 'rule') {
    const rule = getRule(target.id);
    if (!rule) return `unknown rule "${target.id}" (run \`brand-audit rules\` to list them)`;
    if (!ruleSet.rules.some((r) => r.id === target.id)) return `rule "${target.id}" is off in rule set "${ruleSet.id}", so nothing can check it`;
    return undefined;
  }
  if (!CATEGORY_IDS.includes(target.id)) return `unknown category "${target.id}" (known: ${CATEGORY_IDS.join(', ')})`;
  if (!ruleSet.rules.some((r) => getRule(r.id)?.meta.category === target.id))
    return `category "${target.id}" has no rule in rule set "${ruleSet.id}", so nothing can check it`;
  return undefined;
}

/** The rule or category an assertion checks (none for the overall score). */
export function assertionTarget(a: Assertion): { kind: 'rule' | 'category'; id: string } | undefined {
  if (a.kind === 'category') return { kind: 'category', id: a.id };
  if (a.kind === 'rule-score' || a.kind === 'rule-status') return { kind: 'rule', id: a.id };
  return undefined;
}
