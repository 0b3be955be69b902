// The contract every rule implements: metadata plus one pure evaluate function (ESLint/Lighthouse style).
// Rules hold no prose: titles, descriptions, messages and fixes live in locales/<lang>/rules.json under the rule id.
import type { BrandSnapshot, PageKind } from '../snapshot/types.js';
import type { ComputedArtifacts } from '../computed/types.js';

export type RuleStatus = 'pass' | 'warn' | 'fail' | 'na' | 'error';

/** Snapshot parts a rule reads; the runner turns a missing or failed part into `na`. */
export type Requirement = 'site' | 'accounts' | 'conversations';

/** A remark of the rule's own about one piece of evidence: a message id of the rule (or of `_common`) + data. */
export interface EvidenceNote {
  id: string;
  data?: Record<string, unknown>;
}

export interface Evidence {
  url: string;
  /** What was seen there, as found on the page (a link text, a promise, a vendor marker): never translated. */
  snippet?: string;
  /** What the rule says about this place (where it looked, what was missing), rendered by the formatters. */
  note?: EvidenceNote;
}

export type OptionValue = number | boolean | string | string[];

/** The schema of one rule option (as ESLint's meta.schema): checked when a rule set loads. */
export type OptionSchema =
  | { type: 'number'; minimum?: number; maximum?: number }
  | { type: 'integer'; minimum?: number; maximum?: number }
  | { type: 'boolean' }
  | { type: 'string'; enum?: string[] }
  | { type: 'string[]'; enum?: string[]; minItems?: number };

export interface RuleMeta {
  /** kebab-case, equal to the file name and to the rule's key in the catalogues. */
  id: string;
  category: string;
  requires: Requirement[];
  /** Every threshold is a named option, with a comment saying where the number comes from. */
  defaultOptions: Record<string, OptionValue>;
  /** One schema per option of defaultOptions; a rule set's values are checked against it. */
  schema: Record<string, OptionSchema>;
  /** Every message id evaluate may return and every evidence note id it writes (catalogue: rules.<id>.messages). */
  messages: string[];
  /**
   * The kinds of page whose content the rule judges. When robots.txt kept the crawl from a page of one of these kinds
   * and the rule does not pass, the runner makes it `na` (runner.robots-blocked): what it would have read was not
   * checked, which is not the site's failure.
   */
  readsPages?: PageKind[];
}

/** What evaluate returns: ids and data only, figures unrounded. */
export interface RuleOutcome {
  status: RuleStatus;
  /** 0..1, or null for na/error. */
  score: number | null;
  messageId: string;
  data: Record<string, unknown>;
  evidence: Evidence[];
}

/** What a rule may read besides the snapshot: artifacts derived once from it with the rule set's options. */
export interface RuleContext {
  computed: ComputedArtifacts;
}

export interface Rule {
  meta: RuleMeta;
  /** Pure: no network, no file system, no clock (use snapshot.collectedAt). */
  evaluate(snapshot: BrandSnapshot, options: Record<string, OptionValue>, context: RuleContext): RuleOutcome;
}

/** A rule's outcome as the runner returns it, before scoring adds the view facts. */
export interface RuleRun extends RuleOutcome {
  id: string;
  category: string;
  weight: number;
}

/** A rule's result as it appears in the report: outcome + the view facts every formatter reads. */
export interface RuleResult extends RuleRun {
  /** Display order of the status: fail 0, error 1, warn 2, na 3, pass 4 (findings first). */
  severity: number;
  /** Points (0..100) the overall score would gain if this rule scored 1, through its category's weight. */
  gain: number;
}
