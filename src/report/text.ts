// The words of a report, in its language: rule titles and messages, evidence notes, collector notes, category
// titles. Every formatter renders text through these and the Translator; none reads a catalogue key by hand.
import type { Translator } from '../locale/translator.js';
import type { Evidence, EvidenceNote, RuleResult, RuleStatus } from '../rules/types.js';
import { noteKey, type Note } from '../snapshot/types.js';

/** Title keys tried per status: a warning's own title (when its finding is milder than a failure's), then the rest. */
const TITLE_KEYS: Record<RuleStatus, string[]> = {
  pass: ['title'],
  na: ['title'],
  warn: ['warningTitle', 'failureTitle', 'title'],
  fail: ['failureTitle', 'title'],
  error: ['failureTitle', 'title'],
};

/**
 * The rule's title: its positive title when it passes or does not apply, its failure title when it fails, and on a
 * warning its warning title where the catalogue has one (so the title says what the finding says: "only through
 * the header and footer", not "not at all"). A rule no catalogue knows (a report from another version) keeps its id.
 */
export function ruleTitle(tr: Translator, rule: { id: string; status: RuleStatus }): string {
  for (const which of TITLE_KEYS[rule.status] ?? TITLE_KEYS.fail) {
    const key = `rules.${rule.id}.${which}`;
    if (tr.has(key)) return tr.t(key);
  }
  return rule.id;
}

/** What the rule found, from its message id and data. */
export function ruleMessage(tr: Translator, rule: Pick<RuleResult, 'id' | 'messageId' | 'data'>): string {
  return tr.t(messageKey(tr, rule.id, rule.messageId), rule.data);
}

/** The rule's description (what it checks, and the source of its figures). */
export function ruleDescription(tr: Translator, ruleId: string): string {
  return tr.t(`rules.${ruleId}.description`);
}

/** An evidence note of a rule, in words. */
export function noteText(tr: Translator, ruleId: string, note: EvidenceNote): string {
  return tr.t(messageKey(tr, ruleId, note.id), note.data);
}

/**
 * One evidence line: the rule's note, then what was seen there ("note — snippet"), or undefined when neither.
 * `quote` dresses the snippet (scraped text) the way the format shows quotations; it is left as it is by default.
 */
export function evidenceText(
  tr: Translator,
  ruleId: string,
  evidence: Evidence,
  quote: (snippet: string) => string = (snippet) => snippet,
): string | undefined {
  const note = evidence.note ? noteText(tr, ruleId, evidence.note) : undefined;
  const snippet = evidence.snippet ? quote(evidence.snippet) : undefined;
  if (note && snippet) return `${note} — ${snippet}`;
  return note ?? snippet;
}

/**
 * A collector's note (why an account is official, what a source could not read, why a page failed), from its
 * catalogue key (`collect.<code>`; every `http-<status>` shares `collect.http-status`).
 */
export function collectorNote(tr: Translator, note: Note): string {
  return tr.t(noteKey(note.code), note.data);
}

/**
 * The rule set's title: a bundled preset's title in the report's language; a user's rule set keeps the title its
 * author wrote (it is their text, in their language).
 */
export function ruleSetTitle(tr: Translator, ruleSet: { id: string; title: string; source: string }): string {
  const key = `report.header.presetTitle.${ruleSet.id}`;
  return ruleSet.source === ruleSet.id && tr.has(key) ? tr.t(key) : ruleSet.title;
}

/** A category's title; a category no catalogue knows (from a custom rule set) keeps its id. */
export function categoryTitle(tr: Translator, id: string): string {
  const key = `categories.${id}.title`;
  return tr.has(key) ? tr.t(key) : id;
}

/** A rule's message key: its own message, else the one rules share (runner and common messages). */
function messageKey(tr: Translator, ruleId: string, messageId: string): string {
  const own = `rules.${ruleId}.messages.${messageId}`;
  return tr.has(own) ? own : `rules._common.messages.${messageId}`;
}
