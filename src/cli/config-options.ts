// Merges the configuration file (config/run-config.ts) under a command's flags: a value from the file fills an option
// the command line did not give (commander's value source says which), so flags always win. Remembers which options
// came from the file, so that errors found later (an --assert on a rule the rule set turns off) name its line.
import path from 'node:path';
import type { Command } from 'commander';
import { findRunConfig, loadRunConfig, type Branding, type ConfigLocation, type ConfigValues, type RunConfig } from '../config/run-config.js';
import type { Io } from './io.js';
import { AUDIT_SETTINGS, BATCH_SETTINGS, REPORT_SETTINGS } from './config-settings.js';

/** Where an option's value came from in the configuration file, or undefined when it came from the command line or a default. */
export type Origin = (key: keyof ConfigValues, index?: number) => ConfigLocation | undefined;

export { AUDIT_SETTINGS, BATCH_SETTINGS, REPORT_SETTINGS };

export interface AppliedConfig {
  config?: RunConfig;
  origin: Origin;
  branding?: Branding;
}

/**
 * Settings that answer one question: a flag for any one of them replaces the file's whole answer. Where the report
 * goes (out or outDir), and the period read (window, since, until): `--until 2026-03-31` on the command line drops
 * the file's `window: 14d` too, as a period is said by one source, never pieced together from two.
 */
const ALTERNATIVES: (keyof ConfigValues)[][] = [
  ['out', 'outDir'],
  ['window', 'since', 'until'],
];

/** The value as commander holds it for the option: lists of formats as "html,json", numbers and strings as given. */
function optionValue(key: keyof ConfigValues, value: unknown): unknown {
  if (key === 'format' && Array.isArray(value)) return value.join(',');
  return value;
}

/**
 * Finds the configuration file (--config PATH, else the search upward from the working folder; none with
 * --no-config) and sets each of `settings` it holds on `cmd` unless the command line gave that flag. The file's
 * `resolve` also yields to BRAND_AUDIT_RESOLVE (flags, then the environment, then the file). Returns the file, the
 * origin of each option, and the branding.
 */
export function applyRunConfig(cmd: Command, io: Io, settings: readonly (keyof ConfigValues)[]): AppliedConfig {
  const asked = cmd.getOptionValue('config') as string | false | undefined;
  const cwd = io.cwd ?? process.cwd();
  const config = asked === false ? undefined : typeof asked === 'string' ? loadRunConfig(path.resolve(cwd, asked)) : findRunConfig(cwd);
  if (!config) return { origin: () => undefined };
  for (const key of settings) {
    const value = config.values[key];
    if (value === undefined) continue;
    const fromCommandLine = (k: string): boolean => ['cli', 'env'].includes(cmd.getOptionValueSource(k) ?? '');
    const group = ALTERNATIVES.find((g) => g.includes(key)) ?? [key];
    if (group.some(fromCommandLine)) continue;
    if (key === 'resolve' && io.env.BRAND_AUDIT_RESOLVE) continue;
    cmd.setOptionValueWithSource(key, optionValue(key, value), 'config');
  }
  const origin: Origin = (key, index) => (cmd.getOptionValueSource(key) === 'config' ? config.at(key, index) : undefined);
  return { config, origin, branding: config.values.branding };
}
