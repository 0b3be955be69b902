// Audit windows: the relative "30d" / "4w" / "90" syntax of --window and brand files, and absolute windows
// (--since/--until, `since:`/`until:`) as calendar days (UTC). A window `since` 2017-10-01 `until` 2017-12-31 runs
// from 2017-10-01T00:00:00Z to 2017-12-31T23:59:59.999Z, both days counted. A leaf module: the CLI checks these
// flags without loading the brand-file loader (YAML, ajv).

const DAY_MS = 86_400_000;

/** The longest window, as for --window and `window:` (the rules' thresholds are sized for it). */
export const MAX_WINDOW_DAYS = 366;

/** How far back conversations are read by default (--window, `window:`). */
export const DEFAULT_WINDOW_DAYS = 30;

/** Parses a relative window such as "30d", "4w" or "90" (days), as --window and brand files' `window:` give it. */
export function parseWindow(value: string): number | null {
  const m = /^\s*(\d+)\s*(d|days?|w|weeks?)?\s*$/i.exec(value);
  if (!m) return null;
  const n = Number(m[1]) * (m[2] && /^w/i.test(m[2]) ? 7 : 1);
  return n >= 1 && n <= MAX_WINDOW_DAYS ? n : null;
}

/**
 * The instant a day bound stands for: the start of a `since` day, the last millisecond of an `until` day (UTC), or
 * undefined when the value is not a real calendar day written yyyy-mm-dd.
 */
export function parseDayBound(value: string, bound: 'since' | 'until'): Date | undefined {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const start = Date.UTC(y, mo - 1, d);
  const date = new Date(start);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return new Date(bound === 'since' ? start : start + DAY_MS - 1);
}

/** Why a since/until pair cannot be a window (English, for a usage error), or undefined when it can. */
export function windowProblem(since: Date | undefined, until: Date | undefined): string | undefined {
  if (!since || !until) return undefined;
  if (since.getTime() > until.getTime()) return 'the start is after the end';
  if (until.getTime() - since.getTime() > MAX_WINDOW_DAYS * DAY_MS) return `longer than ${MAX_WINDOW_DAYS} days`;
  return undefined;
}
