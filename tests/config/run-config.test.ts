// The configuration file: found upward from the working folder under each of its names, or named with --config; its
// values checked (every problem at its file, line and key), its paths relative to the file, its branding validated.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_FILES, MAX_CONFIG_BYTES, findRunConfig, loadRunConfig } from '../../src/config/run-config.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'brand-audit-config-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fresh project folder with `files` (relative path → content) and a nested working folder. */
function project(files: Record<string, string>): { dir: string; cwd: string } {
  const dir = mkdtempSync(path.join(root, 'p-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  const cwd = path.join(dir, 'a', 'b');
  mkdirSync(cwd, { recursive: true });
  return { dir, cwd };
}

/** The error message of loading `content` as a configuration file. */
function problem(content: string, extra: Record<string, string> = {}): string {
  const { dir } = project({ 'brand-audit.config.yaml': content, ...extra });
  try {
    loadRunConfig(path.join(dir, 'brand-audit.config.yaml'));
  } catch (err) {
    return (err as Error).message.replaceAll(dir, '<dir>');
  }
  return 'no error';
}

describe('finding the configuration file', () => {
  it.each(CONFIG_FILES)('finds %s from a folder below it', (name) => {
    const json = name.endsWith('.json') || name === '.brandauditrc';
    const { dir, cwd } = project({ [name]: json ? '{ "maxPages": 7 }' : 'maxPages: 7\n' });
    const config = findRunConfig(cwd, root)!;
    expect(config.file).toBe(path.join(dir, name));
    expect(config.values).toEqual({ maxPages: 7 });
  });

  it('takes the nearest file, and the first name in a folder', () => {
    const { dir, cwd } = project({ 'brand-audit.config.yaml': 'depth: 1\n', 'a/.brandauditrc.json': '{ "depth": 2 }', 'a/brand-audit.config.json': '{ "depth": 3 }' });
    expect(findRunConfig(cwd, root)!.file).toBe(path.join(dir, 'a', 'brand-audit.config.json'));
  });

  it('finds nothing where there is nothing, and an empty file configures nothing (a parent’s does not apply)', () => {
    const { cwd } = project({});
    expect(findRunConfig(cwd, root)).toBeUndefined();
    const { dir, cwd: nested } = project({ 'brand-audit.config.yaml': 'depth: 1\n', 'a/.brandauditrc': '' });
    expect(findRunConfig(nested, root)).toMatchObject({ file: path.join(dir, 'a', '.brandauditrc'), values: {} });
  });

  it('names a file of a searched name that cannot be read', () => {
    const { dir, cwd } = project({});
    mkdirSync(path.join(dir, '.brandauditrc.json'));
    expect(() => findRunConfig(cwd, root)).toThrow(`cannot read a configuration file (${CONFIG_FILES.join(', ')}) in ${cwd} or a folder above: EISDIR`);
  });

  it('--config loads any file name as YAML or JSON, and says when it is missing', () => {
    const { dir } = project({ 'ci/audit-settings.conf': 'lang: de\n' });
    expect(loadRunConfig(path.join(dir, 'ci', 'audit-settings.conf')).values).toEqual({ lang: 'de' });
    expect(() => loadRunConfig(path.join(dir, 'nope.yaml'))).toThrow(/nope\.yaml: configuration file not found$/);
    expect(() => loadRunConfig(dir)).toThrow(/is a folder, not a configuration file$/);
  });
});

describe('values', () => {
  it('normalises lists and strings and resolves paths against the file’s folder', () => {
    const { dir } = project({
      'brand-audit.config.yaml': [
        'rules: rules/nightly.yaml',
        'format: html',
        'outDir: reports',
        'baseline: reports/last.json',
        'assert: score=60',
        'maxDrop: [3, "rule:response-time=10"]',
        'window: 14',
        'export: exports/fb.json',
        'resolve: { www.brand.test: 127.0.0.1, "*.brand.test": 127.0.0.2 }',
        'social: false',
      ].join('\n'),
      'rules/nightly.yaml': 'extends: default\n',
    });
    const { values } = loadRunConfig(path.join(dir, 'brand-audit.config.yaml'));
    expect(values).toEqual({
      rules: path.join(dir, 'rules', 'nightly.yaml'),
      format: ['html'],
      outDir: path.join(dir, 'reports'),
      baseline: path.join(dir, 'reports', 'last.json'),
      assert: ['score=60'],
      maxDrop: ['3', 'rule:response-time=10'],
      window: '14',
      export: [path.join(dir, 'exports', 'fb.json')],
      resolve: 'www.brand.test=127.0.0.1,*.brand.test=127.0.0.2',
      social: false,
    });
  });

  it('takes the period, the per-account time limit and the snapshot layout as the flags do', () => {
    const { dir } = project({ 'brand-audit.config.yaml': 'since: 2017-10-01\nuntil: 2017-12-31\nsourceTimeout: 45.5\nprettySnapshot: true\n' });
    expect(loadRunConfig(path.join(dir, 'brand-audit.config.yaml')).values).toEqual({ since: '2017-10-01', until: '2017-12-31', sourceTimeout: 45.5, prettySnapshot: true });
    // `until` goes with `window` (the window's days up to that day), as --until goes with --window.
    const { dir: other } = project({ 'brand-audit.config.yaml': 'window: 14d\nuntil: 2017-12-31\n' });
    expect(loadRunConfig(path.join(other, 'brand-audit.config.yaml')).values).toEqual({ window: '14d', until: '2017-12-31' });
  });

  it('knows where each value sits, for errors found later', () => {
    const { dir } = project({ 'brand-audit.config.yaml': '# gates\nassert:\n  - score=60\n  - rule:site-https=pass\nmaxDrop: 5\n' });
    const config = loadRunConfig(path.join(dir, 'brand-audit.config.yaml'));
    expect(config.at('assert', 1)).toEqual({ file: path.join(dir, 'brand-audit.config.yaml'), line: 4, key: 'assert.1' });
    expect(config.at('maxDrop', 0)).toMatchObject({ line: 5, key: 'maxDrop' });
  });

  it('keeps a checked branding, the logo as an absolute path', () => {
    const { dir } = project({ 'brand-audit.config.yaml': 'branding:\n  name: " Agence Exemple "\n  logo: assets/logo.svg\n  accent: "#0055aa"\n', 'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' });
    expect(loadRunConfig(path.join(dir, 'brand-audit.config.yaml')).values.branding).toEqual({
      name: 'Agence Exemple',
      logo: path.join(dir, 'assets', 'logo.svg'),
      accent: '#0055aa',
    });
  });
});

describe('problems name the file, the line and the key', () => {
  it.each([
    ['an unknown setting', 'lang: fr\nmax-pages: 3\n', '<dir>/brand-audit.config.yaml:2 (max-pages): unknown setting "max-pages" (flags are written in camelCase here: --max-pages is maxPages)'],
    ['a number out of range', 'maxPages: 0\n', '<dir>/brand-audit.config.yaml:1 (maxPages): expected a whole number ≥ 1, got 0'],
    ['an unknown format', 'format: [html, pdf]\n', '<dir>/brand-audit.config.yaml:1 (format.1): expected one of terminal, json, html, markdown, junit, csv, got "pdf"'],
    ['an unknown language', '{ "lang": "xx" }', '<dir>/brand-audit.config.yaml:1 (lang): expected one of en, fr, de, es, got "xx"'],
    ['a bad check', 'assert:\n  - score=60\n  - category:support=lots\n', '<dir>/brand-audit.config.yaml:3 (assert.1): "lots" is not a score from 0 to 100'],
    ['a bad tolerance', 'maxDrop:\n  - 5\n  - rule:response-time=200\n', '<dir>/brand-audit.config.yaml:3 (maxDrop.1): "200" is not a number of points from 0 to 100'],
    ['a window out of range', 'window: 400d\n', '<dir>/brand-audit.config.yaml:1 (window): expected a number of days such as 30d or 4w (1–366 days), got "400d"'],
    ['a day that is not a day', 'since: 2017-10-01\nuntil: 17/12/31\n', '<dir>/brand-audit.config.yaml:2 (until): expected a day written yyyy-mm-dd such as 2017-12-31, got "17/12/31"'],
    ['a day the calendar does not have', 'since: 2017-02-30\n', '<dir>/brand-audit.config.yaml:1 (since): expected a real day written yyyy-mm-dd such as 2017-10-01, got "2017-02-30"'],
    ['both window and since', 'window: 14d\nsince: 2017-10-01\nuntil: 2017-12-31\n', '<dir>/brand-audit.config.yaml:2 (since): `window` and `since` both set the start of the period: keep one (`until` may go with either)'],
    ['a period that ends before it starts', 'since: 2017-12-31\nuntil: 2017-10-01\n', '<dir>/brand-audit.config.yaml:2 (until): since 2017-12-31 until 2017-10-01: the start is after the end'],
    ['a period too long', 'since: 2016-01-01\nuntil: 2017-12-31\n', '<dir>/brand-audit.config.yaml:2 (until): since 2016-01-01 until 2017-12-31: longer than 366 days'],
    ['a since alone too long ago', 'since: 2016-01-01\n', '<dir>/brand-audit.config.yaml:1 (since): since 2016-01-01 (until today): longer than 366 days'],
    ['a per-account time limit of zero', 'sourceTimeout: 0\n', '<dir>/brand-audit.config.yaml:1 (sourceTimeout): expected a number > 0, got 0'],
    ['a snapshot layout that is not a boolean', 'prettySnapshot: yes please\n', '<dir>/brand-audit.config.yaml:1 (prettySnapshot): expected true or false, got "yes please"'],
    ['an unknown encoding', 'exportEncoding: klingon\n', '<dir>/brand-audit.config.yaml:1 (exportEncoding): "klingon" is not a known encoding (e.g. utf-8, windows-1252, utf-16le)'],
    ['an unknown preset', 'rules: strictest\n', '<dir>/brand-audit.config.yaml:1 (rules): unknown rule set preset "strictest" (presets: default, strict; or a path to a .yaml file)'],
    ['a missing rule set file', 'rules: ./mine.yaml\n', '<dir>/brand-audit.config.yaml:1 (rules): rule set file not found: <dir>/mine.yaml'],
    ['both out and outDir', 'out: a.json\noutDir: reports\n', '<dir>/brand-audit.config.yaml:2 (outDir): give either out or outDir, not both'],
    ['a bad accent colour', 'branding:\n  accent: blue\n', '<dir>/brand-audit.config.yaml:2 (branding.accent): expected a colour such as #0055aa, got "blue"'],
    ['a logo that is not an image', 'branding:\n  logo: logo.txt\n', '<dir>/brand-audit.config.yaml:2 (branding.logo): expected a path to an SVG, PNG, JPEG, GIF or WebP image, got "logo.txt"'],
    ['a missing logo', 'branding:\n  logo: logo.png\n', '<dir>/brand-audit.config.yaml:2 (branding.logo): cannot read the logo <dir>/logo.png: ENOENT'],
    ['an empty branding', 'branding: {}\n', '<dir>/brand-audit.config.yaml:1 (branding): '],
    ['a list at the top', '- maxPages: 3\n', '<dir>/brand-audit.config.yaml: a configuration file must be a mapping of settings'],
    ['a key given twice', 'lang: fr\nlang: de\n', '<dir>/brand-audit.config.yaml:2: invalid YAML: Map keys must be unique'],
  ])('%s', (_, content, message) => {
    expect(problem(content)).toContain(message);
  });

  it('refuses a logo too large to embed, and a file too large to be a configuration', () => {
    expect(problem('branding:\n  logo: big.png\n', { 'big.png': 'x'.repeat(600 * 1024) })).toBe(
      '<dir>/brand-audit.config.yaml:2 (branding.logo): the logo is 600 KiB; at most 512 KiB can be embedded in a report',
    );
    expect(problem(`# ${'x'.repeat(MAX_CONFIG_BYTES)}\n`)).toBe('<dir>/brand-audit.config.yaml: a configuration file larger than 1024 KiB is refused (is this the right file?)');
  });
});
