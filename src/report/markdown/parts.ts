// Small Markdown building blocks shared by the report's sections: messages, status words, capped lists, tables,
// text bars and sparklines.
import type { Lang } from '../../locale/langs.js';
import type { Branding } from '../branding.js';
import type { Translator } from '../../locale/translator.js';
import { cleanText, truncate } from '../sanitize.js';
import { doc, statusWord } from '../document/words.js';
import { escapeMarkdown } from './escape.js';

/** What the Markdown formats need to know besides the report: the language to write in (default English), branding. */
export interface MarkdownOptions {
  lang?: Lang;
  /** Who prepared the report (the Markdown shows the name; logo and accent are for HTML and PDF). */
  branding?: Branding;
}

/** Longest snippet or question quoted, in characters. */
export const SNIPPET_MAX = 300;

/** The status word in bold ("**FAIL**"), readable without colour. */
export function status(tr: Translator, s: string): string {
  return `**${escapeMarkdown(statusWord(tr, s))}**`;
}

/** "… and N more". */
export function more(tr: Translator, count: number): string {
  return doc(tr, 'list.more', { count });
}

/** Keeps the first `max` items as lines and adds "… and N more" (as the same kind of line) for the rest. */
export function capped<T>(tr: Translator, items: readonly T[], max: number, render: (item: T) => string, prefix = '- '): string[] {
  const lines = items.slice(0, max).map((item) => prefix + render(item));
  if (items.length > max) lines.push(prefix + more(tr, items.length - max));
  return lines;
}

/** A GFM table; cells must already be escaped (escapeMarkdown escapes the pipes). */
export function table(head: string[], align: ('l' | 'r')[], rows: string[][]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `|${align.map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

/** A 10-cell bar for a 0..100 value, in eighths of a cell (Unicode block elements render in every GitHub font). */
export function textBar(value: number | null): string {
  if (value == null) return '';
  const eighths = Math.round((Math.min(100, Math.max(0, value)) / 100) * 80);
  const partial = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'][eighths % 8];
  const full = Math.floor(eighths / 8);
  return '█'.repeat(full) + partial + '░'.repeat(10 - full - (partial ? 1 : 0));
}

/** One character per value, ▁ for none up to █ for the maximum: a posting cadence at a glance. */
export function sparkline(values: number[]): string {
  const max = Math.max(0, ...values);
  const levels = '▂▃▄▅▆▇█';
  const level = (v: number): string =>
    v <= 0 || max === 0 ? '▁' : levels[Math.min(levels.length - 1, Math.ceil((v / max) * levels.length) - 1)];
  return values.map(level).join('');
}

/** Scraped text quoted the language's way ("“…”", "« … »"), shortened and escaped; '' when there is none. */
export function snippetText(tr: Translator, snippet: string | undefined, max = SNIPPET_MAX): string {
  const text = truncate(cleanText(snippet), max);
  return text ? doc(tr, 'findings.snippet', { snippet: escapeMarkdown(text) }) : '';
}
