// The HTML executive summary: the score in one sentence beside its gauge, the strengths, and the actions worth the
// most with what each would add — all written from the report through the catalogue's templates.
import type { Translator } from '../../locale/translator.js';
import type { AuditReport } from '../types.js';
import { actionPlan, judgedCounts, shownPoints, strengths, TOP_ACTIONS, totalPoints } from '../document/plan.js';
import { ruleAnchor } from '../document/anchors.js';
import { ruleFix, ruleMessage, ruleTitle } from '../document/rules.js';
import { bandWord, doc } from '../document/words.js';
import { scoreText } from './rules.js';
import { gaugeSvg } from './charts.js';
import { clean, escapeHtml, escapeText, say } from './parts.js';

/** The brand as the summary names it. */
function brandName(report: AuditReport): string {
  return clean(report.target.brandName) || clean(report.target.domain) || clean(report.target.url);
}

/** The score ring with grade and band under it. */
export function scoreBlock(tr: Translator, report: AuditReport): string {
  const band = report.band;
  const gradeText = report.grade ? doc(tr, 'score.grade', { grade: clean(report.grade) }) : '';
  const bandText = bandWord(tr, band);
  const gauge = gaugeSvg({
    score: report.score,
    band,
    valueText: report.score == null ? '—' : tr.number(report.score, 1),
    unitText: '/100',
    label: [doc(tr, 'score.label'), scoreText(tr, report.score), gradeText, bandText].filter(Boolean).join(' · '),
  });
  return [
    '<div class="score-block">',
    gauge,
    gradeText ? `<p class="grade">${escapeHtml(gradeText)}</p>` : '',
    `<p><span class="band-word band-${band ?? 'none'}">${escapeHtml(bandText)}</span></p>`,
    '</div>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The sentences under the title: score, grade and band; what was met; what could not be judged. */
export function summarySentences(tr: Translator, report: AuditReport): string[] {
  const brand = brandName(report);
  const { judged, unjudged } = judgedCounts(report);
  const lines: string[] = [];
  if (report.score == null || report.grade == null || report.band == null) lines.push(doc(tr, 'summary.noScore', { brand }));
  else {
    lines.push(doc(tr, 'summary.score', { brand, score: tr.number(report.score, 1), grade: report.grade, band: bandWord(tr, report.band) }));
  }
  if (judged > 0) lines.push(doc(tr, 'summary.counts', { judged, pass: report.counts.pass, warn: report.counts.warn, fail: report.counts.fail }));
  if (unjudged > 0) lines.push(doc(tr, 'summary.unjudged', { count: unjudged, section: doc(tr, 'methodology.title') }));
  return lines;
}

function strengthsBlock(tr: Translator, report: AuditReport): string {
  const list = strengths(report);
  const head = `<h3>${say(tr, 'summary.strengths')}</h3>`;
  if (list.length === 0) return `<div class="summary-part">${head}<p class="muted">${say(tr, 'summary.noStrengths')}</p></div>`;
  const items = list
    .map((rule) => `<li><strong>${escapeText(ruleTitle(tr, rule))}</strong><span class="muted"> — ${escapeText(ruleMessage(tr, rule))}</span></li>`)
    .join('');
  return `<div class="summary-part">${head}<ul class="strengths">${items}</ul></div>`;
}

function actionsBlock(tr: Translator, report: AuditReport): string {
  const plan = actionPlan(report);
  const top = plan.slice(0, TOP_ACTIONS);
  if (top.length === 0) {
    return `<div class="summary-part"><h3>${say(tr, 'actions.title')}</h3><p class="muted">${say(tr, 'summary.noActions')}</p></div>`;
  }
  const items = top
    .map((rule) => {
      const fix = ruleFix(tr, rule);
      return (
        `<li><a class="action-link" href="#${ruleAnchor(rule.id)}">${escapeText(ruleTitle(tr, rule))}</a> ` +
        `<span class="gain">${say(tr, 'actions.gain', { points: shownPoints(rule.gain) })}</span>` +
        (fix ? `<span class="fix-text">${escapeText(fix)}</span>` : '') +
        '</li>'
      );
    })
    .join('');
  const potential = [say(tr, 'summary.potentialTop', { count: top.length, points: totalPoints(top) })];
  if (plan.length > top.length) potential.push(say(tr, 'summary.potentialPlan', { count: plan.length, points: totalPoints(plan) }));
  return [
    '<div class="summary-part">',
    `<h3>${say(tr, 'summary.actions', { count: top.length })}</h3>`,
    `<ol class="top-actions">${items}</ol>`,
    `<p class="potential">${potential.join(' ')}</p>`,
    '</div>',
  ].join('');
}

/** The executive summary section. */
export function summarySection(tr: Translator, report: AuditReport): string {
  const [lead, ...rest] = summarySentences(tr, report);
  return [
    '<section id="summary" aria-labelledby="summary-title">',
    `<h2 id="summary-title">${say(tr, 'summary.title')}</h2>`,
    '<div class="card summary">',
    '<div class="summary-head">',
    scoreBlock(tr, report),
    '<div class="summary-text">',
    `<p class="lead">${escapeText(lead)}</p>`,
    ...rest.map((line) => `<p>${escapeText(line)}</p>`),
    '</div>',
    '</div>',
    '<div class="summary-lists">',
    strengthsBlock(tr, report),
    actionsBlock(tr, report),
    '</div>',
    '</div>',
    '</section>',
  ].join('\n');
}
