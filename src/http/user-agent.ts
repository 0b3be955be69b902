// The User-Agent the tool announces: its product token (the one robots.txt rules match) and version.
import { readFileSync } from 'node:fs';

/** The product token robots.txt groups are matched against. */
export const PRODUCT_TOKEN = 'brand-audit';

/** `brand-audit/<version> (+https://github.com/brand-audit/brand-audit)`: names the tool and where to learn about it. */
export function defaultUserAgent(version: string): string {
  return `${PRODUCT_TOKEN}/${version} (+https://github.com/brand-audit/brand-audit)`;
}

let cachedVersion: string | undefined;

/**
 * The version in the tool's package.json, found by walking up from this file (it sits two levels down
 * both in src/ and in dist/). '0.0.0' if it cannot be read, so a missing file never breaks a fetch.
 */
export function toolVersion(): string {
  if (cachedVersion) return cachedVersion;
  cachedVersion = '0.0.0';
  let dir = new URL('.', import.meta.url);
  for (let i = 0; i < 5; i++) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === PRODUCT_TOKEN && pkg.version) {
        cachedVersion = pkg.version;
        break;
      }
    } catch {
      // no package.json at this level: keep walking up
    }
    dir = new URL('..', dir);
  }
  return cachedVersion;
}
