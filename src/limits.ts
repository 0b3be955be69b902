// The largest input files the tool reads (README, "Limits"). A file over its limit is refused before it is read, as a
// usage error naming the file (exit 2): a 50 MB brand file would otherwise be parsed into more than a gigabyte.
import { statSync } from 'node:fs';
import { ConfigError } from './errors.js';

const KiB = 1024;
const MiB = 1024 * KiB;

/** Per kind of input: the limit in bytes, and what the file is called in the message (with its article). */
export const INPUT_LIMITS = {
  // Hand-written YAML: the longest real one is a few kilobytes.
  brandFile: { bytes: 1 * MiB, what: 'a brand file' },
  ruleSet: { bytes: 1 * MiB, what: 'a rule set' },
  // A portfolio lists brands (inline or by file): a thousand inline brands are well under a megabyte.
  portfolio: { bytes: 4 * MiB, what: 'a portfolio' },
  // A snapshot of 30 pages and a few thousand posts is a few megabytes; --max-pages 500 with every account stays far below.
  snapshot: { bytes: 256 * MiB, what: 'a snapshot' },
  report: { bytes: 64 * MiB, what: 'a report' },
  // JSON exports: this project's JSON is parsed whole, with the line of every post; saved API responses are read a
  // response at a time but keep every response's posts until all are read (about 500 MB at this limit). A CSV export
  // (this project's format or the research CSV) is read as a stream, keeping a few dozen bytes per row (about 2.5
  // million rows); an X archive is read an entry at a time, keeping a few hundred bytes per tweet (about 340 MB at its
  // limit).
  export: { bytes: 128 * MiB, what: 'an export' },
  archiveExport: { bytes: 256 * MiB, what: 'an X archive file' },
  csvExport: { bytes: 256 * MiB, what: 'a CSV export' },
} as const;

export type InputKind = keyof typeof INPUT_LIMITS;

/** "50.0 MiB", "512 KiB", "300 bytes". */
export function formatSize(bytes: number): string {
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(1).replace(/\.0$/, '')} MiB`;
  if (bytes >= KiB) return `${(bytes / KiB).toFixed(1).replace(/\.0$/, '')} KiB`;
  return `${bytes} bytes`;
}

/**
 * The size of a file over `limit`, worded so that it reads larger than the limit: a file a few bytes over 1 MiB is
 * "1048577 bytes", not "1 MiB, more than the 1 MiB".
 */
export function formatExcess(size: number, limit: number): string {
  const shown = formatSize(size);
  return shown === formatSize(limit) ? `${size} bytes` : shown;
}

/**
 * Throws a ConfigError when `file` is larger than its kind's limit. A file that cannot be stat'ed is left to the
 * caller's read, which says why in its own words.
 */
export function checkInputSize(file: string, kind: InputKind): void {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return;
  }
  const limit = INPUT_LIMITS[kind];
  if (size > limit.bytes) throw new ConfigError(`the file is ${formatExcess(size, limit.bytes)}, more than the ${formatSize(limit.bytes)} ${limit.what} may be`, file);
}
