// The portfolio as CSV: one row per brand (rank, score, grade, category scores, key figures), for spreadsheets.
// Formula-safe and quoted like the brand CSV (csvField); brands that could not be audited are rows too.
import { csvField } from '../csv.js';
import type { PortfolioSummary } from './types.js';

const FIGURES = ['unanswered_ratio', 'median_response_minutes', 'channels', 'support_depth'] as const;

const cell = (v: number | string | null | undefined): string => (v === null || v === undefined ? '' : String(v));

/** Renders one CRLF-terminated row per brand, audited brands in ranking order, then the others. */
export function renderBarometerCsv(s: PortfolioSummary): string {
  const categories = s.categories.map((c) => c.id);
  const header = ['rank', 'id', 'brand', 'domain', 'sector', 'status', 'score', 'grade', ...categories.map((c) => `category_${c}`), ...FIGURES, 'pass', 'warn', 'fail', 'na', 'error', 'problem'];
  const rows: string[][] = [header];
  for (const r of s.ranking) {
    rows.push([
      cell(r.rank),
      r.id,
      r.name,
      r.domain,
      r.sector ?? '',
      'audited',
      cell(r.score),
      cell(r.grade),
      ...categories.map((c) => cell(r.categories[c])),
      cell(r.figures.unansweredRatio),
      cell(r.figures.medianResponseMinutes),
      cell(r.figures.channels),
      cell(r.figures.supportDepth),
      ...(['pass', 'warn', 'fail', 'na', 'error'] as const).map((k) => String(r.counts[k])),
      '',
    ]);
  }
  for (const f of s.failures) {
    rows.push(['', f.id, f.name ?? '', f.website ?? '', f.sector ?? '', `failed:${f.code}`, '', '', ...categories.map(() => ''), ...FIGURES.map(() => ''), '', '', '', '', '', f.message]);
  }
  return rows.map((cells) => cells.map(csvField).join(',') + '\r\n').join('');
}
