// The formats the CLI writes and their file extensions. A leaf module: the flag definitions (and so --help) check
// --format without loading the formatters or Chromium's driver.
import { EXTENSIONS, FORMATS, type Format } from '../report/formats.js';

/** Every format the CLI writes: the text formats, and PDF (the HTML report printed by Chromium). */
export const OUTPUT_FORMATS = [...FORMATS, 'pdf'] as const;
export type OutputFormat = Format | 'pdf';

/** File extension used for each format with --out-dir. */
export const OUTPUT_EXTENSIONS: Record<OutputFormat, string> = { ...EXTENSIONS, pdf: 'pdf' };
