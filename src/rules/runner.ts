// Runs a resolved rule set over a snapshot: merges options, turns missing inputs into na and throws into error.
import type { BrandSnapshot } from '../snapshot/types.js';
import type { RuleSet } from '../config/rule-set.js';
import type { Requirement, Rule, RuleOutcome, RuleResult } from './types.js';
import { getRule } from './index.js';
import { renderTemplate } from './template.js';

export type Lang = 'en' | 'fr';

/** Evaluates every rule of the set, in the set's order. Never throws for a rule's own failure. */
export function runRules(snapshot: BrandSnapshot, ruleSet: RuleSet, lang: Lang): RuleResult[] {
  const results: RuleResult[] = [];
  for (const entry of ruleSet.rules) {
    const rule = getRule(entry.id);
    if (!rule) continue; // the loader already rejected unknown ids; a removed rule in an old set is skipped
    const outcome = evaluateSafely(rule, snapshot, entry.options);
    results.push(toResult(rule, outcome, entry.weight, lang));
  }
  return results;
}

function evaluateSafely(rule: Rule, snapshot: BrandSnapshot, options: RuleSet['rules'][number]['options']): RuleOutcome {
  const missing = rule.meta.requires.find((r) => !hasInput(snapshot, r));
  if (missing) {
    const messageId = missing === 'conversations' ? 'runner.no-social' : 'runner.missing-input';
    return { status: 'na', score: null, messageId, data: { input: missing }, evidence: [] };
  }
  try {
    const out = rule.evaluate(snapshot, { ...rule.meta.defaultOptions, ...options });
    const score = out.status === 'na' || out.status === 'error' ? null : clamp(out.score ?? 0);
    return { ...out, score };
  } catch (err) {
    // A bug in one rule must not sink the audit: it is reported as `error` and weighs 0.
    const message = err instanceof Error ? err.message : String(err);
    return { status: 'error', score: null, messageId: 'runner.threw', data: { error: message }, evidence: [] };
  }
}

/** Whether the snapshot holds the part a rule needs: a site with a readable start page, any accounts list… */
function hasInput(snapshot: BrandSnapshot, req: Requirement): boolean {
  switch (req) {
    case 'site': {
      const start = snapshot.site?.pages?.[0];
      return !!start && !start.error && !!start.facts;
    }
    case 'accounts':
      return Array.isArray(snapshot.accounts);
    case 'conversations':
      return Array.isArray(snapshot.conversations) && snapshot.conversations.length > 0;
  }
}

const RUNNER_MESSAGES: Record<string, { en: string; fr: string }> = {
  'runner.missing-input': {
    en: 'Not applicable: the audit has no {{input}} data to check.',
    fr: 'Sans objet : l’audit ne dispose pas des données « {{input}} » nécessaires.',
  },
  'runner.no-social': {
    en: 'Not applicable: no social account was read (a website-only audit, or --no-social).',
    fr: 'Sans objet : aucun compte social n’a été lu (audit du site seul, ou --no-social).',
  },
  'runner.threw': {
    en: 'The rule failed to run: {{error}}',
    fr: 'La règle n’a pas pu s’exécuter : {{error}}',
  },
};

function toResult(rule: Rule, outcome: RuleOutcome, weight: number, lang: Lang): RuleResult {
  const template = rule.meta.messages[outcome.messageId] ?? RUNNER_MESSAGES[outcome.messageId];
  const message = template ? renderTemplate(template[lang], outcome.data) : outcome.messageId;
  const title = outcome.status === 'pass' || outcome.status === 'na' ? rule.meta.title[lang] : rule.meta.failureTitle[lang];
  const evidence = outcome.evidence.map(({ note, ...e }) => (note ? { ...e, snippet: note[lang] } : e));
  return { id: rule.meta.id, category: rule.meta.category, weight, title, message, ...outcome, evidence };
}

function clamp(n: number): number {
  if (!Number.isFinite(n)) return 0;
  return Math.min(1, Math.max(0, n));
}
