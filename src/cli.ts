// The commander program: flags → options → audit → formatter → exit code (0 ok, 1 threshold, 2 usage, 3 target).
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, TargetError } from './config/errors.js';
import { loadRuleSet, listPresets, type RuleSet } from './config/rule-set.js';
import { collectSnapshot, DEFAULTS } from './index.js';
import { loadSnapshot, saveSnapshot } from './snapshot/io.js';
import { buildReport } from './report/build.js';
import { FORMATS, parseFormat, renderReport, type Format } from './report/index.js';
import { createProgress } from './progress.js';
import { parseResolve } from './http/resolve.js';
import { renderRuleList } from './rules/list.js';
import { runDemo } from './demo/command.js';
import { TOOL_VERSION } from './version.js';
import type { Lang } from './rules/runner.js';
import type { BrandSnapshot } from './snapshot/types.js';

export const EXIT = { ok: 0, threshold: 1, usage: 2, target: 3 } as const;

/** Options shared by `audit` and `demo`. */
export interface AuditCliOptions {
  maxPages: number;
  depth: number;
  concurrency: number;
  timeout: number;
  userAgent?: string;
  ignoreRobots?: boolean;
  rules: string;
  format: Format;
  out?: string;
  saveSnapshot?: string;
  fromSnapshot?: string;
  lang: Lang;
  failUnder?: number;
  color: boolean;
  quiet?: boolean;
  verbose?: boolean;
  resolve?: Record<string, string>;
  brandName?: string;
}

/** Runs the CLI with process.argv-style arguments and resolves to the exit code; never throws. */
export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv);
    return io.exitCode;
  } catch (err) {
    return handleError(err, io);
  }
}

export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
  exitCode: number;
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
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });

  const audit = program
    .command('audit')
    .description('crawl a brand website (or re-read a saved snapshot) and print a scored customer-care report')
    .argument('[url]', 'the brand site start page, e.g. https://www.brand.fr (omit with --from-snapshot)');
  addAuditOptions(audit);
  audit.action(async (url: string | undefined, opts: RawOptions) => {
    const options = normalizeOptions(opts, io);
    if (options.fromSnapshot && url) throw new ConfigError('give either a URL or --from-snapshot, not both');
    if (!options.fromSnapshot && !url) throw new ConfigError('missing the URL to audit (or --from-snapshot FILE)');
    io.exitCode = await runAudit(url ? parseTarget(url) : undefined, options, io);
  });

  program
    .command('rules')
    .description('list the rules of a rule set with their category, weight and what each checks')
    .addOption(new Option('--rules <path|preset>', `rule set: a preset (${listPresets().join(', ')}) or a YAML file`).default('default'))
    .addOption(new Option('--lang <lang>', 'language of the titles').choices(['en', 'fr']).default('en'))
    .addOption(new Option('--format <format>', 'output format').choices(['terminal', 'json']).default('terminal'))
    .option('--no-color', 'disable colours (also NO_COLOR)')
    .action((opts: { rules: string; lang: Lang; format: 'terminal' | 'json'; color: boolean }) => {
      const ruleSet = loadRuleSet(opts.rules);
      const color = useColor(opts.color, io.stdout, io.env);
      io.stdout.write(renderRuleList(ruleSet, opts.lang, opts.format, color));
    });

  const demo = program
    .command('demo')
    .description('serve the bundled demo brand on 127.0.0.1 and audit it (works offline)')
    .option('--brand <slug>', 'which bundled brand to audit', 'maison-exemple')
    .option('--serve', 'only serve the bundled brands and print their URLs, until interrupted');
  addAuditOptions(demo, { forDemo: true });
  demo.action(async (opts: RawOptions & { brand: string; serve?: boolean }) => {
    const options = normalizeOptions(opts, io);
    io.exitCode = await runDemo({ brand: opts.brand, serve: !!opts.serve }, options, io, runAudit);
  });
  return program;
}

interface RawOptions {
  maxPages: number;
  depth: number;
  concurrency: number;
  timeout: number;
  userAgent?: string;
  ignoreRobots?: boolean;
  rules: string;
  format: string;
  out?: string;
  saveSnapshot?: string;
  fromSnapshot?: string;
  lang: Lang;
  failUnder?: number;
  color: boolean;
  quiet?: boolean;
  verbose?: boolean;
  resolve?: string;
  brandName?: string;
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
    .option('--format <format>', `report format: ${FORMATS.join('|')}`, 'terminal')
    .option('--out <file>', 'write the report to a file instead of stdout')
    .option('--save-snapshot <file>', 'save everything collected as JSON, to re-audit later offline')
    .addOption(new Option('--lang <lang>', 'language of the report').choices(['en', 'fr']).default('en'))
    .option('--fail-under <score>', 'exit 1 when the overall score is below this (0–100)', scoreArg)
    .option('--no-color', 'disable colours (also NO_COLOR)')
    .option('-q, --quiet', 'no progress or notes on stderr')
    .option('--verbose', 'show all evidence lines, not only the first five per rule')
    .option('--brand-name <name>', 'the brand name (default: guessed from the home page title)');
  if (!forDemo) {
    cmd
      .option('--from-snapshot <file>', 're-audit a saved snapshot offline (no network)')
      .option('--resolve <host=addr,...>', 'connect to these addresses instead of DNS, like curl --resolve (also BRAND_AUDIT_RESOLVE)');
  }
}

function normalizeOptions(raw: RawOptions, io: Io): AuditCliOptions {
  const format = parseFormat(raw.format);
  if (!format) throw new ConfigError(`unknown --format "${raw.format}" (expected one of: ${FORMATS.join(', ')})`);
  const resolveSpec = raw.resolve ?? io.env.BRAND_AUDIT_RESOLVE;
  let resolve: Record<string, string> | undefined;
  if (resolveSpec) {
    try {
      resolve = parseResolve(resolveSpec);
    } catch (err) {
      throw new ConfigError(`${raw.resolve ? '--resolve' : 'BRAND_AUDIT_RESOLVE'}: ${(err as Error).message}`);
    }
  }
  const toStdout = !raw.out;
  return {
    maxPages: raw.maxPages,
    depth: raw.depth,
    concurrency: raw.concurrency,
    timeout: raw.timeout,
    userAgent: raw.userAgent,
    ignoreRobots: raw.ignoreRobots,
    rules: raw.rules,
    format,
    out: raw.out,
    saveSnapshot: raw.saveSnapshot,
    fromSnapshot: raw.fromSnapshot,
    lang: raw.lang,
    failUnder: raw.failUnder,
    color: toStdout && useColor(raw.color, io.stdout, io.env),
    quiet: raw.quiet,
    verbose: raw.verbose,
    resolve,
    brandName: raw.brandName,
  };
}

/** The whole audit job: load the rule set first (bad config fails fast), collect or load, report, exit code. */
export async function runAudit(url: string | undefined, options: AuditCliOptions, io: Io): Promise<number> {
  const ruleSet: RuleSet = loadRuleSet(options.rules);
  const progress = createProgress({ quiet: !!options.quiet, stream: io.stderr, env: io.env });
  let snapshot: BrandSnapshot;
  if (options.fromSnapshot) {
    snapshot = loadSnapshot(options.fromSnapshot);
  } else {
    const started = Date.now();
    snapshot = await collectSnapshot(url!, {
      maxPages: options.maxPages,
      maxDepth: options.depth,
      concurrency: options.concurrency,
      timeoutMs: Math.round(options.timeout * 1000),
      userAgent: options.userAgent,
      respectRobots: !options.ignoreRobots,
      resolve: options.resolve,
      brandName: options.brandName,
      onPage: (page, done) => progress.page(page, done),
    });
    const pages = snapshot.site.pages;
    const failed = pages.filter((p) => p.error).length;
    progress.done(`Read ${pages.length} page(s) of ${snapshot.target.domain} in ${((Date.now() - started) / 1000).toFixed(1)} s` + (failed ? `, ${failed} could not be read` : '') + (snapshot.site.limits.truncated ? ` (stopped at --max-pages ${options.maxPages})` : ''));
    if (options.saveSnapshot) {
      await saveSnapshot(options.saveSnapshot, snapshot);
      progress.info(`Snapshot saved to ${options.saveSnapshot}`);
    }
  }
  const report = buildReport(snapshot, ruleSet, options.lang);
  const text = renderReport(report, options.format, { color: options.color, width: io.stdout.columns, verbose: options.verbose });
  if (options.out) {
    await mkdir(path.dirname(path.resolve(options.out)), { recursive: true });
    await writeFile(options.out, text, 'utf8');
    progress.info(`Report written to ${options.out}`);
  } else {
    io.stdout.write(text);
  }
  if (options.failUnder !== undefined && (report.score === null || report.score < options.failUnder)) {
    io.stderr.write(`brand-audit: score ${report.score ?? 'n/a'} is below --fail-under ${options.failUnder}\n`);
    return EXIT.threshold;
  }
  return EXIT.ok;
}

/** Accepts http(s) URLs and bare host names (www.brand.fr → https://www.brand.fr/); anything else is a usage error. */
export function parseTarget(input: string): string {
  const trimmed = input.trim();
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    throw new ConfigError(`"${input}" is not a URL (expected https://… or a host name such as www.brand.fr)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new ConfigError(`"${input}" is not an http(s) URL`);
  if (!url.hostname.includes('.') && url.hostname !== 'localhost' && !url.hostname.startsWith('['))
    throw new ConfigError(`"${input}" is not a URL (expected https://… or a host name such as www.brand.fr)`);
  return url.toString();
}

function useColor(flag: boolean, stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): boolean {
  if (!flag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
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
  // A bug: still one line, with a hint, and the stack only when asked for.
  io.stderr.write(`brand-audit: internal error: ${e instanceof Error ? e.message : String(e)} (set BRAND_AUDIT_DEBUG=1 for details)\n`);
  if (io.env.BRAND_AUDIT_DEBUG) io.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
  return EXIT.target;
}

function positiveInt(flag: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${flag} expects a whole number ≥ 1.`);
    return n;
  };
}

function nonNegativeInt(flag: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`${flag} expects a whole number ≥ 0.`);
    return n;
  };
}

function positiveNumber(flag: string) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${flag} expects a number of seconds > 0.`);
    return n;
  };
}

function scoreArg(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError('--fail-under expects a score from 0 to 100.');
  return n;
}
