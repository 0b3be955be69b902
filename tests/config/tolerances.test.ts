// --max-drop values: a bare number for the overall score, rule:<id>=N and category:<id>=N for one rule or a whole
// category, checked for syntax and against the rule set (exit 2 for a typo).
import { describe, expect, it } from 'vitest';
import { checkTolerances, DEFAULT_MAX_DROP, parseTolerances } from '../../src/config/tolerances.js';
import { loadRuleSet } from '../../src/config/rule-set.js';

describe('parseTolerances', () => {
  it('keeps the default overall tolerance unless a bare number or score=N is given; later values win', () => {
    expect(parseTolerances([])).toEqual({ score: DEFAULT_MAX_DROP, rules: {}, categories: {} });
    expect(parseTolerances(['2.5', 'rule:response-time=10', 'category:reactivity=5', 'rule:response-time=12'])).toEqual({
      score: 2.5,
      rules: { 'response-time': 12 },
      categories: { reactivity: 5 },
    });
    expect(parseTolerances(['score=0']).score).toBe(0);
    expect(parseTolerances([7]).score).toBe(7);
  });

  it('names the value at fault', () => {
    expect(() => parseTolerances(['lots'])).toThrow('--max-drop lots: "lots" is neither points (5) nor rule:<id>=N or category:<id>=N');
    expect(() => parseTolerances(['rule:response-time=101'])).toThrow('--max-drop rule:response-time=101: "101" is not a number of points from 0 to 100');
    expect(() => parseTolerances(['rules:response-time=1'])).toThrow('unknown target "rules:response-time" (expected score, rule:<id> or category:<id>)');
    expect(() => parseTolerances(['-1'], (s) => `brand-audit.config.yaml (maxDrop): ${s}`)).toThrow(/^brand-audit\.config\.yaml \(maxDrop\): -1: /);
  });
});

describe('checkTolerances', () => {
  it('accepts rules and categories the rule set scores, and refuses others', () => {
    const ruleSet = loadRuleSet('default');
    expect(() => checkTolerances(parseTolerances(['rule:response-time=10', 'category:reactivity=5']), ruleSet)).not.toThrow();
    expect(() => checkTolerances(parseTolerances(['rule:response-tme=10']), ruleSet)).toThrow('--max-drop rule:response-tme=10: unknown rule "response-tme"');
    expect(() => checkTolerances(parseTolerances(['category:speed=10']), ruleSet)).toThrow(/--max-drop category:speed=10: unknown category "speed" \(known: presence, /);
  });
});
