// One format's renderer, loaded when that format is asked for: a run writes one format or two, and loading all six
// formatters (the HTML report's styles and charts, Markdown, JUnit, CSV) would cost more than rendering one.
// Renders exactly as renderReport (report/index.ts) does; tests/report/load.test.ts holds them to it.
import type { AuditReport } from './types.js';
import type { Format } from './formats.js';
import type { RenderOptions } from './index.js';

export type Renderer = (report: AuditReport, opts: RenderOptions) => string;

/** The renderer of one format, with its module loaded. */
export async function loadRenderer(format: Format): Promise<Renderer> {
  switch (format) {
    case 'json': {
      const { renderJson } = await import('./json.js');
      return (report) => renderJson(report);
    }
    case 'terminal':
      return (await import('./terminal.js')).renderTerminal;
    case 'html':
      return (await import('./html.js')).renderHtml;
    case 'markdown':
      return (await import('./markdown.js')).renderMarkdown;
    case 'junit': {
      const { renderJunit } = await import('./junit.js');
      return (report, opts) => renderJunit([report], opts);
    }
    case 'csv': {
      const { renderCsv } = await import('./csv.js');
      return (report, opts) => renderCsv([report], opts);
    }
  }
}
