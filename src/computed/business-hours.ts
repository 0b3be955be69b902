// Business-time arithmetic over a brand's opening hours: minutes counted only while it is open, open days between
// two instants, whether an instant falls out of hours. Local days are built in the brand's time zone with luxon, so
// DST changes (a 23- or 25-hour day) and holidays are counted as the brand's staff live them.
import { createRequire } from 'node:module';
import type { DateTime } from 'luxon';
import type { OpeningHours } from '../snapshot/types.js';

const MINUTE_MS = 60_000;

/**
 * A reply later than this many local days after the question is not walked day by day: the audit window is at most
 * 366 days, and a year of opening hours is enough to count any reply inside it.
 */
const MAX_DAYS = 400;

/** Minutes since local midnight of "HH:MM" ("24:00" is 1440). */
function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/** The local day starting at `day` (a luxon DateTime at local midnight) is a holiday. */
function isHoliday(day: DateTime, hours: OpeningHours): boolean {
  return hours.holidays.includes(day.toISODate() ?? '');
}

/**
 * The instants (ms) a local day's intervals open and close. A local wall time that does not exist (02:30 on the
 * spring-forward night) is moved forward by luxon, one that exists twice (autumn) is taken at its first occurrence.
 */
function dayIntervals(day: DateTime, hours: OpeningHours): [number, number][] {
  if (isHoliday(day, hours)) return [];
  const out: [number, number][] = [];
  for (const interval of hours.weekly) {
    if (interval.day !== day.weekday) continue;
    const at = (minutes: number): number =>
      minutes >= 1440 ? day.plus({ days: 1 }).toMillis() : day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 }).toMillis();
    out.push([at(minutesOf(interval.opens)), at(minutesOf(interval.closes))]);
  }
  return out;
}

let luxonDateTime: typeof DateTime | undefined;

/**
 * luxon, loaded on the first business-time question: only brands with `businessHours` ask one, and its 6,500 lines
 * cost every other audit ~7 ms of CPU to compile and run at start. Its CommonJS build (the same code as its ES module
 * one) loads synchronously, so these functions stay plain.
 */
function luxon(): typeof DateTime {
  return (luxonDateTime ??= (createRequire(import.meta.url)('luxon') as typeof import('luxon')).DateTime);
}

/** One local day of the brand: its midnight, the next day's, and its open intervals. */
interface LocalDay {
  /** Local midnight (luxon), and as an instant (ms). */
  midnight: DateTime;
  start: number;
  /** The next local day's midnight (ms): the day holds the instants from `start` up to this one. */
  next: number;
  intervals: [number, number][];
}

/**
 * The local days already worked out for each set of opening hours, by their first instant. An audit asks about the
 * same few weeks for every question and reply of every account (and each answer walks the days up to its reply), and
 * each day built with luxon costs a time-zone lookup per step (~25 ms of CPU for the demo brand's ~170 answers): a
 * day is built once. Days hold instants, not dates, so an instant is in the day whose range holds it.
 */
const dayCache = new WeakMap<OpeningHours, Map<number, LocalDay>>();

function daysOf(hours: OpeningHours): Map<number, LocalDay> {
  let days = dayCache.get(hours);
  if (!days) dayCache.set(hours, (days = new Map()));
  return days;
}

/** The local day starting at `midnight`, from the cache or built. */
function dayFrom(midnight: DateTime, hours: OpeningHours, days = daysOf(hours)): LocalDay {
  const start = midnight.toMillis();
  let day = days.get(start);
  if (!day) {
    day = { midnight, start, next: midnight.plus({ days: 1 }).startOf('day').toMillis(), intervals: dayIntervals(midnight, hours) };
    days.set(start, day);
  }
  return day;
}

/** The local day holding `ms`, in the brand's zone. */
function localDay(ms: number, hours: OpeningHours): LocalDay {
  const days = daysOf(hours);
  for (const day of days.values()) if (ms >= day.start && ms < day.next) return day;
  return dayFrom(luxon().fromMillis(ms, { zone: hours.timeZone }).startOf('day'), hours, days);
}

/** The local day after `day`. */
function nextDay(day: LocalDay, hours: OpeningHours): LocalDay {
  const days = daysOf(hours);
  return days.get(day.next) ?? dayFrom(day.midnight.plus({ days: 1 }).startOf('day'), hours, days);
}

/** True when the hours name at least one open interval (an empty week would make every figure meaningless). */
export function hasOpenTime(hours: OpeningHours): boolean {
  return hours.weekly.some((i) => minutesOf(i.closes) > minutesOf(i.opens));
}

/** True when the brand is open at `ms` (an interval's opening instant is inside, its closing instant outside). */
export function isOpenAt(ms: number, hours: OpeningHours): boolean {
  return localDay(ms, hours).intervals.some(([open, close]) => ms >= open && ms < close);
}

/**
 * Minutes between two instants counted only while the brand is open: a question asked at 23:00 and answered at
 * 09:05 the next morning (opening at 09:00) waited 5 business minutes. Never negative; fractional minutes are kept.
 */
export function businessMinutesBetween(fromMs: number, toMs: number, hours: OpeningHours): number {
  if (!(toMs > fromMs)) return 0;
  let total = 0;
  let day = localDay(fromMs, hours);
  for (let i = 0; i <= MAX_DAYS && day.start < toMs; i++) {
    for (const [open, close] of day.intervals) {
      const start = Math.max(open, fromMs);
      const end = Math.min(close, toMs);
      if (end > start) total += end - start;
    }
    day = nextDay(day, hours);
  }
  return total / MINUTE_MS;
}

/**
 * Open days from the day after the question up to and including the reply's day, in the brand's zone: a reply the
 * same day is 0, a Friday question answered on Monday (closed at the weekend) is 1. "Within 2 business days" is
 * kept when this is at most 2, the usual reading of a service level in working days (day of receipt not counted).
 */
export function businessDaysBetween(fromMs: number, toMs: number, hours: OpeningHours): number {
  const last = localDay(toMs, hours);
  let day = nextDay(localDay(fromMs, hours), hours);
  let count = 0;
  // An open day: one with an open interval (a weekday the brand works, not a holiday).
  for (let i = 0; i <= MAX_DAYS && day.start <= last.start; i++) {
    if (day.intervals.length > 0) count++;
    day = nextDay(day, hours);
  }
  return count;
}
