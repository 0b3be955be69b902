// The HTML methodology and coverage section: what was read, every source and its status, what could not be seen
// and why, the rule set with its weights, how the score is calculated and how to read the report.
import type { Translator } from '../../locale/translator.js';
import type { AuditReport } from '../types.js';
import { coverageRows, ruleSetIntro, ruleSetRows, sourceRows, sourcesOf } from '../document/coverage.js';
import { dateTimeText, doc, STATUSES } from '../document/words.js';
import { badge, escapeHtml, escapeText, say } from './parts.js';
import { uncheckedBlocks } from './unchecked.js';

function readBlock(tr: Translator, report: AuditReport): string {
  const rows = [{ label: doc(tr, 'header.collected'), value: dateTimeText(tr, report.collectedAt) }, ...coverageRows(tr, report)];
  const items = rows.map((r) => `<div><dt>${escapeText(r.label)}</dt><dd>${escapeText(r.value)}</dd></div>`).join('');
  return `<h3>${say(tr, 'methodology.read')}</h3><dl class="facts">${items}</dl>`;
}

function sourcesBlock(tr: Translator, report: AuditReport): string {
  const rows = sourceRows(tr, sourcesOf(report));
  if (rows.length === 0) return '';
  const heads = [doc(tr, 'methodology.source'), doc(tr, 'table.status'), doc(tr, 'methodology.details')];
  const body = rows
    .map(
      (r) =>
        `<tr><td data-label="${escapeHtml(heads[0])}" class="source-name">${escapeText(r.name)}</td>` +
        `<td data-label="${escapeHtml(heads[1])}"><span class="tag ${r.ok ? 'official' : 'mentioned'}">` +
        `${say(tr, r.ok ? 'methodology.sourceOk' : 'methodology.sourceFailed')}</span></td>` +
        `<td data-label="${escapeHtml(heads[2])}">${escapeText(r.details)}</td></tr>`,
    )
    .join('\n');
  const th = heads.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
  return [
    `<h3>${say(tr, 'methodology.sources')}</h3>`,
    `<table class="sources stack"><colgroup><col class="c-source"><col class="c-state"><col></colgroup><thead><tr>${th}</tr></thead><tbody>`,
    body,
    '</tbody></table>',
  ].join('\n');
}

function ruleSetBlock(tr: Translator, report: AuditReport): string {
  const heads = [doc(tr, 'table.category'), doc(tr, 'table.weight'), doc(tr, 'findings.criterion')];
  const body = ruleSetRows(tr, report)
    .map(
      (r) =>
        `<tr><td data-label="${escapeHtml(heads[0])}" class="category-name">${escapeText(r.title)}</td>` +
        `<td data-label="${escapeHtml(heads[1])}" class="num">${escapeHtml(r.weight)}</td>` +
        `<td data-label="${escapeHtml(heads[2])}">${escapeText(r.rules)}</td></tr>`,
    )
    .join('\n');
  const th = heads.map((h, i) => `<th scope="col"${i === 1 ? ' class="num"' : ''}>${escapeHtml(h)}</th>`).join('');
  return [
    `<h3>${say(tr, 'methodology.ruleSet')}</h3>`,
    `<p>${escapeText(ruleSetIntro(tr, report))}</p>`,
    `<table class="rule-set stack"><colgroup><col class="c-category"><col class="c-weight"><col></colgroup><thead><tr>${th}</tr></thead><tbody>`,
    body,
    '</tbody></table>',
  ].join('\n');
}

function scoringBlock(tr: Translator): string {
  const legend = STATUSES.map((status) => `<dt>${badge(tr, status)}</dt><dd>${say(tr, `legend.${status}`)}</dd>`).join('');
  return [
    `<h3>${say(tr, 'methodology.scoring')}</h3>`,
    `<p>${say(tr, 'methodology.formula')}</p>`,
    `<p>${say(tr, 'methodology.gain')}</p>`,
    `<p>${say(tr, 'methodology.grades')} ${say(tr, 'legend.bands')}</p>`,
    `<h4>${say(tr, 'section.legend')}</h4>`,
    `<dl class="legend">${legend}</dl>`,
  ].join('\n');
}

/** The methodology and coverage section. */
export function methodologySection(tr: Translator, report: AuditReport): string {
  return [
    '<section id="methodology" aria-labelledby="methodology-title">',
    `<h2 id="methodology-title">${say(tr, 'methodology.title')}</h2>`,
    '<div class="card methodology">',
    readBlock(tr, report),
    sourcesBlock(tr, report),
    `<h3>${say(tr, 'methodology.unseen')}</h3>`,
    uncheckedBlocks(tr, report),
    ruleSetBlock(tr, report),
    scoringBlock(tr),
    '</div>',
    '</section>',
  ]
    .filter(Boolean)
    .join('\n');
}
