// The output formats' names, file extensions and the --format parser. A leaf module: the CLI checks --format
// without loading the formatters themselves.

export const FORMATS = ['terminal', 'json', 'html', 'markdown', 'junit', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** File extension used for each format with --out-dir. */
export const EXTENSIONS: Record<Format, string> = {
  terminal: 'txt',
  json: 'json',
  html: 'html',
  markdown: 'md',
  junit: 'junit.xml',
  csv: 'csv',
};

/** Parses a --format value ("html" or "html,json"), or returns the first unknown name. */
export function parseFormats(value: string): { formats: Format[] } | { unknown: string } {
  const names = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const formats: Format[] = [];
  for (const name of names) {
    const alias = name === 'md' ? 'markdown' : name === 'xml' ? 'junit' : name;
    if (!(FORMATS as readonly string[]).includes(alias)) return { unknown: name };
    if (!formats.includes(alias as Format)) formats.push(alias as Format);
  }
  return formats.length ? { formats } : { unknown: value };
}
