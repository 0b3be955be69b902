// The output formats' names, file extensions and the --format parser. A leaf module: the configuration file's
// schema lists the formats and the CLI checks --format without loading the formatters themselves.

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
