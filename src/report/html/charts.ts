// Inline SVG charts for the HTML report: score gauge, response-time buckets, posting cadence (the category scores
// are HTML bars, in html/rules.ts, so their labels wrap like text).
// Plain SVG markup only (no script, no external reference), sized by viewBox so it scales to the page and to A4.
import type { Band } from '../types.js';
import { escapeHtml, escapeText } from './escape.js';
import { BAND_COLOURS, CHART_COLOURS } from './styles.js';

/** Rounds a coordinate to 0.1 so the markup (and the golden files) stay short and stable. */
const r1 = (n: number): string => String(Math.round(n * 10) / 10);

/** An accessible SVG element: role="img", the label both as aria-label and as <title> (read by other tools). */
function svgOpen(className: string, width: number, height: number, label: string): string {
  const safe = escapeHtml(label);
  return (
    `<svg class="chart ${className}" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${safe}" ` +
    `preserveAspectRatio="xMinYMin meet"><title>${safe}</title>`
  );
}

function bandColour(band: Band | null): string {
  return band ? BAND_COLOURS[band] : CHART_COLOURS.muted;
}

export interface GaugeInput {
  /** 0..100, or null when nothing was scored. */
  score: number | null;
  band: Band | null;
  /** The score as the report writes it ("55.1"), or a dash. */
  valueText: string;
  /** Short text under the value ("/100"). */
  unitText: string;
  /** Full sentence for screen readers. */
  label: string;
}

/** A ring gauge for the overall score, coloured by its band, with the value in its centre. */
export function gaugeSvg(input: GaugeInput): string {
  const size = 160;
  const c = size / 2;
  const radius = 66;
  const stroke = 14;
  const circumference = 2 * Math.PI * radius;
  const fraction = input.score == null ? 0 : Math.min(1, Math.max(0, input.score / 100));
  // Round caps add half the stroke at each end: shorten the dash by one stroke so the ring ends where the score does.
  const arc = fraction > 0 ? Math.max(0.01, fraction * circumference - stroke) : 0;
  const parts = [
    svgOpen('chart-gauge', size, size, input.label),
    `<circle cx="${c}" cy="${c}" r="${radius}" fill="none" stroke="${CHART_COLOURS.track}" stroke-width="${stroke}"></circle>`,
  ];
  if (arc > 0) {
    parts.push(
      `<circle class="gauge-arc" cx="${c}" cy="${c}" r="${radius}" fill="none" stroke="${bandColour(input.band)}" ` +
        `stroke-width="${stroke}" stroke-linecap="round" stroke-dasharray="${r1(arc)} ${r1(circumference)}" ` +
        `transform="rotate(-90 ${c} ${c})"></circle>`,
    );
  }
  parts.push(
    `<text x="${c}" y="${c + 6}" text-anchor="middle" class="gauge-value" font-size="38" font-weight="700" ` +
      `fill="${CHART_COLOURS.ink}">${escapeHtml(input.valueText)}</text>`,
    `<text x="${c}" y="${c + 30}" text-anchor="middle" font-size="15" fill="${CHART_COLOURS.muted}">` +
      `${escapeHtml(input.unitText)}</text>`,
    '</svg>',
  );
  return parts.join('');
}

export interface Column {
  /** Label under the column (a bucket name, a week). */
  label: string;
  value: number;
  /** The value as written above the column. */
  valueText: string;
}

/** Vertical columns for a few named categories (the response-time buckets), each labelled and valued. */
export function columnChartSvg(columns: Column[], label: string): string {
  const width = 420;
  const height = 210;
  const top = 26;
  const bottom = 40;
  const left = 6;
  const plotH = height - top - bottom;
  const slot = (width - 2 * left) / Math.max(1, columns.length);
  const colW = Math.min(48, slot * 0.6);
  const max = Math.max(1, ...columns.map((c) => c.value));
  const baseline = top + plotH;
  const parts = [svgOpen('chart-columns', width, height, label)];
  columns.forEach((col, i) => {
    const cx = left + slot * i + slot / 2;
    const h = (plotH * Math.max(0, col.value)) / max;
    parts.push(
      `<rect class="col" x="${r1(cx - colW / 2)}" y="${r1(baseline - h)}" width="${r1(colW)}" height="${r1(h)}" ` +
        `rx="3" fill="${CHART_COLOURS.accent}"></rect>`,
      `<text x="${r1(cx)}" y="${r1(baseline - h - 7)}" text-anchor="middle" font-size="14" font-weight="600" ` +
        `fill="${CHART_COLOURS.ink}">${escapeHtml(col.valueText)}</text>`,
      `<text x="${r1(cx)}" y="${baseline + 22}" text-anchor="middle" font-size="13" fill="${CHART_COLOURS.muted}">` +
        `${escapeHtml(col.label)}</text>`,
    );
  });
  parts.push(
    `<line x1="${left}" y1="${baseline}" x2="${width - left}" y2="${baseline}" stroke="${CHART_COLOURS.axis}" ` +
      `stroke-width="1"></line>`,
    '</svg>',
  );
  return parts.join('');
}

export interface SeriesInput {
  /** One value per period (a week), oldest first. */
  values: number[];
  /** Axis labels for the first and last period. */
  firstLabel: string;
  lastLabel: string;
  /** Written on the y axis for the maximum and for zero. */
  maxText: string;
  zeroText: string;
  label: string;
}

/** A time series as thin columns (posts per week), with the maximum marked on the y axis and the ends dated. */
export function seriesChartSvg(input: SeriesInput): string {
  const width = 420;
  const height = 210;
  const top = 16;
  const bottom = 40;
  const left = 34;
  const right = 8;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const baseline = top + plotH;
  const max = Math.max(1, ...input.values);
  const slot = plotW / Math.max(1, input.values.length);
  const colW = Math.max(1, slot * 0.7);
  const parts = [
    svgOpen('chart-series', width, height, input.label),
    `<line x1="${left}" y1="${top}" x2="${width - right}" y2="${top}" stroke="${CHART_COLOURS.grid}" ` +
      `stroke-width="1" stroke-dasharray="3 3"></line>`,
    `<text x="${left - 6}" y="${top + 4}" text-anchor="end" font-size="12" fill="${CHART_COLOURS.muted}">` +
      `${escapeHtml(input.maxText)}</text>`,
    `<text x="${left - 6}" y="${baseline + 4}" text-anchor="end" font-size="12" fill="${CHART_COLOURS.muted}">` +
      `${escapeHtml(input.zeroText)}</text>`,
  ];
  input.values.forEach((value, i) => {
    const h = (plotH * Math.max(0, value)) / max;
    if (h <= 0) return;
    parts.push(
      `<rect class="week" x="${r1(left + slot * i + (slot - colW) / 2)}" y="${r1(baseline - h)}" ` +
        `width="${r1(colW)}" height="${r1(h)}" rx="1.5" fill="${CHART_COLOURS.accent}"></rect>`,
    );
  });
  parts.push(
    `<line x1="${left}" y1="${baseline}" x2="${width - right}" y2="${baseline}" stroke="${CHART_COLOURS.axis}" ` +
      `stroke-width="1"></line>`,
    `<text x="${left}" y="${baseline + 22}" font-size="13" fill="${CHART_COLOURS.muted}">` +
      `${escapeHtml(input.firstLabel)}</text>`,
    `<text x="${width - right}" y="${baseline + 22}" text-anchor="end" font-size="13" fill="${CHART_COLOURS.muted}">` +
      `${escapeHtml(input.lastLabel)}</text>`,
    '</svg>',
  );
  return parts.join('');
}
