// Builds the portfolio summary from result records fed one at a time (streamed from the results files): each
// brand is reduced to a small row as it arrives, so memory grows with a few hundred bytes per brand, never with
// whole reports. A later record of the same id replaces an earlier one (a brand re-audited after its settings
// changed).
import type { AuditReport } from '../report/types.js';
import type { RuleStatus } from '../rules/types.js';
import type { StatusCounts } from '../scoring/types.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { PUBLISHED_FIGURES } from '../report/barometer/references.js';
import {
  PORTFOLIO_SCHEMA_VERSION,
  type Benchmark,
  type BrandRow,
  type FailedBrand,
  type PortfolioSummary,
  type RuleShare,
  type SectorSummary,
} from '../report/barometer/types.js';
import type { ResultRecord } from './records.js';

/** What one audited brand contributes besides its row: its rule statuses and the benchmark measures. */
interface Contribution {
  row: BrandRow;
  statuses: Map<string, { category: string; status: RuleStatus }>;
  /** Benchmark id → [numerator, denominator] for this brand (a share counts 1/1 or 0/1). */
  measures: Map<string, [number, number]>;
}

const emptyCounts = (): StatusCounts => ({ pass: 0, warn: 0, fail: 0, na: 0, error: 0 });

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The median of a list (mean of the two middle values for an even count); null for an empty list. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function figures(report: AuditReport): BrandRow['figures'] {
  const data = (id: string): Record<string, unknown> | undefined => {
    const rule = report.rules.find((r) => r.id === id);
    return rule && rule.status !== 'na' && rule.status !== 'error' ? (rule.data as Record<string, unknown>) : undefined;
  };
  return {
    unansweredRatio: num(data('unanswered-questions')?.ratio),
    // All hours, whatever clock each brand was scored on: a barometer compares brands on one measure, and only some
    // brands' opening hours are known. Reports written before reply times had clocks carry medianMinutes alone.
    medianResponseMinutes: num(data('response-time')?.allHoursMedianMinutes ?? data('response-time')?.medianMinutes),
    channels: num(data('contact-channels')?.count),
    supportDepth: num(data('support-reachable')?.depth),
  };
}

/** This brand's part of each benchmark's measure, or nothing when the audit could not measure it. */
function measures(report: AuditReport): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  const rule = (id: string) => report.rules.find((r) => r.id === id);
  const assessed = (id: string) => {
    const r = rule(id);
    return r && r.status !== 'na' && r.status !== 'error' ? r : undefined;
  };
  const links = assessed('support-links-to-social');
  if (links) out.set('support-links-to-social', [links.status === 'pass' ? 1 : 0, 1]);
  // Presence is read from the accounts the audit found official, whatever the rule made of them.
  const official = new Set(report.accounts.filter((a) => a.official).map((a) => a.platform));
  if (report.site.pagesCrawled > report.site.pagesFailed) {
    out.set('facebook-presence', [official.has('facebook') ? 1 : 0, 1]);
    out.set('x-presence', [official.has('x') ? 1 : 0, 1]);
  }
  const unanswered = assessed('unanswered-questions');
  const questions = num(unanswered?.data?.questions);
  const left = num(unanswered?.data?.unanswered);
  if (questions && left !== null) out.set('unanswered-questions', [left, questions]);
  const realtime = assessed('realtime-channel');
  if (realtime) out.set('chat', [Array.isArray(realtime.data?.chat) && realtime.data.chat.length > 0 ? 1 : 0, 1]);
  const selfService = rule('self-service');
  if (selfService && selfService.status !== 'error' && selfService.data && typeof selfService.data.faq === 'number' && report.site.pagesCrawled > report.site.pagesFailed) {
    out.set('faq', [selfService.data.faq > 0 ? 1 : 0, 1]);
  }
  const channels = num(assessed('contact-channels')?.data?.count);
  if (channels !== null) out.set('contact-channels', [channels, 1]);
  return out;
}

export class PortfolioAggregator {
  private readonly audited = new Map<string, Contribution>();
  private readonly failed = new Map<string, FailedBrand>();
  private ruleSet?: PortfolioSummary['ruleSet'];

  constructor(private readonly title?: string) {}

  /** Adds (or replaces) one brand's result. */
  add(record: ResultRecord): void {
    this.ruleSet ??= { id: record.ruleSet.id, title: record.status === 'audited' ? record.report.ruleSet.title : record.ruleSet.id, hash: record.ruleSet.hash };
    if (record.status === 'audited' && this.ruleSet.title === this.ruleSet.id) this.ruleSet.title = record.report.ruleSet.title;
    this.audited.delete(record.id);
    this.failed.delete(record.id);
    if (record.status === 'failed') {
      this.failed.set(record.id, {
        id: record.id,
        ...(record.brand ? { name: record.brand.name, website: record.brand.website } : {}),
        ...(record.sector ? { sector: record.sector } : {}),
        code: record.error.code,
        message: record.error.message,
      });
      return;
    }
    const report = record.report;
    const row: BrandRow = {
      rank: null,
      id: record.id,
      name: report.target.brandName,
      domain: report.target.domain,
      url: report.target.url,
      ...(record.sector ? { sector: record.sector } : {}),
      score: report.score,
      grade: report.grade,
      band: report.band,
      categories: Object.fromEntries(report.categories.map((c) => [c.id, c.score])),
      figures: figures(report),
      counts: { ...report.counts },
    };
    const statuses = new Map(report.rules.map((r) => [r.id, { category: r.category, status: r.status }]));
    this.audited.set(record.id, { row, statuses, measures: measures(report) });
  }

  /** The summary of every brand added so far. */
  summary(): PortfolioSummary {
    const contributions = [...this.audited.values()];
    const ranking = rank(contributions.map((c) => c.row));
    const scores = ranking.map((r) => r.score).filter((s): s is number => s !== null);
    const categoryIds = [...new Set(ranking.flatMap((r) => Object.keys(r.categories)))];
    const categoryMedians = (rows: BrandRow[]) =>
      Object.fromEntries(categoryIds.map((id) => [id, median(rows.map((r) => r.categories[id]).filter((s): s is number => s != null))]));
    return {
      schemaVersion: PORTFOLIO_SCHEMA_VERSION,
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      ...(this.title ? { title: this.title } : {}),
      ruleSet: this.ruleSet ?? { id: '', title: '', hash: '' },
      brands: { total: this.audited.size + this.failed.size, audited: this.audited.size, failed: this.failed.size },
      medianScore: median(scores),
      ranking,
      failures: [...this.failed.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
      distribution: Array.from({ length: 10 }, (_, i) => ({
        from: i * 10,
        to: i * 10 + 10,
        count: scores.filter((s) => Math.min(9, Math.floor(s / 10)) === i).length,
      })),
      categories: categoryIds.map((id) => {
        const values = ranking.map((r) => r.categories[id]).filter((s): s is number => s != null);
        return { id, median: median(values), brands: values.length };
      }),
      sectors: sectors(ranking, categoryMedians),
      rules: ruleShares(contributions),
      benchmarks: benchmarks(contributions),
    };
  }
}

/** Best score first, then by id so equal scores keep one order whatever order the brands were audited in. */
function rank(rows: BrandRow[]): BrandRow[] {
  const sorted = [...rows].sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let place = 0;
  let previous: number | null | undefined;
  sorted.forEach((row, i) => {
    if (row.score === null) return;
    if (row.score !== previous) place = i + 1;
    previous = row.score;
    row.rank = place;
  });
  return sorted;
}

function sectors(ranking: BrandRow[], categoryMedians: (rows: BrandRow[]) => Record<string, number | null>): SectorSummary[] {
  const bySector = new Map<string, BrandRow[]>();
  for (const row of ranking) if (row.sector) bySector.set(row.sector, [...(bySector.get(row.sector) ?? []), row]);
  return [...bySector.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([sector, rows]) => ({
      sector,
      brands: rows.length,
      medianScore: median(rows.map((r) => r.score).filter((s): s is number => s !== null)),
      categories: categoryMedians(rows),
      ranking: rows.map((r) => r.id),
    }));
}

function ruleShares(contributions: Contribution[]): RuleShare[] {
  const rules = new Map<string, RuleShare>();
  for (const c of contributions) {
    for (const [id, { category, status }] of c.statuses) {
      let share = rules.get(id);
      if (!share) {
        share = { id, category, counts: emptyCounts(), assessed: 0, share: null };
        const benchmark = PUBLISHED_FIGURES.find((f) => f.rule === id && f.id === id);
        if (benchmark) share.benchmark = benchmark.id;
        rules.set(id, share);
      }
      share.counts[status]++;
    }
  }
  for (const share of rules.values()) {
    share.assessed = share.counts.pass + share.counts.warn + share.counts.fail;
    share.share = share.assessed ? share.counts.pass / share.assessed : null;
  }
  // Report order: the order the rule set lists them in, which every report shares.
  const order = contributions[0] ? [...contributions[0].statuses.keys()] : [];
  return [...rules.values()].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

function benchmarks(contributions: Contribution[]): Benchmark[] {
  return PUBLISHED_FIGURES.map((figure) => {
    let numerator = 0;
    let denominator = 0;
    let brands = 0;
    for (const c of contributions) {
      const m = c.measures.get(figure.id);
      if (!m) continue;
      numerator += m[0];
      denominator += m[1];
      brands++;
    }
    return {
      ...figure,
      measured: denominator ? numerator / denominator : null,
      brands,
    };
  });
}
