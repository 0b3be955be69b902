// Typed readers for rule options. The rule-set loader checks values against each rule's schema; these readers are
// the last guard (a rule called with a wrong type throws, and the runner shows `error`).
import type { OptionValue } from '../types.js';

function fail(name: string, expected: string, value: unknown): never {
  throw new TypeError(`option "${name}" must be ${expected}, got ${JSON.stringify(value)}`);
}

/** A finite number option. */
export function numberOption(options: Record<string, OptionValue>, name: string): number {
  const value = options[name];
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(name, 'a finite number', value);
  return value;
}

/** A whole-number option (counts, clicks, months). */
export function integerOption(options: Record<string, OptionValue>, name: string): number {
  const value = options[name];
  if (typeof value !== 'number' || !Number.isInteger(value)) fail(name, 'a whole number', value);
  return value;
}

/** A string option. */
export function stringOption(options: Record<string, OptionValue>, name: string): string {
  const value = options[name];
  if (typeof value !== 'string') fail(name, 'a string', value);
  return value;
}

/** A list-of-strings option. */
export function stringListOption(options: Record<string, OptionValue>, name: string): string[] {
  const value = options[name];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) fail(name, 'a list of strings', value);
  return value;
}
