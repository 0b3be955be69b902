// The portfolio as JUnit XML, written brand by brand as the results file is read (never every report at once):
// one <testsuite> per audited brand (a test case per rule), and one with an <error> per brand not audited.
import { translator } from '../../locale/translator.js';
import type { Lang } from '../../locale/langs.js';
import type { AuditReport } from '../types.js';
import { renderJunitSuite, xmlAttr } from '../junit.js';
import type { FailedBrand } from './types.js';
import { failureText } from './words.js';

/** The XML declaration and the opening root element (totals are left to the suites: the root's are optional). */
export function junitHead(): string {
  return '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="brand-audit">\n';
}

export function junitBrand(report: AuditReport, lang: Lang): string {
  return `${renderJunitSuite(report, { lang })}\n`;
}

export function junitFailed(f: FailedBrand, lang: Lang): string {
  const tr = translator(lang);
  const message = xmlAttr(failureText(tr, f));
  return [
    `  <testsuite name="${xmlAttr(f.name ?? f.id)}" tests="1" failures="0" errors="1" skipped="0">`,
    `    <testcase classname="brand-audit.portfolio" name="${xmlAttr(f.id)}">`,
    `      <error message="${message}" type="${xmlAttr(f.code)}"/>`,
    '    </testcase>',
    '  </testsuite>',
    '',
  ].join('\n');
}

export function junitTail(): string {
  return '</testsuites>\n';
}
