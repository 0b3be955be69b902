// Errors the CLI maps to exit codes: configuration/usage (2) and "target could not be audited" (3). A leaf module:
// the config loaders, the collectors and the snapshot reader all throw them, and the CLI catches them.

/** A usage or configuration problem (exit 2). The message is one line naming the file, line and key. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    readonly key?: string,
  ) {
    super(formatLocation(file, line, key) + message);
  }
}

/** The target could not be audited at all, e.g. the start page is unreachable (exit 3). */
export class TargetError extends Error {
  override name = 'TargetError';
  constructor(
    message: string,
    readonly url: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

function formatLocation(file?: string, line?: number, key?: string): string {
  if (!file && !key) return '';
  let where = file ?? '';
  if (file && line) where += `:${line}`;
  if (key) where += where ? ` (${key})` : key;
  return `${where}: `;
}
