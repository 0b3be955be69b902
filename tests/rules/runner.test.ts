// The runner: options merged over defaults, missing inputs become na, a throwing rule becomes error, scores are
// clamped, and results stay language-neutral (message ids, data and evidence notes; no rendered text).
import { readdirSync } from 'node:fs';
import { describe, expect, it, vi, afterEach } from 'vitest';
import { RUNNER_MESSAGES, runRules } from '../../src/rules/runner.js';
import { RULES, getRule } from '../../src/rules/index.js';
import type { RuleSet } from '../../src/rules/rule-set.js';
import type { OptionValue } from '../../src/rules/types.js';
import type { BrandSnapshot } from '../../src/snapshot/types.js';
import { loadRuleSet } from '../../src/config/rule-set.js';
import { computeArtifacts } from '../../src/computed/index.js';
import { LOCALES_DIR, loadCatalogue } from '../../src/locale/catalogue.js';
import { isLang } from '../../src/locale/langs.js';
import { snapshot, startPage, failedPage, account } from './snapshot-builder.js';

afterEach(() => vi.restoreAllMocks());

/** Every registered rule with its defaults (overridable per rule), weights 1, 2, 3… so they can be told apart. */
function ruleSet(options: Record<string, Record<string, OptionValue>> = {}): RuleSet {
  return {
    id: 'test',
    title: 'Test set',
    source: 'test',
    categories: {},
    asserts: [],
    rules: RULES.map((r, i) => ({ id: r.meta.id, weight: i + 1, options: { ...r.meta.defaultOptions, ...(options[r.meta.id] ?? {}) } })),
  };
}

/** Runs a set the way the pipeline does: computed artifacts first, from the same set. */
function runSet(snap: BrandSnapshot, set: RuleSet = ruleSet()) {
  return runRules(snap, set, computeArtifacts(snap, set));
}

describe('runRules', () => {
  it('runs every rule of the set, in its order, with its weights and the rules’ categories', () => {
    const set = ruleSet();
    const results = runSet(snapshot([startPage()], [account('facebook', 'brand')]), set);
    expect(results.map((r) => r.id)).toEqual(set.rules.map((r) => r.id));
    for (const [i, r] of results.entries()) {
      expect(r.weight).toBe(set.rules[i].weight);
      expect(r.category).toBe(getRule(r.id)!.meta.category);
    }
    const official = results.find((r) => r.id === 'official-accounts')!;
    expect(official).toMatchObject({ status: 'warn', messageId: 'too-few', score: 0.5 }); // one network of the two required
    expect(official.data).toMatchObject({ platform: ['facebook'] });
  });

  it('runs the default preset', () => {
    const set = loadRuleSet('default');
    const results = runSet(snapshot([startPage()], [account('facebook', 'brand')]), set);
    expect(results.map((r) => r.id)).toEqual(set.rules.map((r) => r.id));
    expect(results.find((r) => r.id === 'official-accounts')!.weight).toBe(set.rules.find((r) => r.id === 'official-accounts')!.weight);
  });

  it('returns ids and data only: every message id is declared by its rule or is the runner’s, and nothing is rendered', () => {
    const results = runSet(snapshot([startPage()], [account('facebook', 'brand')]));
    for (const r of results) {
      expect(Object.keys(r).sort()).toEqual(['category', 'data', 'evidence', 'id', 'messageId', 'score', 'status', 'weight']);
      expect([...getRule(r.id)!.meta.messages, ...RUNNER_MESSAGES], r.id).toContain(r.messageId);
    }
  });

  it('turns an unreadable start page into na for rules that need the site', () => {
    const results = runSet(snapshot([failedPage('/', { depth: 0 })]));
    const reach = results.find((r) => r.id === 'support-reachable')!;
    expect(reach).toMatchObject({ status: 'na', score: null, messageId: 'runner.missing-input', data: { input: 'site' } });
  });

  it('conversation rules of a website-only audit are na and say the social audit did not run', () => {
    const results = runSet(snapshot([startPage()]));
    const unanswered = results.find((r) => r.id === 'unanswered-questions')!;
    expect(unanswered).toMatchObject({ status: 'na', score: null, messageId: 'runner.no-social' });
  });

  it('website rules of a social-only audit are na and say the website was not audited', () => {
    const social = snapshot([], [], { target: { url: '', domain: '', brandName: 'Brand' } });
    social.site = { ...social.site, audited: false, startUrl: '' };
    const results = runSet(social);
    const site = results.filter((r) => getRule(r.id)!.meta.requires.includes('site'));
    expect(site.length).toBeGreaterThan(5);
    for (const r of site) expect(r, r.id).toMatchObject({ status: 'na', score: null, messageId: 'runner.no-website', data: { input: 'site' } });
  });

  it('a rule that throws is reported as error with weight kept but no score', () => {
    vi.spyOn(getRule('site-https')!, 'evaluate').mockImplementation(() => {
      throw new Error('boom');
    });
    const set = ruleSet();
    const r = runSet(snapshot(), set).find((x) => x.id === 'site-https')!;
    expect(r).toMatchObject({ status: 'error', score: null, messageId: 'runner.threw', data: { error: 'Error' }, evidence: [] });
    expect(r.weight).toBe(set.rules.find((x) => x.id === 'site-https')!.weight);
  });

  it('passes the rule set options over the defaults, and the computed artifacts as context', () => {
    const spy = vi.spyOn(getRule('official-accounts')!, 'evaluate');
    const snap = snapshot();
    const set = ruleSet({ 'official-accounts': { minNetworks: 5 } });
    const computed = computeArtifacts(snap, set);
    runRules(snap, set, computed);
    expect(spy.mock.calls[0][1]).toMatchObject({ minNetworks: 5, networks: getRule('official-accounts')!.meta.defaultOptions.networks });
    expect(spy.mock.calls[0][2]).toEqual({ computed });
  });

  it('clamps scores to 0..1 (a non-finite score counts 0) and gives na no score', () => {
    const rule = getRule('site-https')!;
    const spy = vi.spyOn(rule, 'evaluate');
    const score = (s: number | null, status: 'pass' | 'warn' | 'na' = 'warn') => {
      spy.mockReturnValueOnce({ status, score: s, messageId: 'some-http', data: {}, evidence: [] });
      return runSet(snapshot()).find((x) => x.id === 'site-https')!.score;
    };
    expect(score(1.7, 'pass')).toBe(1);
    expect(score(-0.2)).toBe(0);
    expect(score(Number.NaN)).toBe(0);
    expect(score(2 / 3)).toBe(2 / 3);
    expect(score(0.5, 'na')).toBeNull();
  });
});

describe('evidence notes', () => {
  it('stay notes (message id + data) in the results, for the formatters to render in the report’s language', () => {
    const results = runSet(snapshot([startPage()]));
    const community = results.find((r) => r.id === 'community-space')!;
    expect(community.status).toBe('fail');
    expect(community.evidence[0]).toEqual({ url: 'https://brand.example/', note: { id: 'no-community-link' } });
  });
});

describe('runner messages', () => {
  const langs = readdirSync(LOCALES_DIR).filter(isLang);

  it.each(langs)('are in the %s catalogue', (lang) => {
    const catalogue = loadCatalogue(lang);
    for (const id of RUNNER_MESSAGES) expect(catalogue.get(`rules._common.messages.${id}`), id).toBeTruthy();
  });
});
