// The contract every rule implements: metadata plus one pure evaluate function (ESLint/Lighthouse style).
import type { BrandSnapshot } from '../snapshot/types.js';

/** A string in each report language. */
export interface Localized {
  en: string;
  fr: string;
}

export type RuleStatus = 'pass' | 'warn' | 'fail' | 'na' | 'error';

/** Snapshot parts a rule reads; the runner turns a missing or failed part into `na`. */
export type Requirement = 'site' | 'accounts' | 'conversations';

export interface Evidence {
  url: string;
  /** What was seen there, as found on the page (a link text, a promise, a vendor marker). */
  snippet?: string;
  /**
   * A remark of the rule's own (where it looked, what was missing), in each report language; the runner turns it
   * into `snippet` in the language of the report, so the report itself only ever holds `snippet`.
   */
  note?: Localized;
}

export type OptionValue = number | boolean | string | string[];

export interface RuleMeta {
  /** kebab-case, equal to the file name. */
  id: string;
  category: string;
  title: Localized;
  /** Title shown when the rule does not pass. */
  failureTitle: Localized;
  /** What is checked and why, citing the source of any figure. */
  description: Localized;
  requires: Requirement[];
  /** Every threshold is a named option; the YAML rule set may override them (same types). */
  defaultOptions: Record<string, OptionValue>;
  /** Message templates keyed by id, with {{placeholders}} filled from `data`. */
  messages: Record<string, Localized>;
}

/** What evaluate returns. */
export interface RuleOutcome {
  status: RuleStatus;
  /** 0..1, or null for na/error. */
  score: number | null;
  messageId: string;
  data: Record<string, unknown>;
  evidence: Evidence[];
}

export interface Rule {
  meta: RuleMeta;
  /** Pure: no network, no file system, no clock (use snapshot.collectedAt). */
  evaluate(snapshot: BrandSnapshot, options: Record<string, OptionValue>): RuleOutcome;
}

/** A rule's result as it appears in the report. */
export interface RuleResult extends RuleOutcome {
  id: string;
  category: string;
  weight: number;
  title: string;
  /** The message rendered in the report language. */
  message: string;
}
