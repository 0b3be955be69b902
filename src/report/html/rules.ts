// HTML sections for the scores: the overview (gauge, category chart, status counts), the legend, one section per category.
import type { AuditReport, CategoryScore } from '../types.js';
import type { RuleResult, RuleStatus } from '../../rules/types.js';
import { formatNumber, tDoc, type Lang, type MessageKey } from '../i18n.js';
import { bandOf } from '../format-helpers.js';
import { cleanText, truncate } from '../sanitize.js';
import { categoryChartSvg, gaugeSvg } from './charts.js';
import { badge, cappedItems, clean, escapeHtml, escapeText, link, say } from './parts.js';

/** Evidence items shown per rule before "… and N more": enough to act on, few enough to keep a card printable. */
export const EVIDENCE_LIMIT = 25;
/** Longest snippet shown, in characters: enough to recognise the text on the page. */
export const SNIPPET_MAX = 300;

export const STATUSES: RuleStatus[] = ['pass', 'warn', 'fail', 'na', 'error'];
/** Order of rules within a category: what needs work first, then what passed, then what could not be judged. */
const SEVERITY: Record<RuleStatus, number> = { fail: 0, error: 1, warn: 2, pass: 3, na: 4 };

/** A category with its rules, in the order the report gives them; rules of no listed category come last. */
export interface CategoryGroup {
  title: string;
  category: CategoryScore | null;
  rules: RuleResult[];
}

/** Groups the report's rules by category (as the terminal report does), keeping categories without rules out. */
export function groupRules(report: AuditReport, lang: Lang): CategoryGroup[] {
  const byId = new Map(report.rules.map((r) => [r.id, r]));
  const shown = new Set<string>();
  const groups: CategoryGroup[] = [];
  for (const category of report.categories) {
    const ids = [...category.rules, ...report.rules.filter((r) => r.category === category.id).map((r) => r.id)];
    const rules = [...new Set(ids)].map((id) => byId.get(id)).filter((r): r is RuleResult => r !== undefined);
    rules.forEach((r) => shown.add(r.id));
    if (rules.length > 0) groups.push({ title: category.title || category.id, category, rules });
  }
  const others = report.rules.filter((r) => !shown.has(r.id));
  if (others.length > 0) groups.push({ title: tDoc(lang, 'category.other'), category: null, rules: others });
  return groups;
}

/** Rules sorted for reading: failures first, heavier rules before lighter ones at equal status. */
export function bySeverity(rules: RuleResult[]): RuleResult[] {
  return [...rules].sort((a, b) => (SEVERITY[a.status] ?? 5) - (SEVERITY[b.status] ?? 5) || b.weight - a.weight);
}

/** "87.5/100", or "not scored". */
export function scoreText(lang: Lang, score: number | null): string {
  return score == null ? tDoc(lang, 'category.noScore') : tDoc(lang, 'category.score', { score: formatNumber(lang, score, 1) });
}

/** The overview: score gauge with grade and band, the category chart, and how many rules ended in each status. */
export function overviewSection(report: AuditReport, lang: Lang): string {
  const band = report.band ?? bandOf(report.score);
  const valueText = report.score == null ? '—' : formatNumber(lang, report.score, 1);
  const gradeText = report.grade ? tDoc(lang, 'score.grade', { grade: cleanText(report.grade) }) : '';
  const bandText = band ? tDoc(lang, `band.${band}` as MessageKey) : tDoc(lang, 'score.none');
  const gauge = gaugeSvg({
    score: report.score,
    band,
    valueText,
    unitText: '/100',
    label: [tDoc(lang, 'score.label'), scoreText(lang, report.score), gradeText, bandText].filter(Boolean).join(' · '),
  });
  const bars = report.categories.map((c) => ({
    title: cleanText(c.title || c.id),
    score: c.score,
    valueText: c.score == null ? tDoc(lang, 'category.noScore') : formatNumber(lang, c.score, 1),
  }));
  const chartLabel = tDoc(lang, 'chart.categories', {
    list: bars.map((b) => `${b.title} ${b.valueText}`).join(', '),
  });
  const counts = STATUSES.map((status) => {
    const n = report.rules.filter((r) => r.status === status).length;
    return `<li>${badge(lang, status)}<span>${formatNumber(lang, n)}</span></li>`;
  }).join('');
  return [
    '<section aria-labelledby="overview-title">',
    `<h2 id="overview-title">${say(lang, 'section.overview')}</h2>`,
    '<div class="card overview">',
    '<div class="score-block">',
    gauge,
    gradeText ? `<p class="grade">${escapeHtml(gradeText)}</p>` : '',
    `<p><span class="band-word band-${band ?? 'none'}">${escapeHtml(bandText)}</span></p>`,
    '</div>',
    '<div>',
    `<h3>${say(lang, 'section.categories')}</h3>`,
    report.categories.length > 0 ? categoryChartSvg(bars, chartLabel) : '',
    `<ul class="counts">${counts}</ul>`,
    '</div>',
    '</div>',
    '</section>',
  ].join('\n');
}

/** Rules that failed or only partly passed, most serious first, with their category: the client's to-do list. */
export function prioritiesSection(report: AuditReport, lang: Lang): string {
  const failing = bySeverity(report.rules.filter((r) => r.status === 'fail' || r.status === 'warn'));
  if (failing.length === 0) return '';
  const categoryTitle = new Map(report.categories.map((c) => [c.id, c.title || c.id]));
  const items = failing
    .map((rule) => {
      const category = categoryTitle.get(rule.category) ?? rule.category;
      return (
        `<li>${badge(lang, rule.status)}<span><strong>${escapeText(rule.title || rule.id)}</strong>` +
        (category ? ` <span class="muted small">· ${escapeText(category)}</span>` : '') +
        '</span></li>'
      );
    })
    .join('');
  return [
    '<section aria-labelledby="priorities-title">',
    `<h2 id="priorities-title">${say(lang, 'summary.failing')}</h2>`,
    `<div class="card"><ul class="priorities">${items}</ul></div>`,
    '</section>',
  ].join('\n');
}

/** What the status words and the score bands mean, for a reader who has never seen such a report. */
export function legendSection(lang: Lang): string {
  const rows = STATUSES.map(
    (status) => `<dt>${badge(lang, status)}</dt><dd>${say(lang, `legend.${status}` as MessageKey)}</dd>`,
  ).join('');
  return [
    '<section aria-labelledby="legend-title">',
    `<h2 id="legend-title">${say(lang, 'section.legend')}</h2>`,
    `<div class="card"><dl class="legend">${rows}</dl>`,
    `<p class="legend-note">${say(lang, 'legend.bands')}</p></div>`,
    '</section>',
  ].join('\n');
}

function evidenceList(lang: Lang, rule: RuleResult): string {
  const evidence = rule.evidence ?? [];
  if (evidence.length === 0) return '';
  const items = cappedItems(lang, evidence, EVIDENCE_LIMIT, (item) => {
    const snippet = truncate(clean(item.snippet), SNIPPET_MAX);
    const quoted = snippet ? `<span class="snippet">${say(lang, 'findings.snippet', { snippet })}</span>` : '';
    return link(item.url) + quoted;
  });
  return `<div class="evidence"><p class="evidence-title">${say(lang, 'rule.evidence')}</p><ul>${items}</ul></div>`;
}

/** One rule as a card: status badge, title, score and weight, message, id, evidence links with snippets. */
export function ruleCard(lang: Lang, rule: RuleResult): string {
  const score =
    rule.score == null ? say(lang, 'category.noScore') : say(lang, 'rule.score', { score: formatNumber(lang, rule.score * 100, 0) });
  const weight = say(lang, 'category.weight', { weight: formatNumber(lang, rule.weight) });
  const status = STATUSES.includes(rule.status) ? rule.status : 'na';
  return [
    `<article class="rule ${status}">`,
    `<div class="rule-head">${badge(lang, rule.status)}<h3>${escapeText(rule.title || rule.id)}</h3>`,
    `<span class="rule-score">${score} · ${weight}</span></div>`,
    rule.message ? `<p class="message">${escapeText(rule.message)}</p>` : '',
    `<p class="rule-id">${escapeText(rule.id)}</p>`,
    evidenceList(lang, rule),
    '</article>',
  ].join('\n');
}

/** One section per category: its title, score and weight, then its rules as cards. */
export function categorySections(report: AuditReport, lang: Lang): string {
  return groupRules(report, lang)
    .map((group, i) => {
      const head: string[] = [`<h2 id="category-${i + 1}">${escapeText(group.title)}</h2>`];
      if (group.category) {
        const band = bandOf(group.category.score) ?? 'none';
        head.push(
          `<span class="category-score band-${band}">${escapeHtml(scoreText(lang, group.category.score))}</span>`,
          `<span class="muted small">${say(lang, 'category.weight', { weight: formatNumber(lang, group.category.weight) })}</span>`,
        );
      }
      return [
        `<section class="category" aria-labelledby="category-${i + 1}">`,
        `<div class="category-head">${head.join('')}</div>`,
        ...bySeverity(group.rules).map((rule) => ruleCard(lang, rule)),
        '</section>',
      ].join('\n');
    })
    .join('\n');
}
