// The commander program: flags → options → audit → formatter → exit code (0 ok, 1 threshold, 2 usage, 3 target).
import { Command, CommanderError, Option } from 'commander';
import { ConfigError, TargetError } from './errors.js';
import { createRedactor, secretsFrom } from './http/client.js';
import { loadRuleSet, listPresets } from './config/rule-set.js';
import { DEFAULTS } from './index.js';
import { TOOL_VERSION } from './version.js';
import type { Lang } from './locale/langs.js';
import {
  checkedFormats,
  collect,
  langOption,
  nonNegativeInt,
  normalizeOptions,
  positiveInt,
  positiveNumber,
  scoreArg,
  useColor,
  type RawAuditOptions,
} from './cli/options.js';
import { EXIT, type Io } from './cli/io.js';
import { runAudit } from './cli/run-audit.js';
import { runCompareCommand, runReportCommand } from './cli/report-command.js';
import { renderRuleList } from './cli/rules-command.js';
import { runInit } from './cli/init-command.js';
import { runDemo } from './cli/demo-command.js';

export { EXIT, runAudit, type Io };
export type { AuditCliOptions } from './cli/options.js';

/** Runs the CLI with process.argv-style arguments and resolves to the exit code; never throws. */
export async function main(argv: string[], given: Io = defaultIo()): Promise<number> {
  const io = scrubbed(given);
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv);
    return io.exitCode;
  } catch (err) {
    return handleError(err, io);
  } finally {
    given.exitCode = io.exitCode;
  }
}

/**
 * The Io with every secret of its environment (API keys, tokens), and any piece of one, removed from what is written to
 * stdout and stderr, and a `redact` for text written to files: whatever a server echoed never reaches an output.
 */
function scrubbed(io: Io): Io {
  const redactor = createRedactor(secretsFrom(io.env));
  if (!redactor.active) return io;
  const wrap = (stream: NodeJS.WriteStream): NodeJS.WriteStream =>
    new Proxy(stream, {
      get(target, prop) {
        if (prop === 'write') {
          return (chunk: unknown, ...rest: unknown[]) =>
            (target.write as (...a: unknown[]) => boolean)(typeof chunk === 'string' ? redactor.text(chunk) : chunk, ...rest);
        }
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  return { ...io, stdout: wrap(io.stdout), stderr: wrap(io.stderr), redact: redactor.text };
}

function defaultIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, exitCode: 0 };
}

const FORMAT_HELP = 'report format(s), comma-separated: terminal, json, html, markdown, junit, csv';

function buildProgram(io: Io): Command {
  const program = new Command('brand-audit')
    .description('Audit how a brand serves its customers on its website and social networks.')
    .version(TOOL_VERSION, '-V, --version')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  const audit = program
    .command('audit')
    .description('audit a brand: its website and the social accounts it links (or a brand file, or a saved snapshot)')
    .argument('[target]', 'the site start page (https://www.brand.fr), or a brand file (brand.yaml); omit with --from-snapshot');
  addAuditOptions(audit);
  audit.action(async (target: string | undefined, raw: RawAuditOptions) => {
    const options = normalizeOptions(raw, io.env, io.stdout);
    if (options.fromSnapshot && target) throw new ConfigError('give either a target or --from-snapshot, not both');
    if (!options.fromSnapshot && !target) throw new ConfigError('missing the URL or brand file to audit (or --from-snapshot FILE)');
    io.exitCode = await runAudit(target, options, io);
  });

  program
    .command('report')
    .description('render a saved JSON report again, or re-audit a saved snapshot offline, in any format')
    .argument('<file>', 'a report written with --format json, or a snapshot written with --save-snapshot')
    .option('--format <formats>', FORMAT_HELP, 'terminal')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--out-dir <dir>', 'write one file per format into this folder')
    .addOption(langOption('language to render in (any saved report renders in any language)'))
    .option('--rules <path|preset>', 'rule set for a snapshot (default: default)')
    .option('--no-color', 'disable colours (also NO_COLOR)')
    .option('-q, --quiet', 'no notes on stderr')
    .option('--verbose', 'show every evidence line')
    .action(async (file: string, raw: { format: string; out?: string; outDir?: string; lang: Lang; rules?: string; color: boolean; quiet?: boolean; verbose?: boolean }) => {
      const formats = checkedFormats(raw.format, raw.out, raw.outDir);
      const color = !raw.out && !raw.outDir && useColor(raw.color, io.stdout, io.env);
      io.exitCode = await runReportCommand(file, { ...raw, formats, color }, io);
    });

  program
    .command('compare')
    .description('print what changed between two saved JSON reports: score, categories, rules, accounts')
    .argument('<before>', 'the older report (JSON)')
    .argument('<after>', 'the newer report (JSON)')
    .addOption(new Option('--format <format>', 'output format').choices(['terminal', 'json', 'markdown']).default('terminal'))
    .addOption(langOption('language of the text'))
    .option('--no-color', 'disable colours (also NO_COLOR)')
    .action((before: string, after: string, raw: { format: 'terminal' | 'json' | 'markdown'; lang: Lang; color: boolean }) => {
      io.exitCode = runCompareCommand(before, after, { ...raw, color: useColor(raw.color, io.stdout, io.env) }, io);
    });

  program
    .command('rules')
    .description('list the rules of a rule set with their category, weight and what each checks')
    .addOption(new Option('--rules <path|preset>', `rule set: a preset (${listPresets().join(', ')}) or a YAML file`).default('default'))
    .addOption(langOption('language of the titles'))
    .addOption(new Option('--format <format>', 'output format').choices(['terminal', 'json']).default('terminal'))
    .option('--no-color', 'disable colours (also NO_COLOR)')
    .action((opts: { rules: string; lang: Lang; format: 'terminal' | 'json'; color: boolean }) => {
      const ruleSet = loadRuleSet(opts.rules);
      io.stdout.write(renderRuleList(ruleSet, opts.lang, opts.format, useColor(opts.color, io.stdout, io.env)));
    });

  program
    .command('init')
    .description('write a commented example brand file (brand.yaml) to start from')
    .argument('[file]', 'where to write it', 'brand.yaml')
    .option('--name <name>', 'the brand name')
    .option('--website <url>', 'the brand website')
    .option('--force', 'overwrite an existing file')
    .action(async (file: string, opts: { force?: boolean; name?: string; website?: string }) => {
      io.exitCode = await runInit(file, opts, io);
    });

  const demo = program
    .command('demo')
    .description('serve the bundled demo brand (website and social APIs) on 127.0.0.1 and audit it, offline')
    .option('--brand <slug>', 'which bundled brand to audit', 'maison-exemple')
    .option('--serve', 'only serve the bundled brands and print their URLs, until interrupted');
  addAuditOptions(demo, { forDemo: true });
  demo.action(async (raw: RawAuditOptions & { brand: string; serve?: boolean }) => {
    const options = normalizeOptions(raw, io.env, io.stdout);
    io.exitCode = await runDemo({ brand: raw.brand, serve: !!raw.serve }, options, io);
  });
  return program;
}

function addAuditOptions(cmd: Command, { forDemo = false } = {}): void {
  cmd
    .option('--max-pages <n>', 'most pages to read', positiveInt('--max-pages'), DEFAULTS.maxPages)
    .option('--depth <n>', 'most clicks from the start page', nonNegativeInt('--depth'), DEFAULTS.maxDepth)
    .option('--concurrency <n>', 'pages fetched at once', positiveInt('--concurrency'), DEFAULTS.concurrency)
    .option('--timeout <seconds>', 'per-request timeout in seconds', positiveNumber('--timeout'), DEFAULTS.timeoutMs / 1000)
    .option('--user-agent <ua>', 'User-Agent header (default: brand-audit/<version>)')
    .option('--ignore-robots', 'do not obey robots.txt (only for sites you are allowed to audit)')
    .option('--rules <path|preset>', `rule set: a preset (${listPresets().join(', ')}) or a YAML file`, 'default')
    .option('--format <formats>', FORMAT_HELP, 'terminal')
    .option('--out <file>', 'write the report to a file instead of stdout')
    .option('--out-dir <dir>', 'write one file per format into this folder')
    .option('--save-snapshot <file>', 'save everything collected as JSON, to re-audit later offline')
    .addOption(langOption())
    .option('--fail-under <score>', 'exit 1 when the overall score is below this (0–100)', scoreArg('--fail-under'))
    .option('--assert <check>', 'exit 1 unless the check holds: score=60, category:support=70, rule:support-reachable=pass (repeatable)', collect)
    .option('--baseline <report.json>', 'exit 1 on a drop since this saved report larger than --max-drop, or a rule that got worse')
    .option('--max-drop <points>', 'largest score drop --baseline accepts', scoreArg('--max-drop'), 5)
    .option('--no-color', 'disable colours (also NO_COLOR)')
    .option('-q, --quiet', 'no progress or notes on stderr')
    .option('--verbose', 'show all evidence lines, not only the first five per rule')
    .option('--brand-name <name>', 'the brand name (default: from the brand file, or guessed from the home page title)')
    .option('--no-social', 'audit the website only: do not read the social accounts')
    .option('--max-posts <n>', 'most brand posts read per social account', positiveInt('--max-posts'), DEFAULTS.maxPosts)
    .option('--source-timeout <seconds>', 'most time one social account may take; what was read by then is kept', positiveNumber('--source-timeout'), DEFAULTS.sourceSeconds)
    .option('--window <days>', 'how far back to read conversations, e.g. 30d or 4w (default: 30d, or the brand file)')
    .option('--export <file>', 'a conversation export (JSON or CSV, see docs/exports.md) to audit (repeatable)', collect)
    .option('--export-platform <platform>', 'platform of CSV exports given with --export')
    .option('--export-account <handle>', 'account of CSV exports given with --export')
    .option('--export-delimiter <char>', 'CSV delimiter of --export files: , ; or tab (default: guessed from the header)')
    .option('--export-encoding <label>', 'encoding of --export files, e.g. windows-1252 or utf-16le (default: UTF-8; a BOM wins)');
  if (!forDemo) {
    cmd
      .option('--from-snapshot <file>', 're-audit a saved snapshot offline (no network)')
      .option('--resolve <host=addr,...>', 'connect to these addresses instead of DNS, like curl --resolve (also BRAND_AUDIT_RESOLVE)');
  }
}

function handleError(err: unknown, io: Io): number {
  if (err instanceof CommanderError) {
    // Commander has already printed its one-line message; help and version are not errors.
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
    return EXIT.usage;
  }
  if (err instanceof ConfigError) {
    io.stderr.write(`brand-audit: ${err.message}\n`);
    return EXIT.usage;
  }
  if (err instanceof TargetError) {
    io.stderr.write(`brand-audit: ${err.message}\n`);
    return EXIT.target;
  }
  const e = err as NodeJS.ErrnoException;
  if (e && typeof e.code === 'string' && ['EACCES', 'ENOENT', 'EISDIR', 'ENOTDIR', 'EROFS', 'ENOSPC'].includes(e.code)) {
    io.stderr.write(`brand-audit: cannot write ${e.path ?? 'file'}: ${e.code}\n`);
    return EXIT.usage;
  }
  // A bug: still one line, with a hint, and the stack only when asked for; exit 2 as ESLint does (DESIGN.md), so a
  // CI job reads it as "the job is broken", not as "the site could not be reached".
  io.stderr.write(`brand-audit: internal error: ${e instanceof Error ? e.message : String(e)} (set BRAND_AUDIT_DEBUG=1 for details)\n`);
  if (io.env.BRAND_AUDIT_DEBUG) io.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
  return EXIT.usage;
}
