// The audit job: load the rule set (bad config fails fast), collect or load the snapshot, audit it through the
// pipeline, render, gate, exit code.
import { ConfigError } from '../errors.js';
import { loadRuleSet, type RuleSet } from '../config/rule-set.js';
import { isBrandFile, loadBrandFile } from '../config/brand-file.js';
import { checkTolerances } from '../config/tolerances.js';
import { auditSnapshot } from '../pipeline.js';
import { loadSnapshot, saveSnapshot } from '../snapshot/io.js';
import { appendGithubSummary, collectSnapshot } from './lazy-audit.js';
import type { AuditReport } from '../report/types.js';
import { loadReport } from './saved-report.js';
import { createProgress, type Progress } from '../progress.js';
import { checkBaselineBrand, checkBaselineRuleSet, evaluateGates, hasGates, type GateOptions } from './gates.js';
import { reportGateFailures } from './gate-output.js';
import { checkPdfReady, writeOutputs } from './output.js';
import { parseTarget, type AuditCliOptions } from './options.js';
import { EXIT, type Io } from './io.js';
import { checkedAsserts } from './checked-asserts.js';
import { brandWindow } from './brand-window.js';
import { INTERRUPT_EXIT, watchInterrupt } from './interrupt.js';
import type { BrandSnapshot } from '../snapshot/types.js';

/**
 * Audits a URL or a brand file (or a saved snapshot) and writes the report. Returns 0, or 1 when a gate failed
 * (--fail-under, --assert, the rule set's asserts, --baseline). Every gate is checked against the rule set before
 * any network work: a check that could never hold (an unknown rule, a baseline of another rule set) is exit 2.
 */
export async function runAudit(target: string | undefined, options: AuditCliOptions, io: Io): Promise<number> {
  const ruleSet: RuleSet = loadRuleSet(options.rules);
  const asserts = checkedAsserts(options.asserts, ruleSet, options.origin);
  checkTolerances(options.tolerances, ruleSet, options.origin?.('maxDrop'));
  const baseline = options.baseline ? loadReport(options.baseline) : undefined;
  if (baseline) checkBaselineRuleSet(baseline, ruleSet, options.baseline!);
  // A missing Chromium is said before the crawl, not after it.
  checkPdfReady(options.formats, io.env);
  const progress = createProgress({ quiet: !!options.quiet, stream: io.stderr, env: io.env });
  if (options.configFile) progress.info(`Settings from ${options.configFile}`);
  let snapshot: BrandSnapshot;
  if (options.fromSnapshot) {
    snapshot = loadSnapshot(options.fromSnapshot);
  } else {
    const interrupt = watchInterrupt(io);
    let collected: BrandSnapshot | undefined;
    try {
      collected = await collectTarget(target, options, progress, interrupt.signal);
    } catch (err) {
      // The start page's request was cancelled: nothing was read, and the interruption is what happened.
      if (!interrupt.received) throw err;
    } finally {
      interrupt.dispose();
    }
    if (interrupt.received) return stopInterrupted(collected, options, io, progress, interrupt.received);
    snapshot = collected!;
    if (options.saveSnapshot) {
      await saveSnapshot(options.saveSnapshot, snapshot, { pretty: options.prettySnapshot });
      progress.info(`Snapshot saved to ${options.saveSnapshot}`);
    }
  }
  let report = auditSnapshot(snapshot, ruleSet);
  if (baseline) checkBaselineBrand(baseline, report, options.baseline!);
  const gateOptions: GateOptions = {
    failUnder: options.failUnder,
    asserts,
    baseline,
    tolerances: options.tolerances,
    allowCoverageLoss: options.allowCoverageLoss,
  };
  // The gates travel with the report, as data, so JUnit and the job summary show them; the scores stay untouched.
  if (hasGates(gateOptions)) report = { ...report, gates: evaluateGates(report, gateOptions) };
  await writeOutputs(report, options, io, progress);
  try {
    if (await appendGithubSummary(report, io.env, { lang: options.lang, ...(io.redact ? { redact: io.redact } : {}) })) progress.info('Summary added to the GitHub Actions job summary');
  } catch (err) {
    // The job summary is a courtesy: failing to write it must not fail the audit, but it is said.
    io.stderr.write(`brand-audit: could not write the GitHub job summary: ${(err as Error).message}\n`);
  }
  if (!report.gates) return EXIT.ok;
  reportGateFailures(report.gates, io, options.lang);
  return report.gates.ok ? EXIT.ok : EXIT.threshold;
}

/**
 * An audit stopped by Ctrl-C (or SIGTERM): what was read is saved as a snapshot when --save-snapshot asked for one (it
 * says it was interrupted, and can be audited later with --from-snapshot); no report is written, since a report of
 * half a site would pass or fail gates for the wrong reason. Exit 130 (143 for SIGTERM).
 */
async function stopInterrupted(
  snapshot: BrandSnapshot | undefined,
  options: AuditCliOptions,
  io: Io,
  progress: Progress,
  received: keyof typeof INTERRUPT_EXIT,
): Promise<number> {
  const pages = snapshot ? snapshot.site.pages.filter((p) => !p.error).length : 0;
  if (snapshot && options.saveSnapshot) {
    await saveSnapshot(options.saveSnapshot, snapshot);
    io.stderr.write(`brand-audit: interrupted: ${count(pages, 'page')} read, snapshot saved to ${options.saveSnapshot}; no report written\n`);
  } else {
    io.stderr.write(`brand-audit: interrupted: ${count(pages, 'page')} read; no report written${snapshot ? ' (--save-snapshot keeps what was read)' : ''}\n`);
  }
  return INTERRUPT_EXIT[received];
}

/**
 * Collects what the target names: a URL, a brand file (without `website:`, a social-only audit), or nothing but
 * --export files (a social-only audit of them).
 */
async function collectTarget(target: string | undefined, options: AuditCliOptions, progress: Progress, signal: AbortSignal): Promise<BrandSnapshot> {
  const brand = target !== undefined && isBrandFile(target) ? loadBrandFile(target) : undefined;
  const url = brand ? brand.website : target !== undefined ? parseTarget(target) : undefined;
  if (url === undefined && !options.social) {
    throw new ConfigError('--no-social leaves nothing to audit: the brand file has no website', brand?.file);
  }
  // The command line's period, else the brand file's, else the configuration file's, each as a whole (as in a batch).
  const window = brandWindow(options, brand);
  const started = Date.now();
  const snapshot = await collectSnapshot(url, {
    maxPages: options.maxPages,
    maxDepth: options.depth,
    concurrency: options.concurrency,
    timeoutMs: Math.round(options.timeout * 1000),
    userAgent: options.userAgent,
    respectRobots: !options.ignoreRobots,
    resolve: options.resolve,
    brandName: options.brandName ?? brand?.name,
    social: options.social,
    accounts: brand?.accounts ?? [],
    exports: [...(brand?.exports ?? []), ...options.exports],
    ...window,
    maxPosts: options.maxPosts,
    sourceSeconds: options.sourceTimeout,
    signal,
    checkProfiles: options.checkProfiles,
    brand: brand ? { name: brand.name, keywords: brand.keywords, ...(brand.language ? { language: brand.language } : {}) } : undefined,
    env: options.env,
    ...(brand ? { tokens: brand.tokens } : {}),
    ...(brand?.businessHours ? { businessHours: brand.businessHours } : {}),
    onPage: (page, done) => progress.page(page, done),
  });
  const pages = snapshot.site.pages;
  const failed = pages.filter((p) => p.error).length;
  const conversations = snapshot.conversations.length;
  if (url === undefined) {
    progress.done(`Read ${count(conversations, 'social account')} in ${((Date.now() - started) / 1000).toFixed(1)} s (website not audited)`);
    return snapshot;
  }
  progress.done(
    `Read ${count(pages.length, 'page')} of ${snapshot.target.domain}` +
      (conversations ? ` and ${count(conversations, 'social account')}` : '') +
      ` in ${((Date.now() - started) / 1000).toFixed(1)} s` +
      (failed ? `, ${count(failed, 'page')} could not be read` : '') +
      (snapshot.site.limits.truncated && !signal.aborted ? ` (stopped at --max-pages ${options.maxPages})` : ''),
  );
  return snapshot;
}

/** "1 page", "3 pages": the progress line is English log output, but never "page(s)". */
function count(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}
