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

import { FORMATS, type Format } from './formats.js';

export { FORMATS, type Format };

/** File extension used for each format with --out-dir. */
export const EXTENSIONS: Record<Format, string> = {
  terminal: 'txt',
  json: 'json',
  html: 'html',
  markdown: 'md',
  junit: 'junit.xml',
  csv: 'csv',
};

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

/**
 * Parses a --format value ("html" or "html,json") against the names `known` (the text formats by default; the CLI
 * adds pdf), or returns the first unknown name.
 */
export function parseFormats<F extends string = Format>(value: string, known: readonly F[] = FORMATS as readonly string[] as readonly F[]): { formats: F[] } | { unknown: string } {
  const names = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const formats: F[] = [];
  for (const name of names) {
    const alias = name === 'md' ? 'markdown' : name === 'xml' ? 'junit' : name;
    if (!(known as readonly string[]).includes(alias)) return { unknown: name };
    if (!formats.includes(alias as F)) formats.push(alias as F);
  }
  return formats.length ? { formats } : { unknown: value };
}
