// Which flags each command takes from the configuration file. A leaf module: the commands are defined (and --help
// printed) without loading the configuration file's loader (lilconfig, YAML, the schemas).
import type { ConfigValues } from '../config/run-config.js';

/**
 * The settings `audit` (and `demo`, without its own target's) takes from a configuration file: every flag but the
 * target's (--from-snapshot) and --config; --prepared-by, --logo and --accent come from its `branding` instead.
 */
export const AUDIT_SETTINGS = [
  'maxPages', 'depth', 'concurrency', 'timeout', 'userAgent', 'ignoreRobots', 'rules', 'format', 'out', 'outDir',
  'saveSnapshot', 'prettySnapshot', 'lang', 'failUnder', 'assert', 'baseline', 'maxDrop', 'allowCoverageLoss', 'color',
  'quiet', 'verbose', 'brandName', 'social', 'maxPosts', 'sourceTimeout', 'window', 'since', 'until', 'export',
  'exportPlatform', 'exportAccount', 'exportDelimiter', 'exportEncoding', 'resolve',
] as const satisfies readonly (keyof ConfigValues)[];

/** The settings of one audit alone (as SINGLE_AUDIT_FLAGS in audit-flags.ts): a batch's brands each have their own. */
export const SINGLE_AUDIT_SETTINGS = [
  'saveSnapshot', 'prettySnapshot', 'baseline', 'maxDrop', 'allowCoverageLoss', 'brandName', 'export', 'exportPlatform', 'exportAccount',
  'exportDelimiter', 'exportEncoding',
] as const satisfies readonly (typeof AUDIT_SETTINGS)[number][];

/** What `batch` takes: every audit setting but those of one audit, each applied to every brand as `audit` applies it. */
export const BATCH_SETTINGS: readonly (keyof ConfigValues)[] = AUDIT_SETTINGS.filter((k) => !(SINGLE_AUDIT_SETTINGS as readonly string[]).includes(k));

/**
 * What `demo` takes: how to audit and report, not what to read. The demo's brand, hosts and period are its own: a
 * project's `window`/`since`/`until` (say, a quarter of 2017) would leave its synthetic conversations out of the
 * period, its `export` keys would audit a file instead of the demo brand, its `brandName` would rename it, its
 * `baseline` is another brand's report (exit 2) and its `resolve` would point the demo's hosts elsewhere.
 */
export const DEMO_SETTINGS: readonly (keyof ConfigValues)[] = AUDIT_SETTINGS.filter(
  (k) => !['resolve', 'window', 'since', 'until', 'brandName', 'baseline', 'maxDrop', 'allowCoverageLoss', 'export', 'exportPlatform', 'exportAccount', 'exportDelimiter', 'exportEncoding'].includes(k),
);

/** What `report` takes: how and where to render (its --rules only applies to snapshots, and is handled there). */
export const REPORT_SETTINGS = ['format', 'out', 'outDir', 'lang', 'color', 'quiet', 'verbose'] as const satisfies readonly (keyof ConfigValues)[];

/**
 * What `merge` takes: where and how the portfolio outputs go, and the per-brand gates checked again on the merged
 * results (with `rules`, the rule set a portfolio gate's rule is looked up in). The collection settings do not apply
 * (merge reads no site), nor does `branding` (it goes on each brand's report, which batch wrote).
 */
export const MERGE_SETTINGS = ['format', 'out', 'outDir', 'lang', 'failUnder', 'assert', 'rules', 'quiet'] as const satisfies readonly (keyof ConfigValues)[];
