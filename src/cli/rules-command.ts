// `brand-audit rules`: the rules of a rule set with category, weight and what each checks, in any report language.
import Table from 'cli-table3';
import { Chalk } from 'chalk';
import type { RuleSet } from '../rules/rule-set.js';
import { getRule } from '../rules/index.js';
import { CATEGORY_IDS } from '../rules/categories.js';
import { translator } from '../locale/translator.js';
import type { Lang } from '../locale/langs.js';
import { categoryTitle, ruleDescription } from '../report/text.js';
import { cleanText } from '../report/sanitize.js';

/** Text tables for a terminal (one per category), or JSON for scripts; titles in `lang`. */
export function renderRuleList(ruleSet: RuleSet, lang: Lang, format: 'terminal' | 'json', color: boolean): string {
  const tr = translator(lang);
  const rows = ruleSet.rules.map((entry) => ({
    id: entry.id,
    category: getRule(entry.id)!.meta.category,
    weight: entry.weight,
    title: tr.t(`rules.${entry.id}.title`),
    description: ruleDescription(tr, entry.id),
    options: entry.options,
  }));
  if (format === 'json') {
    return JSON.stringify({ id: ruleSet.id, title: ruleSet.title, source: ruleSet.source, categories: ruleSet.categories, rules: rows }, null, 2) + '\n';
  }
  const c = new Chalk({ level: color ? 1 : 0 });
  // The rule set's title comes from a user's YAML file: no control characters reach the terminal.
  const out: string[] = [c.bold(tr.t('cli.rules.heading', { title: cleanText(ruleSet.title), id: cleanText(ruleSet.id), count: rows.length })), ''];
  for (const category of CATEGORY_IDS) {
    const inCategory = rows.filter((r) => r.category === category);
    if (inCategory.length === 0) continue;
    out.push(c.bold(tr.t('cli.rules.category', { category: categoryTitle(tr, category), weight: ruleSet.categories[category]?.weight ?? 1 })));
    const table = new Table({
      head: [tr.t('cli.rules.columns.rule'), tr.t('cli.rules.columns.weight'), tr.t('cli.rules.columns.checks')],
      colWidths: [28, 8, 62],
      wordWrap: true,
      style: { head: color ? ['cyan'] : [], border: color ? ['grey'] : [] },
    });
    for (const r of inCategory) table.push([r.id, tr.number(r.weight), `${r.title}\n${c.dim(firstSentence(r.description))}`]);
    out.push(table.toString(), '');
  }
  return out.join('\n');
}

function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(\s|$)/.exec(text);
  return m ? m[1] : text;
}
