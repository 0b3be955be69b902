// Reads results files back (batch's own, or the shards `merge` combines) as streams, builds the portfolio summary,
// writes every asked portfolio format and evaluates the gates. Two passes, each holding only small per-brand
// facts: the first finds the last record of each brand and checks the files belong together, the second feeds
// those records to the summary, the streamed JUnit and the per-brand gates.
import path from 'node:path';
import { ConfigError } from '../../errors.js';
import { EXTENSIONS, type Format } from '../../report/index.js';
import type { Lang } from '../../locale/langs.js';
import { renderPortfolio } from '../../report/barometer/index.js';
import { junitBrand, junitFailed, junitHead, junitTail } from '../../report/barometer/junit.js';
import type { PortfolioSummary } from '../../report/barometer/types.js';
import type { Assertion } from '../../config/asserts.js';
import { PortfolioAggregator } from '../../portfolio/aggregate.js';
import { readResults, type ResultsWriter } from '../../portfolio/results-file.js';
import type { ResultRecord } from '../../portfolio/records.js';
import { evaluateGates } from '../gates.js';
import { failedGates, gateMessage } from '../../report/gates.js';
import { translator } from '../../locale/translator.js';

/** Lines on stderr are the CLI's own, in English like its other messages (reports follow --lang). */
const stderrWords = translator('en');
import { writeFileAtomic } from '../../write-file.js';
import { openAtomic } from '../../write-file.js';
import { portfolioFailures, type ShareAssertion } from './portfolio-asserts.js';

export interface PortfolioOutput {
  formats: Format[];
  out?: string;
  outDir?: string;
  lang: Lang;
  /** Extension of each brand's own report under `<id>/`, for the barometer's links. */
  reportExt?: string;
  title?: string;
}

export interface PortfolioGates {
  failUnder?: number;
  asserts: Assertion[];
  shares: ShareAssertion[];
}

export interface RenderResult {
  summary: PortfolioSummary;
  /** One line per failed gate (per brand, then portfolio). */
  gateFailures: string[];
  /** Torn last lines found (and ignored), by file. */
  torn: string[];
}

interface Options {
  /** Only these brand ids (a batch renders the brands of its portfolio and shard); all when absent. */
  only?: Set<string>;
  /** merge: a brand in two files, or files audited with different rule sets, are errors. */
  strict: boolean;
  /** merge --results: each brand's last record is copied here as it is read. */
  copyTo?: ResultsWriter;
}

/** The file name of a portfolio format under --out-dir. */
export function portfolioFile(format: Format): string {
  return `portfolio.${EXTENSIONS[format]}`;
}

export async function renderResults(files: string[], output: PortfolioOutput, gates: PortfolioGates, stdout: NodeJS.WritableStream, opts: Options): Promise<RenderResult> {
  // Pass 1: the line of each brand's last record, per file; rule sets and duplicates across files.
  const last = new Map<string, { file: string; index: number; line: number }>();
  let ruleSet: { id: string; hash: string; file: string } | undefined;
  const torn: string[] = [];
  for (const [index, file] of files.entries()) {
    const stats = await readResults(file, (record, line) => {
      if (opts.only && !opts.only.has(record.id)) return;
      if (!ruleSet) ruleSet = { ...record.ruleSet, file };
      else if (record.ruleSet.hash !== ruleSet.hash) {
        throw new ConfigError(
          `brand "${record.id}" was audited with another rule set (${record.ruleSet.id}, ${record.ruleSet.hash}) than ${ruleSet.file} (${ruleSet.id}, ${ruleSet.hash}): results of different rule sets cannot be combined`,
          file,
          line,
        );
      }
      const seen = last.get(record.id);
      if (seen && seen.index !== index && opts.strict) throw new ConfigError(`brand "${record.id}" is also in ${seen.file}:${seen.line}: a brand may be in one shard only`, file, line);
      last.set(record.id, { file, index, line });
    });
    if (stats.torn) torn.push(file);
  }

  // Pass 2: each brand's last record, once.
  const aggregator = new PortfolioAggregator(output.title);
  const gateFailures: string[] = [];
  const junit = output.formats.includes('junit') ? await junitSink(output, stdout) : undefined;
  try {
    await junit?.write(junitHead());
    for (const [index, file] of files.entries()) {
      await readResults(file, async (record: ResultRecord, line) => {
        const at = last.get(record.id);
        if (!at || at.index !== index || at.line !== line) return;
        aggregator.add(record);
        opts.copyTo?.append(record);
        if (record.status === 'audited') {
          const result = evaluateGates(record.report, { failUnder: gates.failUnder, asserts: gates.asserts });
          for (const c of failedGates(result)) gateFailures.push(`${record.id}: ${gateMessage(stderrWords, c)}`);
          await junit?.write(junitBrand(record.report, output.lang));
        } else {
          await junit?.write(
            junitFailed({ id: record.id, ...(record.brand ? { name: record.brand.name } : {}), code: record.error.code, message: record.error.message }, output.lang),
          );
        }
      });
    }
    await junit?.write(junitTail());
    await junit?.commit();
  } catch (err) {
    await junit?.abort();
    throw err;
  }

  const summary = aggregator.summary();
  gateFailures.push(...portfolioFailures(summary, gates.shares));
  for (const format of output.formats) {
    if (format === 'junit') continue;
    const text = renderPortfolio(summary, format, { lang: output.lang, reportExt: output.reportExt });
    if (output.outDir) await writeFileAtomic(path.join(output.outDir, portfolioFile(format)), text);
    else if (output.out) await writeFileAtomic(output.out, text);
    else stdout.write(text);
  }
  return { summary, gateFailures, torn };
}

/** Where the streamed JUnit goes: a file written atomically, or stdout. */
async function junitSink(output: PortfolioOutput, stdout: NodeJS.WritableStream): Promise<{ write(t: string): Promise<void>; commit(): Promise<void>; abort(): Promise<void> }> {
  const file = output.outDir ? path.join(output.outDir, portfolioFile('junit')) : output.out;
  if (file) return openAtomic(file);
  return {
    write: (t) => new Promise<void>((resolve) => (stdout.write(t) ? resolve() : stdout.once('drain', () => resolve()))),
    commit: async () => undefined,
    abort: async () => undefined,
  };
}
