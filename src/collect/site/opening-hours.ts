// Opening hours a site states: schema.org JSON-LD (openingHoursSpecification, openingHours, a ContactPoint's
// hoursAvailable) and sentences in fr/en/de/es ("du lundi au vendredi de 9h à 18h", "Mo–Fr 8–20 Uhr",
// "de lunes a viernes de 9:00 a 18:00", "Monday to Friday, 9am–6pm"); and the pick of the site's hours for the audit.
import type { BusinessHoursRecord, OpeningHoursFinding, OpeningInterval, PageRecord } from '../../snapshot/types.js';
import { parseLenient } from './scripts.js';
import { foldAligned, foldText, snippet } from './text.js';

const SCHEMA_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Day words (accent-folded, lower-case) → ISO weekday, in the four languages. Two-letter forms only in ranges. */
const DAY_WORDS: Record<string, number> = {
  lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7,
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7,
  montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonntag: 7,
  lunes: 1, martes: 2, miercoles: 3, jueves: 4, viernes: 5, sabado: 6, domingo: 7,
  lun: 1, mar: 2, mer: 3, jeu: 4, ven: 5, sam: 6, dim: 7,
};
const SHORT_DAYS: Record<string, number> = { mo: 1, tu: 2, we: 3, th: 4, fr: 5, sa: 6, su: 7, di: 2, mi: 3, do: 4, so: 7 };

const LONG_DAY = `(?:${Object.keys(DAY_WORDS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const ANY_DAY = `(?:${LONG_DAY}|${Object.keys(SHORT_DAYS).join('|')})\\.?`;
const TO = '(?:-|–|—|au|a|to|through|thru|until|till|bis|al)';
const TIME = '(\\d{1,2})(?:\\s*[:h.]\\s*(\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.|h|uhr)?';
// "du lundi au vendredi de 9h à 18h", "Mo–Fr 8–20 Uhr", "Monday to Friday, 9am–6pm", "lunes a viernes de 9:00 a 18:00".
const SPAN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:du |from |von |de |del )?(${LONG_DAY}|(${ANY_DAY})(?=\\s*[-–]\\s*${ANY_DAY}))(?:\\s*${TO}\\s*(${ANY_DAY}))?` +
    `\\s*[,:]?\\s*(?:de |from |von |between |entre |, )?\\s*${TIME}\\s*(?:-|–|—|a|to|until|till|bis|y|and|et|und)\\s*${TIME}(?![\\p{L}\\p{N}])`,
  'gu',
);

// What every SPAN match contains, as a plain pattern: a time, a range word, a digit ("9h à 18h", "8–20", "9am-6pm").
const TIME_RANGE = /\d(?:\s*[:h.]\s*\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|h|uhr)?\s*(?:-|–|—|a|to|until|till|bis|y|and|et|und)\s*\d/;
const DIGIT = /\d/;

// A second span of the same days: "de 9 h à 12 h et de 14 h à 19 h", "9–12 und 14–18 Uhr".
const MORE = new RegExp(`^\\s*(?:,|et|and|und|y)\\s*(?:de |from |von |)?\\s*${TIME}\\s*(?:-|–|—|a|to|until|till|bis|y)\\s*${TIME}(?![\\p{L}\\p{N}])`, 'u');

function dayOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const w = word.replace(/\.$/, '').trim();
  return DAY_WORDS[w] ?? SHORT_DAYS[w];
}

/** "9", "30", "pm" → "21:30"; undefined when not a time of day. */
function clock(hour: string, minute: string | undefined, suffix: string | undefined): string | undefined {
  let h = Number(hour);
  const m = minute === undefined ? 0 : Number(minute);
  const s = (suffix ?? '').replace(/\./g, '');
  if (s === 'pm' && h < 12) h += 12;
  if (s === 'am' && h === 12) h = 0;
  if (h > 24 || m > 59 || (h === 24 && m > 0)) return undefined;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Every ISO weekday from `from` to `to`, wrapping over the week's end (sat–mon). */
function dayRange(from: number, to: number): number[] {
  const days: number[] = [];
  for (let d = from, n = 0; n < 7; d = (d % 7) + 1, n++) {
    days.push(d);
    if (d === to) break;
  }
  return days;
}

function add(weekly: OpeningInterval[], days: number[], opens: string | undefined, closes: string | undefined): void {
  if (!opens || !closes || opens >= closes) return;
  for (const day of days) if (!weekly.some((i) => i.day === day && i.opens === opens && i.closes === closes)) weekly.push({ day, opens, closes });
}

function sortWeek(weekly: OpeningInterval[]): OpeningInterval[] {
  return weekly.sort((a, b) => a.day - b.day || (a.opens < b.opens ? -1 : 1));
}

/**
 * Start and end of each line of `text`, as text.split(/\n+/) cuts it: a run of line breaks ends a line, the next
 * starts after it. Found with indexOf, without a match array per line.
 */
function lineSpans(text: string): number[] {
  const lines: number[] = [];
  let from = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', from)) {
    lines.push(from, at);
    from = at + 1;
    while (text.charCodeAt(from) === 10) from++;
  }
  lines.push(from, text.length);
  return lines;
}
// TIME_RANGE searched through a whole text: a match may run over a line break, so it marks every line it touches.
const TIME_RANGE_ANYWHERE = new RegExp(TIME_RANGE.source, 'g');

/**
 * Opening hours in a sentence; undefined when none is stated. `folded` is the text's foldAligned, when it folds
 * character for character: then only the lines a time range reaches are read, each folded as its part of the whole.
 */
export function findTextHours(text: string, folded: string | undefined = foldAligned(text)): OpeningHoursFinding | undefined {
  if (folded === undefined) {
    for (const line of text.split(/\n+/)) {
      // SPAN needs a range of times: most lines (and all without a digit, which folding never creates) fail this
      // plain test, and skip the folding and SPAN's look-behind and day names tried at every position.
      if (!DIGIT.test(line)) continue;
      const found = hoursIn(line, foldText(line));
      if (found) return found;
    }
    return undefined;
  }
  // The lines are cut only once a time range is found (most pages state none).
  let lines: number[] | undefined;
  let i = 0;
  TIME_RANGE_ANYWHERE.lastIndex = 0;
  for (let m = TIME_RANGE_ANYWHERE.exec(folded); m && i < (lines ??= lineSpans(text)).length; m = TIME_RANGE_ANYWHERE.exec(folded)) {
    const end = m.index + m[0].length;
    while (i < lines.length && lines[i + 1] <= m.index) i += 2;
    for (; i < lines.length && lines[i] < end; i += 2) {
      const line = text.slice(lines[i], lines[i + 1]);
      if (!DIGIT.test(line)) continue;
      const found = hoursIn(line, folded.slice(lines[i], lines[i + 1]));
      if (found) return found;
    }
  }
  return undefined;
}

/** The opening hours one line states (`folded` is its foldText), or undefined. */
function hoursIn(line: string, folded: string): OpeningHoursFinding | undefined {
  if (!TIME_RANGE.test(folded)) return undefined;
  const weekly: OpeningInterval[] = [];
  for (const m of folded.matchAll(SPAN)) {
    const from = dayOf(m[2] ?? m[1]);
    const to = dayOf(m[3]) ?? from;
    if (from === undefined || to === undefined) continue;
    // "9h-18h" with the second suffix only ("9-6pm") reads the first in the same half-day as the second.
    const days = dayRange(from, to);
    const closes = clock(m[7], m[8], m[9]);
    const opens = clock(m[4], m[5], m[6] ?? (m[9] === 'pm' && Number(m[4]) < Number(m[7]) ? 'pm' : undefined));
    add(weekly, days, opens, closes);
    let rest = folded.slice(m.index + m[0].length);
    for (let more = MORE.exec(rest); more; more = MORE.exec(rest)) {
      add(weekly, days, clock(more[1], more[2], more[3]), clock(more[4], more[5], more[6]));
      rest = rest.slice(more[0].length);
    }
  }
  return weekly.length > 0 ? { how: 'text', weekly: sortWeek(weekly), snippet: snippet(line) } : undefined;
}

/** "Mo-Fr 09:00-18:00", "Mo,We 10:00-12:00", "Sa 10:00-13:00" (schema.org openingHours). */
function parseOpeningHoursString(value: string, weekly: OpeningInterval[]): void {
  for (const part of value.split(/\s*;\s*|\s*\n\s*/)) {
    const m = /^\s*([A-Za-z,\s-]+?)\s+(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})\s*$/.exec(part);
    if (!m) continue;
    const days = m[1].split(',').flatMap((piece) => {
      const [a, b] = piece.trim().toLowerCase().split('-');
      const from = SHORT_DAYS[a] ?? DAY_WORDS[a];
      const to = b === undefined ? from : SHORT_DAYS[b] ?? DAY_WORDS[b];
      return from === undefined || to === undefined ? [] : dayRange(from, to);
    });
    add(weekly, days, clock(...(m[2].split(':') as [string, string]), undefined), clock(...(m[3].split(':') as [string, string]), undefined));
  }
}

function schemaDay(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value.replace(/^https?:\/\/schema\.org\//i, '').toLowerCase();
  const i = SCHEMA_DAYS.indexOf(name);
  return i < 0 ? undefined : i + 1;
}

/** "09:00:00" or "9:00" → "09:00". */
function schemaTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d{1,2}):(\d{2})/.exec(value);
  return m ? clock(m[1], m[2], undefined) : undefined;
}

function collectJsonLd(node: unknown, weekly: OpeningInterval[], depth = 0): void {
  if (depth > 20 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collectJsonLd(item, weekly, depth + 1);
    return;
  }
  const obj = node as Record<string, unknown>;
  for (const key of ['openingHoursSpecification', 'hoursAvailable']) {
    const specs = obj[key];
    for (const spec of Array.isArray(specs) ? specs : specs ? [specs] : []) {
      if (!spec || typeof spec !== 'object') continue;
      const s = spec as Record<string, unknown>;
      // A specification limited to a period (validFrom/validThrough) is a seasonal exception, not the usual week.
      if (s.validFrom !== undefined || s.validThrough !== undefined) continue;
      const days = (Array.isArray(s.dayOfWeek) ? s.dayOfWeek : [s.dayOfWeek]).map(schemaDay).filter((d): d is number => d !== undefined);
      add(weekly, days, schemaTime(s.opens), schemaTime(s.closes));
    }
  }
  const hours = obj.openingHours;
  for (const value of Array.isArray(hours) ? hours : [hours]) if (typeof value === 'string') parseOpeningHoursString(value, weekly);
  for (const [key, value] of Object.entries(obj)) if (key !== 'openingHoursSpecification' && key !== 'hoursAvailable') collectJsonLd(value, weekly, depth + 1);
}

/**
 * Opening hours in one JSON-LD script; undefined when it states none (or cannot be parsed). `data` is
 * parseLenient(script), when the caller parsed it already (it is read, never changed).
 */
export function findJsonLdHours(script: string, data: unknown = parseLenient(script)): OpeningHoursFinding | undefined {
  const weekly: OpeningInterval[] = [];
  collectJsonLd(data, weekly);
  if (weekly.length === 0) return undefined;
  const days = [...new Set(weekly.map((i) => i.day))];
  return { how: 'json-ld', weekly: sortWeek(weekly), snippet: snippet(`openingHours: ${days.length} days, ${weekly[0].opens}–${weekly[0].closes}`) };
}

/**
 * The time zone a site's language points to (a page rarely states its zone): the country of the region subtag, else
 * the language's main country. Undefined when the language says nothing of a place (plain `en`).
 */
export function zoneOfLanguage(lang: string | undefined): string | undefined {
  const [language, region] = (lang ?? '').toLowerCase().split(/[-_]/);
  const byRegion: Record<string, string> = {
    fr: 'Europe/Paris', be: 'Europe/Brussels', ch: 'Europe/Zurich', ca: 'America/Toronto', lu: 'Europe/Luxembourg',
    de: 'Europe/Berlin', at: 'Europe/Vienna', es: 'Europe/Madrid', mx: 'America/Mexico_City', ar: 'America/Argentina/Buenos_Aires',
    gb: 'Europe/London', uk: 'Europe/London', ie: 'Europe/Dublin', us: 'America/New_York', au: 'Australia/Sydney',
  };
  const byLanguage: Record<string, string> = { fr: 'Europe/Paris', de: 'Europe/Berlin', es: 'Europe/Madrid' };
  return (region ? byRegion[region] : undefined) ?? byLanguage[language];
}

const SUPPORT = new Set(['contact', 'customer-service', 'help', 'faq', 'help-centre']);

/**
 * The site's opening hours for the audit: JSON-LD before text, a contact or customer-service page before others, then
 * crawl order. Read in `timeZone` (the brand file's) when given, else in the zone of the page's language, else UTC.
 */
export function siteBusinessHours(pages: readonly PageRecord[], timeZone?: string): BusinessHoursRecord | undefined {
  const found = pages.filter((p) => !p.error && p.facts?.openingHours);
  const rank = (p: PageRecord): number => (p.facts!.openingHours!.how === 'json-ld' ? 0 : 2) + (p.kinds.some((k) => SUPPORT.has(k)) ? 0 : 1);
  const page = [...found].sort((a, b) => rank(a) - rank(b))[0];
  if (!page) return undefined;
  const hours = page.facts!.openingHours!;
  const guessed = zoneOfLanguage(page.lang);
  return {
    source: 'site',
    url: page.finalUrl ?? page.url,
    how: hours.how,
    snippet: hours.snippet,
    timeZone: timeZone ?? guessed ?? 'UTC',
    timeZoneFrom: timeZone ? 'brand-file' : guessed ? 'site-language' : 'default',
    weekly: hours.weekly,
    holidays: [],
  };
}
