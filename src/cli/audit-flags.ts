// The audit flags, declared once for every command that audits: `audit`, `demo` and `batch`. Most say how to audit
// a brand, so `batch` applies them to each brand of its portfolio: a flag added to BRAND_FLAGS reaches all three
// commands (and the configuration file's key of the same name reaches them too, cli/config-settings.ts). The few
// that only make sense for one audit — a snapshot to save or re-audit, a baseline, export files, the brand's name —
// are SINGLE_AUDIT_FLAGS, which `batch` does not take. Only commander and the flags' parsers load here, for --help.
import { Option, type Command } from 'commander';
import { listPresets } from '../config/presets.js';
import { DEFAULTS } from '../defaults.js';
import { collect, langOption, nonNegativeInt, positiveInt, positiveNumber, scoreArg } from './options.js';

/** The commands that audit; a flag's wording may differ in `batch`, where it applies to every brand or to the portfolio. */
export type AuditCommand = 'audit' | 'demo' | 'batch';

type Flag = (command: AuditCommand) => Option;

interface FlagSettings {
  /** The wording in `batch`, when it is not the audit's. */
  batch?: string;
  /** The value's parser; a repeatable flag's (collect) gets the values before it. */
  parse?: (value: string, previous: string[] | undefined) => unknown;
  default?: unknown;
}

function flag(flags: string, description: string, settings: FlagSettings = {}): Flag {
  return (command) => {
    const option = new Option(flags, command === 'batch' && settings.batch ? settings.batch : description);
    if (settings.parse) option.argParser(settings.parse as (value: string, previous: unknown) => unknown);
    if (settings.default !== undefined) option.default(settings.default);
    return option;
  };
}

/** The --format help of the commands that write one brand's report (`audit`, `demo`, `report`). */
export const FORMAT_HELP = 'report format(s), comma-separated: terminal, json, html, pdf, markdown, junit, csv';

/** The --format help of the commands that write a portfolio's outputs (`batch`, `merge`). */
export const PORTFOLIO_FORMAT_HELP = 'portfolio format(s), comma-separated: terminal, json, html, markdown (the barometer), csv, junit';

/** Where the report goes: one brand's report for `audit`, the portfolio's outputs for `batch`. */
const OUTPUT_FLAGS: Flag[] = [
  flag('--format <formats>', FORMAT_HELP, {
    batch: PORTFOLIO_FORMAT_HELP,
    default: 'terminal',
  }),
  flag('--out <file>', 'write the report to a file instead of stdout', { batch: 'write the portfolio output to a file instead of stdout' }),
  flag('--out-dir <dir>', 'write one file per format into this folder', { batch: "write portfolio.<ext> per format here, and each brand's reports under <id>/" }),
];

/** The document formats' branding: who prepared the report, their logo and colour (each brand's report, in a batch). */
const BRANDING_FLAGS: Flag[] = [
  flag('--prepared-by <name>', 'consultant or agency named on the cover and page footers of HTML, PDF and Markdown reports'),
  flag('--logo <file>', 'logo for the cover of HTML and PDF reports: PNG, JPEG, GIF, WebP or SVG, at most 512 KiB, embedded'),
  flag('--accent <colour>', 'accent colour of HTML and PDF reports, e.g. #1f3a5a'),
];

/** How to audit a brand, and the gates on its report: what every brand of a batch is audited with. */
const BRAND_FLAGS: Flag[] = [
  flag('--max-pages <n>', 'most pages to read', { batch: 'most pages to read per brand', parse: positiveInt('--max-pages'), default: DEFAULTS.maxPages }),
  flag('--depth <n>', 'most clicks from the start page', { parse: nonNegativeInt('--depth'), default: DEFAULTS.maxDepth }),
  flag('--concurrency <n>', 'pages fetched at once', {
    batch: 'pages fetched at once per brand (and requests at once to each API host, batch-wide)',
    parse: positiveInt('--concurrency'),
    default: DEFAULTS.concurrency,
  }),
  flag('--timeout <seconds>', 'per-request timeout in seconds', { parse: positiveNumber('--timeout'), default: DEFAULTS.timeoutMs / 1000 }),
  flag('--user-agent <ua>', 'User-Agent header (default: brand-audit/<version>)'),
  flag('--ignore-robots', 'do not obey robots.txt (only for sites you are allowed to audit)'),
  flag('--rules <path|preset>', `rule set: a preset (${listPresets().join(', ')}) or a YAML file`, { default: 'default' }),
  () => langOption(),
  flag('--fail-under <score>', 'exit 1 when the overall score is below this (0–100)', { batch: 'exit 1 when a brand scores below this (0–100)', parse: scoreArg('--fail-under') }),
  flag('--assert <check>', 'exit 1 unless the check holds: score=60, category:support=70, rule:support-reachable=pass (repeatable)', {
    batch: 'exit 1 unless the check holds for every brand (score=60, rule:x=pass) or the portfolio (share:support-links-to-social=0.5) (repeatable)',
    parse: collect,
  }),
  flag('--no-color', 'disable colours (also NO_COLOR)'),
  flag('-q, --quiet', 'no progress or notes on stderr'),
  flag('--verbose', 'show all evidence lines, not only the first five per rule', { batch: "all evidence lines in the brands' reports" }),
  flag('--no-social', 'audit the website only: do not read the social accounts', { batch: 'audit the websites only' }),
  flag('--max-posts <n>', 'most brand posts read per social account', { parse: positiveInt('--max-posts'), default: DEFAULTS.maxPosts }),
  flag('--source-timeout <seconds>', 'most time one social account may take; what was read by then is kept', { parse: positiveNumber('--source-timeout'), default: DEFAULTS.sourceSeconds }),
  flag('--window <days>', "how far back to read conversations, e.g. 30d or 4w (default: the brand file's, else the configuration file's, else 30d)", {
    batch: "how far back to read conversations for every brand, e.g. 30d (default: each brand's entry, else the configuration file, else 30d)",
  }),
  flag('--since <day>', 'first day of a past period to audit, yyyy-mm-dd (UTC), e.g. 2017-10-01'),
  flag('--until <day>', 'last day of the period, yyyy-mm-dd (UTC), included (default: today)'),
  ...BRANDING_FLAGS,
];

/** What only one audit can use: `batch` audits many brands, each with its own name, exports and history. */
const SINGLE_AUDIT_FLAGS: Flag[] = [
  flag('--save-snapshot <file>', 'save everything collected as JSON, to re-audit later offline'),
  flag('--pretty-snapshot', 'write --save-snapshot as indented JSON, for reading or diffing (default: compact)'),
  flag('--baseline <report.json>', 'exit 1 when, since this saved report, the score dropped more than --max-drop, a rule got worse, or a scored rule became n/a, error or gone'),
  flag('--max-drop <points>', 'largest drop --baseline accepts: points for the overall score (default 5), or rule:<id>=N, category:<id>=N (repeatable)', { parse: collect }),
  flag('--allow-coverage-loss', 'with --baseline: a rule that was scored may now be n/a, error or gone'),
  flag('--brand-name <name>', 'the brand name (default: from the brand file, or guessed from the home page title)'),
  flag('--export <file>', 'a conversation export to audit (repeatable): X archive tweets.js, saved Graph/X API responses, research CSV, or the JSON/CSV of docs/exports.md', { parse: collect }),
  flag('--export-platform <platform>', 'platform of the --export files when they do not say (a file of several networks: read this one)'),
  flag('--export-account <handle>', 'account of the --export files when they do not say (a research CSV: read this brand)'),
  flag('--export-delimiter <char>', 'CSV delimiter of --export files: , ; or tab (default: guessed from the header)'),
  flag('--export-encoding <label>', 'encoding of --export files, e.g. windows-1252 or utf-16le (default: UTF-8; a BOM wins)'),
];

/** The network and input flags `demo` leaves out: it serves its own brands, and always audits them live. */
const RESOLVE_FLAG = flag('--resolve <host=addr,...>', 'connect to these addresses instead of DNS, like curl --resolve (also BRAND_AUDIT_RESOLVE)');
const FROM_SNAPSHOT_FLAG = flag('--from-snapshot <file>', 're-audit a saved snapshot offline (no network)');

/**
 * Adds the audit flags `command` takes: every one for `audit`; all but --resolve and --from-snapshot for `demo`; the
 * output flags and BRAND_FLAGS (with --resolve) for `batch`. Then --config and --no-config.
 */
export function addAuditOptions(cmd: Command, command: AuditCommand): Command {
  const flags = [...OUTPUT_FLAGS, ...BRAND_FLAGS, ...(command === 'batch' ? [] : SINGLE_AUDIT_FLAGS)];
  if (command !== 'demo') flags.push(RESOLVE_FLAG);
  if (command === 'audit') flags.push(FROM_SNAPSHOT_FLAG);
  for (const make of flags) cmd.addOption(make(command));
  return addConfigOptions(cmd);
}

/** --config and --no-config: which configuration file gives the defaults of the flags not given. */
export function addConfigOptions(cmd: Command): Command {
  return cmd
    .option('--config <file>', 'configuration file (default: brand-audit.config.yaml or .brandauditrc, searched from here upward)')
    .option('--no-config', 'use no configuration file');
}

/** The branding of the document formats (HTML, PDF, Markdown), for `report`, which renders a saved report again. */
export function addBrandingOptions(cmd: Command): Command {
  for (const make of BRANDING_FLAGS) cmd.addOption(make('audit'));
  return cmd;
}
