// Rule views both document formats share: rules grouped by category, in reading order, the failing ones, and the
// rules that could not be judged grouped by their (shared) reason. Everything is read from the report's view facts
// (categories, severity, gain): nothing here scores or ranks by itself.
import type { Translator } from '../../locale/translator.js';
import type { EvidenceNote, RuleResult } from '../../rules/types.js';
import type { AuditReport, CategoryScore } from '../types.js';
import { categoryTitle, noteText, ruleMessage as messageText, ruleTitle as titleText } from '../text.js';
import { doc } from './words.js';

/** A category with its rules; `category` is null for the rules of no listed category (shown last, as "Other rules"). */
export interface CategoryGroup {
  title: string;
  category: CategoryScore | null;
  rules: RuleResult[];
}

/** The report's rules by category, in the report's category order; categories without rules are left out. */
export function groupRules(tr: Translator, report: AuditReport): CategoryGroup[] {
  const byId = new Map(report.rules.map((r) => [r.id, r]));
  const shown = new Set<string>();
  const groups: CategoryGroup[] = [];
  for (const category of report.categories) {
    const rules = category.rules.map((id) => byId.get(id)).filter((r): r is RuleResult => r !== undefined && !shown.has(r.id));
    rules.forEach((r) => shown.add(r.id));
    if (rules.length > 0) groups.push({ title: categoryTitle(tr, category.id), category, rules });
  }
  const others = report.rules.filter((r) => !shown.has(r.id));
  if (others.length > 0) groups.push({ title: doc(tr, 'category.other'), category: null, rules: others });
  return groups;
}

/** A rule's title in the rendering language; a rule no catalogue knows keeps its id (text.ts). */
export const ruleTitle = titleText;

/** What the rule found, in the rendering language; a message no catalogue knows is shown as its id. */
export function ruleMessage(tr: Translator, rule: Pick<RuleResult, 'id' | 'messageId' | 'data'>): string {
  const known = tr.has(`rules.${rule.id}.messages.${rule.messageId}`) || tr.has(`rules._common.messages.${rule.messageId}`);
  return known ? messageText(tr, rule) : rule.messageId;
}

/** Rules in reading order: by the report's severity (findings first), then the points they could still gain. */
export function bySeverity(rules: readonly RuleResult[]): RuleResult[] {
  return [...rules].sort((a, b) => a.severity - b.severity || b.gain - a.gain);
}

/** A finding (a card of its own): a rule that failed, only partly passed or could not run; pass and na rules are rows. */
export function isFinding(rule: Pick<RuleResult, 'status'>): boolean {
  return rule.status === 'fail' || rule.status === 'warn' || rule.status === 'error';
}

/** Rules that failed or only partly passed, most serious first: the client's to-do list. */
export function failingRules(report: AuditReport): RuleResult[] {
  return bySeverity(report.rules.filter((r) => r.status === 'fail' || r.status === 'warn'));
}

/** The titles of rules that share one message (in the rendering language), in first-seen order. */
export interface MessageGroup {
  titles: string[];
  message: string;
}

/**
 * Rules grouped by their message as rendered (a dozen social rules often give the same "no social account was
 * read" reason): each message once, with the titles of the rules that gave it.
 */
export function groupByMessage(tr: Translator, rules: readonly RuleResult[]): MessageGroup[] {
  const groups = new Map<string, string[]>();
  for (const rule of rules) {
    const message = ruleMessage(tr, rule);
    const titles = groups.get(message) ?? [];
    titles.push(ruleTitle(tr, rule));
    groups.set(message, titles);
  }
  return [...groups].map(([message, titles]) => ({ titles, message }));
}

/** A rule's remark on one piece of evidence, in words; a note no catalogue knows is shown as its id. */
export function evidenceNote(tr: Translator, rule: Pick<RuleResult, 'id'>, note: EvidenceNote): string {
  const known = tr.has(`rules.${rule.id}.messages.${note.id}`) || tr.has(`rules._common.messages.${note.id}`);
  return known ? noteText(tr, rule.id, note) : note.id;
}

/** What to do about a failing rule (the catalogue's `fix`), or undefined when the catalogue gives none. */
export function ruleFix(tr: Translator, rule: Pick<RuleResult, 'id'>): string | undefined {
  const key = `rules.${rule.id}.fix`;
  return tr.has(key) ? tr.t(key) : undefined;
}
