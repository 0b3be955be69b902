// How far back conversations are read: the default, and the "30d" / "4w" / "90" syntax of --window and brand files.
// Kept apart from the brand-file loader (YAML, ajv) so the CLI checks --window without loading them.

export const DEFAULT_WINDOW_DAYS = 30;

/** Parses a window such as "30d", "4w" or "90" (days). */
export function parseWindow(value: string): number | null {
  const m = /^\s*(\d+)\s*(d|days?|w|weeks?)?\s*$/i.exec(value);
  if (!m) return null;
  const n = Number(m[1]) * (m[2] && /^w/i.test(m[2]) ? 7 : 1);
  return n >= 1 && n <= 366 ? n : null;
}
