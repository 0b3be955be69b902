// Renders audit reports as JUnit XML, the test-result format CI servers (GitLab, Jenkins, Azure, GitHub actions) display.
// Test names and messages are in the language asked for; ids, counts and properties stay machine-readable.
import type { AuditReport, GateCheck } from './types.js';
import type { RuleResult } from '../rules/types.js';
import type { Lang } from '../locale/langs.js';
import { translator, type Translator } from '../locale/translator.js';
import { cleanText } from './sanitize.js';
import { evidenceText, ruleMessage, ruleTitle } from './text.js';
import { failedGates, gateMessage } from './gates.js';

export interface JunitOptions {
  /** The language of test names, messages and evidence. */
  lang: Lang;
}

/**
 * Characters XML 1.0 forbids anywhere in a document (§2.2 Char): C0 controls other than tab, LF and CR, the
 * non-characters U+FFFE/U+FFFF and unpaired surrogates. A single one makes the whole file unparsable, so one hostile
 * page title would otherwise lose the CI job its test report.
 */
const XML_ILLEGAL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Evidence lines shown in a failure body before "… and N more": enough to act on, short enough for a CI page. */
const EVIDENCE_LIMIT = 20;

/** Removes what XML cannot hold. Exported for the tests and for other XML writers. */
export function stripXmlIllegal(s: string): string {
  return s.replace(XML_ILLEGAL, '');
}

/** Escapes text content: the five predefined entities, so `]]>` and markup in scraped text stay inert. */
function text(s: string): string {
  return stripXmlIllegal(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Escapes an attribute value. Tab, LF and CR are written as character references because a parser normalises
 * literal ones in attributes to spaces (XML 1.0 §3.3.3), which would flatten multi-line messages.
 */
function attr(s: string): string {
  return text(s).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/**
 * One line of scraped text: escape sequences removed whole (not just their ESC byte, which would leave "[31m"
 * behind), XML-illegal characters dropped, whitespace collapsed.
 */
const line = (s: string | null | undefined): string =>
  stripXmlIllegal(cleanText(s)).replace(/\s+/g, ' ').trim();

function attrs(pairs: [string, string | number][]): string {
  return pairs.map(([k, v]) => ` ${k}="${attr(String(v))}"`).join('');
}

/** The message followed by one line per evidence item: where it was seen and what (the rule's note, the snippet). */
function details(tr: Translator, rule: RuleResult): string {
  const lines = [line(ruleMessage(tr, rule))];
  const shown = rule.evidence.slice(0, EVIDENCE_LIMIT);
  for (const ev of shown) {
    const seen = line(evidenceText(tr, rule.id, ev, line));
    lines.push(`- ${line(ev.url)}${seen ? ` — ${seen}` : ''}`);
  }
  const hidden = rule.evidence.length - shown.length;
  if (hidden > 0) lines.push(line(tr.t('report.list.more', { count: hidden })));
  return lines.join('\n');
}

function testcase(tr: Translator, rule: RuleResult): string {
  const head = `    <testcase${attrs([
    ['classname', `brand-audit.${line(rule.category)}`],
    ['name', `${line(rule.id)}: ${line(ruleTitle(tr, rule))}`],
  ])}`;
  const message = line(ruleMessage(tr, rule));
  switch (rule.status) {
    case 'fail':
      return `${head}>\n      <failure${attrs([['message', message], ['type', 'fail']])}>${text(details(tr, rule))}</failure>\n    </testcase>`;
    case 'error':
      return `${head}>\n      <error${attrs([['message', message], ['type', 'error']])}>${text(details(tr, rule))}</error>\n    </testcase>`;
    case 'na':
      return `${head}>\n      <skipped${attrs([['message', message]])}/>\n    </testcase>`;
    case 'warn': {
      // A warning does not fail the build, but the reader of the CI page should still see what to improve.
      const status = line(tr.t('report.status.warn'));
      const score = rule.score == null ? '' : ` (${line(tr.t('report.rule.score', { score: Math.round(rule.score * 1000) / 10 }))})`;
      return `${head}>\n      <system-out>${text(`${status}${score}: ${details(tr, rule)}`)}</system-out>\n    </testcase>`;
    }
    default:
      return `${head}/>`;
  }
}

/**
 * One gate (--fail-under, an --assert, a baseline comparison) as a test case of class `brand-audit.gates`, named as
 * written: a failed gate is a `<failure>` with its message, a held one carries its message in `<system-out>`.
 */
function gateCase(tr: Translator, check: GateCheck): string {
  const head = `    <testcase${attrs([
    ['classname', 'brand-audit.gates'],
    ['name', line(check.name)],
  ])}`;
  const message = line(gateMessage(tr, check));
  if (!check.ok) return `${head}>\n      <failure${attrs([['message', message], ['type', 'gate']])}>${text(message)}</failure>\n    </testcase>`;
  return `${head}>\n      <system-out>${text(message)}</system-out>\n    </testcase>`;
}

/** Test cases and failures a report adds: one per rule, plus one per gate when the run had gates. */
const testCount = (r: AuditReport): number => r.rules.length + (r.gates?.checks.length ?? 0);
const failureCount = (r: AuditReport): number => r.counts.fail + (r.gates ? failedGates(r.gates).length : 0);

/**
 * Reply times and the promise verdict as properties, so a CI dashboard can chart them without parsing prose: the
 * clock response-time scored on, its all-hours and business-hours medians (minutes), and promise-kept's status and
 * share. Only what the report measured is listed.
 */
function replyProperties(report: AuditReport): [string, string][] {
  const props: [string, string][] = [];
  const figure = (v: unknown): string | undefined => (typeof v === 'number' && Number.isFinite(v) ? String(Math.round(v * 1000) / 1000) : undefined);
  const times = report.rules.find((r) => r.id === 'response-time');
  if (times && times.status !== 'error') {
    if (typeof times.data.clock === 'string') props.push(['replyClock', line(times.data.clock)]);
    const all = figure(times.data.allHoursMedianMinutes);
    const business = figure(times.data.businessMedianMinutes);
    if (all !== undefined) props.push(['replyMedianMinutesAllHours', all]);
    if (business !== undefined) props.push(['replyMedianMinutesBusinessHours', business]);
  }
  const promise = report.rules.find((r) => r.id === 'promise-kept');
  if (promise) {
    props.push(['promiseKept', promise.status]);
    const share = figure(promise.data.share);
    if (share !== undefined) props.push(['promiseKeptShare', share]);
  }
  return props;
}

function suite(tr: Translator, report: AuditReport): string {
  const brand = line(report.target.brandName);
  const domain = line(report.target.domain);
  const name = brand && domain ? `${brand} (${domain})` : brand || domain;
  const head = `  <testsuite${attrs([
    ['name', name],
    ['tests', testCount(report)],
    ['failures', failureCount(report)],
    ['errors', report.counts.error],
    ['skipped', report.counts.na],
    // The collection time, not the render time: a re-scored snapshot keeps the date its data describes.
    ['timestamp', line(report.collectedAt)],
  ])}>`;
  // Properties come before the test cases, as the Ant JUnit schema requires. Values are data, not prose.
  const props: [string, string][] = [
    ['url', line(report.target.url)],
    ['score', report.score == null ? '' : String(report.score)],
    ['grade', report.grade ?? ''],
    ['ruleSet', line(report.ruleSet.id)],
    ['tool', `${line(report.tool.name)} ${line(report.tool.version)}`],
    ...replyProperties(report),
  ];
  const properties = [
    '    <properties>',
    ...props.map(([k, v]) => `      <property${attrs([['name', k], ['value', v]])}/>`),
    '    </properties>',
  ];
  const gates = (report.gates?.checks ?? []).map((check) => gateCase(tr, check));
  return [head, ...properties, ...report.rules.map((rule) => testcase(tr, rule)), ...gates, '  </testsuite>'].join('\n');
}

/**
 * Renders one `<testsuite>` per report (one per brand) inside `<testsuites>`, one `<testcase>` per rule: fail →
 * `<failure>`, error → `<error>`, na → `<skipped>`, warn → passing with a `<system-out>` note, pass → empty; then
 * one `<testcase>` per gate the run checked (report.gates), a failed gate being a `<failure>`. Names
 * and messages are in `opts.lang`; counts come from the reports' own counts. All scraped text is stripped of escape
 * sequences and XML-illegal characters and escaped. Ends with a newline.
 */
export function renderJunit(reports: AuditReport[], opts: JunitOptions = { lang: 'en' }): string {
  const tr = translator(opts.lang);
  const total = (f: (r: AuditReport) => number): number => reports.reduce((n, r) => n + f(r), 0);
  const root = `<testsuites${attrs([
    ['name', 'brand-audit'],
    ['tests', total(testCount)],
    ['failures', total(failureCount)],
    ['errors', total((r) => r.counts.error)],
    ['skipped', total((r) => r.counts.na)],
  ])}>`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', root, ...reports.map((r) => suite(tr, r)), '</testsuites>', ''].join('\n');
}

/** The `<testsuite>` of one report alone, for writers that stream many brands (the batch's portfolio JUnit). */
export function renderJunitSuite(report: AuditReport, opts: JunitOptions = { lang: 'en' }): string {
  return suite(translator(opts.lang), report);
}

/** Escapes an attribute value for writers built on this one. */
export function xmlAttr(s: string): string {
  return attr(line(s));
}
