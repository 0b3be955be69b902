// The branding flags (--prepared-by, --logo, --accent) read and checked into the render options' `branding`: the
// logo file becomes a data: URI (the report still loads nothing), a bad value is a one-line usage error (exit 2).
import { readFileSync, statSync } from 'node:fs';
import { ConfigError } from '../errors.js';
import { parseAccent, type Branding } from '../report/branding.js';
import { MAX_LOGO_BYTES } from '../config/logo-limit.js';
import type { Branding as ConfigBranding } from '../config/run-config.js';

/** The branding flags as commander gives them. */
export interface RawBrandingOptions {
  preparedBy?: string;
  logo?: string;
  accent?: string;
}

/** One cap for a logo, whether it comes from --logo or the configuration file's `branding.logo`. */
export { MAX_LOGO_BYTES };

/** The image type of a logo file, from its first bytes (never from its name): PNG, JPEG, GIF, WebP or SVG. */
export function logoType(bytes: Buffer): string | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 4).toString('latin1') === 'GIF8') return 'image/gif';
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP') return 'image/webp';
  // SVG is text: an optional BOM, XML declaration, comments and doctype, then the <svg> element.
  const head = bytes.subarray(0, 4096).toString('utf8').replace(/^\uFEFF/, '');
  const stripped = head.replace(/^\s*(?:<\?xml[\s\S]*?\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*/i, '');
  if (/^<svg[\s>]/i.test(stripped)) return 'image/svg+xml';
  return null;
}

/** Reads `file` into a base64 data: URI, or throws a ConfigError naming the flag and the file. */
export function readLogo(file: string): string {
  let size: number;
  let bytes: Buffer;
  try {
    size = statSync(file).size;
    if (size > MAX_LOGO_BYTES) {
      throw new ConfigError(`--logo ${file}: ${Math.ceil(size / 1024)} KiB, a logo may be at most ${MAX_LOGO_BYTES / 1024} KiB`);
    }
    bytes = readFileSync(file);
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    const e = err as NodeJS.ErrnoException;
    throw new ConfigError(`--logo ${file}: cannot read (${e.code ?? e.message})`);
  }
  const type = logoType(bytes);
  if (!type) throw new ConfigError(`--logo ${file}: not a PNG, JPEG, GIF, WebP or SVG image`);
  return `data:${type};base64,${bytes.toString('base64')}`;
}

/** The render options' branding from the flags; undefined when none was given. */
export function brandingFromFlags(raw: RawBrandingOptions): Branding | undefined {
  const branding: Branding = {};
  if (raw.preparedBy !== undefined) {
    const name = raw.preparedBy.trim();
    if (!name) throw new ConfigError('--prepared-by expects a name, such as "Agence Dupont"');
    branding.preparedBy = name;
  }
  if (raw.accent !== undefined) {
    const accent = parseAccent(raw.accent);
    if (!accent) throw new ConfigError(`--accent expects a colour such as #1f3a5a or #c30, got "${raw.accent}"`);
    branding.accent = accent;
  }
  if (raw.logo !== undefined) branding.logo = readLogo(raw.logo);
  return Object.keys(branding).length > 0 ? branding : undefined;
}

/**
 * The branding the document formats get: the configuration file's (its logo, already checked there, read into a
 * data: URI), each flag winning over it; undefined when neither gives any.
 */
export function mergeBranding(config: ConfigBranding | undefined, flags: Branding | undefined): Branding | undefined {
  const merged: Branding = {
    ...(config?.name ? { preparedBy: config.name } : {}),
    ...(config?.logo ? { logo: readLogo(config.logo) } : {}),
    ...(config?.accent ? { accent: config.accent } : {}),
    ...(flags ?? {}),
  };
  return Object.keys(merged).length > 0 ? merged : undefined;
}
