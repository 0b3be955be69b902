// Typed readers for rule options: a wrong type is a configuration mistake, so they throw (the runner shows `error`).
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
