// Inline SVG charts for the HTML report: score gauge, category bars, response-time buckets, posting cadence.
// Plain SVG markup only (no script, no external reference), sized by viewBox so it scales to the page and to A4.
import type { Band } from '../types.js';
import { truncate } from '../sanitize.js';
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

/**
 * Splits a label into at most `maxLines` lines of about `perLine` characters at spaces (SVG text does not wrap);
 * the last line is shortened with '…' when the label is longer still.
 */
export function wrapLabel(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(' ').filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const candidate = line ? `${line} ${words[i]}` : words[i];
    if (Array.from(candidate).length <= perLine || !line) {
      line = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      line = `${line} ${words.slice(i).join(' ')}`;
      break;
    }
    lines.push(line);
    line = words[i];
  }
  if (line) lines.push(line);
  return lines.map((l) => truncate(l, perLine));
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

export interface CategoryBar {
  title: string;
  score: number | null;
  /** The category's band as the report gives it (the bar's colour). */
  band: Band | null;
  /** The value written beside the bar ("87.5" or "not scored"). */
  valueText: string;
}

/**
 * Horizontal bars, one per category (class "bar", a zero-width bar for an unscored category so the count always
 * matches), on a 0–100 scale with dashed guides at the band cut-offs 50 and 90 (DESIGN.md).
 */
export function categoryChartSvg(bars: CategoryBar[], label: string): string {
  const width = 600;
  const labelRight = 206;
  const barX = 218;
  const barMax = 310;
  const rowH = 40;
  const barH = 22;
  const top = 10;
  const axisH = 26;
  const height = top + bars.length * rowH + axisH;
  const plotBottom = top + bars.length * rowH;
  const parts = [svgOpen('chart-categories', width, height, label)];
  for (const tick of [0, 50, 90, 100]) {
    const x = barX + (barMax * tick) / 100;
    parts.push(
      `<line x1="${r1(x)}" y1="${top - 4}" x2="${r1(x)}" y2="${plotBottom}" stroke="${CHART_COLOURS.grid}" ` +
        `stroke-width="1"${tick === 0 ? '' : ' stroke-dasharray="3 3"'}></line>`,
      `<text x="${r1(x)}" y="${plotBottom + 18}" text-anchor="middle" font-size="13" fill="${CHART_COLOURS.muted}">` +
        `${tick}</text>`,
    );
  }
  bars.forEach((bar, i) => {
    const y = top + i * rowH + (rowH - barH) / 2;
    const mid = y + barH / 2 + 5;
    const w = bar.score == null ? 0 : (barMax * Math.min(100, Math.max(0, bar.score))) / 100;
    const label = wrapLabel(bar.title, 24, 2);
    const tspans = label
      .map((line, n) => `<tspan x="${labelRight}" dy="${n === 0 ? 0 : 17}">${escapeText(line)}</tspan>`)
      .join('');
    parts.push(
      `<text x="${labelRight}" y="${r1(mid - (label.length - 1) * 8.5)}" text-anchor="end" font-size="15" ` +
        `fill="${CHART_COLOURS.ink}">${tspans}</text>`,
      `<rect class="track" x="${barX}" y="${r1(y)}" width="${barMax}" height="${barH}" rx="4" ` +
        `fill="${CHART_COLOURS.track}"></rect>`,
      `<rect class="bar" x="${barX}" y="${r1(y)}" width="${r1(w)}" height="${barH}" rx="4" ` +
        `fill="${bandColour(bar.band)}"></rect>`,
      // A score goes after its bar; "not scored" (longer, and with no bar) is written inside the empty track.
      bar.score == null
        ? `<text x="${barX + 12}" y="${r1(mid - 1)}" font-size="14" font-style="italic" fill="${CHART_COLOURS.muted}">` +
            `${escapeHtml(bar.valueText)}</text>`
        : `<text x="${r1(barX + barMax + 10)}" y="${r1(mid)}" font-size="15" font-weight="650" fill="${CHART_COLOURS.ink}">` +
            `${escapeHtml(bar.valueText)}</text>`,
    );
  });
  parts.push('</svg>');
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
