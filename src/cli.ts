// The commander program: flags → options → audit → formatter → exit code (0 ok, 1 threshold, 2 usage, 3 target).
// Only commander and the flag definitions load up front; each command loads its implementation when it runs
// (cli/lazy.ts), so --version and --help answer at once.
import { Command, CommanderError, Option } from 'commander';
import { ConfigError, TargetError } from './errors.js';
import { createRedactor, secretsFrom } from './http/secrets.js';
import { listPresets } from './config/presets.js';
import { TOOL_VERSION } from './version.js';
import type { Lang } from './locale/langs.js';
import { checkedFormats, fromConfig, langOption, normalizeOptions, useColor, type RawAuditOptions } from './cli/options.js';
import { EXIT, type Io } from './cli/io.js';
import {
  applyRunConfig,
  loadRuleSet,
  renderRuleList,
  runAudit,
  runCompareCommand,
  runDemo,
  runDemoPortfolio,
  runInit,
  runReportCommand,
} from './cli/lazy.js';
import { registerBatchCommands } from './cli/batch/commands.js';
import { AUDIT_SETTINGS, DEMO_SETTINGS, REPORT_SETTINGS } from './cli/config-settings.js';
import { brandingFromFlags, mergeBranding, type RawBrandingOptions } from './cli/branding.js';
import { addAuditOptions, addBrandingOptions, addConfigOptions, FORMAT_HELP } from './cli/audit-flags.js';

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
    .argument('[target]', 'the site start page (https://www.brand.fr), or a brand file (brand.yaml); omit with --from-snapshot, or with --export for a social-only audit');
  addAuditOptions(audit, 'audit');
  audit.action(async (target: string | undefined, _raw: RawAuditOptions, cmd: Command) => {
    const { config, origin, branding } = await applyRunConfig(cmd, io, AUDIT_SETTINGS);
    const normalized = await normalizeOptions(cmd.opts<RawAuditOptions>(), io.env, io.stdout, origin);
    const options = { ...normalized, branding: mergeBranding(branding, normalized.branding), configFile: config?.file };
    if (options.fromSnapshot && target) throw new ConfigError('give either a target or --from-snapshot, not both');
    // --export alone is a social-only audit of the exports (no website).
    if (!options.fromSnapshot && !target && options.exports.length === 0)
      throw new ConfigError('missing the URL or brand file to audit (or --export FILE for a social-only audit, or --from-snapshot FILE)');
    io.exitCode = await runAudit(target, options, io);
  });

  const report = program
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
    .option('--verbose', 'show every evidence line');
  addConfigOptions(report);
  addBrandingOptions(report);
  report.action(async (file: string, _raw: unknown, cmd: Command) => {
    const { config, origin, branding } = await applyRunConfig(cmd, io, REPORT_SETTINGS);
    const raw = cmd.opts<{ format: string; out?: string; outDir?: string; lang: Lang; rules?: string; color: boolean; quiet?: boolean; verbose?: boolean } & RawBrandingOptions>();
    const formats = fromConfig(origin, ['format', 'outDir', 'out'], () => checkedFormats(raw.format, raw.out, raw.outDir));
    const color = !raw.out && !raw.outDir && useColor(raw.color, io.stdout, io.env);
    // The file's rule set re-audits a snapshot; a saved report keeps the rule set it was scored with.
    io.exitCode = await runReportCommand(file, { ...raw, formats, color, snapshotRules: config?.values.rules, configFile: config?.file, branding: mergeBranding(branding, brandingFromFlags(raw)) }, io);
  });

  program
    .command('compare')
    .description('print what changed between two saved JSON reports: score, categories, rules, accounts')
    .argument('<before>', 'the older report (JSON)')
    .argument('<after>', 'the newer report (JSON)')
    .addOption(new Option('--format <format>', 'output format').choices(['terminal', 'json', 'markdown']).default('terminal'))
    .addOption(langOption('language of the text'))
    .option('--no-color', 'disable colours (also NO_COLOR)')
    .action(async (before: string, after: string, raw: { format: 'terminal' | 'json' | 'markdown'; lang: Lang; color: boolean }) => {
      io.exitCode = await runCompareCommand(before, after, { ...raw, color: useColor(raw.color, io.stdout, io.env) }, io);
    });

  program
    .command('rules')
    .description('list the rules of a rule set with their category, weight and what each checks')
    .addOption(new Option('--rules <path|preset>', `rule set: a preset (${listPresets().join(', ')}) or a YAML file`).default('default'))
    .addOption(langOption('language of the titles'))
    .addOption(new Option('--format <format>', 'output format').choices(['terminal', 'json']).default('terminal'))
    .option('--no-color', 'disable colours (also NO_COLOR)')
    .action(async (opts: { rules: string; lang: Lang; format: 'terminal' | 'json'; color: boolean }) => {
      const ruleSet = await loadRuleSet(opts.rules);
      io.stdout.write(await renderRuleList(ruleSet, opts.lang, opts.format, useColor(opts.color, io.stdout, io.env)));
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
    .option('--serve', 'only serve the bundled brands and print their URLs, until interrupted')
    .option('--portfolio', 'audit every bundled brand as a portfolio and write the barometer to --out-dir (default ./barometer)');
  addAuditOptions(demo, 'demo');
  demo.action(async (_raw: unknown, cmd: Command) => {
    const { config, origin, branding } = await applyRunConfig(cmd, io, DEMO_SETTINGS);
    const raw = cmd.opts<RawAuditOptions & { brand: string; serve?: boolean; portfolio?: boolean }>();
    const normalized = await normalizeOptions(raw.portfolio && !raw.outDir ? { ...raw, outDir: 'barometer' } : raw, io.env, io.stdout, origin);
    const options = { ...normalized, branding: mergeBranding(branding, normalized.branding), configFile: config?.file };
    if (raw.portfolio) {
      io.exitCode = await runDemoPortfolio(options, io);
      return;
    }
    io.exitCode = await runDemo({ brand: raw.brand, serve: !!raw.serve }, options, io);
  });
  registerBatchCommands(program, io);
  return program;
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
  // EEXIST: a folder to create (--out-dir, a report's folder) is an existing file.
  if (e && typeof e.code === 'string' && ['EACCES', 'EPERM', 'ENOENT', 'EISDIR', 'ENOTDIR', 'EEXIST', 'EROFS', 'ENOSPC', 'ENAMETOOLONG'].includes(e.code)) {
    io.stderr.write(`brand-audit: cannot write ${e.path ?? 'file'}: ${e.code}\n`);
    return EXIT.usage;
  }
  return reportCrash(err, io);
}

/**
 * A bug: still one line, with a hint, and the stack only when asked for; exit 2 as ESLint does (DESIGN.md), so a CI
 * job reads it as "the job is broken", never as a failed gate (1) or "the site could not be reached" (3). The bin
 * shim also sends here what escapes the command's promise (an 'error' event, a throw in a timer).
 */
export function reportCrash(err: unknown, io: Pick<Io, 'stderr' | 'env'> = defaultIo()): number {
  const e = err as Error | undefined;
  io.stderr.write(`brand-audit: internal error: ${e instanceof Error ? e.message : String(e)} (set BRAND_AUDIT_DEBUG=1 for details)\n`);
  if (io.env.BRAND_AUDIT_DEBUG) io.stderr.write(`${e?.stack ?? ''}\n`);
  return EXIT.usage;
}
