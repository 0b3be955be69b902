// Tests for the JUnit XML formatter: well-formed XML (checked by a strict parser written here), counts, escaping.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderJunit, stripXmlIllegal } from '../../src/report/junit.js';
import { REPORT_SCHEMA_VERSION, type AuditReport } from '../../src/report/types.js';
import { translator } from '../../src/locale/translator.js';
import { ruleMessage, ruleTitle } from '../../src/report/text.js';
import { sampleReport } from './sample-report.js';

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const LEGAL_CHARS = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

/** Decodes entity and character references, rejecting a bare `&` or an unknown entity as a strict parser would. */
function decode(raw: string, where: string): string {
  return raw.replace(/&([^;]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new Error(`bare & in ${where}`);
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    if (!(ref in ENTITIES)) throw new Error(`unknown entity &${ref}; in ${where}`);
    return ENTITIES[ref];
  });
}

/** A small strict XML 1.0 parser (no DTD, no CDATA, no comments: the formatter writes none): throws on any error. */
function parseXml(xml: string): XmlNode {
  if (!LEGAL_CHARS.test(xml)) throw new Error('character illegal in XML 1.0');
  let pos = 0;
  const decl = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/.exec(xml);
  if (decl) pos = decl[0].length;
  const root: XmlNode = { name: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  const NAME = /[A-Za-z_][\w.-]*/y;
  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos);
    const chunk = xml.slice(pos, lt === -1 ? xml.length : lt);
    if (chunk.includes('>') && chunk.includes(']]>')) throw new Error(']]> in text');
    const top = stack[stack.length - 1];
    if (top === root && chunk.trim()) throw new Error('text outside the root element');
    top.text += decode(chunk, `<${top.name}> text`);
    if (lt === -1) break;
    pos = lt + 1;
    if (xml[pos] === '/') {
      NAME.lastIndex = pos + 1;
      const m = NAME.exec(xml);
      if (!m || xml[NAME.lastIndex] !== '>') throw new Error(`bad end tag at ${pos}`);
      if (m[0] !== top.name) throw new Error(`</${m[0]}> closes <${top.name}>`);
      stack.pop();
      pos = NAME.lastIndex + 1;
      continue;
    }
    NAME.lastIndex = pos;
    const m = NAME.exec(xml);
    if (!m) throw new Error(`bad tag at ${pos}`);
    if (top === root && root.children.length > 0) throw new Error('two root elements');
    const node: XmlNode = { name: m[0], attrs: {}, children: [], text: '' };
    pos = NAME.lastIndex;
    const ATTR = /\s+([A-Za-z_][\w.-]*)="([^"<]*)"/y;
    for (;;) {
      ATTR.lastIndex = pos;
      const a = ATTR.exec(xml);
      if (!a) break;
      if (a[1] in node.attrs) throw new Error(`duplicate attribute ${a[1]}`);
      node.attrs[a[1]] = decode(a[2], `@${a[1]}`);
      pos = ATTR.lastIndex;
    }
    top.children.push(node);
    if (xml.startsWith('/>', pos)) pos += 2;
    else if (xml[pos] === '>') {
      stack.push(node);
      pos += 1;
    } else throw new Error(`bad attribute syntax in <${node.name}> at ${pos}`);
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is not closed`);
  if (root.children.length !== 1) throw new Error('no root element');
  return root.children[0];
}

const all = (node: XmlNode, name: string): XmlNode[] =>
  node.children.flatMap((c) => (c.name === name ? [c] : []).concat(all(c, name)));
const child = (node: XmlNode, name: string): XmlNode | undefined => node.children.find((c) => c.name === name);

/** The fixture brands' golden reports in the current (language-neutral) shape; older ones are left to regenerate. */
function goldenReports(): AuditReport[] {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../golden');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.report.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as AuditReport)
    .filter((r) => r.schemaVersion === REPORT_SCHEMA_VERSION);
}

const en = translator('en');
const fr = translator('fr');

describe('the strict XML check used by these tests', () => {
  it.each([
    ['a bare ampersand', '<a>fish & chips</a>'],
    ['a control character', '<a>\u0001</a>'],
    ['crossed tags', '<a><b></a></b>'],
    ['an unclosed element', '<a><b/>'],
    ['a < in an attribute', '<a x="<"/>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
  ])('rejects %s', (_, xml) => {
    expect(() => parseXml(xml)).toThrow();
  });
});

describe('renderJunit', () => {
  it('writes one suite per brand with the right counts, and totals on <testsuites>', () => {
    const reports = [sampleReport(), ...goldenReports()];
    const root = parseXml(renderJunit(reports, { lang: 'en' }));
    expect(root.name).toBe('testsuites');
    const suites = root.children.filter((c) => c.name === 'testsuite');
    expect(suites).toHaveLength(reports.length);
    reports.forEach((report, i) => {
      const suite = suites[i];
      const cases = suite.children.filter((c) => c.name === 'testcase');
      const n = (s: 'fail' | 'error' | 'na'): string => String(report.counts[s]);
      expect(suite.attrs.name).toBe(`${report.target.brandName} (${report.target.domain})`);
      expect(suite.attrs.tests).toBe(String(report.rules.length));
      expect(suite.attrs.failures).toBe(n('fail'));
      expect(suite.attrs.errors).toBe(n('error'));
      expect(suite.attrs.skipped).toBe(n('na'));
      expect(suite.attrs.timestamp).toBe(report.collectedAt);
      expect(cases).toHaveLength(report.rules.length);
      expect(all(suite, 'failure')).toHaveLength(Number(n('fail')));
      expect(all(suite, 'error')).toHaveLength(Number(n('error')));
      expect(all(suite, 'skipped')).toHaveLength(Number(n('na')));
    });
    const rules = reports.flatMap((r) => r.rules);
    expect(root.attrs.tests).toBe(String(rules.length));
    expect(root.attrs.failures).toBe(String(rules.filter((r) => r.status === 'fail').length));
  });

  it('maps each status to its JUnit element, with class and name from the rule', () => {
    const report = sampleReport();
    const suite = child(parseXml(renderJunit([report], { lang: 'en' })), 'testsuite')!;
    expect(suite.attrs).toMatchObject({ tests: '8', failures: '2', errors: '1', skipped: '1' });
    const byId = (id: string): XmlNode => suite.children.find((c) => c.attrs.name?.startsWith(`${id}:`))!;
    const rule = (id: string) => report.rules.find((r) => r.id === id)!;

    const fail = byId('support-links-to-social');
    expect(fail.attrs.classname).toBe('brand-audit.support');
    expect(fail.attrs.name).toBe('support-links-to-social: Support area does not offer help on social networks');
    expect(fail.attrs.name).toBe(`support-links-to-social: ${ruleTitle(en, rule('support-links-to-social'))}`);
    const failure = child(fail, 'failure')!;
    expect(failure.attrs.type).toBe('fail');
    expect(failure.attrs.message).toBe('None of the 7 support pages read links to an official social account.');
    // Evidence: where, then the rule's note and the snippet as seen on the page.
    expect(failure.text).toContain(
      '- https://www.acme.example/help/topic-2 — no link to the brand’s accounts on Facebook and X — Help topic 2: returns and refunds',
    );
    expect(failure.text.split('\n')).toHaveLength(8);

    expect(child(byId('self-service'), 'skipped')!.attrs.message).toBe(ruleMessage(en, rule('self-service')));
    const error = child(byId('realtime-channel'), 'error')!;
    expect(error.attrs.message).toBe('The rule failed to run: unexpected contact value');
    const warn = byId('accounts-consistent');
    expect(warn.children.map((c) => c.name)).toEqual(['system-out']);
    expect(child(warn, 'system-out')!.text).toMatch(/^WARN \(score 50\/100\): Several main accounts are linked for the same network: X\./);
    expect(byId('site-https').children).toEqual([]);
    const props = Object.fromEntries(all(suite, 'property').map((p) => [p.attrs.name, p.attrs.value]));
    expect(props).toMatchObject({ score: '55.1', grade: 'D', url: 'https://www.acme.example/' });
  });

  it('writes names and messages in the language asked for, ids and figures unchanged', () => {
    const report = sampleReport();
    const english = parseXml(renderJunit([report], { lang: 'en' }));
    const french = parseXml(renderJunit([report], { lang: 'fr' }));
    const cases = (root: XmlNode): XmlNode[] => all(root, 'testcase');
    expect(cases(french).map((c) => c.attrs.classname)).toEqual(cases(english).map((c) => c.attrs.classname));
    expect(french.attrs).toEqual(english.attrs);
    const rule = report.rules.find((r) => r.id === 'support-links-to-social')!;
    const failing = cases(french).find((c) => c.attrs.name.startsWith('support-links-to-social:'))!;
    expect(failing.attrs.name).toBe(`support-links-to-social: ${ruleTitle(fr, rule)}`);
    expect(child(failing, 'failure')!.attrs.message).toBe('Aucune des 7 pages d’aide lues ne lie un compte social officiel.');
    expect(child(failing, 'failure')!.attrs.message).toBe(ruleMessage(fr, rule));
    const warn = cases(french).find((c) => c.attrs.name.startsWith('accounts-consistent:'))!;
    expect(child(warn, 'system-out')!.text).toMatch(/^À AMÉLIORER \(score 50\/100\): /);
    expect(renderJunit([report], { lang: 'fr' })).not.toContain(ruleMessage(en, rule));
  });

  it('takes its counts from the report', () => {
    const report = sampleReport();
    report.counts = { ...report.counts, fail: 7 };
    const suite = child(parseXml(renderJunit([report], { lang: 'en' })), 'testsuite')!;
    expect(suite.attrs.failures).toBe('7');
  });

  it('keeps hostile scraped text inert and the document well-formed', () => {
    const report = sampleReport();
    const rule = report.rules.find((r) => r.id === 'realtime-channel')!;
    rule.id = `Tom & Jerry ]]> <script>alert('x')</script> \u001b[31mred\u001b[0m "quoted"`;
    rule.status = 'fail';
    rule.category = 'support';
    rule.data = { error: `bad\u0000\u0008 chars \ufffe\uffff lone \ud800 surrogate \udc00 & <b>bold</b>` };
    rule.evidence = [{ url: 'https://e.example/?a=1&b=2', snippet: ']]><![CDATA[x]]> \u001b]0;title\u0007 \ud83d\ude00' }];
    report.target.brandName = `A"c'm<e>&`;
    const xml = renderJunit([report], { lang: 'en' });
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain(']]>');
    const suite = child(parseXml(xml), 'testsuite')!;
    expect(suite.attrs.name).toBe(`A"c'm<e>& (acme.example)`);
    const tc = suite.children.find((c) => c.attrs.classname === 'brand-audit.support' && c.attrs.name.includes('Jerry'))!;
    // A rule id no catalogue knows is its own title.
    expect(tc.attrs.name).toBe(`Tom & Jerry ]]> <script>alert('x')</script> red "quoted": Tom & Jerry ]]> <script>alert('x')</script> red "quoted"`);
    const failure = child(tc, 'failure')!;
    expect(failure.attrs.message).toBe('The rule failed to run: bad chars lone surrogate & <b>bold</b>');
    // Paired surrogates (an emoji) survive; only unpaired ones are dropped.
    expect(failure.text).toContain('- https://e.example/?a=1&b=2 — ]]><![CDATA[x]]> 😀');
  });

  it('strips exactly the characters XML 1.0 forbids', () => {
    expect(stripXmlIllegal('a\u0000\u001f\t\n\r\ufffe\uffff\ud800\udc00\ud800b\udc00c\u0085')).toBe('a\t\n\r\ud800\udc00bc\u0085');
  });

  it('writes an empty but valid document for no reports', () => {
    const root = parseXml(renderJunit([], { lang: 'en' }));
    expect(root.attrs).toMatchObject({ tests: '0', failures: '0' });
    expect(root.children).toEqual([]);
  });
});

describe('renderJunit with the gates of the run', () => {
  it('adds one test case per gate after the rules, failures counted in the suite and the totals', () => {
    const report: AuditReport = {
      ...sampleReport(),
      gates: {
        ok: false,
        checks: [
          { kind: 'fail-under', name: 'fail-under', ok: true, messageId: 'failUnder.pass', data: { score: 55.1, min: 50 } },
          { kind: 'assert', name: 'category:support=70', ok: false, messageId: 'assert.category.fail', data: { spec: 'category:support=70', id: 'support', score: 0, min: 70 } },
          { kind: 'baseline-rule', name: 'baseline:rule:site-https', ok: false, messageId: 'baseline.rule.regressed', data: { id: 'site-https', beforeLevel: 'pass', afterLevel: 'fail', before: 100, after: 0 } },
        ],
        baseline: { collectedAt: '2025-03-11T10:00:00.000Z', score: 60 },
      },
    };
    const root = parseXml(renderJunit([report], { lang: 'fr' }));
    const suite = child(root, 'testsuite')!;
    expect(suite.attrs).toMatchObject({ tests: '11', failures: '4', errors: '1', skipped: '1' });
    expect(root.attrs).toMatchObject({ tests: '11', failures: '4' });
    const gates = suite.children.filter((c) => c.attrs.classname === 'brand-audit.gates');
    expect(gates.map((g) => [g.attrs.name, g.children.map((c) => c.name)])).toEqual([
      ['fail-under', ['system-out']],
      ['category:support=70', ['failure']],
      ['baseline:rule:site-https', ['failure']],
    ]);
    expect(child(gates[0], 'system-out')!.text).toBe('le score 55,1 atteint --fail-under 50');
    expect(child(gates[1], 'failure')!.attrs).toEqual({ message: 'la catégorie support obtient 0, moins que 70', type: 'gate' });
    expect(child(gates[2], 'failure')!.text).toBe('la règle site-https est passée de « OK » à « échec »');
    // The gates come last: the rules' test cases are where they always were.
    expect(suite.children.filter((c) => c.name === 'testcase').slice(-3)).toEqual(gates);
  });
});
