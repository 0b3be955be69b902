// The check of an export's encoding named in a brand file or a configuration file: a WHATWG Encoding Standard label,
// as the export reader decodes with them.
import { createRequire } from 'node:module';

/** What a file's unknown encoding is told, after the label. */
export const UNKNOWN_ENCODING = 'is not a known encoding (e.g. utf-8, windows-1252, utf-16le)';

/**
 * True when `label` names an encoding. whatwg-encoding is loaded here, when a file names one: with iconv-lite under
 * it, its load would otherwise come with every run that reads a brand or configuration file.
 */
export function isEncodingLabel(label: string): boolean {
  const labels = createRequire(import.meta.url)('whatwg-encoding') as typeof import('whatwg-encoding');
  return labels.labelToName(label) !== null;
}
