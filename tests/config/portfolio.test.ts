// Portfolios: YAML (inline entries and `file:` paths), a folder of brand files and a CSV load into brands with
// stable ids; mistakes in the portfolio are one line naming the file, line and key; a broken brand file is kept as a
// brand that could not be audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadPortfolio } from '../../src/config/portfolio.js';
import { brandIdFrom } from '../../src/config/brand-id.js';
import { ConfigError } from '../../src/errors.js';

let dir: string;
const write = (name: string, text: string): string => {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
};
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-portfolio-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function configError(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message.split('\n')).toHaveLength(1);
    return (err as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('ids', () => {
  it('derives stable ids from names', () => {
    expect(brandIdFrom('Café Crème & Co')).toBe('cafe-creme-co');
    expect(brandIdFrom('Straße Süß')).toBe('strasse-suss');
    expect(brandIdFrom('***')).toBe('');
  });
});

describe('YAML portfolio', () => {
  it('loads inline entries and file: paths, with sectors and ids', () => {
    write('brands/acme.yaml', 'name: Acme Corp\nwebsite: https://www.acme.example/\naccounts:\n  x: acme\n');
    const file = write(
      'p.yaml',
      [
        'title: Retail 2026',
        'brands:',
        '  - name: Maison Exemple',
        '    website: https://www.maison-exemple.test/',
        '    sector: home',
        '  - file: brands/acme.yaml',
        '    id: acme',
        '    sector: retail',
      ].join('\n'),
    );
    const p = loadPortfolio(file);
    expect(p.title).toBe('Retail 2026');
    expect(p.entries.map((e) => [e.id, e.sector, e.brand?.name])).toEqual([
      ['maison-exemple', 'home', 'Maison Exemple'],
      ['acme', 'retail', 'Acme Corp'],
    ]);
    expect(p.entries[1].brand?.accounts).toEqual([expect.objectContaining({ platform: 'x', handle: 'acme' })]);
    expect(p.entries[0].origin).toBe(`${file}:3`);
  });

  it('names the file, line and key of a mistake', () => {
    const file = write('bad.yaml', 'brands:\n  - name: A\n    website: https://a.example/\n  - name: B\n    website: ftp://b.example/\n');
    expect(configError(() => loadPortfolio(file))).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5 \\(brands\\.1\\.website\\): `));
    const unknown = write('unknown.yaml', 'brands:\n  - name: A\n    website: https://a.example/\n    colour: red\n');
    expect(configError(() => loadPortfolio(unknown))).toContain(':4 (brands.0.colour): unknown key "colour"');
    // A required key misspelt is named where it is written, not reported missing on the entry's first line.
    const misspelt = write('misspelt.yaml', 'brands:\n  - name: A\n    websit: https://a.example/\n');
    expect(configError(() => loadPortfolio(misspelt))).toContain(':3 (brands.0.websit): unknown key "websit"');
    // Missing with no unknown key beside it, it is still said missing.
    const missing = write('missing.yaml', 'brands:\n  - name: A\n    sector: home\n');
    expect(configError(() => loadPortfolio(missing))).toContain(':2 (brands.0.website): is required');
  });

  it('refuses a token pasted in an inline entry without ever repeating it', () => {
    const token = 'EAAB' + 'x9Kq2LmN7pQr4StUv8WyZ1aBcDeFgHiJ';
    const file = write('tokens.yaml', `brands:\n  - name: A\n    website: https://a.test/\n    tokens:\n      facebook: ${token}\n`);
    const message = configError(() => loadPortfolio(file));
    expect(message).toContain(':5 (brands.0.tokens.facebook)');
    expect(message).not.toContain(token);
    expect(message).not.toContain(token.slice(0, 12));
  });

  it('refuses a duplicate id, naming both places', () => {
    const file = write('dup.yaml', 'brands:\n  - name: Acme\n    website: https://a.example/\n  - name: ACME\n    website: https://b.example/\n');
    const message = configError(() => loadPortfolio(file));
    expect(message).toContain(`${file}:4 (brands.1): duplicate brand id "acme" (first at ${file}:2)`);
  });

  it('keeps a broken brand file as a brand that could not be audited', () => {
    write('brands/broken.yaml', 'name: Broken\nwebsite: not a url\n');
    const file = write('with-broken.yaml', 'brands:\n  - file: brands/broken.yaml\n  - file: brands/acme.yaml\n');
    const p = loadPortfolio(file);
    expect(p.entries[0]).toMatchObject({ id: 'broken' });
    expect(p.entries[0].brand).toBeUndefined();
    expect(p.entries[0].error).toContain('broken.yaml:2 (website)');
    expect(p.entries[1].id).toBe('acme-corp');
  });
});

describe('folder and CSV portfolios', () => {
  it('loads every brand file of a folder in name order', () => {
    write('folder/b.yaml', 'name: Beta\nwebsite: https://beta.example/\n');
    write('folder/a.yml', 'name: Alpha\nwebsite: https://alpha.example/\n');
    write('folder/notes.txt', 'not a brand');
    expect(loadPortfolio(path.join(dir, 'folder')).entries.map((e) => e.id)).toEqual(['alpha', 'beta']);
  });

  it('loads a CSV with account columns, semicolons and quoted cells', () => {
    const file = write('brands.csv', 'name;website;sector;facebook;twitter;keywords\n"Café, Crème";https://cafe.example/;food;cafecreme;cafe_creme;café|crème\nAcme;https://acme.example/;;;;\n');
    const p = loadPortfolio(file);
    expect(p.entries.map((e) => [e.id, e.sector, e.origin])).toEqual([
      ['cafe-creme', 'food', `${file}:2`],
      ['acme', undefined, `${file}:3`],
    ]);
    expect(p.entries[0].brand?.accounts.map((a) => `${a.platform}:${a.handle}`)).toEqual(['facebook:cafecreme', 'x:cafe_creme']);
    expect(p.entries[0].brand?.keywords).toEqual(['café', 'crème']);
  });

  it('names the CSV line and column of a mistake', () => {
    const bad = write('bad.csv', 'name,website\nA,https://a.example/\nB,mailto:b@example.com\n');
    expect(configError(() => loadPortfolio(bad))).toBe(`${bad}:3 (website): "mailto:b@example.com" is not an http(s) URL`);
    const column = write('column.csv', 'name,website,myspace\nA,https://a.example/,x\n');
    expect(configError(() => loadPortfolio(column))).toContain(`${column}:1 (myspace): unknown column "myspace"`);
    const dup = write('dup.csv', 'name,website\nAcme,https://a.example/\nacme,https://b.example/\n');
    expect(configError(() => loadPortfolio(dup))).toContain(`${dup}:3 (name): duplicate brand id "acme" (first on line 2)`);
  });
});
