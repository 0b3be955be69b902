// Brand files: a full file loads into targets and absolute export paths; every mistake is one line naming the file,
// the line and the key (schema errors from ajv, then the checks a schema cannot make: URLs, handles, window range).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadBrandFile } from '../../src/config/brand-file.js';
import { ConfigError } from '../../src/errors.js';

let dir: string;
const write = (name: string, text: string): string => {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
};
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-brand-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message.split('\n')).toHaveLength(1);
    return err as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('a valid brand file', () => {
  it('loads every key: accounts as canonical targets, exports resolved against the file', () => {
    const file = write(
      'brand.yaml',
      [
        '# yaml-language-server: $schema=../schema/brand-file.schema.json',
        'name: " Maison Exemple "',
        'website: https://www.maison-exemple.fr/',
        'language: fr',
        'window: 4w',
        'keywords: [linge de maison, plaid]',
        'accounts:',
        '  bluesky: maisonexemple.bsky.social',
        '  mastodon: "@maisonexemple@mastodon.social"',
        '  x: [maisonexemple, https://twitter.com/mx_sav]',
        '  discourse: https://communaute.maison-exemple.fr/',
        'exports:',
        '  - exports/facebook.json',
        '  - { path: exports/instagram.csv, platform: instagram, account: maisonexemple }',
        '',
      ].join('\n'),
    );
    const brand = loadBrandFile(file);
    expect(brand).toMatchObject({ name: 'Maison Exemple', website: 'https://www.maison-exemple.fr/', language: 'fr', windowDays: 28 });
    expect(brand.keywords).toEqual(['linge de maison', 'plaid']);
    expect(brand.accounts).toEqual([
      { platform: 'bluesky', handle: 'maisonexemple.bsky.social', url: 'https://bsky.app/profile/maisonexemple.bsky.social' },
      { platform: 'mastodon', handle: 'maisonexemple@mastodon.social', url: 'https://mastodon.social/@maisonexemple' },
      { platform: 'x', handle: 'maisonexemple', url: 'https://x.com/maisonexemple' },
      { platform: 'x', handle: 'mx_sav', url: 'https://x.com/mx_sav' },
      { platform: 'discourse', handle: 'communaute.maison-exemple.fr', url: 'https://communaute.maison-exemple.fr/' },
    ]);
    expect(brand.exports).toEqual([
      { path: path.join(dir, 'exports/facebook.json') },
      { path: path.join(dir, 'exports/instagram.csv'), platform: 'instagram', account: 'maisonexemple' },
    ]);
  });

  it('defaults: a 30-day window, no keywords, accounts or exports; a bare number of days and a single keyword', () => {
    const min = loadBrandFile(write('min.yaml', 'name: X\nwebsite: https://www.x.test/\n'));
    expect(min).toMatchObject({ windowDays: 30, windowSet: false, keywords: [], accounts: [], exports: [], tokens: {} });
    expect(min.since).toBeUndefined();
    expect(loadBrandFile(write('days.yaml', 'name: X\nwebsite: https://www.x.test/\nwindow: 90\nkeywords: plaid\n'))).toMatchObject({ windowDays: 90, keywords: ['plaid'] });
  });
});

describe('tokens: the variables that hold a client’s tokens, never the tokens', () => {
  it('keeps the variable names per platform', () => {
    const brand = loadBrandFile(write('tokens.yaml', 'name: X\nwebsite: https://www.x.test/\ntokens:\n  facebook: ACME_FB_TOKEN\n  x: acme_x_bearer\n'));
    expect(brand.tokens).toEqual({ facebook: 'ACME_FB_TOKEN', x: 'acme_x_bearer' });
  });

  // Synthetic values shaped like the real ones: a Meta Page token, an X bearer token, an app token, a generic secret.
  const META = 'EAAGm0PX4ZCpsBAExampleOnlyNotARealToken0123456789abcdefZZ';
  const BEARER = 'AAAAAAAAAAAAAAAAAAAAAExample%2Fonly%3DNotARealBearerToken0123456789';
  const APP = '123456789012345|abcdefExampleOnlySecret';
  const GENERIC = 'q8Zr3Kx91LmN0pQe7Vt2Ws5Yb6Cd4Fg0';
  it.each([
    ['a Meta token', 'facebook', META],
    ['an X bearer token', 'x', BEARER],
    ['an app token', 'instagram', APP],
    ['a long mixed-case secret', 'x', GENERIC],
  ])('%s pasted in place of a variable name is refused without being repeated', (_what, platform, token) => {
    const file = write('leak.yaml', `name: X\nwebsite: https://www.x.test/\ntokens:\n  ${platform}: "${token}"\n`);
    const err = configError(() => loadBrandFile(file));
    expect(err.line).toBe(4);
    expect(err.key).toBe(`tokens.${platform}`);
    expect(err.message).toContain('looks like a token itself');
    expect(err.message).not.toContain(token);
    expect(err.message).not.toContain(token.slice(0, 12));
  });

  it('anything else that is not a variable name is refused without being repeated either', () => {
    const err = configError(() => loadBrandFile(write('odd.yaml', 'name: X\nwebsite: https://www.x.test/\ntokens:\n  x: "my token"\n')));
    expect(err.key).toBe('tokens.x');
    expect(err.message).toContain('expected the name of an environment variable');
    expect(err.message).not.toContain('my token');
    const number = configError(() => loadBrandFile(write('num.yaml', 'name: X\nwebsite: https://www.x.test/\ntokens:\n  facebook: 1234567890\n')));
    expect(number.message).not.toContain('1234567890');
  });

  it('names the platforms it knows', () => {
    const err = configError(() => loadBrandFile(write('li.yaml', 'name: X\nwebsite: https://www.x.test/\ntokens:\n  linkedin: ACME_LI_TOKEN\n')));
    expect(err.key).toBe('tokens.linkedin');
    expect(err.message).toContain('unknown key "linkedin" (expected one of: facebook, instagram, x)');
  });
});

describe('a social-only brand file over a past period', () => {
  it('has no website, reads its exports, and gives since/until as the first and last instants of those days', () => {
    const brand = loadBrandFile(write('archive.yaml', 'name: Acme\nexports:\n  - tweets.js\nsince: 2017-10-01\nuntil: "2017-12-31"\n'));
    expect(brand.website).toBeUndefined();
    expect(brand.exports).toEqual([{ path: path.join(dir, 'tweets.js') }]);
    expect(brand).toMatchObject({ windowSet: true, since: new Date('2017-10-01T00:00:00.000Z'), until: new Date('2017-12-31T23:59:59.999Z') });
    expect(loadBrandFile(write('accounts.yaml', 'name: Acme\naccounts:\n  bluesky: acme.bsky.social\nuntil: 2026-06-30\nwindow: 90d\n'))).toMatchObject({
      windowSet: true,
      windowDays: 90,
      until: new Date('2026-06-30T23:59:59.999Z'),
    });
  });
});

describe('mistakes name the file, the line and the key', () => {
  it.each([
    ['unknown top-level key', 'name: X\nwebsite: https://www.x.test/\nwebsites: []\n', 3, 'websites', 'unknown key "websites" (expected one of: name, website,'],
    ['misspelt name', 'nmae: X\nwebsite: https://www.x.test/\n', 1, 'nmae', 'unknown key "nmae" (expected one of: name, website,'],
    ['nothing to audit', 'name: X\n', 1, 'name', 'nothing to audit: give `website:`, or for a social-only audit `accounts:` or `exports:`'],
    ['since not a day', 'name: X\nwebsite: https://www.x.test/\nsince: 1 Oct 2017\n', 3, 'since', 'expected a day written yyyy-mm-dd such as 2017-10-01, got "1 Oct 2017"'],
    ['since no such day', 'name: X\nwebsite: https://www.x.test/\nsince: 2017-02-30\n', 3, 'since', 'expected a day written yyyy-mm-dd such as 2017-10-01, got "2017-02-30"'],
    ['since after until', 'name: X\nwebsite: https://www.x.test/\nsince: 2017-12-31\nuntil: 2017-10-01\n', 4, 'until', 'since 2017-12-31 until 2017-10-01: the start is after the end'],
    ['period too long', 'name: X\nwebsite: https://www.x.test/\nsince: 2016-01-01\nuntil: 2017-12-31\n', 4, 'until', 'longer than 366 days'],
    ['window and since', 'name: X\nwebsite: https://www.x.test/\nwindow: 30d\nsince: 2017-10-01\n', 3, 'window', '`window` and `since` both set the start of the period: keep one'],
    ['blank name', 'name: "  "\nwebsite: https://www.x.test/\n', 1, 'name', 'expected a non-empty string, got "  "'],
    ['ftp website', 'name: X\nwebsite: ftp://files.x.test/\n', 2, 'website', 'expected an http(s) URL, got "ftp://files.x.test/"'],
    ['unparseable website', 'name: X\nwebsite: "http://"\n', 2, 'website', '"http://" is not an http(s) URL'],
    ['language', 'name: X\nwebsite: https://www.x.test/\nlanguage: it\n', 3, 'language', 'expected one of fr, en, de, es, got "it"'],
    ['window words', 'name: X\nwebsite: https://www.x.test/\nwindow: thirty days\n', 3, 'window', 'expected a number of days such as 30d or 4w (1–366 days), got "thirty days"'],
    ['window too long', 'name: X\nwebsite: https://www.x.test/\nwindow: 400d\n', 3, 'window', 'got "400d"'],
    ['window zero', 'name: X\nwebsite: https://www.x.test/\nwindow: 0\n', 3, 'window', 'expected a number of days such as 30d or 4w (1–366 days), got 0'],
    ['keywords mapping', 'name: X\nwebsite: https://www.x.test/\nkeywords: { a: 1 }\n', 3, 'keywords', 'expected a string or a list of strings, got {"a":1}'],
    ['unknown platform', 'name: X\nwebsite: https://www.x.test/\naccounts:\n  myspace: brand\n', 4, 'accounts.myspace', 'unknown platform "myspace" (known: facebook,'],
    ['handle not a string', 'name: X\nwebsite: https://www.x.test/\naccounts:\n  x: [a, 3]\n', 4, 'accounts.x.1', 'expected a non-empty string, got 3'],
    ['handle of another platform', 'name: X\nwebsite: https://www.x.test/\naccounts:\n  x: https://www.facebook.com/brand\n', 4, 'accounts.x', 'is not a x account'],
    ['mastodon without server', 'name: X\nwebsite: https://www.x.test/\naccounts:\n  mastodon: nobody\n', 4, 'accounts.mastodon', '"nobody" is not a mastodon account'],
    ['export platform', 'name: X\nwebsite: https://www.x.test/\nexports:\n  - { path: a.json, platform: myspace }\n', 4, 'exports.0.platform', 'got "myspace"'],
    ['export key', 'name: X\nwebsite: https://www.x.test/\nexports:\n  - a.json\n  - { paht: b.json }\n', 5, 'exports.1.paht', 'unknown key "paht" (expected one of: path, platform, account, delimiter, encoding)'],
    ['export with a misspelt path', 'name: X\nwebsite: https://www.x.test/\nexports:\n  - platform: x\n    paht: a.json\n', 5, 'exports.0.paht', 'unknown key "paht"'],
    ['export without path', 'name: X\nwebsite: https://www.x.test/\nexports:\n  - { platform: x }\n', 4, 'exports.0.path', 'is required'],
    ['hours: unknown zone', 'name: X\nwebsite: https://www.x.test/\nbusinessHours:\n  timeZone: Europe/Pariss\n  days: mon-fri\n  hours: "09:00-18:00"\n', 4, 'businessHours.timeZone', '"Europe/Pariss" is not an IANA time zone'],
    ['hours: no zone', 'name: X\nwebsite: https://www.x.test/\nbusinessHours:\n  days: mon-fri\n  hours: "09:00-18:00"\n', 4, 'businessHours.timeZone', 'is required'],
    ['hours: bad day', 'name: X\nwebsite: https://www.x.test/\nbusinessHours:\n  timeZone: Europe/Paris\n  days: mon-fry\n  hours: "09:00-18:00"\n', 5, 'businessHours.days', 'expected days such as mon-fri'],
    ['hours: closing first', 'name: X\nwebsite: https://www.x.test/\nbusinessHours:\n  timeZone: Europe/Paris\n  days: mon-fri\n  hours: "18:00-09:00"\n', 6, 'businessHours.hours', 'expected opening hours such as "09:00-18:00"'],
    ['hours: bad time in a list', 'name: X\nwebsite: https://www.x.test/\nbusinessHours:\n  timeZone: Europe/Paris\n  days: mon-fri\n  hours: ["09:00-12:00", "14:00-25:00"]\n', 6, 'businessHours.hours.1', 'got "14:00-25:00"'],
    ['hours: overlap', 'name: X\nwebsite: https://www.x.test/\nbusinessHours:\n  timeZone: Europe/Paris\n  days: mon-fri\n  hours: ["09:00-13:00", "12:00-18:00"]\n', 6, 'businessHours.hours', 'overlap'],
    ['hours: days without hours', 'name: X\nwebsite: https://www.x.test/\nbusinessHours:\n  timeZone: Europe/Paris\n  days: mon-fri\n', 5, 'businessHours.days', '`days` needs `hours`'],
    ['hours: holiday not a day', 'name: X\nwebsite: https://www.x.test/\nbusinessHours:\n  timeZone: Europe/Paris\n  days: mon-fri\n  hours: "09:00-18:00"\n  holidays: [2026-02-30]\n', 7, 'businessHours.holidays.0', 'got "2026-02-30"'],
    ['hours: unknown key', 'name: X\nwebsite: https://www.x.test/\nbusinessHours:\n  timeZone: Europe/Paris\n  opens: "09:00"\n', 5, 'businessHours.opens', 'unknown key "opens"'],
  ])('%s', (_what, text, line, key, message) => {
    const file = write('bad.yaml', text);
    const err = configError(() => loadBrandFile(file));
    expect(err.file).toBe(file);
    expect(err.line).toBe(line);
    expect(err.key).toBe(key);
    expect(err.message).toContain(message);
  });

  it('the first mistake in the file is the one reported', () => {
    const err = configError(() => loadBrandFile(write('two.yaml', 'name: X\nwebsite: https://www.x.test/\nlanguage: it\nwindow: never\n')));
    expect(err.key).toBe('language');
  });

  it('export reading options: a delimiter and an encoding are kept; an unknown encoding is named at its line', () => {
    const ok = loadBrandFile(write('csv.yaml', 'name: X\nwebsite: https://www.x.test/\nexports:\n  - { path: a.csv, platform: facebook, account: x, delimiter: ";", encoding: windows-1252 }\n'));
    expect(ok.exports[0]).toMatchObject({ delimiter: ';', encoding: 'windows-1252' });
    const err = configError(() => loadBrandFile(write('enc.yaml', 'name: X\nwebsite: https://www.x.test/\nexports:\n  - path: a.csv\n    encoding: klingon\n')));
    expect(err.message).toContain('enc.yaml:5');
    expect(err.message).toContain('exports.0.encoding');
    expect(err.message).toContain('"klingon" is not a known encoding');
  });

  it('a file that is not a mapping, or not YAML', () => {
    expect(configError(() => loadBrandFile(write('list.yaml', '- a\n- b\n'))).message).toContain('must be a YAML mapping');
    expect(configError(() => loadBrandFile(write('broken.yaml', 'name: [x\n'))).message).toContain('invalid YAML');
    expect(configError(() => loadBrandFile(path.join(dir, 'missing.yaml'))).message).toContain('cannot read brand file: ENOENT');
  });
});

describe('businessHours', () => {
  it('reads the time zone, days, hours and holidays into weekly intervals', () => {
    const brand = loadBrandFile(
      write(
        'hours.yaml',
        'name: X\nwebsite: https://www.x.test/\nbusinessHours:\n  timeZone: Europe/Paris\n  days: [mon-fri, sat]\n  hours: ["09:00-12:30", "14:00-18:00"]\n  holidays: [2026-12-25, 2027-01-01]\n',
      ),
    );
    expect(brand.businessHours?.timeZone).toBe('Europe/Paris');
    expect(brand.businessHours?.hours?.holidays).toEqual(['2026-12-25', '2027-01-01']);
    const weekly = brand.businessHours?.hours?.weekly ?? [];
    expect(weekly).toHaveLength(12);
    expect(weekly.filter((i) => i.day === 6)).toEqual([
      { day: 6, opens: '09:00', closes: '12:30' },
      { day: 6, opens: '14:00', closes: '18:00' },
    ]);
  });

  it('keeps a time zone alone (the site’s hours are then read in it)', () => {
    const brand = loadBrandFile(write('zone.yaml', 'name: X\nwebsite: https://www.x.test/\nbusinessHours:\n  timeZone: America/New_York\n'));
    expect(brand.businessHours).toEqual({ timeZone: 'America/New_York' });
  });

  it('reads a week wrapping over Sunday and a day closing at midnight', () => {
    const brand = loadBrandFile(write('wrap.yaml', 'name: X\nwebsite: https://www.x.test/\nbusinessHours:\n  timeZone: UTC\n  days: sat-mon\n  hours: "8:00-24:00"\n'));
    expect(brand.businessHours?.hours?.weekly).toEqual([1, 6, 7].map((day) => ({ day, opens: '08:00', closes: '24:00' })));
  });
});
