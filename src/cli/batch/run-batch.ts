// `brand-audit batch`: audits the brands of a portfolio in one process, a few at a time, each line of the results
// file written whole as its brand finishes; then renders the portfolio formats from that file and applies the gates.
import { existsSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pLimit from 'p-limit';
import { ConfigError, TargetError } from '../../errors.js';
import { loadRuleSet } from '../../config/rule-set.js';
import { loadPortfolio, type Portfolio, type PortfolioEntry } from '../../config/portfolio.js';
import type { Assertion } from '../../config/asserts.js';
import { collectSnapshot } from '../../index.js';
import { auditSnapshot } from '../../pipeline.js';
import { HostLimiter } from '../../http/limits.js';
import { EXTENSIONS, renderReport, type Format } from '../../report/index.js';
import { brandSettingsHash, ruleSetHash, type CollectSettings } from '../../portfolio/hash.js';
import { selectShard, type Shard } from '../../portfolio/shard.js';
import { readResults, ResultsWriter } from '../../portfolio/results-file.js';
import { RESULT_FORMAT, type ResultRecord } from '../../portfolio/records.js';
import { writeFileAtomic } from '../../write-file.js';
import { EXIT, type Io } from '../io.js';
import { INTERRUPT_EXIT } from '../interrupt.js';
import { createRedactor, secretsFrom, type Redactor } from '../../http/client.js';
import type { AuditCliOptions } from '../options.js';
import { createBatchProgress, type BatchProgress } from './progress.js';
import { renderResults } from './render.js';
import { isPortfolioAssert, parseShareAssert } from './portfolio-asserts.js';
import { brandWindow, hashedWindow, type RunWindow } from '../brand-window.js';
import { checkedAsserts } from '../checked-asserts.js';

export interface BatchOptions extends Omit<AuditCliOptions, 'formats'>, RunWindow {
  /** The portfolio's formats (no PDF: that is one brand's deliverable). */
  formats: Format[];
  results?: string;
  resume: boolean;
  brandsConcurrency: number;
  shard?: Shard;
  allowFailures: number;
  /** Formats of each brand's own report under --out-dir/<id>/. */
  brandFormats: Format[];
  /** The results file is the caller's to remove (demo --portfolio): an interrupted run offers no --resume of it. */
  discardResults?: boolean;
}

/** What one brand needs from the batch: the rule set, the shared limiter, where its reports go. */
interface BrandJob {
  options: BatchOptions;
  ruleSet: ReturnType<typeof loadRuleSet>;
  ruleSetRef: { id: string; hash: string };
  apiLimiter: HostLimiter;
  /** Removes every secret of the environment (and any piece of one) from a result before it is written. */
  redact: Redactor;
}

function collectSettings(o: BatchOptions, entry: PortfolioEntry): CollectSettings {
  return { maxPages: o.maxPages, depth: o.depth, social: o.social, maxPosts: o.maxPosts, ...hashedWindow(o, entry.brand), ignoreRobots: !!o.ignoreRobots, exports: [] };
}

/** Runs the batch; resolves to the exit code (0, 1 gates, 3 brands not audited, 130 interrupted, 143 terminated). */
export async function runBatch(target: string, options: BatchOptions, io: Io, given?: Portfolio): Promise<number> {
  const ruleSet = loadRuleSet(options.rules);
  const ruleIds = ruleSet.rules.map((r) => r.id);
  // Per-brand gates are checked as `audit` checks them; the portfolio's (share:RULE=X) come from the command line.
  const asserts: Assertion[] = checkedAsserts(options.asserts, ruleSet, options.origin, isPortfolioAssert);
  const shares = options.asserts.filter(isPortfolioAssert).map((spec) => parseShareAssert(spec, ruleIds));
  const portfolio = given ?? loadPortfolio(target);
  const entries = options.shard ? selectShard(portfolio.entries, (e) => e.id, options.shard) : portfolio.entries;
  const hashes = new Map(entries.map((e) => [e.id, brandSettingsHash(e.brand ?? { error: e.error }, e.sector, collectSettings(options, e))]));
  const ruleSetRef = { id: ruleSet.id, hash: ruleSetHash(ruleSet) };

  const resultsFile = options.results ?? (options.outDir ? path.join(options.outDir, 'results.jsonl') : path.join(tmpdir(), `brand-audit-batch-${process.pid}-${Date.now().toString(36)}.jsonl`));
  const temporary = !options.results && !options.outDir;
  const { writer, skip } = await openResults(resultsFile, options.resume, ruleSetRef.hash, hashes);
  const todo = entries.filter((e) => !skip.has(e.id));
  const progress = createBatchProgress({ total: todo.length, quiet: !!options.quiet, stream: io.stderr, env: io.env });
  if (options.configFile) progress.info(`Settings from ${options.configFile}`);
  if (skip.size) progress.info(`Resuming ${resultsFile}: ${skip.size} of ${entries.length} brands already audited, ${todo.length} to go`);
  if (options.shard) progress.info(`Shard ${options.shard.index}/${options.shard.count}: ${entries.length} of ${portfolio.entries.length} brands`);

  const job: BrandJob = {
    options,
    ruleSet,
    ruleSetRef,
    // One limiter per API host for the whole batch, as wide as one audit's: the run calls each API as one client.
    apiLimiter: new HostLimiter(options.concurrency, options.concurrency * options.brandsConcurrency),
    // The portfolio's brand files may name their own token variables: those are secrets too.
    redact: createRedactor(secretsFrom(options.env, portfolio.entries.flatMap((e) => Object.values(e.brand?.tokens ?? {})))),
  };
  const interrupted = await auditAll(todo, job, hashes, writer, progress);
  writer.close();
  progress.end();
  if (interrupted) {
    // Without --results or --out-dir the results file is a temporary one: kept, and named, so that the brands
    // finished so far are not lost but continued with --resume --results FILE.
    const resume = temporary ? `--resume --results ${resultsFile}` : '--resume';
    const kept = options.discardResults ? '' : `; ${resultsFile} holds every brand finished so far (continue with ${resume})`;
    io.stderr.write(`brand-audit: interrupted (${interrupted})${kept}\n`);
    return INTERRUPT_EXIT[interrupted];
  }

  const reportExt = options.outDir ? (options.brandFormats.includes('html') ? 'html' : options.brandFormats.includes('markdown') ? 'md' : undefined) : undefined;
  const rendered = await renderResults(
    [resultsFile],
    { formats: options.formats, out: options.out, outDir: options.outDir, lang: options.lang, reportExt, title: portfolio.title },
    { failUnder: options.failUnder, asserts, shares },
    io.stdout,
    { only: new Set(entries.map((e) => e.id)), strict: false },
  );
  if (temporary) rmSync(resultsFile, { force: true });
  return exitCode(rendered.summary.brands.failed, rendered.gateFailures, options.allowFailures, io);
}

/** 3 when more brands than allowed could not be audited, else 1 when a gate failed, else 0; says why on stderr. */
export function exitCode(failed: number, gateFailures: string[], allowFailures: number, io: Io): number {
  for (const failure of gateFailures) io.stderr.write(`brand-audit: ${failure}\n`);
  if (failed > allowFailures) {
    io.stderr.write(`brand-audit: ${failed} ${failed === 1 ? 'brand' : 'brands'} could not be audited${allowFailures ? ` (--allow-failures ${allowFailures})` : ''}\n`);
    return EXIT.target;
  }
  return gateFailures.length ? EXIT.threshold : EXIT.ok;
}

/**
 * Opens the results file. Without --resume an existing non-empty file is refused (hours of audits are not
 * overwritten by a repeated command); with it, the brands already there with the same rule set and settings are
 * skipped, and a torn last line is cut off before appending.
 */
async function openResults(file: string, resume: boolean, ruleSetHash: string, hashes: Map<string, string>): Promise<{ writer: ResultsWriter; skip: Set<string> }> {
  const exists = existsSync(file) && statSync(file).size > 0;
  if (!resume) {
    if (exists) throw new ConfigError('already holds results: continue it with --resume, or remove it to start again', file);
    return { writer: ResultsWriter.open(file), skip: new Set() };
  }
  if (!exists) return { writer: ResultsWriter.open(file), skip: new Set() };
  const skip = new Set<string>();
  const stats = await readResults(file, (record) => {
    if (record.ruleSet.hash === ruleSetHash && hashes.get(record.id) === record.settings) skip.add(record.id);
    // A record with other settings is stale: the brand is audited again and its new line wins.
    else skip.delete(record.id);
  });
  return { writer: ResultsWriter.open(file, stats.validBytes), skip };
}

/**
 * Audits the brands, `brandsConcurrency` at a time; resolves to the signal that interrupted it (SIGINT, or SIGTERM as
 * a CI runner sends when a job is cancelled), or undefined when every brand was audited.
 */
async function auditAll(
  todo: PortfolioEntry[],
  job: BrandJob,
  hashes: Map<string, string>,
  writer: ResultsWriter,
  progress: BatchProgress,
): Promise<keyof typeof INTERRUPT_EXIT | undefined> {
  const limit = pLimit(job.options.brandsConcurrency);
  let stopping: keyof typeof INTERRUPT_EXIT | undefined;
  let abandon: (() => void) | undefined;
  const abandoned = new Promise<void>((resolve) => (abandon = resolve));
  const onSignal = (name: keyof typeof INTERRUPT_EXIT): void => {
    if (!stopping) {
      // Queued brands return at once when their turn comes (clearing p-limit's queue would leave their promises
      // pending forever, and the process would end without its exit code).
      stopping = name;
      const again = name === 'SIGINT' ? 'Ctrl-C' : name;
      progress.info(`Stopping: no new brand is started; waiting for ${limit.activeCount} running (${again} again to abandon them)`);
    } else abandon?.();
  };
  const onSigint = (): void => onSignal('SIGINT');
  const onSigterm = (): void => onSignal('SIGTERM');
  process.on('SIGINT', onSigint);
  process.on('SIGTERM', onSigterm);
  let gone = false;
  try {
    const all = Promise.all(
      todo.map((entry) =>
        limit(async () => {
          if (stopping) return;
          const started = Date.now();
          const record = await auditEntry(entry, job, hashes.get(entry.id)!);
          if (gone) return;
          writer.append(job.redact.data(record));
          progress.brandDone(entry.id, record.status === 'audited' ? { score: record.report.score, grade: record.report.grade, ms: Date.now() - started } : { error: record.error.message, ms: Date.now() - started });
        }),
      ),
    );
    await Promise.race([all, abandoned]);
    gone = true;
    return stopping;
  } finally {
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigterm);
  }
}

/** Audits one brand into its result line; every failure becomes a record, never an exception. */
async function auditEntry(entry: PortfolioEntry, job: BrandJob, settings: string): Promise<ResultRecord> {
  const base = { format: RESULT_FORMAT, id: entry.id, ...(entry.sector ? { sector: entry.sector } : {}), origin: entry.origin, settings, ruleSet: job.ruleSetRef };
  const brand = entry.brand;
  if (!brand) return { ...base, status: 'failed', error: { code: 'config', message: entry.error ?? 'brand could not be read' } };
  const o = job.options;
  try {
    const snapshot = await collectSnapshot(brand.website, {
      maxPages: o.maxPages,
      maxDepth: o.depth,
      concurrency: o.concurrency,
      timeoutMs: Math.round(o.timeout * 1000),
      userAgent: o.userAgent,
      respectRobots: !o.ignoreRobots,
      resolve: o.resolve,
      brandName: brand.name,
      social: o.social,
      accounts: brand.accounts,
      exports: brand.exports,
      ...brandWindow(o, brand),
      maxPosts: o.maxPosts,
      sourceSeconds: o.sourceTimeout,
      checkProfiles: o.checkProfiles,
      brand: { name: brand.name, keywords: brand.keywords, ...(brand.language ? { language: brand.language } : {}) },
      env: o.env,
      tokens: brand.tokens,
      ...(brand.businessHours ? { businessHours: brand.businessHours } : {}),
      http: { apiLimiter: job.apiLimiter },
    });
    const report = auditSnapshot(snapshot, job.ruleSet);
    if (o.outDir) {
      for (const format of job.options.brandFormats) {
        const text = job.redact.text(renderReport(report, format, { lang: o.lang, color: false, verbose: o.verbose, branding: o.branding }));
        await writeFileAtomic(path.join(o.outDir, entry.id, `report.${EXTENSIONS[format]}`), text);
      }
    }
    return { ...base, status: 'audited', report };
  } catch (err) {
    const who = { brand: { name: brand.name, website: brand.website } };
    if (err instanceof TargetError) return { ...base, ...who, status: 'failed', error: { code: 'target', message: err.message } };
    if (err instanceof ConfigError) return { ...base, ...who, status: 'failed', error: { code: 'config', message: err.message } };
    return { ...base, ...who, status: 'failed', error: { code: 'internal', message: (err as Error)?.message ?? String(err) } };
  }
}
