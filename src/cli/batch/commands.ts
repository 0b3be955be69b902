// The `batch` and `merge` commands: flags and configuration file → BatchOptions → run → exit code. The flags are
// defined up front (for --help), the audit ones with `audit`'s (audit-flags.ts); the configuration file's loader,
// the batch runner, the results file and the barometer load when a command runs.
import { Option, type Command } from 'commander';
import { ConfigError } from '../../errors.js';
import type { Assertion } from '../../config/asserts.js';
import { parseFormats, type Format } from '../../report/formats.js';
import { parseShard } from '../../portfolio/shard.js';
import type { Lang } from '../../locale/langs.js';
import type { OutputFormat } from '../output-formats.js';
import { checkedFormats, collect, fromConfig, langOption, nonNegativeInt, normalizeOptions, positiveInt, scoreArg, type RawAuditOptions } from '../options.js';
import { addAuditOptions, addConfigOptions, PORTFOLIO_FORMAT_HELP } from '../audit-flags.js';
import { BATCH_SETTINGS, MERGE_SETTINGS } from '../config-settings.js';
import type { Origin } from '../config-options.js';
import { applyRunConfig } from '../lazy.js';
import { mergeBranding } from '../branding.js';
import type { Io } from '../io.js';
import type { BatchOptions } from './run-batch.js';
import { isPortfolioAssert, parseShareAssert } from './portfolio-asserts.js';

/** The raw values commander gives for the batch flags, beyond the audit ones. */
export interface RawBatchOptions extends RawAuditOptions {
  results?: string;
  resume?: boolean;
  brandsConcurrency: number;
  shard?: string;
  allowFailures: number;
  brandFormat: string;
}

/** The batch's own flags, then the audit flags that apply to every brand (audit-flags.ts), declared with `audit`'s. */
export function addBatchOptions(cmd: Command): Command {
  cmd
    .option('--results <file.jsonl>', 'one line per brand (its report, or why it could not be audited); default: <out-dir>/results.jsonl')
    .option('--resume', 'skip the brands already in --results with the same rule set and settings; audit the rest')
    .option('--brands-concurrency <n>', 'brands audited at once', positiveInt('--brands-concurrency'), 4)
    .option('--shard <k/n>', 'audit only the k-th of n deterministic slices of the portfolio (for a CI matrix)')
    .option('--allow-failures <n>', 'exit 0 (not 3) when at most this many brands could not be audited', nonNegativeInt('--allow-failures'), 0)
    .option('--brand-format <formats>', "formats of each brand's own report under --out-dir/<id>/", 'html,json');
  return addAuditOptions(cmd, 'batch');
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

/**
 * Checks the batch flags (with the configuration file's values `origin` says came from it) and turns them into
 * options; problems are usage errors (exit 2), said at the file's line for a value from the file.
 */
export async function normalizeBatchOptions(raw: RawBatchOptions, io: Io, origin: Origin = () => undefined): Promise<BatchOptions> {
  const base = await normalizeOptions(raw, io.env, io.stdout, origin);
  if (raw.resume && !raw.results && !raw.outDir) throw new ConfigError('--resume needs --results FILE (or --out-dir, whose results.jsonl it continues)');
  return {
    ...base,
    formats: fromConfig(origin, ['format'], () => portfolioFormats(base.formats)),
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
  addBatchOptions(batch).action(async (portfolio: string, _raw: RawBatchOptions, cmd: Command) => {
    // The configuration file under the flags, as for `audit`: same search, same errors, each brand audited with it.
    const { config, origin, branding } = await applyRunConfig(cmd, io, BATCH_SETTINGS);
    const normalized = await normalizeBatchOptions(cmd.opts<RawBatchOptions>(), io, origin);
    const options = { ...normalized, branding: mergeBranding(branding, normalized.branding), configFile: config?.file };
    const { runBatch } = await import('./run-batch.js');
    io.exitCode = await runBatch(portfolio, options, io);
  });

  const merge = program
    .command('merge')
    .description('combine the results files of several batch runs (shards) and render any portfolio format')
    .argument('<results...>', 'results files written with batch --results (e.g. shard-*.jsonl)')
    .option('--format <formats>', PORTFOLIO_FORMAT_HELP, 'terminal')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--out-dir <dir>', 'write portfolio.<ext> per format here')
    .option('--results <file.jsonl>', 'also write the combined results, one line per brand')
    .addOption(new Option('--report-links <ext>', "link each brand to <id>/report.<ext> beside the barometer (the shards' --out-dir reports)").choices(['html', 'md']))
    .addOption(langOption())
    .option('--title <title>', 'title of the barometer')
    .option('--fail-under <score>', 'exit 1 when a brand scores below this (0–100)', scoreArg('--fail-under'))
    .option('--assert <check>', 'per-brand or portfolio (share:RULE=0.5) check, as for batch (repeatable)', collect)
    .option('--rules <path|preset>', "rule set the --assert checks are checked against, as in batch (its own assert: list applies too)", 'default')
    .option('--allow-failures <n>', 'exit 0 (not 3) when at most this many brands could not be audited', nonNegativeInt('--allow-failures'), 0)
    .option('-q, --quiet', 'no notes on stderr (a torn last line is still said)');
  addConfigOptions(merge).action(
    async (files: string[], _raw: unknown, cmd: Command) => {
      // The configuration file under the flags, as for `batch`: the same outputs, language and gates (MERGE_SETTINGS).
      const { config, origin } = await applyRunConfig(cmd, io, MERGE_SETTINGS);
      const raw = cmd.opts<{ format: string; out?: string; outDir?: string; results?: string; reportLinks?: string; lang: Lang; title?: string; failUnder?: number; assert?: string[]; rules: string; allowFailures: number; quiet?: boolean }>();
      const formats = fromConfig(origin, ['format', 'outDir', 'out'], () => portfolioFormats(checkedFormats(raw.format, raw.out, raw.outDir)));
      const [{ loadRuleSet }, { checkedAsserts }, { ResultsWriter }, { renderResults }, { exitCode }] = await Promise.all([
        import('../../config/rule-set.js'),
        import('../checked-asserts.js'),
        import('../../portfolio/results-file.js'),
        import('./render.js'),
        import('./run-batch.js'),
      ]);
      const ruleSet = loadRuleSet(raw.rules);
      const ruleIds = ruleSet.rules.map((r) => r.id);
      // The per-brand gates as batch checks them: a check on a rule the rule set does not score is exit 2 (at the
      // file's line when it came from there), and the rule set's own `assert:` applies, so merging the shards gates
      // as one unsharded run does.
      const asserts: Assertion[] = checkedAsserts(raw.assert ?? [], ruleSet, origin, isPortfolioAssert);
      const shares = (raw.assert ?? []).filter(isPortfolioAssert).map((spec) => parseShareAssert(spec, ruleIds));
      // Said once the settings are known good, as `audit` and `batch` say it: a mistake is then the only line.
      if (config && !raw.quiet) io.stderr.write(`Settings from ${config.file}\n`);
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
