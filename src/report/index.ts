// The output formats by name; each takes the AuditReport and returns text (formatters never re-score).
import type { AuditReport } from './types.js';
import { renderJson } from './json.js';
import { renderTerminal } from './terminal.js';

export const FORMATS = ['terminal', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions {
  color: boolean;
  width?: number;
  verbose?: boolean;
}

/** Renders the report in one format. */
export function renderReport(report: AuditReport, format: Format, opts: RenderOptions = { color: false }): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'terminal':
      return renderTerminal(report, opts);
  }
}

/** Parses a --format value, or returns null when it names no known format. */
export function parseFormat(value: string): Format | null {
  return (FORMATS as readonly string[]).includes(value) ? (value as Format) : null;
}
