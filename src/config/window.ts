// Absolute audit windows: --since/--until and `since:`/`until:` in brand files, as calendar days (UTC). A window
// `since` 2017-10-01 `until` 2017-12-31 runs from 2017-10-01T00:00:00Z to 2017-12-31T23:59:59.999Z, both days counted.

const DAY_MS = 86_400_000;

/** The longest window, as for --window and `window:` (the rules' thresholds are sized for it). */
export const MAX_WINDOW_DAYS = 366;

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
