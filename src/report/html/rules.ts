// HTML sections for the scores: the overview (gauge, category chart, status counts), the priorities, the legend,
// one section per category with its rules as cards.
import type { Translator } from '../../locale/translator.js';
import type { RuleResult } from '../../rules/types.js';
import type { AuditReport } from '../types.js';
import { categoryTitle } from '../text.js';
import { truncate } from '../sanitize.js';
import { bySeverity, evidenceNote, failingRules, groupRules, ruleFix, ruleMessage, ruleTitle } from '../document/rules.js';
import { bandWord, doc, knownStatus, labelled, STATUSES } from '../document/words.js';
import { categoryChartSvg, gaugeSvg } from './charts.js';
import { badge, cappedItems, clean, escapeHtml, escapeText, link, say } from './parts.js';

/** Evidence items shown per rule before "… and N more": enough to act on, few enough to keep a card printable. */
export const EVIDENCE_LIMIT = 25;
/** Longest snippet shown, in characters: enough to recognise the text on the page. */
export const SNIPPET_MAX = 300;

/** "87.5/100", or "not scored" (plain text). */
export function scoreText(tr: Translator, score: number | null): string {
  return score == null ? doc(tr, 'category.noScore') : doc(tr, 'category.score', { score });
}

/** The overview: score gauge with grade and band, the category chart, and how many rules ended in each status. */
export function overviewSection(tr: Translator, report: AuditReport): string {
  const band = report.band;
  const valueText = report.score == null ? '—' : tr.number(report.score, 1);
  const gradeText = report.grade ? doc(tr, 'score.grade', { grade: clean(report.grade) }) : '';
  const bandText = bandWord(tr, band);
  const gauge = gaugeSvg({
    score: report.score,
    band,
    valueText,
    unitText: '/100',
    label: [doc(tr, 'score.label'), scoreText(tr, report.score), gradeText, bandText].filter(Boolean).join(' · '),
  });
  const bars = report.categories.map((c) => ({
    title: clean(categoryTitle(tr, c.id)),
    score: c.score,
    band: c.band,
    valueText: c.score == null ? doc(tr, 'category.noScore') : tr.number(c.score, 1),
  }));
  const chartLabel = doc(tr, 'chart.categories', {
    list: tr.list(bars.map((b) => doc(tr, 'chart.bar', { title: b.title, value: b.valueText }))),
  });
  const counts = STATUSES.map((status) => `<li>${badge(tr, status)}<span>${escapeHtml(tr.number(report.counts?.[status] ?? 0))}</span></li>`).join('');
  return [
    '<section aria-labelledby="overview-title">',
    `<h2 id="overview-title">${say(tr, 'section.overview')}</h2>`,
    '<div class="card overview">',
    '<div class="score-block">',
    gauge,
    gradeText ? `<p class="grade">${escapeHtml(gradeText)}</p>` : '',
    `<p><span class="band-word band-${band ?? 'none'}">${escapeHtml(bandText)}</span></p>`,
    '</div>',
    '<div>',
    `<h3>${say(tr, 'section.categories')}</h3>`,
    report.categories.length > 0 ? categoryChartSvg(bars, chartLabel) : '',
    `<ul class="counts">${counts}</ul>`,
    '</div>',
    '</div>',
    '</section>',
  ].join('\n');
}

/** Rules that failed or only partly passed, most serious first, with their category: the client's to-do list. */
export function prioritiesSection(tr: Translator, report: AuditReport): string {
  const failing = failingRules(report);
  if (failing.length === 0) return '';
  const items = failing
    .map((rule) => {
      const category = rule.category ? categoryTitle(tr, rule.category) : '';
      return (
        `<li>${badge(tr, rule.status)}<span><strong>${escapeText(ruleTitle(tr, rule))}</strong>` +
        (category ? ` <span class="muted small">· ${escapeText(category)}</span>` : '') +
        '</span></li>'
      );
    })
    .join('');
  return [
    '<section aria-labelledby="priorities-title">',
    `<h2 id="priorities-title">${say(tr, 'section.priorities')}</h2>`,
    `<div class="card"><ul class="priorities">${items}</ul></div>`,
    '</section>',
  ].join('\n');
}

/** What the status words and the score bands mean, for a reader who has never seen such a report. */
export function legendSection(tr: Translator): string {
  const rows = STATUSES.map((status) => `<dt>${badge(tr, status)}</dt><dd>${say(tr, `legend.${status}`)}</dd>`).join('');
  return [
    '<section aria-labelledby="legend-title">',
    `<h2 id="legend-title">${say(tr, 'section.legend')}</h2>`,
    `<div class="card"><dl class="legend">${rows}</dl>`,
    `<p class="legend-note">${say(tr, 'legend.bands')}</p></div>`,
    '</section>',
  ].join('\n');
}

function evidenceList(tr: Translator, rule: RuleResult): string {
  const evidence = rule.evidence ?? [];
  if (evidence.length === 0) return '';
  const items = cappedItems(tr, evidence, EVIDENCE_LIMIT, (item) => {
    // The rule's own remark (our words), then what was seen there (the page's words, quoted and shortened).
    const note = item.note ? `<span class="note-text">${escapeText(evidenceNote(tr, rule, item.note))}</span>` : '';
    const snippet = truncate(clean(item.snippet), SNIPPET_MAX);
    const quoted = snippet ? `<span class="snippet">${say(tr, 'findings.snippet', { snippet })}</span>` : '';
    return link(item.url) + note + quoted;
  });
  return `<div class="evidence"><p class="evidence-title">${say(tr, 'rule.evidence')}</p><ul>${items}</ul></div>`;
}

/** One rule as a card: status badge, title, score and weight, message, what to do, id, evidence with snippets. */
export function ruleCard(tr: Translator, rule: RuleResult): string {
  const score = rule.score == null ? say(tr, 'category.noScore') : say(tr, 'rule.score', { score: tr.number(rule.score * 100, 0) });
  const weight = say(tr, 'category.weight', { weight: rule.weight });
  const status = knownStatus(rule.status);
  const fix = status === 'fail' || status === 'warn' ? ruleFix(tr, rule) : undefined;
  return [
    `<article class="rule ${status}">`,
    `<div class="rule-head">${badge(tr, rule.status)}<h3>${escapeText(ruleTitle(tr, rule))}</h3>`,
    `<span class="rule-score">${score} · ${weight}</span></div>`,
    `<p class="message">${escapeText(ruleMessage(tr, rule))}</p>`,
    fix ? `<p class="fix">${escapeText(labelled(tr, doc(tr, 'rule.fix'), fix))}</p>` : '',
    `<p class="rule-id">${escapeText(rule.id)}</p>`,
    evidenceList(tr, rule),
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** One section per category: its title, score and weight, then its rules as cards, findings first. */
export function categorySections(tr: Translator, report: AuditReport): string {
  return groupRules(tr, report)
    .map((group, i) => {
      const head: string[] = [`<h2 id="category-${i + 1}">${escapeText(group.title)}</h2>`];
      if (group.category) {
        head.push(
          `<span class="category-score band-${group.category.band ?? 'none'}">${escapeHtml(scoreText(tr, group.category.score))}</span>`,
          `<span class="muted small">${say(tr, 'category.weight', { weight: group.category.weight })}</span>`,
        );
      }
      return [
        `<section class="category" aria-labelledby="category-${i + 1}">`,
        `<div class="category-head">${head.join('')}</div>`,
        ...bySeverity(group.rules).map((rule) => ruleCard(tr, rule)),
        '</section>',
      ].join('\n');
    })
    .join('\n');
}
