// Renders catalogue messages and figures in one language: ICU MessageFormat for messages, Intl for numbers,
// percentages, dates, durations and lists. Formatters get one Translator and never format a figure by hand.
import { IntlMessageFormat, type Formatters } from 'intl-messageformat';
import { loadCatalogue, type Catalogue } from './catalogue.js';
import type { Lang } from './langs.js';

export type MessageData = Record<string, unknown>;

export interface Translator {
  readonly lang: Lang;
  /** The message under `key`, its placeholders filled from `data`; the key itself when no catalogue has it. */
  t(key: string, data?: MessageData): string;
  /** Whether the catalogue has `key`. */
  has(key: string): boolean;
  /** The catalogue's word for a coded value (`terms.<kind>.<value>`), or the value itself when it has none. */
  term(kind: string, value: string): string;
  /** A number with at most `maxDecimals` decimals, grouped the language's way. */
  number(n: number, maxDecimals?: number): string;
  /** A 0..1 ratio as a percentage ("37 %" in French). */
  percent(ratio: number, maxDecimals?: number): string;
  /** A date and time in UTC ("4 Dec 2026, 22:10 UTC"). */
  dateTime(iso: string): string;
  /** A calendar day ("4 Dec 2026"). */
  day(iso: string): string;
  /** A short day without the year ("4 Dec"), for chart axes. */
  shortDay(iso: string): string;
  /** A delay in minutes as the language writes it ("2 hr 5 min", "2 h 5 min", "3 T. 4 Std."). */
  duration(minutes: number): string;
  /** Items joined as a list ("a, b and c"). */
  list(items: string[]): string;
}

// intl-messageformat AST element types (see @formatjs/icu-messageformat-parser TYPE).
const ARGUMENT = 1;
const SELECT = 5;
const PLURAL = 6;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

// ICU date styles in UTC: audit times are UTC instants, and a yyyy-mm-dd date must not show the day before west
// of Greenwich.
const UTC_FORMATS = {
  date: {
    short: { timeZone: 'UTC', year: '2-digit', month: 'numeric', day: 'numeric' },
    medium: { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' },
    long: { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' },
    full: { timeZone: 'UTC', weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
  },
  time: {
    short: { timeZone: 'UTC', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' },
    medium: { timeZone: 'UTC', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23' },
  },
} as const;

/**
 * intl-messageformat resolves the locale of every message it compiles (Intl.NumberFormat.supportedLocalesOf, then a new
 * Intl.Locale: ~3 ms of CPU for the ~100 messages of a terminal report), though all of a translator's messages have one
 * language. The answer depends on the locale string alone, and an Intl.Locale cannot be changed: one is kept per string.
 */
const resolveLocale = IntlMessageFormat.resolveLocale;
const resolvedLocales = new Map<string, Intl.Locale | undefined>();
IntlMessageFormat.resolveLocale = (locales) => {
  if (typeof locales !== 'string') return resolveLocale(locales);
  if (!resolvedLocales.has(locales)) resolvedLocales.set(locales, resolveLocale(locales));
  return resolvedLocales.get(locales);
};

interface Compiled {
  format: IntlMessageFormat;
  /** Placeholders used bare ("{count}"), whose numbers and dates are formatted here rather than by ICU. */
  bare: Set<string>;
  /** Every placeholder, with whether ICU needs a number for it (number, plural). */
  numeric: Map<string, boolean>;
}

const translators = new Map<Lang, Translator>();

/** The translator of one language (cached: compiled messages are reused across reports). */
export function translator(lang: Lang): Translator {
  const hit = translators.get(lang);
  if (hit) return hit;
  const made = createTranslator(lang, loadCatalogue(lang));
  translators.set(lang, made);
  return made;
}

/** A translator over a given catalogue (tests build small ones). */
export function createTranslator(lang: Lang, catalogue: Catalogue): Translator {
  const compiled = new Map<string, Compiled>();
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const percentFormats = new Map<number, Intl.NumberFormat>();
  const units = new Map<string, Intl.NumberFormat>();
  // Made on first use: each costs ~0.5-3 ms to build (the first of its kind loads ICU data), and a report may need
  // none (the terminal report has no list and no chart axis).
  let lists: Intl.ListFormat | undefined;
  let dateTimeFormat: Intl.DateTimeFormat | undefined;
  let dayFormat: Intl.DateTimeFormat | undefined;
  let shortDayFormat: Intl.DateTimeFormat | undefined;
  const formatters = sharedFormatters();

  const numberFormat = (max: number): Intl.NumberFormat => {
    let f = numberFormats.get(max);
    if (!f) numberFormats.set(max, (f = new Intl.NumberFormat(lang, { maximumFractionDigits: max })));
    return f;
  };
  const unit = (name: string): Intl.NumberFormat => {
    let f = units.get(name);
    if (!f) units.set(name, (f = new Intl.NumberFormat(lang, { style: 'unit', unit: name, unitDisplay: 'short' })));
    return f;
  };

  const self: Translator = {
    lang,
    has: (key) => catalogue.has(key),
    term(kind, value) {
      for (const k of termKinds(kind)) {
        const word = catalogue.get(`terms.${k}.${value}`);
        if (word !== undefined) return word;
      }
      return value;
    },
    number: (n, maxDecimals = 1) => numberFormat(maxDecimals).format(n),
    percent(ratio, maxDecimals = 0) {
      let f = percentFormats.get(maxDecimals);
      if (!f) percentFormats.set(maxDecimals, (f = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: maxDecimals })));
      return f.format(ratio);
    },
    dateTime: (iso) =>
      `${(dateTimeFormat ??= new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC', hourCycle: 'h23' })).format(new Date(iso))} UTC`,
    day: (iso) => (dayFormat ??= new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' })).format(new Date(iso)),
    shortDay: (iso) => (shortDayFormat ??= new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' })).format(new Date(iso)),
    duration(minutes) {
      const m = Math.round(minutes);
      if (m < 60) return unit('minute').format(m);
      if (m < 48 * 60) {
        const h = Math.floor(m / 60);
        const rest = m % 60;
        return rest === 0 ? unit('hour').format(h) : `${unit('hour').format(h)} ${unit('minute').format(rest)}`;
      }
      const d = Math.floor(m / (24 * 60));
      const h = Math.floor((m % (24 * 60)) / 60);
      return h === 0 ? unit('day').format(d) : `${unit('day').format(d)} ${unit('hour').format(h)}`;
    },
    list: (items) =>
      lang === 'en' && items.every((item) => typeof item === 'string')
        ? englishList(items)
        : (lists ??= new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' })).format(items),
    t(key, data = {}) {
      const text = catalogue.get(key);
      if (text === undefined) return key;
      let c = compiled.get(key);
      if (!c) {
        // ignoreTag: scraped snippets and messages may hold "<" and ">" that are not markup.
        const format = new IntlMessageFormat(text, lang, UTC_FORMATS, { ignoreTag: true, formatters });
        c = { format, bare: bareArguments(format.getAst()), numeric: argumentKinds(format.getAst()) };
        compiled.set(key, c);
      }
      const values = prepare(self, data, c.bare, c.numeric);
      // A report saved by another version may lack a value: show a dash rather than fail the whole report.
      let patched = false;
      for (const [name, numeric] of c.numeric) {
        if (name in values) continue;
        values[name] = numeric ? Number.NaN : '—';
        patched = true;
      }
      const out = c.format.format(values);
      const rendered = Array.isArray(out) ? out.join('') : String(out);
      return patched ? rendered.replace(/NaN(?:[\u00a0\u202f]?%)?/g, '—') : rendered;
    },
  };
  return self;
}

/**
 * An English list as ICU's long conjunction writes it ("a", "a and b", "a, b, and c"), without an Intl.ListFormat:
 * the first one of a process makes V8 list every ICU locale with list patterns (~3-4 ms of CPU, the demo's terminal
 * report). English's patterns have no exceptions; the other languages' have some (Spanish "y" becomes "e" before an
 * "i" sound) and keep ICU's. tests/locale/translator.test.ts compares both.
 */
export function englishList(items: readonly string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')}, and ${items[items.length - 1]}`;
}

/** `make`, called once per distinct list of arguments (compared as JSON, as intl-messageformat's own cache does). */
function memoised<A extends unknown[], T>(make: (...args: A) => T): (...args: A) => T {
  const made = new Map<string, T>();
  return (...args) => {
    const key = JSON.stringify(args);
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(...args)));
    return value;
  };
}

/**
 * The ICU formatters every message of one translator shares. Without them, each IntlMessageFormat builds its own: a
 * terminal report built ~20 identical plural rule sets (~0.2 ms each) and ~30 number formats.
 */
function sharedFormatters(): Formatters {
  return {
    getNumberFormat: memoised((...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args)),
    getDateTimeFormat: memoised((...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args)),
    getPluralRules: memoised((...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args)),
  };
}

/**
 * Readies data for ICU: codes become the catalogue's words (terms.<key>.<value>), account ids `platform:handle`
 * become "Platform handle", lists are joined, delays in
 * minutes (keys ending in "Minutes") become durations, null is a dash; numbers and dates used bare are formatted
 * the language's way (ICU would print them raw). Only the values the message shows (`used`, its placeholders): rule
 * data carries more than most of its messages say, and a list or a duration formatted for nothing built its ICU
 * formatter for nothing too (a terminal report's first list format, ~2-3 ms).
 */
function prepare(tr: Translator, data: MessageData, bare: Set<string>, used: ReadonlyMap<string, boolean>): Record<string, string | number | Date> {
  const out: Record<string, string | number | Date> = {};
  for (const [key, value] of Object.entries(data)) {
    if (!used.has(key)) continue;
    const v = prepareValue(tr, key, value);
    if (bare.has(key) && typeof v === 'number') out[key] = tr.number(v, 2);
    else if (bare.has(key) && v instanceof Date) out[key] = tr.day(v.toISOString());
    else out[key] = v;
  }
  return out;
}

function prepareValue(tr: Translator, key: string, value: unknown): string | number | Date {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return key.endsWith('Minutes') ? tr.duration(value) : value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') {
    const word = tr.term(key, value);
    if (word !== value) return word;
    const account = accountName(tr, value);
    if (account) return account;
    if (!ISO_DATE.test(value)) return value;
    // Looks like a date but may not be one ("2025-13-45" in an error text): only a real date becomes a Date.
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : date;
  }
  if (Array.isArray(value)) {
    const items = value
      .filter((v) => ['string', 'number'].includes(typeof v))
      .map((v) => {
        const word = tr.term(key, String(v));
        return word === String(v) ? (accountName(tr, word) ?? word) : word;
      });
    return tr.list(items);
  }
  return '';
}

/** An account as rules name it in their data, `platform:handle`, with a known platform; `http://…` never matches. */
const ACCOUNT_ID = /^([a-z][a-z0-9-]*):([^\s/:][^\s/]*)$/;

/** "Facebook maisonexemple" for the account id "facebook:maisonexemple"; undefined for anything else. */
function accountName(tr: Translator, value: string): string | undefined {
  const match = ACCOUNT_ID.exec(value);
  if (!match) return undefined;
  const platform = tr.term('platform', match[1]);
  return platform === match[1] ? undefined : `${platform} ${match[2]}`;
}

/**
 * The term kinds a data key may name: itself, its singular, and its last camelCase word (singular too), so
 * `platform`, `platforms` and `missingPlatforms` all read terms/platform.json.
 */
function termKinds(key: string): string[] {
  const last = /[A-Z][a-z]*$/.exec(key)?.[0].toLowerCase();
  const kinds = [key, key.replace(/s$/, '')];
  if (last) kinds.push(last, last.replace(/s$/, ''));
  return [...new Set(kinds)];
}

interface AstNode {
  type: number;
  value?: string;
  options?: Record<string, { value: AstNode[] }>;
}

// Element types that take a number (number 2, plural 6).
const NUMERIC = new Set([2, PLURAL]);

function argumentKinds(ast: unknown): Map<string, boolean> {
  const kinds = new Map<string, boolean>();
  const walk = (nodes: AstNode[]): void => {
    for (const node of nodes) {
      if (node.type >= ARGUMENT && node.type <= PLURAL && node.value) kinds.set(node.value, (kinds.get(node.value) ?? false) || NUMERIC.has(node.type));
      if (node.options) for (const option of Object.values(node.options)) walk(option.value);
    }
  };
  walk(ast as AstNode[]);
  return kinds;
}

function bareArguments(ast: unknown): Set<string> {
  const names = new Set<string>();
  const walk = (nodes: AstNode[]): void => {
    for (const node of nodes) {
      if (node.type === ARGUMENT && node.value) names.add(node.value);
      if ((node.type === SELECT || node.type === PLURAL) && node.options) {
        for (const option of Object.values(node.options)) walk(option.value);
      }
    }
  };
  walk(ast as AstNode[]);
  return names;
}
