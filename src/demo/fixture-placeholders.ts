// Placeholders in fixture text files ({{origin:HOST}}, {{date:OFFSET:FORMAT}}), so the sites stay port-independent
// and evergreen: "last updated" dates move with today instead of going stale in the repository.

export type DateFormat = 'iso' | 'fr' | 'en' | 'de' | 'es' | 'frnum' | 'datetime' | 'graph' | 'epoch';
export const DATE_FORMATS: readonly DateFormat[] = ['iso', 'fr', 'en', 'de', 'es', 'frnum', 'datetime', 'graph', 'epoch'];
/** Formats that carry a time of day, and so accept a time shift. */
const TIMED_FORMATS: readonly DateFormat[] = ['datetime', 'graph', 'epoch'];

/**
 * The hour (UTC) a `datetime` date starts from. A fixed hour of the calendar day, not the current time, keeps every
 * rendered timestamp identical all day long, so two requests of one audit always agree on a post's time; 09:00 leaves
 * room for earlier and later times on the same day.
 */
export const DATETIME_BASE_HOUR = 9;

const MONTHS: Record<'fr' | 'en' | 'es', string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * The calendar date `offsetDays` from `now` (UTC calendar days; negative = past), written in `format`:
 * iso 2026-10-08, fr "8 octobre 2026" (French typography writes the first of the month "1er"), en "October 8, 2026",
 * de 08.10.2026, es "8 de octubre de 2026", frnum 08/10/2026, datetime 2026-10-08T09:00:00.000Z (see DATETIME_BASE_HOUR)
 * moved by `offsetMinutes` (it may cross into another day); graph is that time as the Graph API writes it
 * (2026-10-08T09:00:00+0000), epoch in seconds since 1970 (X's `x-rate-limit-reset`).
 */
export function formatFixtureDate(now: Date, offsetDays: number, format: DateFormat, offsetMinutes = 0): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offsetDays));
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  switch (format) {
    case 'datetime':
      return new Date(d.getTime() + (DATETIME_BASE_HOUR * 60 + offsetMinutes) * 60_000).toISOString();
    case 'graph':
      return new Date(d.getTime() + (DATETIME_BASE_HOUR * 60 + offsetMinutes) * 60_000).toISOString().replace(/\.\d{3}Z$/, '+0000');
    case 'epoch':
      return String(Math.floor((d.getTime() + (DATETIME_BASE_HOUR * 60 + offsetMinutes) * 60_000) / 1000));
    case 'iso':
      return `${y}-${pad2(m + 1)}-${pad2(day)}`;
    case 'fr':
      return `${day === 1 ? '1er' : day} ${MONTHS.fr[m]} ${y}`;
    case 'en':
      return `${MONTHS.en[m]} ${day}, ${y}`;
    case 'de':
      return `${pad2(day)}.${pad2(m + 1)}.${y}`;
    case 'es':
      return `${day} de ${MONTHS.es[m]} de ${y}`;
    case 'frnum':
      return `${pad2(day)}/${pad2(m + 1)}/${y}`;
  }
}

export interface PlaceholderContext {
  /** Port the fixture server listens on; every origin is http://HOST:PORT. */
  port: number;
  /** "Today" for date placeholders. */
  now: Date;
}

// Hostnames are lower-case labels; anything else inside {{origin:…}} is a typo and is left visible.
const PLACEHOLDER = /\{\{(origin|date):([^{}]*)\}\}/g;
const HOSTNAME = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;
// OFFSET:FORMAT, plus for `datetime`, `graph` and `epoch` an optional time shift: +2h15m, -3h, +45m (sign required, hours ≤ 999).
const DATE_ARGS = /^([+-]?\d{1,6}):([a-z]+)(?::([+-])(?:(\d{1,3})h)?(?:(\d{1,4})m)?)?$/;

/**
 * Replaces `{{origin:HOST}}` with `http://HOST:PORT` and `{{date:OFFSET:FORMAT}}` with a formatted date
 * (`{{date:OFFSET:datetime:±XhYm}}` for an ISO timestamp shifted from 09:00 UTC; `graph` and `epoch` likewise).
 * A malformed placeholder is left as written, so a fixture typo shows up in the page (and in the fixture lint test)
 * instead of silently becoming an empty string.
 */
export function renderPlaceholders(text: string, ctx: PlaceholderContext): string {
  return text.replace(PLACEHOLDER, (whole, kind: string, arg: string) => {
    if (kind === 'origin') {
      return HOSTNAME.test(arg) ? `http://${arg}:${ctx.port}` : whole;
    }
    const m = DATE_ARGS.exec(arg);
    if (!m || !(DATE_FORMATS as readonly string[]).includes(m[2])) return whole;
    const shifted = m[3] !== undefined;
    // A time shift only means something for a time of day, and "+" alone (no hours, no minutes) is a typo.
    if (shifted && (!TIMED_FORMATS.includes(m[2] as DateFormat) || (m[4] === undefined && m[5] === undefined))) return whole;
    const minutes = shifted ? (m[3] === '-' ? -1 : 1) * (Number(m[4] ?? 0) * 60 + Number(m[5] ?? 0)) : 0;
    return formatFixtureDate(ctx.now, Number(m[1]), m[2] as DateFormat, minutes);
  });
}

/** Placeholders in `text` that renderPlaceholders would leave untouched (for linting fixture files). */
export function invalidPlaceholders(text: string): string[] {
  const bad: string[] = [];
  for (const m of text.matchAll(/\{\{[^{}]*\}\}/g)) {
    const rendered = renderPlaceholders(m[0], { port: 1, now: new Date(0) });
    if (rendered === m[0]) bad.push(m[0]);
  }
  return bad;
}
