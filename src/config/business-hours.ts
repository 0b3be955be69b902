// The brand file's `businessHours:` (time zone, days, hours, holidays) read into the snapshot's OpeningHours; every
// bad value is a ConfigError naming the file, line and key.
import type { OpeningHours, OpeningInterval } from '../snapshot/types.js';
import { failAt, type YamlSource } from './yaml-source.js';

/** `businessHours:` as YAML gives it, once it matches the schema. */
export interface RawBusinessHours {
  timeZone: string;
  days?: string | string[];
  hours?: string | string[];
  holidays?: string[];
}

/**
 * What the brand file says of opening hours: a time zone, and the week's hours when `days` and `hours` are given (else
 * the hours come from the site, read in this time zone).
 */
export interface BrandBusinessHours {
  timeZone: string;
  hours?: OpeningHours;
}

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** ISO weekday (1–7) of a day name (mon, monday, Mon…), or undefined. */
function dayNumber(name: string): number | undefined {
  const i = DAY_NAMES.indexOf(name.trim().toLowerCase().slice(0, 3));
  return i < 0 || !/^[a-z]+$/i.test(name.trim()) ? undefined : i + 1;
}

/** "mon-fri", "mon,wed,fri", ["mon", "sat"] → sorted ISO weekdays; undefined when a name is not a day. */
export function parseDays(value: string | string[]): number[] | undefined {
  const parts = (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  const days = new Set<number>();
  for (const part of parts) {
    const range = part.split(/\s*[-–]\s*/);
    if (range.length > 2) return undefined;
    const from = dayNumber(range[0]);
    const to = dayNumber(range[range.length - 1]);
    if (from === undefined || to === undefined) return undefined;
    // A range may wrap over the week's end (sat-mon).
    for (let d = from, n = 0; n < 7; d = (d % 7) + 1, n++) {
      days.add(d);
      if (d === to) break;
    }
  }
  return days.size === 0 ? undefined : [...days].sort((a, b) => a - b);
}

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** "09:00-18:00" → ["09:00", "18:00"] (hours padded); undefined when malformed or not opening before it closes. */
export function parseSpan(value: string): [string, string] | undefined {
  const m = /^\s*(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})\s*$/.exec(value);
  if (!m || !TIME.test(m[1]) || !TIME.test(m[2])) return undefined;
  const pad = (t: string): string => t.padStart(5, '0');
  const [opens, closes] = [pad(m[1]), pad(m[2])];
  return opens < closes && opens !== '24:00' ? [opens, closes] : undefined;
}

/**
 * The time zone is one Intl knows: the check luxon's IANAZone.isValidZone makes, written here so that reading a
 * brand file does not load luxon (src/computed/business-hours.ts loads it when hours are used).
 */
function isTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone }).format();
    return true;
  } catch {
    return false;
  }
}

/** A real calendar day written yyyy-mm-dd. */
function isDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value.trim();
}

/** Reads `businessHours:`; `at` is the brand's key path in its file (a portfolio entry's). */
export function readBusinessHours(ctx: YamlSource, raw: RawBusinessHours, at: string[]): BrandBusinessHours {
  const key = (...k: string[]): string[] => [...at, 'businessHours', ...k];
  const timeZone = raw.timeZone.trim();
  if (!isTimeZone(timeZone)) failAt(ctx, key('timeZone'), `"${raw.timeZone}" is not an IANA time zone (e.g. Europe/Paris, America/New_York)`);
  const holidays = (raw.holidays ?? []).map((h, i) => {
    const day = String(h).trim();
    if (!isDay(day)) failAt(ctx, key('holidays', String(i)), `expected a day written yyyy-mm-dd such as 2026-12-25, got ${JSON.stringify(h)}`);
    return day;
  });
  if (raw.days === undefined && raw.hours === undefined) {
    if (holidays.length > 0) failAt(ctx, key('holidays'), '`holidays` needs `days` and `hours` (the week the brand is open)', true);
    return { timeZone };
  }
  if (raw.days === undefined) failAt(ctx, key('hours'), '`hours` needs `days` (e.g. days: mon-fri)', true);
  if (raw.hours === undefined) failAt(ctx, key('days'), '`days` needs `hours` (e.g. hours: "09:00-18:00")', true);
  const days = parseDays(raw.days);
  if (!days) failAt(ctx, key('days'), `expected days such as mon-fri, "mon,wed,fri" or [mon, sat], got ${JSON.stringify(raw.days)}`);
  const spans = (Array.isArray(raw.hours) ? raw.hours : [raw.hours]).map((h, i) => {
    const span = parseSpan(String(h));
    const where = Array.isArray(raw.hours) ? key('hours', String(i)) : key('hours');
    if (!span) failAt(ctx, where, `expected opening hours such as "09:00-18:00" (opening before closing, 24:00 at most), got ${JSON.stringify(h)}`);
    return span;
  });
  const sorted = [...spans].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i][0] < sorted[i - 1][1]) failAt(ctx, key('hours'), `"${sorted[i - 1].join('-')}" and "${sorted[i].join('-')}" overlap`);
  }
  const weekly: OpeningInterval[] = days.flatMap((day) => sorted.map(([opens, closes]) => ({ day, opens, closes })));
  return { timeZone, hours: { timeZone, weekly, holidays } };
}
