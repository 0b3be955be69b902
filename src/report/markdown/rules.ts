// The Markdown report's rule sections: one per category, each rule with its status, message, fix and evidence.
import type { Translator } from '../../locale/translator.js';
import type { RuleResult } from '../../rules/types.js';
import type { AuditReport } from '../types.js';
import { bySeverity, evidenceNote, groupRules, ruleFix, ruleMessage, ruleTitle } from '../document/rules.js';
import { doc, knownStatus, labelled } from '../document/words.js';
import { escapeMarkdown, markdownLink } from './escape.js';
import { scoreText } from './overview.js';
import { capped, snippetText, status } from './parts.js';

/** Evidence items listed per rule before "… and N more". */
const EVIDENCE_LIMIT = 25;

/** One evidence line: the link, the rule's remark, then what was seen there, quoted. */
export function evidenceLine(tr: Translator, rule: RuleResult, e: RuleResult['evidence'][number], snippetMax?: number): string {
  const note = e.note ? escapeMarkdown(evidenceNote(tr, rule, e.note)) : '';
  return [markdownLink(e.url), note, snippetText(tr, e.snippet, snippetMax)].filter(Boolean).join(' — ');
}

function ruleBlock(tr: Translator, rule: RuleResult): string[] {
  const score = rule.score == null ? doc(tr, 'category.noScore') : doc(tr, 'rule.score', { score: tr.number(rule.score * 100, 0) });
  const weight = doc(tr, 'category.weight', { weight: rule.weight });
  const lines = [
    `### ${status(tr, rule.status)} · ${escapeMarkdown(ruleTitle(tr, rule))}`,
    '',
    `${score} · ${weight} · ${escapeMarkdown(rule.id)}`,
    '',
    escapeMarkdown(ruleMessage(tr, rule)),
  ];
  const s = knownStatus(rule.status);
  const fix = s === 'fail' || s === 'warn' ? ruleFix(tr, rule) : undefined;
  if (fix) lines.push('', labelled(tr, `**${doc(tr, 'rule.fix')}**`, escapeMarkdown(fix)));
  const evidence = rule.evidence ?? [];
  if (evidence.length > 0) {
    lines.push('', `**${doc(tr, 'rule.evidence')}**`, '');
    lines.push(...capped(tr, evidence, EVIDENCE_LIMIT, (e) => evidenceLine(tr, rule, e)));
  }
  return lines;
}

/** One section per category (title, score, weight), its rules findings first. */
export function categorySections(tr: Translator, report: AuditReport): string[] {
  const lines: string[] = [];
  for (const group of groupRules(tr, report)) {
    const title = [escapeMarkdown(group.title)];
    if (group.category) {
      title.push(scoreText(tr, group.category.score), doc(tr, 'category.weight', { weight: group.category.weight }));
    }
    lines.push('', `## ${title.join(' · ')}`);
    for (const rule of bySeverity(group.rules)) lines.push('', ...ruleBlock(tr, rule));
  }
  return lines;
}
