// The barometer's sentences in the report's language: benchmark lines with their source, shares, failures. Every
// barometer format words things through these, so the HTML, Markdown and terminal say the same.
import type { Translator } from '../../locale/translator.js';
import type { Benchmark, FailedBrand, PortfolioSummary, RuleShare } from './types.js';

/** A measured or published figure: a share or ratio as a percentage, a mean as a number. */
export function figure(tr: Translator, unit: Benchmark['unit'], value: number | null): string {
  if (value === null) return tr.t('barometer.notMeasured');
  return unit === 'mean' ? tr.number(value, 2) : tr.percent(value, 1);
}

/** "Qualiweb 2013" — the study as cited inline. */
export function studyName(b: Benchmark): string {
  return b.year ? `${b.study} ${b.year}` : b.study;
}

/** "support area links to social accounts: 14% of 50 brands — Qualiweb 2013: 2%" */
export function benchmarkLine(tr: Translator, b: Benchmark): string {
  return tr.t('barometer.benchmark', {
    label: tr.t(`barometer.benchmarks.${b.id}`),
    measured: figure(tr, b.unit, b.measured),
    brands: b.brands,
    study: studyName(b),
    published: figure(tr, b.unit, b.published),
  });
}

/** The full citation of a benchmark's source. */
export function citation(tr: Translator, source: string): string {
  return tr.t(`barometer.sources.${source}`);
}

/** The sources cited by the summary's benchmarks, each once, in order of first use. */
export function sourcesOf(summary: PortfolioSummary): string[] {
  return [...new Set(summary.benchmarks.map((b) => b.source))];
}

/** "14% of 50 brands", or "not assessed". */
export function shareText(tr: Translator, rule: RuleShare): string {
  if (rule.share === null) return tr.t('barometer.notAssessed');
  return tr.t('barometer.share', { share: tr.percent(rule.share, 0), brands: rule.assessed });
}

/** A score as the reports show it (one decimal at most), or a dash. */
export function scoreText(tr: Translator, score: number | null): string {
  return score === null ? '—' : tr.number(score, 1);
}

/** Why a brand could not be audited. */
export function failureText(tr: Translator, f: FailedBrand): string {
  return tr.t(`barometer.failure.${f.code}`, { message: f.message });
}

/** The line under the title: brands audited, rule set, brands that failed. */
export function subtitle(tr: Translator, s: PortfolioSummary): string {
  return tr.t('barometer.subtitle', { audited: s.brands.audited, failed: s.brands.failed, ruleSet: s.ruleSet.title || s.ruleSet.id });
}

/** The benchmark attached to a rule's row, if any. */
export function ruleBenchmark(s: PortfolioSummary, rule: RuleShare): Benchmark | undefined {
  return rule.benchmark ? s.benchmarks.find((b) => b.id === rule.benchmark) : undefined;
}
