// The Markdown deliverable's own sections: contents, executive summary, action plan, and methodology and coverage —
// the same facts and templates as the HTML report, written as Markdown.
import type { Translator } from '../../locale/translator.js';
import type { AuditReport } from '../types.js';
import { actionPlan, judgedCounts, shownPoints, strengths, TOP_ACTIONS, totalPoints } from '../document/plan.js';
import { coverageRows, ruleSetIntro, ruleSetRows, sourceRows, sourcesOf } from '../document/coverage.js';
import { ruleFix, ruleMessage, ruleTitle } from '../document/rules.js';
import { bandWord, dateTimeText, doc, labelled, STATUSES } from '../document/words.js';
import { cleanText } from '../sanitize.js';
import { categoryTitle } from '../text.js';
import { escapeMarkdown } from './escape.js';
import { headingAnchor } from './anchors.js';
import { benchmarkLines, ruleHeadingText } from './rules.js';
import { status, table } from './parts.js';
import { uncheckedLines } from './unchecked.js';

/** Failed pages and the other gaps listed before "… and N more". */
const LIST_LIMIT = 50;

/** A link to a rule's card in the findings. */
function cardLink(tr: Translator, rule: AuditReport['rules'][number], label: string): string {
  return `[${label}](${headingAnchor(ruleHeadingText(tr, rule))})`;
}

/** The contents: a link to each of the given section headings (plain text, as written), in order. */
export function contents(tr: Translator, titles: string[]): string[] {
  return ['', `## ${doc(tr, 'contents.title')}`, '', ...titles.map((t, i) => `${i + 1}. [${escapeMarkdown(t)}](${headingAnchor(t)})`)];
}

/** The executive summary: the score in one sentence, what was met, the strengths and the actions worth the most. */
export function summary(tr: Translator, report: AuditReport): string[] {
  const brand = cleanText(report.target.brandName) || cleanText(report.target.domain) || cleanText(report.target.url);
  const lines = ['', `## ${doc(tr, 'summary.title')}`, ''];
  const sentences: string[] = [];
  if (report.score == null || report.grade == null || report.band == null) sentences.push(escapeMarkdown(doc(tr, 'summary.noScore', { brand })));
  else {
    const text = doc(tr, 'summary.score', { brand, score: tr.number(report.score, 1), grade: report.grade, band: bandWord(tr, report.band) });
    sentences.push(`**${escapeMarkdown(text)}**`);
  }
  const { judged, unjudged } = judgedCounts(report);
  if (judged > 0) sentences.push(doc(tr, 'summary.counts', { judged, pass: report.counts.pass, warn: report.counts.warn, fail: report.counts.fail }));
  if (unjudged > 0) sentences.push(escapeMarkdown(doc(tr, 'summary.unjudged', { count: unjudged, section: doc(tr, 'methodology.title') })));
  lines.push(sentences.join(' '));

  lines.push('', `### ${doc(tr, 'summary.strengths')}`, '');
  const strong = strengths(report);
  if (strong.length === 0) lines.push(doc(tr, 'summary.noStrengths'));
  for (const rule of strong) lines.push(`- **${escapeMarkdown(ruleTitle(tr, rule))}** — ${escapeMarkdown(ruleMessage(tr, rule))}`);

  const plan = actionPlan(report);
  const top = plan.slice(0, TOP_ACTIONS);
  if (top.length === 0) return [...lines, '', `### ${doc(tr, 'actions.title')}`, '', doc(tr, 'summary.noActions')];
  lines.push('', `### ${doc(tr, 'summary.actions', { count: top.length })}`, '');
  top.forEach((rule, i) => {
    const fix = ruleFix(tr, rule);
    const gain = doc(tr, 'actions.gain', { points: shownPoints(rule.gain) });
    lines.push(`${i + 1}. ${cardLink(tr, rule, `**${escapeMarkdown(ruleTitle(tr, rule))}**`)} (${gain})${fix ? ` — ${escapeMarkdown(fix)}` : ''}`);
  });
  const potential = [doc(tr, 'summary.potentialTop', { count: top.length, points: totalPoints(top) })];
  if (plan.length > top.length) potential.push(doc(tr, 'summary.potentialPlan', { count: plan.length, points: totalPoints(plan) }));
  lines.push('', potential.join(' '));
  return lines;
}

/** The action plan: every criterion not fully met, most points first, with what to do, the finding and a link. */
export function actionsSection(tr: Translator, report: AuditReport): string[] {
  const lines = ['', `## ${doc(tr, 'actions.title')}`, ''];
  const plan = actionPlan(report);
  if (plan.length === 0) return [...lines, doc(tr, 'actions.none')];
  lines.push(doc(tr, 'actions.intro'));
  plan.forEach((rule, i) => {
    const gain = doc(tr, 'actions.gain', { points: shownPoints(rule.gain) });
    lines.push('', `### ${i + 1}. ${escapeMarkdown(ruleTitle(tr, rule))} (${gain})`, '');
    lines.push(`${status(tr, rule.status)} · ${escapeMarkdown(categoryTitle(tr, rule.category))}`);
    const fix = ruleFix(tr, rule);
    if (fix) lines.push('', labelled(tr, `**${doc(tr, 'rule.fix')}**`, escapeMarkdown(fix)));
    lines.push('', labelled(tr, `**${doc(tr, 'actions.finding')}**`, escapeMarkdown(ruleMessage(tr, rule))));
    lines.push(...benchmarkLines(tr, rule));
    lines.push('', cardLink(tr, rule, escapeMarkdown(doc(tr, 'actions.details'))));
  });
  return lines;
}

/** Methodology and coverage: what was read, the sources, what could not be seen, the rule set, the scoring. */
export function methodology(tr: Translator, report: AuditReport): string[] {
  const lines = ['', `## ${doc(tr, 'methodology.title')}`, '', `### ${doc(tr, 'methodology.read')}`, ''];
  const rows = [{ label: doc(tr, 'header.collected'), value: dateTimeText(tr, report.collectedAt) }, ...coverageRows(tr, report)];
  lines.push(...rows.map((r) => `- ${labelled(tr, `**${escapeMarkdown(r.label)}**`, escapeMarkdown(r.value))}`));

  const sources = sourceRows(tr, sourcesOf(report));
  if (sources.length > 0) {
    lines.push('', `### ${doc(tr, 'methodology.sources')}`, '');
    lines.push(
      ...table(
        [doc(tr, 'methodology.source'), doc(tr, 'table.status'), doc(tr, 'methodology.details')],
        ['l', 'l', 'l'],
        sources.map((s) => [escapeMarkdown(s.name), doc(tr, s.ok ? 'methodology.sourceOk' : 'methodology.sourceFailed'), escapeMarkdown(s.details)]),
      ),
    );
  }
  lines.push('', `### ${doc(tr, 'methodology.unseen')}`, ...uncheckedLines(tr, report, LIST_LIMIT, '####', { sources: false }));

  lines.push('', `### ${doc(tr, 'methodology.ruleSet')}`, '', escapeMarkdown(ruleSetIntro(tr, report)), '');
  lines.push(
    ...table(
      [doc(tr, 'table.category'), doc(tr, 'table.weight'), doc(tr, 'findings.criterion')],
      ['l', 'r', 'l'],
      ruleSetRows(tr, report).map((r) => [escapeMarkdown(r.title), r.weight, escapeMarkdown(r.rules)]),
    ),
  );

  lines.push('', `### ${doc(tr, 'methodology.scoring')}`, '', doc(tr, 'methodology.formula'), '', doc(tr, 'methodology.gain'));
  lines.push('', `${doc(tr, 'methodology.grades')} ${doc(tr, 'legend.bands')}`, '', `#### ${doc(tr, 'section.legend')}`, '');
  lines.push(...STATUSES.map((s) => `- ${status(tr, s)} — ${doc(tr, `legend.${s}`)}`));
  return lines;
}
