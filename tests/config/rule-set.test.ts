// Rule-set loading: presets, extends resolution, overrides, `off`, and errors that name file, line and key.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadRuleSet } from '../../src/config/rule-set.js';
import { ConfigError } from '../../src/config/errors.js';
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
    expect(err.message).toContain('expected a number, got "many"');
    const g = write('opt2.yaml', 'rules:\n  official-accounts:\n    options:\n      maxNetworks: 3\n');
    expect(configError(() => loadRuleSet(g)).message).toContain('unknown option "maxNetworks" for rule official-accounts');
    const h = write('opt3.yaml', 'rules:\n  official-accounts:\n    options:\n      networks: facebook\n');
    expect(configError(() => loadRuleSet(h)).message).toContain('expected a list of strings');
  });

  it('bad weights, unknown categories and unknown top-level keys', () => {
    expect(configError(() => loadRuleSet(write('w.yaml', 'rules:\n  site-https: { weight: -1 }\n'))).message).toContain('weight must be a number ≥ 0');
    const cat = configError(() => loadRuleSet(write('c.yaml', 'categories:\n  reactivityy: { weight: 2 }\n')));
    expect(cat.message).toContain('unknown category "reactivityy"');
    expect(cat.line).toBe(2);
    expect(configError(() => loadRuleSet(write('t.yaml', 'id: t\nrulez: {}\n'))).message).toContain('unknown key "rulez"');
  });

  it('invalid YAML and missing files', () => {
    const err = configError(() => loadRuleSet(write('bad.yaml', 'rules:\n  site-https: [\n')));
    expect(err.message).toContain('invalid YAML');
    expect(err.file).toContain('bad.yaml');
    expect(configError(() => loadRuleSet(path.join(dir, 'nope.yaml'))).message).toContain('rule set file not found');
  });
});
