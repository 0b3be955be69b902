// Real CLI audits of the hostile fixture site (fixtures/hostile), and a tampered snapshot of it that puts back the raw
// control characters and script URLs the collector strips — what a hand-edited or malicious --from-snapshot file holds.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startFixtureServer } from '../../src/demo/fixture-server.js';
import { ROOT, runCli } from '../e2e/run-cli.js';
import type { AuditReport } from '../../src/report/types.js';
import type { BrandSnapshot } from '../../src/snapshot/types.js';

export const HOSTILE_ROOT = path.join(ROOT, 'fixtures', 'hostile');
export const HOSTILE_HOST = 'www.hostile-exemple.test';

/** Raw sequences a terminal acts on or that reorder what a reader sees; the tampered snapshot carries them all. */
export const RAW = {
  /** OSC 0: sets the terminal window title. */
  oscTitle: '\u001b]0;pwned\u0007',
  /** CSI 2 J: clears the screen. */
  clear: '\u001b[2J',
  /** SGR 31: red text, which would colour everything after it. */
  red: '\u001b[31m',
  /** OSC 8: a terminal hyperlink whose target differs from its text. */
  hyperlink: '\u001b]8;;https://evil.test/\u0007click\u001b]8;;\u0007',
  /** The 8-bit CSI (C1 control U+009B) followed by SGR 32. */
  c1: '\u009b32m',
  /** RIGHT-TO-LEFT OVERRIDE: displays the following text reversed ("Trojan Source"). */
  rlo: '\u202e',
  /** ESC c: full terminal reset. */
  reset: '\u001bc',
};

/** Appended to every free-text field of the tampered snapshot. */
export const TAINT = ` ${RAW.oscTitle}${RAW.clear}${RAW.red}${RAW.hyperlink}${RAW.c1}${RAW.rlo}gpj.exe${RAW.reset}`;

/** URLs that must never become live links, planted in the tampered snapshot. */
export const SCRIPT_URLS = {
  evidence: 'javascript:alert(document.cookie)',
  account: 'data:text/html,<script>alert(1)</script>',
  accountEvidence: 'javascript:alert(1)',
  failedPage: "javascript:alert('404')",
};

export interface AuditOutput {
  report: AuditReport;
  /** The JSON exactly as the CLI printed it. */
  json: string;
}

function parseCliJson(result: { code: number | null; stdout: string; stderr: string }, what: string): AuditOutput {
  if (result.code !== 0) throw new Error(`${what}: exit ${result.code}: ${result.stderr}`);
  return { report: JSON.parse(result.stdout) as AuditReport, json: result.stdout };
}

/**
 * Serves fixtures/hostile on 127.0.0.1 and audits www.hostile-exemple.test with the built CLI
 * (`--format json -q`), saving the snapshot to `snapshotFile`; extra CLI arguments are appended.
 */
export async function auditHostileSite(snapshotFile: string, extra: string[] = []): Promise<AuditOutput> {
  const server = await startFixtureServer({ root: HOSTILE_ROOT });
  try {
    const resolve = Object.entries(server.resolve)
      .map(([host, addr]) => `${host}=${addr}`)
      .join(',');
    const args = ['audit', `${server.origin(HOSTILE_HOST)}/`, '--resolve', resolve, '--timeout', '2'];
    const result = await runCli([...args, '--format', 'json', '-q', '--save-snapshot', snapshotFile, ...extra]);
    return parseCliJson(result, 'hostile audit');
  } finally {
    await server.close();
  }
}

// Fields holding scraped or free text (page titles, snippets, link and promise texts, handles, reasons, error
// messages, the brand name): the ones a tampered file would fill with escape sequences.
const TEXT_KEYS = new Set(['brandName', 'title', 'snippet', 'text', 'handle', 'reason', 'message']);

function taintStrings(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(taintStrings);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const obj = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(obj)) {
    // The same suffix everywhere keeps a handle equal to itself across accounts and page findings.
    if (TEXT_KEYS.has(key) && typeof value === 'string') obj[key] = value + TAINT;
    else taintStrings(value);
  }
}

/**
 * A copy of `snapshot` as a tampered file would hold it: TAINT appended to every free-text field, the contact page's
 * final URL, one account's URL and evidence page, and one failed page's URL replaced by SCRIPT_URLS.
 */
export function taintSnapshot(snapshot: BrandSnapshot): BrandSnapshot {
  const copy = structuredClone(snapshot);
  taintStrings(copy);
  const contact = copy.site.pages.find((p) => p.url.endsWith('/contact.html'));
  if (!contact) throw new Error('hostile snapshot has no /contact.html page');
  contact.finalUrl = SCRIPT_URLS.evidence;
  const account = copy.accounts.find((a) => a.platform === 'instagram' && a.official);
  if (!account) throw new Error('hostile snapshot has no official instagram account');
  account.url = SCRIPT_URLS.account;
  account.evidence[0].pageUrl = SCRIPT_URLS.accountEvidence;
  const failed = copy.site.pages.find((p) => p.error?.code === 'http-404');
  if (!failed) throw new Error('hostile snapshot has no 404 page');
  failed.url = SCRIPT_URLS.failedPage;
  return copy;
}

/** Writes the tampered copy of the snapshot in `snapshotFile` next to it and re-audits it offline with the CLI. */
export async function auditTamperedSnapshot(snapshotFile: string, extra: string[] = []): Promise<AuditOutput> {
  const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as BrandSnapshot;
  const tampered = path.join(path.dirname(snapshotFile), 'hostile-tampered.snapshot.json');
  writeFileSync(tampered, JSON.stringify(taintSnapshot(snapshot), null, 2));
  const result = await runCli(['audit', '--from-snapshot', tampered, '--format', 'json', '-q', ...extra]);
  return parseCliJson(result, 'tampered snapshot audit');
}
