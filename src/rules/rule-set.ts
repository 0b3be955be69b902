// The resolved rule set the runner executes: which rules, their weights and options, and the category weights.
// The type lives with the rules (config/rule-set.ts builds it from YAML) so the stages below config can read it.
import type { OptionValue } from './types.js';

export interface RuleSetEntry {
  id: string;
  weight: number;
  /** The rule's default options merged with the rule set's (every option present). */
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
