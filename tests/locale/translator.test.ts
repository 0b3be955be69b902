// The translator renders ICU messages and figures the language's way; tests use small catalogues of their own.
import { describe, expect, it } from 'vitest';
import { createTranslator, englishList } from '../../src/locale/translator.js';
import { messageArguments } from '../../src/locale/arguments.js';

const catalogue = new Map<string, string>([
  ['posts', '{count, plural, one {# post} other {# posts}} read'],
  ['share', '{unanswered} of {questions} unanswered ({ratio, number, percent})'],
  ['bare', 'median {value}'],
  ['delay', 'answered after {delayMinutes}'],
  ['channels', 'missing: {channels}'],
  ['platform', 'on {platform}'],
  ['when', 'updated {date, date, medium}'],
  ['markup', 'a <b> not markup </b> {x}'],
  ['terms.platform.x', 'X (Twitter)'],
  ['terms.channels.phone', 'telephone'],
  ['terms.channels.email', 'e-mail'],
]);
const frCatalogue = new Map<string, string>([
  ['posts', '{count, plural, one {# publication lue} other {# publications lues}}'],
  ['share', '{unanswered} sur {questions} sans réponse ({ratio, number, percent})'],
  ['bare', 'médiane {value}'],
  ['terms.channels.phone', 'téléphone'],
  ['terms.channels.email', 'e-mail'],
  ['channels', 'manquants : {channels}'],
]);

/** Intl separates figures and units with no-break spaces (U+00A0, U+202F); compare them as plain spaces. */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe('translator', () => {
  const en = createTranslator('en', catalogue);
  const fr = createTranslator('fr', frCatalogue);

  it('plurals through ICU', () => {
    expect(en.t('posts', { count: 1 })).toBe('1 post read');
    expect(en.t('posts', { count: 3 })).toBe('3 posts read');
    expect(fr.t('posts', { count: 1 })).toBe('1 publication lue');
    expect(fr.t('posts', { count: 2 })).toBe('2 publications lues');
  });

  it('percentages from unrounded ratios, the language’s way', () => {
    expect(en.t('share', { unanswered: 3, questions: 8, ratio: 3 / 8 })).toBe('3 of 8 unanswered (38%)');
    expect(plain(fr.t('share', { unanswered: 3, questions: 8, ratio: 3 / 8 }))).toBe('3 sur 8 sans réponse (38 %)');
  });

  it('bare numbers get the language’s decimal separator and at most two decimals', () => {
    expect(en.t('bare', { value: 3.14159 })).toBe('median 3.14');
    expect(fr.t('bare', { value: 3.14159 })).toBe('médiane 3,14');
    expect(en.t('bare', { value: 12345 })).toBe('median 12,345');
  });

  it('durations for keys ending in Minutes', () => {
    expect(en.t('delay', { delayMinutes: 45 })).toBe('answered after 45 min');
    expect(plain(en.t('delay', { delayMinutes: 125 }))).toBe('answered after 2 hr 5 min');
    expect(plain(en.duration(60 * 24 * 3 + 60 * 4))).toBe('3 days 4 hr');
    expect(plain(fr.duration(125))).toBe('2 h 5 min');
  });

  it('codes become catalogue terms, lists are joined', () => {
    expect(en.t('platform', { platform: 'x' })).toBe('on X (Twitter)');
    expect(en.t('platform', { platform: 'mastodon' })).toBe('on mastodon');
    expect(en.t('channels', { channels: ['phone', 'email', 'chat'] })).toBe('missing: telephone, e-mail, and chat');
    expect(fr.t('channels', { channels: ['phone', 'email'] })).toBe('manquants : téléphone et e-mail');
  });

  it('English lists are joined as ICU joins them', () => {
    const icu = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });
    const lists = [[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['one, two', 'and three', '', 'Über', '東京', 'x y'], Array.from({ length: 12 }, (_, i) => `item ${i}`)];
    for (const items of lists) {
      expect(englishList(items)).toBe(icu.format(items));
      expect(en.list(items)).toBe(icu.format(items));
    }
    expect(englishList(['phone', 'email', 'chat'])).toBe('phone, email, and chat');
    expect(fr.list(['a', 'b', 'c'])).toBe('a, b et c');
  });

  it('ISO dates render as dates; null is a dash; tags are text', () => {
    expect(en.t('when', { date: '2026-03-05' })).toBe('updated Mar 5, 2026');
    expect(en.t('bare', { value: null })).toBe('median —');
    expect(en.t('markup', { x: 1 })).toBe('a <b> not markup </b> 1');
  });

  it('an unknown key renders as the key, visibly', () => {
    expect(en.t('no.such.key')).toBe('no.such.key');
    expect(en.has('posts')).toBe(true);
    expect(en.has('nope')).toBe(false);
  });

  it('dates and times in UTC', () => {
    expect(en.dateTime('2026-12-04T22:10:00Z')).toBe('Dec 4, 2026, 22:10 UTC');
    expect(plain(fr.day('2026-12-04T22:10:00Z'))).toBe('4 déc. 2026');
  });

  it('lists the arguments of a message, nested ones included', () => {
    expect(messageArguments('{a} {n, plural, one {# {b}} other {{c}}} {d, number, percent}')).toEqual(['a', 'b', 'c', 'd', 'n']);
  });
});

describe('translator terms and dates', () => {
  const tr = createTranslator('en', new Map([
    ['terms.platform.x', 'X (Twitter)'],
    ['missing', 'missing: {missingPlatforms}'],
    ['when', 'on {date, date, medium}'],
  ]));

  it('reads a kind from plural and camelCase keys', () => {
    expect(tr.term('platforms', 'x')).toBe('X (Twitter)');
    expect(tr.t('missing', { missingPlatforms: ['x', 'bluesky'] })).toBe('missing: X (Twitter) and bluesky');
  });

  it('names accounts the way a reader does: "X (Twitter) acme" for the id "x:acme", never a URL or an unknown platform', () => {
    const named = createTranslator('en', new Map([
      ['terms.platform.x', 'X (Twitter)'],
      ['one', '{account}: not a care account'],
      ['many', 'silent: {irregularAccounts}'],
    ]));
    expect(named.t('one', { account: 'x:acme' })).toBe('X (Twitter) acme: not a care account');
    expect(named.t('many', { irregularAccounts: ['x:acme', 'x:acme_fr'] })).toBe('silent: X (Twitter) acme and X (Twitter) acme_fr');
    expect(named.t('one', { account: 'https://x.com/acme' })).toBe('https://x.com/acme: not a care account');
    expect(named.t('one', { account: 'gopher:acme' })).toBe('gopher:acme: not a care account');
  });

  it('formats ICU dates in UTC', () => {
    expect(tr.t('when', { date: '2026-03-01' })).toBe('on Mar 1, 2026');
    expect(tr.t('when', { date: '2026-03-01T23:30:00Z' })).toBe('on Mar 1, 2026');
  });
});

describe('translator with missing values', () => {
  it('shows a dash for a value a saved report lacks, rather than failing', () => {
    const tr = createTranslator('en', new Map([['m', '{a} of {n, plural, one {# question} other {# questions}} ({r, number, percent})']]));
    expect(tr.t('m', { a: 2 })).toBe('2 of — questions (—)');
  });
});

describe('translator with date-like text', () => {
  it('keeps text that looks like a date but is not one', () => {
    const tr = createTranslator('en', new Map([['m', 'got {value}']]));
    expect(tr.t('m', { value: '2025-13-45' })).toBe('got 2025-13-45');
  });
});
