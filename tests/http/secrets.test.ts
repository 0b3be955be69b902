// Secrets scrubbing: the whole key, its URL-encoded form and any piece of eight characters or more go, in text and in
// plain data (keys included), while ordinary text and short values stay as they are.
import { describe, expect, it } from 'vitest';
import { createRedactor, REDACTED, secretsFrom } from '../../src/http/secrets.js';

const KEY = 'AIzaSyQx7TmWk3vNfZr9LpHc2GdYb5EsUo8JtKa';

describe('secretsFrom', () => {
  it('reads the credential variables, trimmed, with their URL-encoded form; short values are not secrets', () => {
    expect(secretsFrom({ YOUTUBE_API_KEY: ` ${KEY} `, X_BEARER_TOKEN: 'abc', PATH: '/usr/bin' })).toEqual([KEY]);
    expect(secretsFrom({ META_ACCESS_TOKEN: 'EAAB+tok/en==more' })).toEqual(['EAAB+tok/en==more', 'EAAB%2Btok%2Fen%3D%3Dmore']);
  });

  it('reads the variables a brand file names, and any variable named like a credential', () => {
    // A brand file's `tokens: { facebook: ACME_FB }`: named explicitly, whatever the name.
    expect(secretsFrom({ ACME_FB: 'client-page-token-1234', HOME: '/home/someone' }, ['ACME_FB'])).toEqual(['client-page-token-1234']);
    // Names ending in TOKEN, API_KEY, SECRET or PASSWORD are credentials without being named (CI runners' own).
    const env = { GITHUB_TOKEN: 'ghs_16C7e42F292c6912E7710c8', CLIENT_SECRET: 's3cr3t-value-x', TOKENIZER: 'whitespace-split' };
    expect(secretsFrom(env).sort()).toEqual([env.GITHUB_TOKEN, env.CLIENT_SECRET].sort());
  });
});

describe('createRedactor', () => {
  const r = createRedactor(secretsFrom({ YOUTUBE_API_KEY: KEY }));

  it('removes the key wherever it is, and every piece of eight characters or more', () => {
    expect(r.text(`GET /v3/comments?key=${KEY}&part=x`)).toBe(`GET /v3/comments?key=${REDACTED}&part=x`);
    // A JSON parser's message quotes a few characters around a failure, cutting the key anywhere.
    expect(r.text(`Unexpected token in "…=${KEY.slice(0, 12)}" at 40`)).toBe(`Unexpected token in "…=${REDACTED}" at 40`);
    expect(r.text(`tail ${KEY.slice(25)} end`)).toBe(`tail ${REDACTED} end`);
    expect(r.text(`${KEY.slice(3, 11)}`)).toBe(REDACTED);
  });

  it('leaves ordinary text alone, and pieces shorter than eight characters', () => {
    expect(r.text('Réponse sous 24 h — AIzaSy')).toBe('Réponse sous 24 h — AIzaSy');
    expect(r.text(KEY.slice(0, 7))).toBe(KEY.slice(0, 7));
  });

  it('scrubs plain data in place, keys included, however deep', () => {
    let deep: Record<string, unknown> = { leaf: `x${KEY}` };
    for (let i = 0; i < 10_000; i++) deep = { next: deep };
    const data = { list: [KEY, { [KEY]: 1 }], deep };
    r.data(data);
    expect(data.list[0]).toBe(REDACTED);
    expect(Object.keys(data.list[1] as object)).toEqual([REDACTED]);
    let at = data.deep as Record<string, unknown>;
    while (at.next) at = at.next as Record<string, unknown>;
    expect(at.leaf).toBe(`x${REDACTED}`);
  });

  it('scrubs a word-like value whole only: its pieces are ordinary words', () => {
    const words = createRedactor(secretsFrom({ ACME_FB_TOKEN: 'acme-facebook-token' }));
    expect(words.text('Bearer acme-facebook-token on facebook')).toBe(`Bearer ${REDACTED} on facebook`);
  });

  it('does nothing without secrets', () => {
    const none = createRedactor([]);
    expect(none.active).toBe(false);
    expect(none.text(KEY)).toBe(KEY);
  });
});
