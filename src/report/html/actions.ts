// The HTML action plan: every criterion not fully met, by the points fixing it would add, each with what to do,
// what was found, its first evidence, the published figure it rests on, and a link to its card.
import type { Translator } from '../../locale/translator.js';
import type { AuditReport } from '../types.js';
import { actionPlan, shownPoints } from '../document/plan.js';
import { ruleAnchor } from '../document/anchors.js';
import { ruleFix, ruleMessage, ruleTitle } from '../document/rules.js';
import { categoryTitle } from '../text.js';
import { badge, cappedItems, escapeText, labelledHtml, say } from './parts.js';
import { doc } from '../document/words.js';
import { benchmarkBlock, evidenceItem } from './rules.js';

/** Evidence items shown per action: the card holds them all. */
const ACTION_EVIDENCE = 2;

/** The action plan section; a sentence instead when nothing needs doing. */
export function actionsSection(tr: Translator, report: AuditReport): string {
  const plan = actionPlan(report);
  const head = ['<section id="actions" aria-labelledby="actions-title">', `<h2 id="actions-title">${say(tr, 'actions.title')}</h2>`];
  if (plan.length === 0) return [...head, `<p class="card">${say(tr, 'actions.none')}</p>`, '</section>'].join('\n');
  const items = plan.map((rule, i) => {
    const fix = ruleFix(tr, rule);
    const evidence = rule.evidence ?? [];
    const shown = evidence.length > 0 ? `<ul class="action-evidence">${cappedItems(tr, evidence, ACTION_EVIDENCE, (e) => evidenceItem(tr, rule, e))}</ul>` : '';
    return [
      `<li class="action ${rule.status}">`,
      `<div class="action-head"><span class="rank">${i + 1}</span>${badge(tr, rule.status)}`,
      `<h3>${escapeText(ruleTitle(tr, rule))}</h3>`,
      `<span class="gain">${say(tr, 'actions.gain', { points: shownPoints(rule.gain) })}</span></div>`,
      `<p class="action-category muted small">${escapeText(categoryTitle(tr, rule.category))}</p>`,
      fix ? `<p class="fix">${labelledHtml(tr, doc(tr, 'rule.fix'), fix)}</p>` : '',
      `<p class="finding">${labelledHtml(tr, doc(tr, 'actions.finding'), ruleMessage(tr, rule))}</p>`,
      shown,
      benchmarkBlock(tr, rule),
      `<p class="details"><a href="#${ruleAnchor(rule.id)}">${say(tr, 'actions.details')}</a></p>`,
      '</li>',
    ]
      .filter(Boolean)
      .join('');
  });
  return [...head, `<p class="section-intro">${say(tr, 'actions.intro')}</p>`, `<ol class="actions">${items.join('\n')}</ol>`, '</section>'].join('\n');
}
