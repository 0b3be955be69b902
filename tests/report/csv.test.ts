// Tests for the CSV formatter: RFC 4180 quoting and line endings, columns, and the formula-injection guard.
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, csvField, renderCsv, summariseData } from '../../src/report/csv.js';
import { translator } from '../../src/locale/translator.js';
import { ruleMessage } from '../../src/report/text.js';
import { sampleReport } from './sample-report.js';

/** A strict RFC 4180 reader: CRLF record ends, quotes only around whole fields, "" inside; throws on anything else. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let pos = 0;
  while (pos < text.length) {
    const fields: string[] = [];
    for (;;) {
      let field = '';
      if (text[pos] === '"') {
        pos++;
        for (;;) {
          const q = text.indexOf('"', pos);
          if (q === -1) throw new Error('unterminated quoted field');
          field += text.slice(pos, q);
          pos = q + 1;
          if (text[pos] !== '"') break;
          field += '"';
          pos++;
        }
      } else {
        const m = /[^,"\r\n]*/y;
        m.lastIndex = pos;
        field = m.exec(text)![0];
        pos = m.lastIndex;
      }
      fields.push(field);
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      if (text.startsWith('\r\n', pos)) {
        pos += 2;
        break;
      }
      throw new Error(`unexpected ${JSON.stringify(text[pos])} at ${pos}`);
    }
    records.push(fields);
  }
  return records;
}

describe('the strict CSV reader used by these tests', () => {
  it.each([['a"b\r\n'], ['"a\r\n'], ['a\nb\r\n'], ['a,b']])('rejects %j', (text) => {
    expect(() => parseCsv(text)).toThrow();
  });
});

describe('renderCsv', () => {
  it('writes the header, then one row per rule with every column, and CRLF after every record', () => {
    const report = sampleReport();
    const other = sampleReport();
    other.target = { ...other.target, brandName: 'Other', domain: 'other.example' };
    const out = renderCsv([report, other], { lang: 'en' });
    expect(out.startsWith('brand,domain,category,rule,status,score,weight,value,message\r\n')).toBe(true);
    expect(out.endsWith('\r\n')).toBe(true);
    // No field of the sample holds a line break, so every CR or LF must belong to a CRLF record end.
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const rows = parseCsv(out);
    expect(rows[0]).toEqual(CSV_HEADER);
    expect(rows).toHaveLength(1 + 2 * report.rules.length);
    expect(rows.every((r) => r.length === CSV_HEADER.length)).toBe(true);
    const byRule = Object.fromEntries(rows.slice(1, 1 + report.rules.length).map((r) => [r[3], r]));
    expect(byRule['accounts-consistent']).toEqual([
      'Acme',
      'acme.example',
      'presence',
      'accounts-consistent',
      'warn',
      '50',
      '1',
      '{"platform":["x"]}',
      'Several main accounts are linked for the same network: X.',
    ]);
    expect(byRule['official-accounts'].slice(4, 8)).toEqual(['pass', '100', '3', '{"platform":["facebook","x","instagram"]}']);
    // Unscored rules leave the score empty instead of writing a misleading 0.
    expect(byRule['self-service'].slice(4, 8)).toEqual(['na', '', '2', '']);
    expect(byRule['realtime-channel'].slice(4, 6)).toEqual(['error', '']);
    expect(rows[1 + report.rules.length].slice(0, 2)).toEqual(['Other', 'other.example']);
  });

  it('writes the message in the language asked for and leaves codes and figures as they are', () => {
    const report = sampleReport();
    const english = parseCsv(renderCsv([report], { lang: 'en' }));
    const french = parseCsv(renderCsv([report], { lang: 'fr' }));
    expect(french[0]).toEqual(CSV_HEADER);
    expect(french.map((r) => r.slice(0, 8))).toEqual(english.map((r) => r.slice(0, 8)));
    const row = french.find((r) => r[3] === 'support-links-to-social')!;
    expect(row[8]).toBe('Aucune des 7 pages d’aide lues ne lie un compte social officiel.');
    report.rules.forEach((rule, i) => {
      expect(english[1 + i][8]).toBe(ruleMessage(translator('en'), rule));
      expect(french[1 + i][8]).toBe(ruleMessage(translator('fr'), rule));
    });
  });

  it('keeps figures unrounded in the value column, as the report holds them', () => {
    const report = sampleReport();
    report.rules[0].data = { ...report.rules[0].data, ratio: 1 / 3 };
    expect(parseCsv(renderCsv([report]))[1][7]).toContain('"ratio":0.3333333333333333');
  });

  it('quotes fields with commas, quotes, CR or LF and doubles the quotes', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    const report = sampleReport();
    Object.assign(report.rules[0], { messageId: 'runner.threw', data: { error: 'Line one, with "quotes"\r\nline two' } });
    expect(parseCsv(renderCsv([report]))[1][8]).toBe('The rule failed to run: Line one, with "quotes"\r\nline two');
  });

  it.each([
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ['+1+cmd|calc', `'+1+cmd|calc`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1:A9)', `'@SUM(A1:A9)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
  ])('prefixes a cell starting like a formula with a quote: %j', (input, expected) => {
    const report = sampleReport();
    report.target.brandName = input;
    report.rules[0].id = input;
    // A message that starts with data: "{account} could not be read ({status})".
    Object.assign(report.rules[1], { messageId: 'account-unreadable', data: { account: input, status: 'error' } });
    for (const lang of ['en', 'fr'] as const) {
      const rows = parseCsv(renderCsv([report], { lang }));
      expect(rows[1][0]).toBe(expected);
      expect(rows[1][3]).toBe(expected);
      expect(rows[2][8].startsWith(expected)).toBe(true);
    }
  });

  it('leaves harmless leading characters alone and removes control characters', () => {
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField("'already")).toBe("'already");
    expect(csvField('\u001b[31mred\u001b[0m\u009b2J')).toBe('[31mred[0m2J');
    // The guard looks at the text as written, after control characters are gone.
    expect(csvField('\u0007=1')).toBe("'=1");
  });

  it('summarises data as compact JSON, cut to a few hundred characters', () => {
    expect(summariseData({})).toBe('');
    expect(summariseData({ kinds: ['email', 'phone'], n: 2 })).toBe('{"kinds":["email","phone"],"n":2}');
    const long = summariseData({ links: Array.from({ length: 100 }, (_, i) => `https://x.example/${i}`) });
    expect(Array.from(long)).toHaveLength(300);
    expect(long.endsWith('…')).toBe(true);
    expect(long.startsWith('{"links":["https://x.example/0",')).toBe(true);
  });

  it('writes only the header for no reports', () => {
    expect(renderCsv([])).toBe(CSV_HEADER.join(',') + '\r\n');
  });
});
