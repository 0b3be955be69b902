// The `tokens:` key of a brand file: per platform, the NAME of the environment variable holding that client's token
// (`tokens: { facebook: ACME_FB_TOKEN }`). A token written there instead would end up in repositories and shared
// folders, so a value that looks like one is refused, without ever repeating it in the message.
import { failAt, type YamlSource } from './yaml-source.js';
import { TOKEN_PLATFORMS, type TokenVariables } from '../platforms/targets.js';

/** An environment variable name as shells and CI secret stores write them. */
export const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;

/**
 * Whether a value looks like an access token rather than a variable name: Meta's user, Page and Instagram tokens
 * (EAA…, IGQV…, IGAA…), X bearer tokens (a run of A, often with %-escapes), app tokens (`app-id|secret`), or any
 * long run mixing lower case, upper case and digits, which variable names in upper case with underscores never are.
 */
export function looksLikeToken(value: string): boolean {
  const v = value.trim();
  if (/^(?:EAA|IGQ|IGAA)[A-Za-z0-9]{16,}/.test(v)) return true;
  if (/^A{8,}[A-Za-z0-9%]/.test(v)) return true;
  if (/^\d{5,}\|\S{10,}$/.test(v)) return true;
  if (v.length >= 20 && /[%|=]/.test(v)) return true;
  return v.length >= 32 && /[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v);
}

/**
 * Checks `tokens:` before the schema does (a schema error would quote the value): each entry must name an
 * environment variable; a token written there, or anything else, is a ConfigError naming the file, line and key
 * but never the value. Returns the variable names by platform.
 */
export function readTokenVariables(ctx: YamlSource, tokens: unknown, at: string[]): TokenVariables {
  if (tokens === undefined || tokens === null) return {};
  const keyPath = [...at, 'tokens'];
  if (typeof tokens !== 'object' || Array.isArray(tokens)) {
    failAt(ctx, keyPath, `expected a mapping of platform to environment variable name, such as { facebook: ACME_FB_TOKEN } (platforms: ${TOKEN_PLATFORMS.join(', ')})`);
  }
  const out: TokenVariables = {};
  for (const [platform, value] of Object.entries(tokens as Record<string, unknown>)) {
    const where = [...keyPath, platform];
    if (typeof value === 'string' && looksLikeToken(value)) {
      failAt(ctx, where, 'this looks like a token itself: never write a token in a brand file — put it in an environment variable (or your CI secrets) and name that variable here, e.g. ACME_FB_TOKEN');
    }
    if (typeof value !== 'string' || !VARIABLE_NAME.test(value.trim())) {
      failAt(ctx, where, 'expected the name of an environment variable (letters, digits and _), such as ACME_FB_TOKEN');
    }
    if ((TOKEN_PLATFORMS as readonly string[]).includes(platform)) out[platform as keyof TokenVariables] = value.trim();
  }
  return out;
}
