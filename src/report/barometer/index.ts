// The portfolio formats by name: the barometer (html, markdown, terminal), the spreadsheet (csv) and the aggregate
// (json). JUnit is streamed brand by brand (junit.ts) and is not rendered from the summary.
import type { Format } from '../index.js';
import type { PortfolioSummary } from './types.js';
import { renderBarometerHtml, type BarometerOptions } from './html.js';
import { renderBarometerMarkdown } from './markdown.js';
import { renderBarometerCsv } from './csv.js';
import { renderBarometerText } from './terminal.js';

export type { BarometerOptions };

/** Renders the summary in a format other than junit. */
export function renderPortfolio(summary: PortfolioSummary, format: Exclude<Format, 'junit'>, opts: BarometerOptions): string {
  switch (format) {
    case 'html':
      return renderBarometerHtml(summary, opts);
    case 'markdown':
      return renderBarometerMarkdown(summary, opts);
    case 'csv':
      return renderBarometerCsv(summary);
    case 'json':
      return `${JSON.stringify(summary, null, 2)}\n`;
    case 'terminal':
      return renderBarometerText(summary, opts);
  }
}
