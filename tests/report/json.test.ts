// Tests for the JSON report formatter: the language-neutral AuditReport as it is.
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { renderReport } from '../../src/report/index.js';
import { sampleReport, sampleSocialReport } from './sample-report.js';

describe('renderJson', () => {
  it('writes the report unchanged as 2-space JSON with a trailing newline', () => {
    const report = sampleSocialReport();
    const out = renderJson(report);
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.split('\n')[1]).toBe('  "schemaVersion": 2,');
    expect(JSON.parse(out)).toEqual(report);
  });

  it('is language-neutral: the same bytes whatever language is asked for, ids and unrounded data only', () => {
    const report = sampleSocialReport();
    report.rules[0].data = { ...report.rules[0].data, share: 1 / 3 };
    const en = renderReport(report, 'json', { lang: 'en', color: false });
    expect(renderReport(report, 'json', { lang: 'fr', color: true })).toBe(en);
    const parsed = JSON.parse(en);
    expect(parsed).not.toHaveProperty('lang');
    expect(parsed.rules[0]).not.toHaveProperty('title');
    expect(parsed.rules[0]).not.toHaveProperty('message');
    expect(parsed.rules[0].data.share).toBe(1 / 3);
    expect(parsed.social.accounts[0].unansweredRatio).toBe(14 / 40);
    // No catalogue words in the data: account reasons and page errors are codes.
    expect(parsed.accounts[0].reason).toEqual(report.accounts[0].reason);
    expect(en).not.toContain('Customer care on social networks');
  });

  it('escapes control characters, C1 and bidi controls included, without changing the data', () => {
    const report = sampleReport();
    report.target.brandName = 'Ac\u009b2Jme\u202e\u001b[31m';
    const out = renderJson(report);
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(out).toContain('"brandName": "Ac\\u009b2Jme\\u202e\\u001b[31m"');
    expect(JSON.parse(out).target.brandName).toBe(report.target.brandName);
  });
});
