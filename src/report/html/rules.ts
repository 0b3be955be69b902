// HTML sections for the scores and the findings: the category scores (bars and status counts), one section per
// category with its findings as cards, and the one table of criteria met or not applicable.
import type { Translator } from '../../locale/translator.js';
import type { RuleResult } from '../../rules/types.js';
import type { AuditReport, Band } from '../types.js';
import { categoryTitle } from '../text.js';
import { truncate } from '../sanitize.js';
import { categoryAnchor, ruleAnchor } from '../document/anchors.js';
import { benchmarkOf } from '../document/benchmarks.js';
import { bySeverity, evidenceNote, groupRules, isFinding, ruleFix, ruleMessage, ruleTitle } from '../document/rules.js';
import { doc, knownStatus, STATUSES } from '../document/words.js';
import { BAND_COLOURS, CHART_COLOURS } from './styles.js';
import { badge, cappedItems, clean, escapeHtml, escapeText, labelledHtml, link, say } from './parts.js';

/** Evidence items shown per rule card before "… and N more": enough to act on, few enough to keep a card printable. */
export const EVIDENCE_LIMIT = 6;
/** Longest snippet shown, in characters: enough to recognise the text on the page. */
export const SNIPPET_MAX = 300;

/** "87.5/100", or "not scored" (plain text). */
export function scoreText(tr: Translator, score: number | null): string {
  return score == null ? doc(tr, 'category.noScore') : doc(tr, 'category.score', { score });
}

/**
 * A bar for a 0–100 score as a tiny inline SVG stretched to its box (class "bar"; an empty one for an unscored
 * category, so the count always matches): it scales with the text at any width and prints in colour.
 */
function barSvg(score: number | null, band: Band | null): string {
  const width = score == null ? 0 : Math.round(Math.min(100, Math.max(0, score)) * 10) / 10;
  const fill = band ? BAND_COLOURS[band] : CHART_COLOURS.muted;
  return (
    '<svg class="bar-svg" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">' +
    `<rect class="track" width="100" height="10" fill="${CHART_COLOURS.track}"></rect>` +
    `<rect class="bar" width="${width}" height="10" fill="${fill}"></rect></svg>`
  );
}

/** The category scores as labelled bars (text the reader can select, wrap and translate), then the status counts. */
export function scoresSection(tr: Translator, report: AuditReport): string {
  const rows = report.categories.map((c) => {
    const title = categoryTitle(tr, c.id);
    const value = c.score == null ? doc(tr, 'category.noScore') : tr.number(c.score, 1);
    return (
      `<li><span class="bar-label">${escapeText(title)}</span>${barSvg(c.score, c.band)}` +
      `<span class="bar-value${c.score == null ? ' muted' : ''}">${escapeHtml(value)}</span></li>`
    );
  });
  const label = doc(tr, 'chart.categories', {
    list: tr.list(report.categories.map((c) => doc(tr, 'chart.bar', { title: categoryTitle(tr, c.id), value: scoreText(tr, c.score) }))),
  });
  const counts = STATUSES.map((status) => `<li>${badge(tr, status)}<span>${escapeHtml(tr.number(report.counts?.[status] ?? 0))}</span></li>`).join('');
  return [
    '<section id="scores" aria-labelledby="scores-title">',
    `<h2 id="scores-title">${say(tr, 'section.categories')}</h2>`,
    '<div class="card">',
    rows.length > 0 ? `<ul class="bars" aria-label="${escapeHtml(label)}">${rows.join('')}</ul>` : '',
    `<ul class="counts">${counts}</ul>`,
    '</div>',
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** One evidence item: its link, the rule's remark (our words), then what was seen there (the page's words, quoted). */
export function evidenceItem(tr: Translator, rule: RuleResult, item: RuleResult['evidence'][number]): string {
  const note = item.note ? `<span class="note-text">${escapeText(evidenceNote(tr, rule, item.note))}</span>` : '';
  const snippet = truncate(clean(item.snippet), SNIPPET_MAX);
  const quoted = snippet ? `<span class="snippet">${say(tr, 'findings.snippet', { snippet })}</span>` : '';
  return link(item.url) + note + quoted;
}

/** The evidence list of a rule, at most `max` items then "… and N more"; '' without evidence. */
export function evidenceList(tr: Translator, rule: RuleResult, max = EVIDENCE_LIMIT): string {
  const evidence = rule.evidence ?? [];
  if (evidence.length === 0) return '';
  const items = cappedItems(tr, evidence, max, (item) => evidenceItem(tr, rule, item));
  return `<div class="evidence"><p class="evidence-title">${say(tr, 'rule.evidence')}</p><ul>${items}</ul></div>`;
}

/** The published figure a rule rests on and how the brand compares, with its source; '' when there is none. */
export function benchmarkBlock(tr: Translator, rule: RuleResult): string {
  const b = benchmarkOf(tr, rule);
  if (!b) return '';
  return (
    `<p class="benchmark"><span class="benchmark-label">${say(tr, 'benchmark.label')}</span> ${escapeText(b.line)}` +
    `<span class="benchmark-source">${escapeText(b.source)}</span></p>`
  );
}

/** One finding as a card: status badge, title, score and weight, message, what to do, benchmark, id, evidence. */
export function ruleCard(tr: Translator, rule: RuleResult): string {
  const score = rule.score == null ? say(tr, 'category.noScore') : say(tr, 'rule.score', { score: tr.number(rule.score * 100, 0) });
  const weight = say(tr, 'category.weight', { weight: rule.weight });
  const status = knownStatus(rule.status);
  const fix = status === 'fail' || status === 'warn' ? ruleFix(tr, rule) : undefined;
  return [
    `<article class="rule ${status}" id="${ruleAnchor(rule.id)}">`,
    `<div class="rule-head">${badge(tr, rule.status)}<h4>${escapeText(ruleTitle(tr, rule))}</h4>`,
    `<span class="rule-score">${score} · ${weight}</span></div>`,
    `<p class="message">${escapeText(ruleMessage(tr, rule))}</p>`,
    fix ? `<p class="fix">${labelledHtml(tr, doc(tr, 'rule.fix'), fix)}</p>` : '',
    benchmarkBlock(tr, rule),
    `<p class="rule-id">${escapeText(rule.id)}</p>`,
    evidenceList(tr, rule),
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The findings, one block per category that has any (title, score, weight), its cards most serious first. */
export function findingsSection(tr: Translator, report: AuditReport): string {
  const blocks = groupRules(tr, report)
    .map((group) => ({ group, findings: bySeverity(group.rules.filter(isFinding)) }))
    .filter(({ findings }) => findings.length > 0)
    .map(({ group, findings }) => {
      const id = group.category ? categoryAnchor(group.category.id) : 'category-other';
      const head: string[] = [`<h3 id="${id}">${escapeText(group.title)}</h3>`];
      if (group.category) {
        head.push(
          `<span class="category-score band-${group.category.band ?? 'none'}">${escapeHtml(scoreText(tr, group.category.score))}</span>`,
          `<span class="muted small">${say(tr, 'category.weight', { weight: group.category.weight })}</span>`,
        );
      }
      return [
        `<section class="category" aria-labelledby="${id}">`,
        `<div class="category-head">${head.join('')}</div>`,
        ...findings.map((rule) => ruleCard(tr, rule)),
        '</section>',
      ].join('\n');
    });
  const intro = say(tr, 'findings.intro', { section: doc(tr, 'findings.metTitle') });
  return [
    '<section id="findings" aria-labelledby="findings-title">',
    `<h2 id="findings-title">${say(tr, 'findings.title')}</h2>`,
    blocks.length > 0 ? `<p class="section-intro">${intro}</p>` : `<p class="card">${say(tr, 'findings.none')}</p>`,
    ...blocks,
    '</section>',
  ].join('\n');
}

/**
 * The criteria met and those not applicable, in one table grouped by category (a row each: status, title, what
 * was found), so a good report is not pages of identical green cards. Each row carries the rule's anchor.
 */
export function metSection(tr: Translator, report: AuditReport): string {
  const heads = [doc(tr, 'table.status'), doc(tr, 'findings.criterion'), doc(tr, 'findings.result')];
  const rows: string[] = [];
  for (const group of groupRules(tr, report)) {
    const rules = bySeverity(group.rules.filter((r) => !isFinding(r)));
    if (rules.length === 0) continue;
    rows.push(`<tr class="group"><th colspan="3" scope="colgroup">${escapeText(group.title)}</th></tr>`);
    for (const rule of rules) {
      rows.push(
        `<tr id="${ruleAnchor(rule.id)}" class="${knownStatus(rule.status)}">` +
          `<td data-label="${escapeHtml(heads[0])}">${badge(tr, rule.status)}</td>` +
          `<td data-label="${escapeHtml(heads[1])}" class="criterion">${escapeText(ruleTitle(tr, rule))}</td>` +
          `<td data-label="${escapeHtml(heads[2])}">${escapeText(ruleMessage(tr, rule))}</td></tr>`,
      );
    }
  }
  if (rows.length === 0) return '';
  const th = heads.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  return [
    '<section id="met" aria-labelledby="met-title">',
    `<h2 id="met-title">${say(tr, 'findings.metTitle')}</h2>`,
    `<p class="section-intro">${say(tr, 'findings.metIntro')}</p>`,
    '<div class="card table-card">',
    `<table class="met stack"><colgroup><col class="c-status"><col class="c-criterion"><col></colgroup><thead><tr>${th}</tr></thead><tbody>`,
    rows.join('\n'),
    '</tbody></table></div>',
    '</section>',
  ].join('\n');
}
