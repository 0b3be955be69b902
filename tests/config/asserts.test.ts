// Tests of --assert parsing (valid and invalid specs): the checks a rule set's `assert:` list and the CLI accept.
import { describe, expect, it } from 'vitest';
import { parseAssert } from '../../src/config/asserts.js';
import { ConfigError } from '../../src/errors.js';

describe('parseAssert', () => {
  it.each([
    ['score=60', { kind: 'score', min: 60 }],
    ['  score = 72.5 ', { kind: 'score', min: 72.5, spec: 'score = 72.5' }],
    ['category:support=70', { kind: 'category', id: 'support', min: 70 }],
    ['rule:support-reachable=pass', { kind: 'rule-status', id: 'support-reachable', status: 'pass' }],
    ['rule:support-reachable=warn', { kind: 'rule-status', id: 'support-reachable', status: 'warn' }],
    ['rule:support-reachable=PASS', { kind: 'rule-status', id: 'support-reachable', status: 'pass' }],
    ['rule:contact-channels=75', { kind: 'rule-score', id: 'contact-channels', min: 75 }],
    ['rule:contact-channels=0', { kind: 'rule-score', id: 'contact-channels', min: 0 }],
    ['score=100', { kind: 'score', min: 100 }],
  ])('parses %j', (spec, expected) => {
    expect(parseAssert(spec)).toMatchObject(expected);
  });

  it.each([
    ['score', /"score" has no "="/],
    ['score=', /missing value after "score="/],
    ['score=abc', /"abc" is not a score from 0 to 100/],
    ['score=120', /"120" is not a score from 0 to 100/],
    ['score=-5', /"-5" is not a score from 0 to 100/],
    ['score=1e2', /"1e2" is not a score/],
    ['category:=70', /missing category id after "category:"/],
    ['category=70', /missing category id/],
    ['category:sup port=70', /"sup port" is not a valid category id/],
    ['rule:support-reachable=maybe', /"maybe" is not a status \(expected pass, warn or fail/],
    ['rule:support-reachable=na', /"na" is not a status/],
    ['rule:x=101', /"101" is not a score/],
    ['grade:support=70', /unknown check "grade:support" \(expected score, category:<id> or rule:<id>\)/],
    ['   ', /empty check/],
  ])('rejects %j with a one-line message naming the bad part', (spec, message) => {
    let error: unknown;
    try {
      parseAssert(spec);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});
