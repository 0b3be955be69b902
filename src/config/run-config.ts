// The configuration file: defaults for every `audit` flag (camelCase names), the CI gates, outputs and the report's
// branding, found upward from the working directory (brand-audit.config.yaml|yml|json, .brandauditrc[.yaml|.yml|.json],
// with lilconfig) or named by --config. Checked against schema/config.schema.json with ajv, then what a schema
// cannot say (assert and --max-drop syntax, windows, encodings, files that must exist); every problem names the
// file, the line and the key. Paths in it are relative to the file. The CLI merges it under the flags.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { lilconfigSync, type LoaderSync } from 'lilconfig';
import { ConfigError } from '../errors.js';
import { isEncodingLabel, UNKNOWN_ENCODING } from './encoding-label.js';
import { failAt, lineOf, parseYaml, yaml, type YamlSource } from './yaml-source.js';
import { MAX_LOGO_BYTES } from './logo-limit.js';
import { checkSchema } from './validate.js';
import { parseAssert } from './asserts.js';
import { addTolerance, type Tolerances } from './tolerances.js';
import { parseDayBound, parseWindow, windowProblem } from './window.js';
import { listPresets, looksLikeRuleSetPath } from './presets.js';

/** Where the search looks, in each folder from the working directory up: the first found wins. */
export const CONFIG_FILES = [
  'brand-audit.config.yaml',
  'brand-audit.config.yml',
  'brand-audit.config.json',
  '.brandauditrc',
  '.brandauditrc.yaml',
  '.brandauditrc.yml',
  '.brandauditrc.json',
] as const;

/** A configuration file is a page of settings: anything larger is a mistake, refused before parsing. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export { MAX_LOGO_BYTES };

/** The consultant's branding of the HTML report, checked: the logo is an absolute path to a readable image. */
export interface Branding {
  name?: string;
  logo?: string;
  /** #rgb or #rrggbb. */
  accent?: string;
}

/** The values of a configuration file, with paths resolved against its folder and lists normalised. */
export interface ConfigValues {
  maxPages?: number;
  depth?: number;
  concurrency?: number;
  timeout?: number;
  userAgent?: string;
  ignoreRobots?: boolean;
  rules?: string;
  format?: string[];
  out?: string;
  outDir?: string;
  saveSnapshot?: string;
  prettySnapshot?: boolean;
  lang?: string;
  failUnder?: number;
  assert?: string[];
  baseline?: string;
  maxDrop?: string[];
  allowCoverageLoss?: boolean;
  color?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  brandName?: string;
  social?: boolean;
  maxPosts?: number;
  /** Seconds one social account may take (--source-timeout). */
  sourceTimeout?: number;
  /** The window as --window takes it ("30d"); not with `since`. */
  window?: string;
  /** The first and last days of a past period (yyyy-mm-dd, UTC), as --since and --until take them. */
  since?: string;
  until?: string;
  export?: string[];
  exportPlatform?: string;
  exportAccount?: string;
  exportDelimiter?: string;
  exportEncoding?: string;
  /** host=address pairs, comma-separated, as --resolve takes them. */
  resolve?: string;
  branding?: Branding;
}

/** Where a value sits in the file, for errors found later (an --assert on a rule the chosen rule set turns off). */
export interface ConfigLocation {
  file: string;
  line?: number;
  key: string;
}

export interface RunConfig {
  file: string;
  values: ConfigValues;
  /** The location of a key (`assert`, or the `index`th item of a list). */
  at(key: keyof ConfigValues, index?: number): ConfigLocation;
}

/** The raw file, once it matches the schema. */
type RawConfig = Omit<ConfigValues, 'format' | 'assert' | 'maxDrop' | 'window' | 'export' | 'resolve'> & {
  format?: string | string[];
  assert?: string | string[];
  maxDrop?: number | string | (number | string)[];
  window?: number | string;
  export?: string | string[];
  resolve?: string | Record<string, string>;
};

/** lilconfig's loader for every place: YAML (JSON included) parsed with its lines, size-capped first. */
const loadSource: LoaderSync = (file, content) => {
  if (Buffer.byteLength(content) > MAX_CONFIG_BYTES) {
    throw new ConfigError(`a configuration file larger than ${MAX_CONFIG_BYTES / 1024} KiB is refused (is this the right file?)`, file);
  }
  return parseYaml(file, content);
};

/**
 * The configuration file found from `cwd` upward (up to `stopDir`, by default the home folder, or the root when
 * `cwd` is outside it), loaded and checked; undefined when there is none. An empty file is found like any other
 * (it configures nothing), so it also stops a parent folder's file from applying.
 */
export function findRunConfig(cwd: string, stopDir?: string): RunConfig | undefined {
  let found: ReturnType<ReturnType<typeof lilconfigSync>['search']>;
  try {
    found = lilconfigSync('brand-audit', {
      searchPlaces: [...CONFIG_FILES],
      loaders: { '.yaml': loadSource, '.yml': loadSource, '.json': loadSource, noExt: loadSource },
      ignoreEmptySearchPlaces: false,
      cache: false,
      ...(stopDir ? { stopDir } : {}),
    }).search(cwd);
  } catch (err) {
    // A file of the searched name that cannot be read (a folder, no permission) is named, not a crash.
    const e = err as NodeJS.ErrnoException;
    if (err instanceof ConfigError || !e.code) throw err;
    if (e.path) throw new ConfigError(`cannot read the configuration file: ${e.code}`, e.path);
    throw new ConfigError(`cannot read a configuration file (${CONFIG_FILES.join(', ')}) in ${cwd} or a folder above: ${e.code}`);
  }
  if (!found) return undefined;
  return fromSource(found.isEmpty ? parseYaml(found.filepath, '') : (found.config as YamlSource));
}

/** Loads and checks the configuration file at `file` (--config PATH), YAML or JSON whatever its name. */
export function loadRunConfig(file: string): RunConfig {
  let text: string;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new ConfigError('is a folder, not a configuration file', file);
    // Refused before reading: a configuration file is never this large.
    if (stat.size > MAX_CONFIG_BYTES) throw new ConfigError(`a configuration file larger than ${MAX_CONFIG_BYTES / 1024} KiB is refused (is this the right file?)`, file);
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(code === 'ENOENT' ? 'configuration file not found' : `cannot read the configuration file: ${code ?? (err as Error).message}`, file);
  }
  return fromSource(loadSource(file, text) as YamlSource);
}

function fromSource(src: YamlSource): RunConfig {
  const contents = src.doc.contents;
  // An empty file configures nothing; anything else must be a mapping of flag names.
  const data = (contents === null ? {} : src.doc.toJS()) as RawConfig;
  if (contents !== null && !yaml().isMap(contents)) failAt(src, [], 'a configuration file must be a mapping of settings (maxPages: 50, format: [html, json]…)');
  checkSchema(src, data, 'config', { unknownKey });
  const at = (key: keyof ConfigValues, index?: number): ConfigLocation => {
    const keyPath = index === undefined || !Array.isArray(data[key as keyof RawConfig]) ? [key] : [key, String(index)];
    return { file: src.file, line: lineOf(src, keyPath), key: keyPath.join('.') };
  };
  return { file: src.file, values: valuesOf(src, data), at };
}

/** The wording of an unknown top-level key: the flags are the keys, so point at their spelling. */
function unknownKey(parent: string[], key: string): string | undefined {
  if (parent.length === 0) {
    const hint = key.startsWith('-') || key.includes('-') ? ' (flags are written in camelCase here: --max-pages is maxPages)' : '';
    return `unknown setting "${key}"${hint}`;
  }
  return undefined;
}

const list = <T>(v: T | T[] | undefined): T[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

/** Checks what the schema cannot, resolves paths against the file's folder and normalises lists and strings. */
function valuesOf(src: YamlSource, raw: RawConfig): ConfigValues {
  const dir = path.dirname(path.resolve(src.file));
  const local = (p: string | undefined): string | undefined => (p === undefined ? undefined : path.resolve(dir, p));
  const keyAt = (key: string, items: unknown[] | undefined, i: number): string[] => (Array.isArray(items) ? [key, String(i)] : [key]);

  const assert = list(raw.assert);
  assert?.forEach((spec, i) => {
    try {
      parseAssert(spec);
    } catch (err) {
      failAt(src, keyAt('assert', raw.assert as unknown[], i), (err as Error).message);
    }
  });
  const maxDrop = list(raw.maxDrop);
  const scratch: Tolerances = { rules: {}, categories: {} };
  maxDrop?.forEach((spec, i) => {
    try {
      addTolerance(scratch, spec);
    } catch (err) {
      failAt(src, keyAt('maxDrop', raw.maxDrop as unknown[], i), (err as Error).message);
    }
  });
  checkPeriod(src, raw);
  if (raw.exportEncoding !== undefined && !isEncodingLabel(raw.exportEncoding)) {
    failAt(src, ['exportEncoding'], `"${raw.exportEncoding}" ${UNKNOWN_ENCODING}`);
  }
  const format = list(raw.format);
  if (raw.out !== undefined && raw.outDir !== undefined) failAt(src, ['outDir'], 'give either out or outDir, not both');

  let rules = raw.rules;
  if (rules !== undefined) {
    if (looksLikeRuleSetPath(rules)) {
      rules = path.resolve(dir, rules);
      if (!existsSync(rules)) failAt(src, ['rules'], `rule set file not found: ${rules}`);
    } else if (!listPresets().includes(rules)) {
      failAt(src, ['rules'], `unknown rule set preset "${rules}" (presets: ${listPresets().join(', ')}; or a path to a .yaml file)`);
    }
  }

  const values: ConfigValues = {
    ...raw,
    rules,
    format,
    out: local(raw.out),
    outDir: local(raw.outDir),
    saveSnapshot: local(raw.saveSnapshot),
    assert,
    baseline: local(raw.baseline),
    maxDrop: maxDrop?.map(String),
    window: raw.window === undefined ? undefined : String(raw.window),
    export: list(raw.export)?.map((p) => path.resolve(dir, p)),
    resolve:
      raw.resolve === undefined || typeof raw.resolve === 'string'
        ? raw.resolve
        : Object.entries(raw.resolve)
            .map(([host, address]) => `${host}=${address}`)
            .join(','),
    branding: raw.branding ? branding(src, raw.branding, dir) : undefined,
  };
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as ConfigValues;
}

/**
 * The period keys, checked as --window, --since and --until are on the command line: a window of 1–366 days, real
 * days, `window` and `since` not both (each would start the period), and since..until (or since..today, as `since`
 * alone reads up to the day of the run) at most 366 days and in order.
 */
function checkPeriod(src: YamlSource, raw: RawConfig): void {
  if (raw.window !== undefined && parseWindow(String(raw.window)) === null) {
    failAt(src, ['window'], `expected a number of days such as 30d or 4w (1–366 days), got ${JSON.stringify(raw.window)}`);
  }
  const day = (key: 'since' | 'until'): Date | undefined => {
    const value = raw[key];
    if (value === undefined) return undefined;
    const date = parseDayBound(value, key);
    if (!date) failAt(src, [key], `expected a real day written yyyy-mm-dd such as ${key === 'since' ? '2017-10-01' : '2017-12-31'}, got ${JSON.stringify(value)}`);
    return date;
  };
  const since = day('since');
  const until = day('until');
  if (since && raw.window !== undefined) failAt(src, ['since'], '`window` and `since` both set the start of the period: keep one (`until` may go with either)');
  const problem = windowProblem(since, until ?? (since ? new Date() : undefined));
  if (problem) failAt(src, [until ? 'until' : 'since'], `since ${raw.since}${until ? ` until ${raw.until}` : ' (until today)'}: ${problem}`);
}

/** The branding with its logo checked: a readable file of an image type, small enough to embed. */
function branding(src: YamlSource, raw: Branding, dir: string): Branding {
  const out: Branding = { ...raw };
  if (raw.logo !== undefined) {
    const logo = path.resolve(dir, raw.logo);
    let size: number;
    try {
      const stat = statSync(logo);
      if (!stat.isFile()) failAt(src, ['branding', 'logo'], `${logo} is not a file`);
      size = stat.size;
    } catch (err) {
      if (err instanceof ConfigError) throw err;
      failAt(src, ['branding', 'logo'], `cannot read the logo ${logo}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
    if (size > MAX_LOGO_BYTES) failAt(src, ['branding', 'logo'], `the logo is ${Math.ceil(size / 1024)} KiB; at most ${MAX_LOGO_BYTES / 1024} KiB can be embedded in a report`);
    out.logo = logo;
  }
  if (raw.name !== undefined) out.name = raw.name.trim();
  return out;
}
