// Rule-set loading: presets, extends resolution, overrides, `off`, and errors that name file, line and key.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listPresets, loadRuleSet, prebuildPresets, PRESETS_DIR } from '../../src/config/rule-set.js';
import { ConfigError } from '../../src/errors.js';
import { RULES } from '../../src/rules/index.js';

let dir: string;
const write = (name: string, text: string): string => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-rules-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('presets', () => {
  it('default lists every registered rule with its default options', () => {
    const set = loadRuleSet('default');
    expect(set.id).toBe('default');
    expect(set.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.meta.id));
    for (const entry of set.rules) {
      const rule = RULES.find((r) => r.meta.id === entry.id)!;
      for (const key of Object.keys(rule.meta.defaultOptions)) expect(entry.options).toHaveProperty(key);
      expect(entry.weight).toBeGreaterThan(0);
    }
  });

  it('strict extends default and tightens options', () => {
    const strict = loadRuleSet('strict');
    const def = loadRuleSet('default');
    expect(strict.id).toBe('strict');
    expect(strict.rules.length).toBe(def.rules.length);
    const clicks = (s: typeof strict) => s.rules.find((r) => r.id === 'support-reachable')!.options.maxClicks as number;
    expect(clicks(strict)).toBeLessThan(clicks(def));
  });

  it('the build keeps every preset parsed, with its text, through JSON unchanged', () => {
    const prebuilt = prebuildPresets();
    expect(Object.keys(prebuilt)).toEqual(listPresets());
    for (const [name, entry] of Object.entries(prebuilt)) {
      const text = readFileSync(path.join(PRESETS_DIR, `${name}.yaml`), 'utf8');
      expect(entry.text).toBe(text);
      expect(JSON.parse(JSON.stringify(entry.parsed))).toEqual(entry.parsed);
      expect(entry.parsed.rules).not.toEqual({});
    }
  });

  it('an unknown preset is a clear error', () => {
    expect(configError(() => loadRuleSet('lenient')).message).toMatch(/unknown rule set preset "lenient"/);
  });
});

describe('user files', () => {
  it('extends resolve left to right, then the file wins; off removes a rule', () => {
    const a = write('a.yaml', 'id: a\nextends: default\ncategories:\n  trust: { weight: 7 }\nrules:\n  support-reachable: { weight: 9, options: { maxClicks: 3 } }\n');
    const b = write('b.yaml', 'id: b\nrules:\n  support-reachable: { options: { maxClicks: 4 } }\n  site-https: off\n');
    const mine = write('mine.yaml', `id: mine\ntitle: Mine\nextends: [${a}, ${b}]\nrules:\n  community-space: off\n`);
    const set = loadRuleSet(mine);
    expect(set.id).toBe('mine');
    expect(set.title).toBe('Mine');
    expect(set.source).toBe(mine);
    expect(set.categories.trust.weight).toBe(7);
    const reach = set.rules.find((r) => r.id === 'support-reachable')!;
    expect(reach.weight).toBe(9); // from a, b did not set a weight
    expect(reach.options.maxClicks).toBe(4); // b came after a
    expect(set.rules.find((r) => r.id === 'site-https')).toBeUndefined();
    expect(set.rules.find((r) => r.id === 'community-space')).toBeUndefined();
  });

  it('relative extends resolve against the file folder', () => {
    write('base.yaml', 'extends: default\nrules:\n  terms-updated: { options: { maxAgeMonths: 3 } }\n');
    const child = write('child.yaml', 'extends: ./base.yaml\n');
    const set = loadRuleSet(child, '/');
    expect(set.rules.find((r) => r.id === 'terms-updated')!.options.maxAgeMonths).toBe(3);
  });

  it('an extends cycle names the file and key', () => {
    const x = path.join(dir, 'x.yaml');
    const y = write('y.yaml', `extends: ${x}\n`);
    write('x.yaml', `extends: ${y}\n`);
    const err = configError(() => loadRuleSet(x));
    expect(err.message).toMatch(/extends cycle: x\.yaml → y\.yaml → x\.yaml/);
    expect(err.key).toBe('extends');
  });

  it('unknown rule id: file, line and key', () => {
    const f = write('unk.yaml', 'rules:\n  official-accounts: { weight: 1 }\n  unanswered-anything: { weight: 1 }\n');
    const err = configError(() => loadRuleSet(f));
    expect(err.line).toBe(3);
    expect(err.key).toBe('rules.unanswered-anything');
    expect(err.message).toContain('unknown rule id "unanswered-anything"');
  });

  it('unknown option and wrong option type', () => {
    const f = write('opt.yaml', 'rules:\n  official-accounts:\n    options:\n      minNetworks: many\n');
    const err = configError(() => loadRuleSet(f));
    expect(err.line).toBe(4);
    expect(err.key).toBe('rules.official-accounts.options.minNetworks');
    expect(err.message).toContain('expected a whole number from 1 to 14, got "many"');
    const g = write('opt2.yaml', 'rules:\n  official-accounts:\n    options:\n      maxNetworks: 3\n');
    const unknown = configError(() => loadRuleSet(g));
    expect(unknown.message).toContain('unknown option "maxNetworks" for rule official-accounts (options: networks, minNetworks)');
    expect(unknown.line).toBe(4);
    expect(unknown.key).toBe('rules.official-accounts.options.maxNetworks');
    const h = write('opt3.yaml', 'rules:\n  official-accounts:\n    options:\n      networks: facebook\n');
    expect(configError(() => loadRuleSet(h)).message).toContain('expected a list of values among facebook, x,');
  });

  it('bad weights, unknown categories and unknown top-level keys', () => {
    const w = configError(() => loadRuleSet(write('w.yaml', 'rules:\n  site-https: { weight: -1 }\n')));
    expect(w.message).toContain('expected a number ≥ 0, got -1');
    expect([w.line, w.key]).toEqual([2, 'rules.site-https.weight']);
    const cat = configError(() => loadRuleSet(write('c.yaml', 'categories:\n  reactivityy: { weight: 2 }\n')));
    expect(cat.message).toContain('unknown category "reactivityy"');
    expect(cat.line).toBe(2);
    expect(configError(() => loadRuleSet(write('t.yaml', 'id: t\nrulez: {}\n'))).message).toContain('unknown key "rulez"');
    const entry = configError(() => loadRuleSet(write('e.yaml', 'rules:\n  site-https: { weigth: 2 }\n')));
    expect(entry.message).toContain('unknown key "weigth" (expected weight or options)');
    expect(entry.key).toBe('rules.site-https.weigth');
    const typo = configError(() => loadRuleSet(write('typo.yaml', 'rules:\n  site-https: of\n')));
    expect(typo.message).toContain('expected `off` or a mapping with weight and/or options, got "of"');
  });
});

describe('option values are checked against the rule\'s schema', () => {
  // Each case: rule, option, YAML value, and what the one-line error says. The line is always 4 (the value's).
  it.each([
    ['unanswered-questions', 'maxRatio', '-5', 'expected a number from 0 to 1, got -5'],
    ['unanswered-questions', 'maxRatio', '1.5', 'expected a number from 0 to 1, got 1.5'],
    ['unanswered-questions', 'minSample', '2.5', 'expected a whole number ≥ 1, got 2.5'],
    ['unanswered-questions', 'minSample', '0', 'expected a whole number ≥ 1, got 0'],
    ['unanswered-questions', 'graceHours', 'true', 'expected a number from 0 to 8784, got true'],
    ['support-reachable', 'maxClicks', '11', 'expected a whole number from 1 to 10, got 11'],
    ['official-accounts', 'networks', '[]', 'expected a list of values among facebook'],
    ['official-accounts', 'networks', '[facebook, myspace]', 'got "myspace"'],
  ])('%s.%s: %s', (rule, option, value, message) => {
    const f = write(`${rule}-${option}.yaml`, `extends: default\nrules:\n  ${rule}:\n    options: { ${option}: ${value} }\n`);
    const err = configError(() => loadRuleSet(f));
    expect(err.message).toContain(message);
    expect(err.line).toBe(4);
    expect(err.key).toMatch(new RegExp(`^rules\\.${rule}\\.options\\.${option}(\\.\\d+)?$`));
    expect(err.message.split('\n')).toHaveLength(1);
  });

  it('accepts values inside the bounds, and the defaults of every rule satisfy their own schema', () => {
    const f = write('ok.yaml', 'extends: default\nrules:\n  unanswered-questions: { options: { maxRatio: 0, warnRatio: 1, minSample: 1 } }\n');
    const set = loadRuleSet(f);
    expect(set.rules.find((r) => r.id === 'unanswered-questions')!.options).toMatchObject({ maxRatio: 0, warnRatio: 1, minSample: 1 });
    // A rule set that restates every default is valid: the schemas never reject a rule's own defaults.
    const lines = ['rules:'];
    for (const rule of RULES) {
      lines.push(`  ${rule.meta.id}:`, `    options: ${JSON.stringify(rule.meta.defaultOptions)}`);
    }
    expect(() => loadRuleSet(write('defaults.yaml', lines.join('\n') + '\n'))).not.toThrow();
  });

  it('a bad assert names its entry', () => {
    const err = configError(() => loadRuleSet(write('assert.yaml', 'extends: default\nassert:\n  - score=60\n  - category:support=high\n')));
    expect(err.line).toBe(4);
    expect(err.key).toBe('assert.1');
    expect(err.message).toContain('"high" is not a score from 0 to 100');
    const notList = configError(() => loadRuleSet(write('assert2.yaml', 'assert: score=60\n')));
    expect([notList.line, notList.key]).toEqual([1, 'assert']);
    expect(notList.message).toContain('expected a list of strings, got "score=60"');
    const notString = configError(() => loadRuleSet(write('assert3.yaml', 'assert:\n  - score=60\n  - 70\n')));
    expect([notString.line, notString.key]).toEqual([3, 'assert.1']);
    expect(notString.message).toContain('got 70');
    // Parsed checks reach the rule set, from every file of the extends chain.
    const ok = loadRuleSet(write('assert4.yaml', 'extends: default\nassert: [score=60, "rule:site-https=pass"]\n'));
    expect(ok.asserts).toEqual(['score=60', 'rule:site-https=pass']);
  });

  it('an extends that names no preset or file points at its entry', () => {
    const err = configError(() => loadRuleSet(write('ext.yaml', 'id: ext\nextends:\n  - default\n  - lenient\n')));
    expect([err.line, err.key]).toEqual([4, 'extends.1']);
    expect(err.message).toContain('unknown rule set preset "lenient"');
  });
});

describe('errors', () => {
  it('invalid YAML and missing files', () => {
    const err = configError(() => loadRuleSet(write('bad.yaml', 'rules:\n  site-https: [\n')));
    expect(err.message).toContain('invalid YAML');
    expect(err.file).toContain('bad.yaml');
    expect(configError(() => loadRuleSet(path.join(dir, 'nope.yaml'))).message).toContain('rule set file not found');
  });
});
