// Errors that make an export unusable as a whole: usage errors (exit 2) whose one-line English message starts with
// FILE:LINE, as the CLI prints them on stderr. Row-level problems are notes instead (problems.ts).
import { ConfigError } from '../../../errors.js';

/** An export that cannot be used at all (unreadable, bad syntax, no header, no platform or account…). */
export function exportError(file: string, line: number, message: string): ConfigError {
  return new ConfigError(message, file, line);
}
