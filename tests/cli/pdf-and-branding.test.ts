// The CLI side of the deliverable: the branding flags read into render options (logo files checked by their bytes),
// Chromium looked for where it is installed and never downloaded, and the terminal width taken from the terminal
// or COLUMNS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brandingFromFlags, logoType, MAX_LOGO_BYTES, readLogo } from '../../src/cli/branding.js';
import { findChromium, NO_CHROMIUM } from '../../src/cli/pdf.js';
import { checkedFormats } from '../../src/cli/options.js';
import { terminalWidth } from '../../src/cli/output.js';
import { ConfigError } from '../../src/errors.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-branding-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, content: string | Buffer): string => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('logo files', () => {
  it('recognises PNG, JPEG, GIF, WebP and SVG by their bytes, not their name', () => {
    expect(logoType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1]))).toBe('image/png');
    expect(logoType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(logoType(Buffer.from('GIF89a...'))).toBe('image/gif');
    expect(logoType(Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toBe('image/webp');
    expect(logoType(Buffer.from('\uFEFF<?xml version="1.0"?>\n<!-- logo -->\n<!DOCTYPE svg>\n<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('image/svg+xml');
    expect(logoType(Buffer.from('<html><svg></svg></html>'))).toBeNull();
    expect(logoType(Buffer.from('hello'))).toBeNull();
  });

  it('reads a logo into a data: URI, and refuses one too large, unreadable or not an image in one line', () => {
    const svg = file('logo.png', '<svg xmlns="http://www.w3.org/2000/svg"/>'); // the name says PNG, the bytes SVG
    expect(readLogo(svg)).toBe(`data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64')}`);
    const big = file('big.png', Buffer.alloc(MAX_LOGO_BYTES + 1));
    expect(() => readLogo(big)).toThrow(`--logo ${big}: 513 KiB, a logo may be at most 512 KiB`);
    expect(() => readLogo(path.join(dir, 'none.png'))).toThrow(/cannot read \(ENOENT\)/);
    expect(() => readLogo(file('notes.txt', 'not an image'))).toThrow('not a PNG, JPEG, GIF, WebP or SVG image');
  });

  it('turns the flags into the render options’ branding, or none', () => {
    expect(brandingFromFlags({})).toBeUndefined();
    expect(brandingFromFlags({ preparedBy: ' Agence Dupont ', accent: '#0B5D4B' })).toEqual({ preparedBy: 'Agence Dupont', accent: '#0b5d4b' });
    expect(() => brandingFromFlags({ accent: 'green' })).toThrow(ConfigError);
  });
});

describe('Chromium for --format pdf', () => {
  it('takes CHROMIUM_PATH when it is an executable, and says how to install one when it is not', () => {
    const fake = file('chromium', '#!/bin/sh\n');
    chmodSync(fake, 0o755);
    expect(findChromium({ CHROMIUM_PATH: fake, PATH: '' })).toBe(fake);
    expect(() => findChromium({ CHROMIUM_PATH: path.join(dir, 'missing'), PATH: '' })).toThrow(`CHROMIUM_PATH=${path.join(dir, 'missing')}: no executable there; ${NO_CHROMIUM}`);
  });

  it('finds one on the PATH, and otherwise fails with one line, never offering a download', () => {
    const bin = path.join(dir, 'bin');
    mkdirSync(bin, { recursive: true });
    const onPath = path.join(bin, 'google-chrome');
    writeFileSync(onPath, '#!/bin/sh\n');
    chmodSync(onPath, 0o755);
    // A platform with no usual install places: only the PATH is searched.
    expect(findChromium({ PATH: bin }, 'aix')).toBe(onPath);
    expect(() => findChromium({ PATH: path.join(dir, 'empty') }, 'aix')).toThrow(new ConfigError(NO_CHROMIUM));
    expect(NO_CHROMIUM).not.toMatch(/\n|download|npx playwright install/i);
  });

  it('is a format that needs a file to write to', () => {
    expect(checkedFormats('pdf,html', undefined, 'out')).toEqual(['pdf', 'html']);
    expect(checkedFormats('pdf', 'x.pdf')).toEqual(['pdf']);
    expect(() => checkedFormats('pdf')).toThrow('--format pdf writes a file: give --out FILE.pdf or --out-dir DIR');
  });
});

describe('terminal width', () => {
  const stream = (isTTY: boolean, columns?: number) => ({ isTTY, columns }) as NodeJS.WriteStream;
  it('is the terminal’s, else COLUMNS (piped output too), else left to the formatter', () => {
    expect(terminalWidth(stream(true, 132), { COLUMNS: '80' })).toBe(132);
    expect(terminalWidth(stream(false), { COLUMNS: '80' })).toBe(80);
    expect(terminalWidth(stream(false), { COLUMNS: 'wide' })).toBeUndefined();
    expect(terminalWidth(stream(false), {})).toBeUndefined();
  });
});
