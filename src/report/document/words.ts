// The document formats' words (HTML and Markdown chrome) and the words for coded values (statuses, bands,
// platforms…). Both formatters read text only through these and the Translator, so neither holds a sentence or
// picks a language by hand. Chrome keys are looked up in locales/<lang>/document.json (what only documents say),
// then in report.json (the chrome every format shares: headers, status words, section titles…).
import type { Translator, MessageData } from '../../locale/translator.js';
import type { RuleStatus } from '../../rules/types.js';
import type { Band } from '../types.js';
import { noteKey, type Note } from '../../snapshot/types.js';
import { collectorNote } from '../text.js';
import { cleanText } from '../sanitize.js';

/** Statuses in the order the overview counts and the legend list them. */
export const STATUSES: readonly RuleStatus[] = ['pass', 'warn', 'fail', 'na', 'error'];

/** The catalogue key of a chrome message: the document's own (`document.<key>`), else the shared `report.<key>`. */
function chromeKey(tr: Translator, key: string): string {
  return tr.has(`document.${key}`) ? `document.${key}` : `report.${key}`;
}

/**
 * A chrome message (`document.<key>`, else `report.<key>`), placeholders filled from `data`; plain text, not yet
 * escaped.
 * String values are inserted verbatim: the chrome's values are scraped text, already formatted figures and dates,
 * or words already chosen, so none may be reread as a date or a coded term. Numbers are formatted by the message
 * (plurals, the language's separators).
 */
export function doc(tr: Translator, key: string, data?: MessageData): string {
  if (!data) return tr.t(chromeKey(tr, key));
  const verbatim: string[] = [];
  const prepared: MessageData = {};
  for (const [name, value] of Object.entries(data)) {
    if (typeof value !== 'string') prepared[name] = value;
    else {
      prepared[name] = `\uE000${verbatim.length}\uE001`;
      verbatim.push(value);
    }
  }
  const text = tr.t(chromeKey(tr, key), prepared);
  return verbatim.length === 0 ? text : text.replace(/\uE000(\d+)\uE001/g, (_, i: string) => verbatim[Number(i)]);
}

/** A rule status that is known, or `na` for anything a hand-edited report may hold. */
export function knownStatus(status: string): RuleStatus {
  return (STATUSES as readonly string[]).includes(status) ? (status as RuleStatus) : 'na';
}

/** The status word of a rule ("FAIL", "ÉCHEC"), readable without colour. */
export function statusWord(tr: Translator, status: string): string {
  return doc(tr, `status.${knownStatus(status)}`);
}

/** The band word ("average", "moyen"), or the "not scored" sentence when the report has no band. */
export function bandWord(tr: Translator, band: Band | null): string {
  return band ? tr.term('band', band) : doc(tr, 'score.none');
}

/** A platform's name as the platform spells it ("YouTube", "X"); an unknown id is shown as given. */
export function platformLabel(tr: Translator, platform: string): string {
  return tr.term('platform', platform);
}

/** Where on a page a link sat ("footer", "pied de page"); an unknown placement is shown as given. */
export function placementWord(tr: Translator, placement: string): string {
  return tr.term('placement', placement);
}

/** The word for a social source's status ("partly read", "lu en partie"). */
export function socialStatusWord(tr: Translator, status: string): string {
  return tr.term('status', status);
}

/** A response-time bucket's label ("under 1 h", "moins d’1 h"). */
export function bucketWord(tr: Translator, bucket: string): string {
  return tr.term('bucket', bucket);
}

/**
 * A collector's note in words (why an account is official, why a page failed, what a source could not read); a code
 * no catalogue knows (from an older or newer tool) is shown as its code rather than as a catalogue key.
 */
export function noteWords(tr: Translator, note: Note): string {
  return tr.has(noteKey(note.code)) ? collectorNote(tr, note) : note.code;
}

/** "Label: value" with the language's punctuation (a narrow no-break space before the colon in French). */
export function labelled(tr: Translator, label: string, value: string): string {
  return doc(tr, 'labelled', { label, value });
}

const valid = (iso: string | null | undefined): iso is string => !!iso && !Number.isNaN(new Date(iso).getTime());

/** A timestamp as the language writes it, in UTC; an unparsable value (a hand-edited report) is shown as given. */
export function dateTimeText(tr: Translator, iso: string | null | undefined): string {
  return valid(iso) ? tr.dateTime(iso) : cleanText(iso);
}

/** A calendar day as the language writes it; an unparsable value is shown as given. */
export function dayText(tr: Translator, iso: string | null | undefined): string {
  return valid(iso) ? tr.day(iso) : cleanText(iso);
}

/** A short day without the year, for chart axes; an unparsable value is shown as given. */
export function shortDayText(tr: Translator, iso: string | null | undefined): string {
  return valid(iso) ? tr.shortDay(iso) : cleanText(iso);
}
