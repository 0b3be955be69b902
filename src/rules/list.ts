// Renders `brand-audit rules`: the rules of a rule set with category, weight and what each checks.
import Table from 'cli-table3';
import { Chalk } from 'chalk';
import type { RuleSet } from '../config/rule-set.js';
import type { Lang } from './runner.js';
import { getRule } from './index.js';
import { CATEGORIES } from './categories.js';

/** Text table for a terminal, or JSON for scripts. */
export function renderRuleList(ruleSet: RuleSet, lang: Lang, format: 'terminal' | 'json', color: boolean): string {
  const rows = ruleSet.rules.map((entry) => {
    const meta = getRule(entry.id)!.meta;
    return {
      id: entry.id,
      category: meta.category,
      weight: entry.weight,
      title: meta.title[lang],
      description: meta.description[lang],
      options: entry.options,
    };
  });
  if (format === 'json') {
    return JSON.stringify({ id: ruleSet.id, title: ruleSet.title, source: ruleSet.source, categories: ruleSet.categories, rules: rows }, null, 2) + '\n';
  }
  const c = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [c.bold(`${ruleSet.title} (${ruleSet.id}) — ${rows.length} rules`), ''];
  for (const cat of CATEGORIES) {
    const inCat = rows.filter((r) => r.category === cat.id);
    if (inCat.length === 0) continue;
    out.push(c.bold(`${cat.title[lang]} · ${lang === 'fr' ? 'poids' : 'weight'} ${ruleSet.categories[cat.id]?.weight ?? 1}`));
    const table = new Table({
      head: [lang === 'fr' ? 'Règle' : 'Rule', lang === 'fr' ? 'Poids' : 'Weight', lang === 'fr' ? 'Ce qui est vérifié' : 'What it checks'],
      colWidths: [28, 8, 62],
      wordWrap: true,
      style: { head: color ? ['cyan'] : [], border: color ? ['grey'] : [] },
    });
    for (const r of inCat) table.push([r.id, String(r.weight), `${r.title}\n${c.dim(firstSentence(r.description))}`]);
    out.push(table.toString(), '');
  }
  return out.join('\n');
}

function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(\s|$)/.exec(text);
  return m ? m[1] : text;
}
