// The output formats by name; each takes the language-neutral AuditReport and the language to render in, and returns
// text (formatters read the report's view facts and never re-score).
import type { AuditReport } from './types.js';
import type { Lang } from '../locale/langs.js';
import type { Branding } from './branding.js';
import { renderJson } from './json.js';
import { renderTerminal } from './terminal.js';
import { renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { renderJunit } from './junit.js';
import { renderCsv } from './csv.js';

import type { Format } from './formats.js';

export { FORMATS, EXTENSIONS, parseFormats, type Format } from './formats.js';

export interface RenderOptions {
  /** The language to render in: any report renders in any language. */
  lang: Lang;
  color: boolean;
  /** Terminal columns (the CLI passes the terminal's width, else COLUMNS). */
  width?: number;
  verbose?: boolean;
  /** The consultant's or agency's name, logo and accent colour, for the document formats (HTML, PDF, Markdown). */
  branding?: Branding;
}

/** Renders the report in one format. */
export function renderReport(report: AuditReport, format: Format, opts: RenderOptions = { lang: 'en', color: false }): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'terminal':
      return renderTerminal(report, opts);
    case 'html':
      return renderHtml(report, opts);
    case 'markdown':
      return renderMarkdown(report, opts);
    case 'junit':
      return renderJunit([report], opts);
    case 'csv':
      return renderCsv([report], opts);
  }
}
