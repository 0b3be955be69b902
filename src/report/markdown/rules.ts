// The Markdown report's findings (one section per category, each finding with its status, message, fix, benchmark
// and evidence) and the one table of criteria met or not applicable.
import type { Translator } from '../../locale/translator.js';
import type { RuleResult } from '../../rules/types.js';
import type { AuditReport } from '../types.js';
import { bySeverity, evidenceNote, groupRules, isFinding, ruleFix, ruleMessage, ruleTitle } from '../document/rules.js';
import { doc, knownStatus, labelled, statusWord } from '../document/words.js';
import { benchmarkOf } from '../document/benchmarks.js';
import { escapeMarkdown, markdownLink } from './escape.js';
import { scoreText } from './overview.js';
import { capped, snippetText, status, table } from './parts.js';

/** Evidence items listed per rule before "… and N more". */
const EVIDENCE_LIMIT = 25;

/** One evidence line: the link, the rule's remark, then what was seen there, quoted. */
export function evidenceLine(tr: Translator, rule: RuleResult, e: RuleResult['evidence'][number], snippetMax?: number): string {
  const note = e.note ? escapeMarkdown(evidenceNote(tr, rule, e.note)) : '';
  return [markdownLink(e.url), note, snippetText(tr, e.snippet, snippetMax)].filter(Boolean).join(' — ');
}

/** A rule card's heading as rendered (status word, title): the text its anchor is made from. */
export function ruleHeadingText(tr: Translator, rule: RuleResult): string {
  return `${statusWord(tr, rule.status)} · ${ruleTitle(tr, rule)}`;
}

function ruleBlock(tr: Translator, rule: RuleResult): string[] {
  const score = rule.score == null ? doc(tr, 'category.noScore') : doc(tr, 'rule.score', { score: tr.number(rule.score * 100, 0) });
  const weight = doc(tr, 'category.weight', { weight: rule.weight });
  const lines = [
    `#### ${status(tr, rule.status)} · ${escapeMarkdown(ruleTitle(tr, rule))}`,
    '',
    `${score} · ${weight} · ${escapeMarkdown(rule.id)}`,
    '',
    escapeMarkdown(ruleMessage(tr, rule)),
  ];
  const s = knownStatus(rule.status);
  const fix = s === 'fail' || s === 'warn' ? ruleFix(tr, rule) : undefined;
  if (fix) lines.push('', labelled(tr, `**${doc(tr, 'rule.fix')}**`, escapeMarkdown(fix)));
  lines.push(...benchmarkLines(tr, rule));
  const evidence = rule.evidence ?? [];
  if (evidence.length > 0) {
    lines.push('', `**${doc(tr, 'rule.evidence')}**`, '');
    lines.push(...capped(tr, evidence, EVIDENCE_LIMIT, (e) => evidenceLine(tr, rule, e)));
  }
  return lines;
}

/** The published figure beside a finding, as a quote with its source; nothing when the rule rests on none. */
export function benchmarkLines(tr: Translator, rule: RuleResult): string[] {
  const b = benchmarkOf(tr, rule);
  if (!b) return [];
  return ['', `> **${doc(tr, 'benchmark.label')}** — ${escapeMarkdown(b.line)}`, '>', `> ${escapeMarkdown(b.source)}`];
}

/** The findings by category: per category that has any (title, score, weight), its findings most serious first. */
export function findingsSection(tr: Translator, report: AuditReport): string[] {
  const lines: string[] = ['', `## ${doc(tr, 'findings.title')}`];
  const groups = groupRules(tr, report).filter((g) => g.rules.some(isFinding));
  if (groups.length === 0) return [...lines, '', doc(tr, 'findings.none')];
  lines.push('', doc(tr, 'findings.intro', { section: doc(tr, 'findings.metTitle') }));
  for (const group of groups) {
    const title = [escapeMarkdown(group.title)];
    if (group.category) {
      title.push(scoreText(tr, group.category.score), doc(tr, 'category.weight', { weight: group.category.weight }));
    }
    lines.push('', `### ${title.join(' · ')}`);
    for (const rule of bySeverity(group.rules.filter(isFinding))) lines.push('', ...ruleBlock(tr, rule));
  }
  return lines;
}

/** The criteria met and those not applicable, in one table (category, status, criterion, what was found). */
export function metSection(tr: Translator, report: AuditReport): string[] {
  const rows: string[][] = [];
  for (const group of groupRules(tr, report)) {
    for (const rule of bySeverity(group.rules.filter((r) => !isFinding(r)))) {
      rows.push([escapeMarkdown(group.title), status(tr, rule.status), escapeMarkdown(ruleTitle(tr, rule)), escapeMarkdown(ruleMessage(tr, rule))]);
    }
  }
  if (rows.length === 0) return [];
  const head = [doc(tr, 'table.category'), doc(tr, 'table.status'), doc(tr, 'findings.criterion'), doc(tr, 'findings.result')];
  return ['', `## ${doc(tr, 'findings.metTitle')}`, '', doc(tr, 'findings.metIntro'), '', ...table(head, ['l', 'l', 'l', 'l'], rows)];
}
