// Portfolio gates for batch and merge: `share:<rule-id>=<x>` holds when at least that share of the brands where the
// rule could be assessed pass it (0.5 or 50%). Other --assert values are per-brand gates (config/asserts.ts).
import { ConfigError } from '../../errors.js';
import type { PortfolioSummary } from '../../report/barometer/types.js';

export interface ShareAssertion {
  rule: string;
  min: number;
  spec: string;
}

/** Whether an --assert value is a portfolio assertion rather than a per-brand one. */
export const isPortfolioAssert = (spec: string): boolean => /^\s*share\s*:/.test(spec);

/** Parses `share:support-links-to-social=0.5` (or `=50%`); problems are usage errors. */
export function parseShareAssert(spec: string, ruleIds: string[]): ShareAssertion {
  const m = /^\s*share\s*:\s*([a-z0-9][a-z0-9-]*)\s*=\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/i.exec(spec);
  if (!m) throw new ConfigError(`--assert ${spec}: expected share:RULE=SHARE, such as share:support-links-to-social=0.5 or =50%`);
  const value = Number(m[2]) / (m[3] ? 100 : 1);
  if (!(value >= 0 && value <= 1)) throw new ConfigError(`--assert ${spec}: the share must be from 0 to 1 (or 0% to 100%)`);
  if (!ruleIds.includes(m[1])) throw new ConfigError(`--assert ${spec}: "${m[1]}" is not a rule of the rule set`);
  return { rule: m[1], min: value, spec: spec.trim() };
}

/** One line per failed portfolio assertion. */
export function portfolioFailures(summary: PortfolioSummary, asserts: ShareAssertion[]): string[] {
  const out: string[] = [];
  for (const a of asserts) {
    const rule = summary.rules.find((r) => r.id === a.rule);
    const pct = (n: number) => `${Math.round(n * 1000) / 10}%`;
    if (!rule || rule.share === null) out.push(`rule ${a.rule} could not be assessed on any brand, so its share cannot meet ${pct(a.min)}`);
    else if (rule.share < a.min) out.push(`${pct(rule.share)} of ${rule.assessed} brands pass ${a.rule}, below ${pct(a.min)}`);
  }
  return out;
}
