// The audit target on the command line: a full http(s) URL, or a bare host name — with a port or a path too — read
// as https; anything else is a usage error.
import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../src/cli/options.js';
import { ConfigError } from '../../src/errors.js';

describe('parseTarget', () => {
  it.each([
    ['https://www.brand.fr', 'https://www.brand.fr/'],
    ['http://www.brand.fr/aide', 'http://www.brand.fr/aide'],
    ['www.brand.fr', 'https://www.brand.fr/'],
    ['www.brand.fr/contact', 'https://www.brand.fr/contact'],
    ['staging.brand.fr:8443', 'https://staging.brand.fr:8443/'],
    ['staging.brand.fr:8443/aide', 'https://staging.brand.fr:8443/aide'],
    ['localhost:8080', 'https://localhost:8080/'],
  ])('%s is %s', (input, url) => {
    expect(parseTarget(input)).toBe(url);
  });

  it.each([
    ['ftp://files.brand.fr/', 'is not an http(s) URL'],
    ['mailto:contact@brand.fr', 'is not an http(s) URL'],
    ['not a url', 'is not a URL'],
    ['brand', 'is not a URL'],
  ])('refuses %s', (input, message) => {
    expect(() => parseTarget(input)).toThrow(ConfigError);
    expect(() => parseTarget(input)).toThrow(message);
  });
});
