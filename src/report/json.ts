// Renders an AuditReport as JSON, the machine-readable output CI jobs and other tools consume: the report as it is,
// language-neutral (ids, codes and unrounded data), so any saved report can be rendered again in any language.
import type { AuditReport } from './types.js';

/**
 * Characters JSON.stringify leaves raw that a terminal may still act on or display misleadingly when the JSON is
 * printed: DEL, the C1 controls (U+009B is an 8-bit CSI), bidi overrides/isolates and the Unicode line separators.
 * They can only occur inside JSON strings, where a \uXXXX escape decodes to the very same character.
 */
const UNSAFE_RAW = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * Serialises `report` as pretty JSON (2-space indent) with a trailing newline. The data is written unchanged;
 * control characters are escaped (JSON escapes C0 itself, this also escapes C1 and bidi controls) so the text is
 * safe to print in a terminal.
 */
export function renderJson(report: AuditReport): string {
  const json = JSON.stringify(report, null, 2).replace(
    UNSAFE_RAW,
    (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'),
  );
  return json + '\n';
}
