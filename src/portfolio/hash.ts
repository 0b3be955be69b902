// Hashes that decide what --resume may skip and what `merge` may combine: the rule set, and one brand's settings
// (its brand-file keys and the audit flags that change what is collected).
import type { RuleSet } from '../rules/rule-set.js';
import type { BrandFile } from '../config/brand-file.js';

/** JSON with keys sorted at every level, so equal settings always hash the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** A short hex digest: 16 hex digits are plenty to tell settings apart in one portfolio. */
function digest(value: unknown): string {
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(canonical(value)).digest('hex').slice(0, 16);
}

/** The rule set as it scores: id, category weights, rules with weights and options (not where it was read from). */
export function ruleSetHash(ruleSet: RuleSet): string {
  return digest({ id: ruleSet.id, categories: ruleSet.categories, rules: ruleSet.rules });
}

/** The audit flags that change what is collected for every brand of a batch. */
export interface CollectSettings {
  maxPages: number;
  depth: number;
  social: boolean;
  maxPosts: number;
  windowDays?: number;
  /** A period's first and last days (yyyy-mm-dd); absent without one, so older results keep their hash. */
  since?: string;
  until?: string;
  ignoreRobots: boolean;
  exports: string[];
}

/**
 * One brand's settings: what its brand entry says (or, for a brand file that could not be read, its error, so fixing
 * the file changes the hash), its sector, and the batch's collection flags. The file path is left out: moving a
 * portfolio does not invalidate its results.
 */
export function brandSettingsHash(brand: BrandFile | { error?: string }, sector: string | undefined, collect: CollectSettings): string {
  const { file: _file, ...rest } = brand as BrandFile;
  return digest({ brand: rest, sector, collect });
}
