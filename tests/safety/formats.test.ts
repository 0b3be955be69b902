// Every output format against the hostile fixture site: scraped markup, escape sequences, script URLs and spreadsheet
// formulas must come out inert — and still be shown, as text, so the reader sees what the site really says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'cheerio';
import { renderTerminal } from '../../src/report/terminal.js';
import { renderJson } from '../../src/report/json.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderJunit } from '../../src/report/junit.js';
import { renderCsv } from '../../src/report/csv.js';
import type { AuditReport } from '../../src/report/types.js';
import { auditHostileSite, auditTamperedSnapshot, RAW, SCRIPT_URLS, type AuditOutput } from '../browser/hostile-audit.js';
import { allText, findAll, parseXml } from '../browser/xml-check.js';
import { parseCsv } from '../browser/csv-rows.js';

/** C0 controls except tab, LF and CR; DEL; C1 controls (U+009B is an 8-bit CSI). ESC and BEL are among them. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Bidi overrides and isolates, which reorder what a terminal shows (CVE-2021-42574). */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
/** The SGR sequences chalk writes for colours; nothing else may start with ESC in a coloured terminal report. */
const SGR = /\u001b\[[0-9;]*m/g;

/** Fails naming the first offending character, its code point and what surrounds it. */
function expectNone(text: string, pattern: RegExp, format: string): void {
  const m = pattern.exec(text);
  const where = m ? `U+${m[0].codePointAt(0)!.toString(16).padStart(4, '0')} in ${format} near ${JSON.stringify(text.slice(Math.max(0, m.index - 40), m.index + 40))}` : '';
  expect(where, `${format} must not contain ${pattern}`).toBe('');
}

/** Whitespace collapsed, so text wrapped over several lines still matches a phrase. */
const flat = (s: string): string => s.replace(/\s+/g, ' ');

/** Decodes what Markdown escaping may have done to a string: HTML entities and backslash escapes. */
function unescapeMarkdown(md: string): string {
  return load(`<pre>${md.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/</g, '&lt;')}</pre>`)('pre').text();
}

// Scheme of a URL as a browser reads it: leading spaces and controls dropped, tabs and newlines removed anywhere.
const schemeOf = (url: string): string => url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '').toLowerCase().split(':')[0];
const URL_ATTRS = new Set(['href', 'xlink:href', 'action', 'formaction', 'src', 'poster', 'background', 'srcset', 'ping', 'data']);
/** Elements that run code, load a document or change where links go; none belongs in a static report. */
const ACTIVE_ELEMENTS = ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal'];

/** The HTML report's attack surface, read with parse5 (the browsers' algorithm): what a browser would run or follow. */
function activeHtml(html: string): string[] {
  const $ = load(html);
  const problems: string[] = [];
  for (const selector of ACTIVE_ELEMENTS) if ($(selector).length > 0) problems.push(`<${selector}> element`);
  // A refresh can navigate anywhere; other http-equiv values (a Content-Security-Policy) are welcome.
  if ($('meta[http-equiv]').filter((_, el) => /refresh/i.test($(el).attr('http-equiv') ?? '')).length > 0) problems.push('meta refresh');
  $('*').each((_, el) => {
    const { name: tag, attribs } = el as unknown as { name: string; attribs: Record<string, string> };
    for (const [name, value] of Object.entries(attribs)) {
      if (/^on/i.test(name)) problems.push(`${name}= on <${tag}>`);
      if (!URL_ATTRS.has(name.toLowerCase())) continue;
      const scheme = schemeOf(value);
      // An inline image is inert; a data: document or a script URL is not.
      const inertImage = name === 'src' && /^\s*data:image\//i.test(value);
      if (scheme === 'javascript' || scheme === 'vbscript' || (scheme === 'data' && !inertImage)) problems.push(`${name}="${value.slice(0, 60)}" on <${tag}>`);
    }
  });
  return problems;
}

interface Case {
  name: string;
  output: () => AuditOutput;
  /** Scraped strings every format that shows findings must show, as text. */
  shown: string[];
  /** Strings the report carries as data that the formats must disarm (checked present in the report first). */
  raw: string[];
}

let dir: string;
let crawl: AuditOutput;
let tampered: AuditOutput;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-safety-'));
  const snapshot = path.join(dir, 'hostile.snapshot.json');
  crawl = await auditHostileSite(snapshot);
  tampered = await auditTamperedSnapshot(snapshot, ['--lang', 'fr']);
}, 60_000);
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Scraped strings from fixtures/hostile that reach findings: the brand name (home page title), the contact-channels
// evidence (form legend, mailto with a header injection), the promise with markup and a CDATA end.
const SCRAPED = ['<script>alert(1)</script>', '"><svg onload=alert(1)>', '%0ABcc:espion@evil.test', '<b>juré</b> ]]> <![CDATA['];

const CASES: Case[] = [
  {
    name: 'real crawl of the hostile site',
    output: () => crawl,
    shown: SCRAPED,
    // The only raw control that survives the collector: a C1 CSI sent in a Content-Type header, quoted in an error.
    raw: ['\u009b31m'],
  },
  {
    name: 'tampered snapshot of the hostile site (--from-snapshot, fr)',
    output: () => tampered,
    shown: [...SCRAPED, SCRIPT_URLS.evidence],
    raw: [RAW.oscTitle, RAW.clear, RAW.red, RAW.hyperlink, RAW.c1, RAW.rlo, RAW.reset, SCRIPT_URLS.evidence, SCRIPT_URLS.account],
  },
];

describe.each(CASES)('$name', ({ output, shown, raw }) => {
  let report: AuditReport;
  beforeAll(() => {
    report = output().report;
  });

  it('carries the hostile strings as data (the premise of every check below)', () => {
    const data = JSON.stringify(report);
    for (const s of raw) expect(data).toContain(JSON.stringify(s).slice(1, -1));
    expect(report.target.brandName).toContain('<script>alert(1)</script>');
    expect(report.target.brandName).toContain('"><img src=x onerror=alert(1)>');
    expect(report.target.brandName).toContain('&lt;script&gt;');
    expect(report.target.brandName.startsWith('=HYPERLINK(')).toBe(true);
  });

  it('terminal without colour: no control character, no bidi override, the hostile strings shown as text', () => {
    const out = renderTerminal(report, { lang: 'en', color: false });
    expectNone(out, CONTROL, 'terminal');
    expectNone(out, BIDI, 'terminal');
    for (const s of shown) expect(flat(out)).toContain(flat(s));
    // Escape sequences are removed whole, not just their ESC byte.
    expect(out).not.toContain(']0;pwned');
    expect(out).not.toContain(']8;;');
  });

  it('terminal with colour: only colour codes, and exactly the colourless text once they are removed', () => {
    const plain = renderTerminal(report, { lang: 'en', color: false });
    const coloured = renderTerminal(report, { lang: 'en', color: true });
    expect(coloured).toMatch(SGR);
    const stripped = coloured.replace(SGR, '');
    expectNone(stripped, CONTROL, 'coloured terminal (colour codes removed)');
    expect(stripped).toBe(plain);
  });

  it('json: parses back to the same report, hostile strings kept as data, controls escaped', () => {
    for (const [format, text] of [
      ['json', renderJson(report)],
      ['CLI json', output().json],
    ] as const) {
      expectNone(text, CONTROL, format);
      expectNone(text, BIDI, format);
      expect(JSON.parse(text)).toEqual(report);
    }
  });

  it('html: no script, no event handler, no script or data URL — and the hostile strings visible as text', () => {
    const html = renderHtml(report);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/href\s*=\s*["']?\s*(javascript|data):/i);
    expect(activeHtml(html)).toEqual([]);
    const text = flat(load(html)('body').text());
    for (const s of [...shown, '"><img src=x onerror=alert(1)>', '&lt;script&gt;']) expect(text).toContain(flat(s));
    // The escaped form is what sits in the source: one level of escaping, no more, no less.
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&amp;lt;script&amp;gt;');
  });

  it('markdown: no raw HTML tag, no script or data link, no control character — and the hostile strings readable', () => {
    const md = renderMarkdown(report);
    expect(md).not.toMatch(/<script/i);
    // No raw HTML tag at all (a Markdown viewer passes them through), and no script or data URL as a link target,
    // whether inline, as an autolink or as a reference definition.
    expect(md).not.toMatch(/<\/?(?!br\b)[a-z][a-z0-9-]*(\s|\/?>)/i);
    expect(md).not.toMatch(/\]\(\s*<?\s*(javascript|vbscript|data):/i);
    expect(md).not.toMatch(/<(javascript|vbscript|data):/i);
    expect(md).not.toMatch(/^\s*\[[^\]]+\]:\s*<?\s*(javascript|vbscript|data):/im);
    expectNone(md, CONTROL, 'markdown');
    const text = flat(unescapeMarkdown(md));
    for (const s of shown) expect(text).toContain(flat(s));
  });

  it('junit: well-formed XML, one test case per rule, no control character — and the hostile strings as text', () => {
    const xml = renderJunit([report]);
    expectNone(xml, CONTROL, 'junit');
    const root = parseXml(xml);
    expect(root.name).toBe('testsuites');
    const suites = findAll(root, 'testsuite');
    expect(suites).toHaveLength(1);
    expect(findAll(root, 'testcase')).toHaveLength(report.rules.length);
    expect(findAll(root, 'failure')).toHaveLength(report.rules.filter((r) => r.status === 'fail').length);
    expect(suites[0].attrs.name).toContain('<script>alert(1)</script>');
    const text = flat(allText(root));
    for (const s of shown) expect(text).toContain(flat(s));
  });

  it('csv: valid RFC 4180, no control character, every formula-like cell neutralised, hostile text kept', () => {
    // One variant per character a spreadsheet treats as the start of a formula, plus the tab and CR tricks.
    const variants = ['=', '+', '-', '@', '\t=', '\r='].map((lead) => ({
      ...report,
      target: { ...report.target, brandName: `${lead}cmd|' /C calc'!A0` },
    }));
    const csv = renderCsv([report, ...variants]);
    expectNone(csv, CONTROL, 'csv');
    const rows = parseCsv(csv);
    expect(rows[0][0]).toBe('brand');
    expect(rows).toHaveLength(1 + report.rules.length * (1 + variants.length));
    for (const row of rows) expect(row).toHaveLength(rows[0].length);
    const formulas = rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell));
    expect(formulas).toEqual([]);
    const brands = new Set(rows.slice(1).map((row) => row[0]));
    expect(brands).toContain(`'${report.target.brandName.replace(new RegExp(CONTROL.source, 'g'), '')}`);
    for (const lead of ['=', '+', '-', '@']) expect(brands).toContain(`'${lead}cmd|' /C calc'!A0`);
    // The promise with markup and a CDATA end is in the response-time rule's data, intact.
    const promiseRow = rows.find((row) => row[3] === 'response-time-promise' && row[0] === [...brands][0]);
    expect(promiseRow?.join(' ')).toContain('<b>juré</b> ]]>');
  });
});
