// Secrets the user hands the tool (API keys and tokens in environment variables) and the scrubbing that keeps them,
// and any piece of them, out of everything the tool prints or writes: an API's error body can echo the request URL,
// key included, and a JSON parser's message quotes a few characters around a failure, cutting the key anywhere.

/** The environment variables that hold credentials (REFERENCE.md, "Tokens and secrets"). */
export const SECRET_ENV_VARS = [
  'YOUTUBE_API_KEY',
  'FACEBOOK_ACCESS_TOKEN',
  'META_ACCESS_TOKEN',
  'INSTAGRAM_ACCESS_TOKEN',
  'X_BEARER_TOKEN',
  'TWITTER_BEARER_TOKEN',
] as const;

/**
 * Shortest piece of a secret recognised on its own. Eight characters of a random key are as good as unique (a Google
 * API key has 35 random characters after `AIza`), while shorter runs would start matching ordinary text.
 */
export const SECRET_PIECE = 8;

/** What stands in for a secret, or a piece of one, once scrubbed. */
export const REDACTED = '[redacted]';

/**
 * Names that mark a variable as a credential whatever it is called: a brand file names its client's token variable
 * freely (`tokens: { facebook: ACME_FB_TOKEN }`), and CI runners hold their own (GITHUB_TOKEN), none of which may
 * reach an output.
 */
export const SECRET_NAME = /(?:^|_)(?:TOKEN|API_KEY|APIKEY|SECRET|PASSWORD)$/i;

/**
 * The credentials set in `env` (trimmed; values too short to be told from ordinary text are not secrets): the
 * variables of SECRET_ENV_VARS, every variable whose name SECRET_NAME matches, and the `variables` named elsewhere
 * (a brand file's or a portfolio's `tokens:`).
 */
export function secretsFrom(env: NodeJS.ProcessEnv, variables: readonly string[] = []): string[] {
  const names = new Set<string>([...SECRET_ENV_VARS, ...variables]);
  for (const name of Object.keys(env)) if (SECRET_NAME.test(name)) names.add(name);
  const out = new Set<string>();
  for (const name of names) {
    const value = env[name]?.trim();
    if (!value || value.length < SECRET_PIECE) continue;
    out.add(value);
    // The form it takes in a query string, when that differs (tokens may hold + / =).
    out.add(encodeURIComponent(value));
  }
  return [...out];
}

/** Removes secrets, and every piece of one at least SECRET_PIECE characters long, from strings and plain data. */
export interface Redactor {
  /** True when there is something to scrub. */
  readonly active: boolean;
  /** `text` with every secret and piece of one replaced by REDACTED. */
  text(text: string): string;
  /** Scrubs every string in plain data (objects, arrays), keys included, in place; returns it. */
  data<T>(value: T): T;
}

/**
 * True when a value looks generated (it mixes two of lower case, upper case and digits, as every API key and token
 * does): its pieces are as good as unique. A word-like value (`acme-facebook-token`, a test's stand-in) is scrubbed
 * whole only: its pieces ("facebook") are ordinary words, and scrubbing them would mangle every report.
 */
export function looksGenerated(value: string): boolean {
  return [/[a-z]/, /[A-Z]/, /\d/].filter((re) => re.test(value)).length >= 2;
}

/** A Redactor for `secrets` (see secretsFrom). */
export function createRedactor(secrets: readonly string[]): Redactor {
  const kept = secrets.filter((s) => s.length >= SECRET_PIECE);
  // Every window of each generated secret: a piece anywhere in a text contains at least one of them.
  const pieces = kept.filter(looksGenerated).map((secret) => {
    const windows = new Map<string, number>();
    for (let i = 0; i + SECRET_PIECE <= secret.length; i++) if (!windows.has(secret.slice(i, i + SECRET_PIECE))) windows.set(secret.slice(i, i + SECRET_PIECE), i);
    return { secret, windows };
  });

  const text = (input: string): string => {
    if (kept.length === 0 || input.length < SECRET_PIECE) return input;
    let out = input;
    for (const secret of kept) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    for (const { secret, windows } of pieces) {
      for (const [window, offset] of windows) {
        let at = out.indexOf(window);
        while (at >= 0) {
          // Widen the match as far as the text keeps following the secret, so the whole piece goes at once.
          let start = at;
          let end = at + SECRET_PIECE;
          let s = offset;
          let e = offset + SECRET_PIECE;
          while (start > 0 && s > 0 && out[start - 1] === secret[s - 1]) {
            start--;
            s--;
          }
          while (end < out.length && e < secret.length && out[end] === secret[e]) {
            end++;
            e++;
          }
          out = `${out.slice(0, start)}${REDACTED}${out.slice(end)}`;
          at = out.indexOf(window, start + REDACTED.length);
        }
      }
    }
    return out;
  };

  const data = <T>(value: T): T => {
    if (kept.length === 0) return value;
    // Iterative: snapshots can be large, and data nested deep must not overflow the stack.
    const stack: unknown[] = [value];
    const seen = new Set<unknown>();
    while (stack.length > 0) {
      const node = stack.pop();
      if (typeof node !== 'object' || node === null || seen.has(node)) continue;
      seen.add(node);
      if (Array.isArray(node)) {
        for (let i = 0; i < node.length; i++) {
          if (typeof node[i] === 'string') node[i] = text(node[i] as string);
          else stack.push(node[i]);
        }
        continue;
      }
      const record = node as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const v = record[key];
        const cleanKey = text(key);
        if (cleanKey !== key) delete record[key];
        if (typeof v === 'string') record[cleanKey] = text(v);
        else {
          if (cleanKey !== key) record[cleanKey] = v;
          stack.push(v);
        }
      }
    }
    return value;
  };

  return { active: kept.length > 0, text, data };
}
