// The `batch` and `merge` commands (and `demo --portfolio`'s options): flags → BatchOptions → run → exit code.
import { Option, type Command } from 'commander';
import { ConfigError } from '../../errors.js';
import { DEFAULTS } from '../../index.js';
import { listPresets } from '../../config/rule-set.js';
import { loadRuleSet } from '../../config/rule-set.js';
import { parseAssert, type Assertion } from '../../config/asserts.js';
import { parseFormats, type Format } from '../../report/index.js';
import { parseShard } from '../../portfolio/shard.js';
import { ResultsWriter } from '../../portfolio/results-file.js';
import type { Lang } from '../../locale/langs.js';
import type { OutputFormat } from '../output.js';
import { checkedFormats, collect, langOption, nonNegativeInt, normalizeOptions, positiveInt, positiveNumber, scoreArg, type RawAuditOptions } from '../options.js';
import type { Io } from '../io.js';
import { exitCode, runBatch, type BatchOptions } from './run-batch.js';
import { renderResults } from './render.js';
import { isPortfolioAssert, parseShareAssert } from './portfolio-asserts.js';

const FORMAT_HELP = 'portfolio format(s), comma-separated: terminal, json, html, markdown (the barometer), csv, junit';

/** The raw values commander gives for the batch flags, beyond the audit ones. */
export interface RawBatchOptions extends RawAuditOptions {
  results?: string;
  resume?: boolean;
  brandsConcurrency: number;
  shard?: string;
  allowFailures: number;
  brandFormat: string;
}

/** The audit flags that apply to every brand of a batch, and the batch's own. */
export function addBatchOptions(cmd: Command): Command {
  return cmd
    .option('--results <file.jsonl>', 'one line per brand (its report, or why it could not be audited); default: <out-dir>/results.jsonl')
    .option('--resume', 'skip the brands already in --results with the same rule set and settings; audit the rest')
    .option('--brands-concurrency <n>', 'brands audited at once', positiveInt('--brands-concurrency'), 4)
    .option('--shard <k/n>', 'audit only the k-th of n deterministic slices of the portfolio (for a CI matrix)')
    .option('--allow-failures <n>', 'exit 0 (not 3) when at most this many brands could not be audited', nonNegativeInt('--allow-failures'), 0)
    .option('--brand-format <formats>', "formats of each brand's own report under --out-dir/<id>/", 'html,json')
    .option('--max-pages <n>', 'most pages to read per brand', positiveInt('--max-pages'), DEFAULTS.maxPages)
    .option('--depth <n>', 'most clicks from the start page', nonNegativeInt('--depth'), DEFAULTS.maxDepth)
    .option('--concurrency <n>', 'pages fetched at once per brand (and requests at once to each API host, batch-wide)', positiveInt('--concurrency'), DEFAULTS.concurrency)
    .option('--timeout <seconds>', 'per-request timeout in seconds', positiveNumber('--timeout'), DEFAULTS.timeoutMs / 1000)
    .option('--user-agent <ua>', 'User-Agent header (default: brand-audit/<version>)')
    .option('--ignore-robots', 'do not obey robots.txt (only for sites you are allowed to audit)')
    .option('--rules <path|preset>', `rule set: a preset (${listPresets().join(', ')}) or a YAML file`, 'default')
    .option('--format <formats>', FORMAT_HELP, 'terminal')
    .option('--out <file>', 'write the portfolio output to a file instead of stdout')
    .option('--out-dir <dir>', "write portfolio.<ext> per format here, and each brand's reports under <id>/")
    .addOption(langOption())
    .option('--fail-under <score>', 'exit 1 when a brand scores below this (0–100)', scoreArg('--fail-under'))
    .option('--assert <check>', 'exit 1 unless the check holds for every brand (score=60, rule:x=pass) or the portfolio (share:support-links-to-social=0.5) (repeatable)', collect)
    .option('--no-color', 'disable colours (also NO_COLOR)')
    .option('-q, --quiet', 'no progress on stderr')
    .option('--verbose', "all evidence lines in the brands' reports")
    .option('--no-social', 'audit the websites only')
    .option('--max-posts <n>', 'most brand posts read per social account', positiveInt('--max-posts'), DEFAULTS.maxPosts)
    .option('--source-timeout <seconds>', 'most time one social account may take; what was read by then is kept', positiveNumber('--source-timeout'), DEFAULTS.sourceSeconds)
    .option('--window <days>', 'how far back to read conversations for every brand, e.g. 30d (default: each brand file, else 30d)')
    .option('--resolve <host=addr,...>', 'connect to these addresses instead of DNS, like curl --resolve (also BRAND_AUDIT_RESOLVE)');
}

function brandFormats(value: string): Format[] {
  const parsed = parseFormats(value);
  if ('unknown' in parsed) throw new ConfigError(`unknown --brand-format "${parsed.unknown}" (expected one or more of: json, html, markdown, junit, csv)`);
  return parsed.formats.filter((f) => f !== 'terminal');
}

/** The portfolio formats asked for: a PDF is one brand's deliverable, not a barometer's (use --brand-format html). */
function portfolioFormats(formats: readonly OutputFormat[]): Format[] {
  if (formats.includes('pdf')) throw new ConfigError('--format pdf is for one brand\'s report: a portfolio renders as terminal, json, html, markdown, junit or csv');
  return formats.filter((f): f is Format => f !== 'pdf');
}

/** Checks the batch flags and turns them into options; problems are usage errors (exit 2). */
export function normalizeBatchOptions(raw: RawBatchOptions, io: Io): BatchOptions {
  const base = normalizeOptions(raw, io.env, io.stdout);
  if (raw.resume && !raw.results && !raw.outDir) throw new ConfigError('--resume needs --results FILE (or --out-dir, whose results.jsonl it continues)');
  return {
    ...base,
    formats: portfolioFormats(base.formats),
    results: raw.results,
    resume: !!raw.resume,
    brandsConcurrency: raw.brandsConcurrency,
    ...(raw.shard ? { shard: parseShard(raw.shard) } : {}),
    allowFailures: raw.allowFailures,
    brandFormats: brandFormats(raw.brandFormat),
  };
}

/** Adds `batch` and `merge` to the program. */
export function registerBatchCommands(program: Command, io: Io): void {
  const batch = program
    .command('batch')
    .description('audit every brand of a portfolio (YAML, CSV or a folder of brand files) and write the barometer')
    .argument('<portfolio>', 'portfolio.yaml, brands.csv, or a folder of brand files');
  addBatchOptions(batch).action(async (portfolio: string, raw: RawBatchOptions) => {
    io.exitCode = await runBatch(portfolio, normalizeBatchOptions(raw, io), io);
  });

  program
    .command('merge')
    .description('combine the results files of several batch runs (shards) and render any portfolio format')
    .argument('<results...>', 'results files written with batch --results (e.g. shard-*.jsonl)')
    .option('--format <formats>', FORMAT_HELP, 'terminal')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--out-dir <dir>', 'write portfolio.<ext> per format here')
    .option('--results <file.jsonl>', 'also write the combined results, one line per brand')
    .addOption(new Option('--report-links <ext>', "link each brand to <id>/report.<ext> beside the barometer (the shards' --out-dir reports)").choices(['html', 'md']))
    .addOption(langOption())
    .option('--title <title>', 'title of the barometer')
    .option('--fail-under <score>', 'exit 1 when a brand scores below this (0–100)', scoreArg('--fail-under'))
    .option('--assert <check>', 'per-brand or portfolio (share:RULE=0.5) check, as for batch (repeatable)', collect)
    .option('--rules <path|preset>', 'rule set the rule ids of --assert share: are checked against', 'default')
    .option('--allow-failures <n>', 'exit 0 (not 3) when at most this many brands could not be audited', nonNegativeInt('--allow-failures'), 0)
    .action(
      async (
        files: string[],
        raw: { format: string; out?: string; outDir?: string; results?: string; reportLinks?: string; lang: Lang; title?: string; failUnder?: number; assert?: string[]; rules: string; allowFailures: number },
      ) => {
        const formats = portfolioFormats(checkedFormats(raw.format, raw.out, raw.outDir));
        const ruleIds = loadRuleSet(raw.rules).rules.map((r) => r.id);
        const asserts: Assertion[] = [];
        const shares = [];
        for (const spec of raw.assert ?? []) {
          if (isPortfolioAssert(spec)) shares.push(parseShareAssert(spec, ruleIds));
          else {
            try {
              asserts.push(parseAssert(spec));
            } catch (err) {
              throw new ConfigError(`--assert ${spec}: ${(err as Error).message}`);
            }
          }
        }
        const copy = raw.results ? ResultsWriter.open(raw.results) : undefined;
        try {
          const rendered = await renderResults(
            files,
            { formats, out: raw.out, outDir: raw.outDir, lang: raw.lang, reportExt: raw.reportLinks, title: raw.title },
            { failUnder: raw.failUnder, asserts, shares },
            io.stdout,
            { strict: true, copyTo: copy },
          );
          for (const file of rendered.torn) io.stderr.write(`brand-audit: ${file}: ignored a torn last line (the run that wrote it was killed mid-write)\n`);
          io.exitCode = exitCode(rendered.summary.brands.failed, rendered.gateFailures, raw.allowFailures, io);
        } finally {
          copy?.close();
        }
      },
    );
}
