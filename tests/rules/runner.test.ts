// The runner: options merged over defaults, missing inputs become na, a throwing rule becomes error, messages rendered.
import { describe, expect, it, vi, afterEach } from 'vitest';
import { runRules } from '../../src/rules/runner.js';
import { loadRuleSet } from '../../src/config/rule-set.js';
import { getRule } from '../../src/rules/index.js';
import { renderTemplate } from '../../src/rules/template.js';
import { snapshot, startPage, failedPage, account } from './snapshot-builder.js';

afterEach(() => vi.restoreAllMocks());

describe('runRules', () => {
  it('runs every rule of the set and renders titles and messages in the asked language', () => {
    const set = loadRuleSet('default');
    const results = runRules(snapshot([startPage()], [account('facebook', 'brand')]), set, 'fr');
    expect(results.map((r) => r.id)).toEqual(set.rules.map((r) => r.id));
    const official = results.find((r) => r.id === 'official-accounts')!;
    expect(official.status).toBe('warn'); // one network of the two required
    expect(official.title).toBe(getRule('official-accounts')!.meta.failureTitle.fr);
    expect(official.message).not.toMatch(/\{\{/);
    expect(official.weight).toBe(set.rules.find((r) => r.id === 'official-accounts')!.weight);
  });

  it('turns an unreadable start page into na for rules that need the site', () => {
    const results = runRules(snapshot([failedPage('/', { depth: 0 })]), loadRuleSet('default'), 'en');
    const reach = results.find((r) => r.id === 'support-reachable')!;
    expect(reach.status).toBe('na');
    expect(reach.score).toBeNull();
  });

  it('conversation rules of a website-only audit are na and say the social audit did not run', () => {
    const results = runRules(snapshot([startPage()]), loadRuleSet('default'), 'en');
    const unanswered = results.find((r) => r.id === 'unanswered-questions')!;
    expect(unanswered).toMatchObject({ status: 'na', score: null, messageId: 'runner.no-social' });
    expect(unanswered.message).toContain('no social account was read');
  });

  it('a rule that throws is reported as error with weight kept but no score', () => {
    const rule = getRule('site-https')!;
    vi.spyOn(rule, 'evaluate').mockImplementation(() => {
      throw new Error('boom');
    });
    const results = runRules(snapshot(), loadRuleSet('default'), 'en');
    const r = results.find((x) => x.id === 'site-https')!;
    expect(r.status).toBe('error');
    expect(r.score).toBeNull();
    expect(r.messageId).toBe('runner.threw');
    expect(r.message).toBe('The rule failed to run: boom');
  });

  it('passes the rule set options over the defaults', () => {
    const set = loadRuleSet('default');
    const entry = set.rules.find((r) => r.id === 'official-accounts')!;
    const spy = vi.spyOn(getRule('official-accounts')!, 'evaluate');
    runRules(snapshot(), { ...set, rules: [{ ...entry, options: { ...entry.options, minNetworks: 5 } }] }, 'en');
    expect(spy.mock.calls[0][1]).toMatchObject({ minNetworks: 5, networks: entry.options.networks });
  });
});

describe('evidence notes', () => {
  it('are resolved into snippets in the report language, never left as notes', () => {
    const snap = snapshot([startPage()]);
    for (const lang of ['en', 'fr'] as const) {
      const results = runRules(snap, loadRuleSet('default'), lang);
      const community = results.find((r) => r.id === 'community-space')!;
      expect(community.status).toBe('fail');
      expect(community.evidence[0].snippet).toBe(lang === 'en' ? 'no link to a community or forum' : 'aucun lien vers une communauté ou un forum');
      expect(results.flatMap((r) => r.evidence).some((e) => 'note' in e)).toBe(false);
    }
  });
});

describe('renderTemplate', () => {
  it('fills placeholders, joins lists, rounds numbers, shows null as a dash and keeps unknown names', () => {
    expect(renderTemplate('{{a}} / {{b}} / {{c}} / {{d.e}} / {{zz}} / {{n}}', { a: 'x', b: ['p', 'q'], c: 0.3333, d: { e: 2 }, n: null })).toBe('x / p, q / 0.33 / 2 / {{zz}} / —');
  });
});
