// Tests for the JSON report formatter.
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { sampleReport } from './sample-report.js';

describe('renderJson', () => {
  it('writes the report unchanged as 2-space JSON with a trailing newline', () => {
    const report = sampleReport();
    const out = renderJson(report);
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.split('\n')[1]).toBe('  "schemaVersion": 1,');
    expect(JSON.parse(out)).toEqual(report);
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
