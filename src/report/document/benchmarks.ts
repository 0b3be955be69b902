// Published figures beside findings: where a rule rests on a study, its catalogue entry `benchmarks.<rule-id>`
// (locales/<lang>/benchmarks.json) gives the study, the figure, the full source and how the brand compares — the
// comparison filled from the rule's own data, so it states what was measured, never a guess.
import type { Translator } from '../../locale/translator.js';
import type { RuleResult } from '../../rules/types.js';
import { doc } from './words.js';

export interface Benchmark {
  /** "Qualiweb 2013: only 2% of 50 top brands … — yours does." */
  line: string;
  /** "Source: Qualiweb barometer 2013 (…)". */
  source: string;
}

/**
 * The benchmark beside a rule's finding, in the rendering language, or undefined when the rule rests on no
 * published figure or was not judged (na, error: there is nothing to compare).
 */
export function benchmarkOf(tr: Translator, rule: Pick<RuleResult, 'id' | 'status' | 'messageId' | 'data'>): Benchmark | undefined {
  if (rule.status !== 'pass' && rule.status !== 'warn' && rule.status !== 'fail') return undefined;
  const key = `benchmarks.${rule.id}`;
  if (!tr.has(`${key}.figure`)) return undefined;
  // ICU select keys cannot hold hyphens: the catalogue selects on the message id written with underscores.
  const yours = tr.t(`${key}.yours`, { ...rule.data, finding: rule.messageId.replace(/[^A-Za-z0-9]+/g, '_') });
  return {
    line: doc(tr, 'benchmark.line', { study: tr.t(`${key}.study`), figure: tr.t(`${key}.figure`), yours }),
    source: doc(tr, 'benchmark.source', { source: tr.t(`${key}.source`) }),
  };
}
