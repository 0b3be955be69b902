// The user's API tokens for the networks whose data is not public (Facebook and Instagram through the Graph API, X
// through API v2): which environment variable holds each one, and how a token is kept out of everything written.
import type { Conversation } from '../../snapshot/types.js';
import { TOKEN_PLATFORMS, type TokenPlatform } from '../../platforms/targets.js';
import type { SourceContext } from './types.js';

export { TOKEN_PLATFORMS, type TokenPlatform };

/**
 * The variables read by default, in order. META_ACCESS_TOKEN and TWITTER_BEARER_TOKEN are the other names these
 * tokens go by in CI secrets (REFERENCE.md, "Tokens and secrets"); Instagram falls back to the Facebook Page token,
 * which reads the Instagram account connected to the Page.
 */
export const DEFAULT_TOKEN_VARIABLES: Record<TokenPlatform, readonly string[]> = {
  facebook: ['FACEBOOK_ACCESS_TOKEN', 'META_ACCESS_TOKEN'],
  instagram: ['INSTAGRAM_ACCESS_TOKEN', 'FACEBOOK_ACCESS_TOKEN', 'META_ACCESS_TOKEN'],
  x: ['X_BEARER_TOKEN', 'TWITTER_BEARER_TOKEN'],
};

/** A token found in the environment, with the name of the variable that held it (names may be shown, values never). */
export interface FoundToken {
  token: string;
  variable: string;
}

/** Where a platform's token should have been: the variable to name in the note saying it is missing. */
export interface MissingToken {
  variable: string;
  /** True when a brand file named this variable: it is set nowhere, which is a mistake worth saying as such. */
  named: boolean;
}

export function isTokenPlatform(platform: string): platform is TokenPlatform {
  return (TOKEN_PLATFORMS as readonly string[]).includes(platform);
}

/**
 * The token of `platform`: the variable a brand file names for it (`tokens: { facebook: ACME_FB_TOKEN }`) wins; for
 * Instagram, the brand file's Facebook variable comes next (a client's Page token reads its Instagram account too);
 * then the default variables. An empty or blank value counts as unset.
 */
export function findToken(platform: TokenPlatform, ctx: Pick<SourceContext, 'env' | 'tokenVariables'>): FoundToken | MissingToken {
  const named = ctx.tokenVariables ?? {};
  const chosen = named[platform] ?? (platform === 'instagram' ? named.facebook : undefined);
  const candidates = chosen ? [chosen] : DEFAULT_TOKEN_VARIABLES[platform];
  for (const variable of candidates) {
    const value = ctx.env[variable]?.trim();
    if (value) return { token: value, variable };
  }
  return { variable: candidates[0], named: chosen !== undefined };
}

export function isFound(t: FoundToken | MissingToken): t is FoundToken {
  return 'token' in t;
}

/**
 * Shorter values are no real token (Meta's and X's run to dozens of characters), and replacing them everywhere would
 * mangle ordinary text ("x" in every word): they are left alone.
 */
const MIN_SECRET_LENGTH = 8;

/** Removes a token (as written, and URL-encoded) from a text. */
export function redact(text: string, token: string): string {
  if (token.length < MIN_SECRET_LENGTH) return text;
  let out = text;
  for (const form of new Set([token, encodeURIComponent(token)])) out = out.split(form).join('[token]');
  return out;
}

function scrubValue(value: unknown, token: string): unknown {
  if (typeof value === 'string') return redact(value, token);
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, token));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubValue(v, token)]));
  }
  return value;
}

/**
 * The conversation with the token removed from every string in it. Sources never put a token in a URL, a note or a
 * post; this is the last check before the conversation reaches the snapshot, in case an API echoes it back (a paging
 * link, an error body turned into a post by a misbehaving mirror).
 */
export function scrubConversation(conv: Conversation, token: string): Conversation {
  if (token.length < MIN_SECRET_LENGTH) return conv;
  // One serialisation for both looks: a conversation of hundreds of posts is a large string to build twice.
  const json = JSON.stringify(conv);
  return json.includes(token) || json.includes(encodeURIComponent(token)) ? (scrubValue(conv, token) as Conversation) : conv;
}
