// The Markdown formats (the full report and the byte-capped summary), written under markdown/; this module is the
// path the rest of the tool imports them from.
export { renderMarkdown } from './markdown/index.js';
export { renderMarkdownSummary } from './markdown/summary.js';
export { escapeMarkdown, markdownLink } from './markdown/escape.js';
export type { MarkdownOptions } from './markdown/parts.js';
