// CI gates: parse --assert checks (and a rule set's `assert:` list) and evaluate them, --fail-under and the baseline.
import type { AuditReport } from './types.js';
import type { RuleStatus } from '../rules/types.js';
import { compareReports } from './compare.js';
import { ConfigError } from '../config/errors.js';

/** Statuses an assertion can require, best first: `rule:x=warn` holds for pass or warn. */
const LEVELS = ['pass', 'warn', 'fail'] as const;
export type RequiredStatus = (typeof LEVELS)[number];

/** One check, as written (`spec`) and parsed. Scores are on the report's 0..100 scale. */
export type Assertion =
  | { kind: 'score'; min: number; spec: string }
  | { kind: 'category'; id: string; min: number; spec: string }
  | { kind: 'rule-score'; id: string; min: number; spec: string }
  | { kind: 'rule-status'; id: string; status: RequiredStatus; spec: string };

export interface GateOptions {
  /** --fail-under: the overall score must be at least this. */
  failUnder?: number;
  asserts: Assertion[];
  /** A previous report of the same brand: any rule regression (pass > warn > fail) fails the gate. */
  baseline?: AuditReport;
  /** With a baseline: the overall score may drop by at most this many points. Ignored without a baseline. */
  maxDrop?: number;
}

export interface GateResult {
  ok: boolean;
  /** One line per failed check, for stderr. */
  failures: string[];
}

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
 * Validates a rule set's `assert:` value (a list of check strings) and parses it. Throws a ConfigError naming the
 * file and the bad entry (`assert[2]`).
 */
export function assertionsFromYaml(value: unknown, file: string): Assertion[] {
  if (value == null) return [];
  if (!Array.isArray(value)) throw new ConfigError('must be a list of checks such as ["score=60", "category:support=70"]', file, undefined, 'assert');
  return value.map((entry, i) => {
    const key = `assert[${i}]`;
    if (typeof entry !== 'string') throw new ConfigError(`must be a string such as "score=60", not ${JSON.stringify(entry)}`, file, undefined, key);
    try {
      return parseAssert(entry);
    } catch (err) {
      throw new ConfigError(`${entry}: ${(err as Error).message}`, file, undefined, key);
    }
  });
}

/** Scores as people read them: at most one decimal, no trailing zero (62.5, 70). */
const round1 = (n: number): number => Math.round(n * 10) / 10;
const fmt = (n: number): string => String(round1(n));

function check(report: AuditReport, a: Assertion): string | null {
  switch (a.kind) {
    case 'score':
      if (report.score == null) return `the overall score could not be computed (no rule could be scored), so it cannot meet ${fmt(a.min)}`;
      return report.score < a.min ? `overall score ${fmt(report.score)} is below ${fmt(a.min)}` : null;
    case 'category': {
      const category = report.categories.find((c) => c.id === a.id);
      if (!category) return `category ${a.id} is not in the report (check ${a.spec})`;
      if (category.score == null) return `category ${a.id} could not be scored (every rule was n/a or error), so it cannot meet ${fmt(a.min)}`;
      return category.score < a.min ? `category ${a.id} scored ${fmt(category.score)}, below ${fmt(a.min)}` : null;
    }
    case 'rule-score':
    case 'rule-status': {
      const rule = report.rules.find((r) => r.id === a.id);
      if (!rule) return `rule ${a.id} is not in the report (check ${a.spec})`;
      const wanted = a.kind === 'rule-status' ? `be at least ${a.status}` : `meet ${fmt(a.min)}`;
      if (rule.status === 'na' || rule.status === 'error' || rule.score == null) {
        return `rule ${a.id} could not be scored (${rule.status}), so it cannot ${wanted}`;
      }
      if (a.kind === 'rule-status') {
        const rank = (s: RuleStatus): number => (LEVELS as readonly string[]).indexOf(s);
        return rank(rule.status) > rank(a.status) ? `rule ${a.id} is ${rule.status}, below ${a.status}` : null;
      }
      // Rounded as the reports show it, so 0.29 (28.999… in floating point) meets 29.
      const score = Math.round(rule.score * 1000) / 10;
      return score < a.min ? `rule ${a.id} scored ${fmt(score)}, below ${fmt(a.min)}` : null;
    }
  }
}

/** Checks against the baseline: rule regressions always, the overall score drop when `maxDrop` is set. */
function baselineFailures(report: AuditReport, baseline: AuditReport, maxDrop: number | undefined): string[] {
  const diff = compareReports(baseline, report);
  const failures = diff.rules
    .filter((r) => diff.regressions.includes(r.id))
    .map((r) => `rule ${r.id} went from ${r.before} to ${r.after}`);
  if (maxDrop !== undefined && baseline.score != null) {
    if (report.score == null) failures.push(`the overall score could not be computed (the baseline scored ${fmt(baseline.score)})`);
    else {
      // Both scores have one decimal: rounding the difference keeps 55.1 → 50.1 a drop of exactly 5.
      const drop = round1(baseline.score - report.score);
      if (drop > maxDrop) failures.push(`score dropped ${fmt(drop)} points since the baseline (max ${fmt(maxDrop)})`);
    }
  }
  return failures;
}

/**
 * Evaluates every gate on a report: `failUnder`, each assertion, and against `baseline` the rule regressions and
 * (with `maxDrop`) the score drop. A category or rule that could not be scored fails any assertion on it. Returns
 * ok and one human-readable line per failure, in that order.
 */
export function evaluateGates(report: AuditReport, opts: GateOptions): GateResult {
  const failures: string[] = [];
  if (opts.failUnder !== undefined) {
    if (report.score == null) failures.push(`the overall score could not be computed, so it cannot meet --fail-under ${fmt(opts.failUnder)}`);
    else if (report.score < opts.failUnder) failures.push(`score ${fmt(report.score)} is below --fail-under ${fmt(opts.failUnder)}`);
  }
  for (const a of opts.asserts) {
    const failure = check(report, a);
    if (failure) failures.push(failure);
  }
  if (opts.baseline) failures.push(...baselineFailures(report, opts.baseline, opts.maxDrop));
  return { ok: failures.length === 0, failures };
}
