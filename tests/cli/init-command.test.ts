// `brand-audit init`: the schema line points at schema/brand-file.schema.json from wherever the file is written.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInit, schemaReference } from '../../src/cli/init-command.js';
import { SCHEMA_DIR } from '../../src/config/schemas.js';
import { loadBrandFile } from '../../src/config/brand-file.js';
import type { Io } from '../../src/cli/io.js';

const dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-init-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('schemaReference', () => {
  it('is the schema relative to the file’s folder, with forward slashes', () => {
    const file = path.join(SCHEMA_DIR, '..', 'brands', 'brand.yaml');
    expect(schemaReference(file)).toBe('../schema/brand-file.schema.json');
    expect(schemaReference(path.join(SCHEMA_DIR, 'brand.yaml'))).toBe('./brand-file.schema.json');
    const far = path.join(dir, 'a', 'b', 'brand.yaml');
    expect(path.resolve(path.dirname(far), schemaReference(far))).toBe(path.join(SCHEMA_DIR, 'brand-file.schema.json'));
    expect(schemaReference(far)).not.toContain('\\');
  });
});

describe('runInit', () => {
  it('writes a valid brand file whose first line names the schema', async () => {
    const file = path.join(dir, 'nested', 'brand.yaml');
    const written: string[] = [];
    const io = { stderr: { write: (s: string) => written.push(s) }, env: {}, exitCode: 0 } as unknown as Io;
    expect(await runInit(file, { name: 'Kaffeehaus Muster', website: 'www.kaffeehaus-muster.de' }, io)).toBe(0);
    const first = readFileSync(file, 'utf8').split('\n')[0];
    expect(first).toMatch(/^# yaml-language-server: \$schema=.*brand-file\.schema\.json$/);
    expect(existsSync(path.resolve(path.dirname(file), first.split('$schema=')[1]))).toBe(true);
    expect(loadBrandFile(file)).toMatchObject({ name: 'Kaffeehaus Muster', website: 'https://www.kaffeehaus-muster.de/' });
    expect(written.join('')).toContain(`Wrote ${file}`);
    await expect(runInit(file, {}, io)).rejects.toThrow(/already exists/);
    await expect(runInit(file, { force: true, website: 'not a url at all' }, io)).rejects.toThrow(/is not a URL/);
  });

  it('keeps only what was given live: the sample accounts, keywords, language and exports are comments', async () => {
    const file = path.join(dir, 'acme.yaml');
    const io = { stderr: { write: () => true }, env: {}, exitCode: 0 } as unknown as Io;
    await runInit(file, { name: 'Acme "Outdoor"', website: 'https://www.acme.test/shop?x=1#top' }, io);
    const brand = loadBrandFile(file);
    expect(brand).toMatchObject({ name: 'Acme "Outdoor"', website: 'https://www.acme.test/shop?x=1#top', keywords: [], accounts: [], exports: [] });
    expect(brand.language).toBeUndefined();
    const live = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() && !l.trimStart().startsWith('#'));
    expect(live).toEqual(['name: "Acme \\"Outdoor\\""', 'website: "https://www.acme.test/shop?x=1#top"']);
  });

  it('leaves name and website commented when not given, and says they are to fill in', async () => {
    const file = path.join(dir, 'blank.yaml');
    const written: string[] = [];
    const io = { stderr: { write: (s: string) => written.push(s) }, env: {}, exitCode: 0 } as unknown as Io;
    await runInit(file, { website: 'www.acme.test' }, io);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('# Required and not set yet: name — uncomment and fill in.');
    expect(text).toContain('# name: "Maison Exemple"');
    expect(text).toContain('website: "https://www.acme.test/"');
    expect(written.join('')).toContain('set name in it');
    expect(() => loadBrandFile(file)).toThrow(/blank\.yaml \(name\): is required/);
  });
});
