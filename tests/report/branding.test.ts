// Branding of the document formats: the accent colour checked and turned into readable colours, the logo embedded
// only as a data: URI of an image, the consultant's name on the cover, in the page footers and in Markdown.
import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { checkBranding, contrast, isLogoDataUri, paletteOf, parseAccent } from '../../src/report/branding.js';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { ConfigError } from '../../src/errors.js';
import { sampleReport } from './sample-report.js';

const PNG = `data:image/png;base64,${Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]).toString('base64')}`;

describe('accent colour', () => {
  it('accepts #rgb and #rrggbb, in any case, and nothing else', () => {
    expect(parseAccent('#C30')).toBe('#cc3300');
    expect(parseAccent(' #0B5D4B ')).toBe('#0b5d4b');
    for (const bad of ['teal', '#12345', '0b5d4b', '#0b5d4bz', 'red;}body{display:none', 'url(x)']) expect(parseAccent(bad), bad).toBeNull();
  });

  it('derives text on the accent and a link colour that keep a readable contrast', () => {
    for (const accent of ['#0b5d4b', '#ffd400', '#ffffff', '#000000', '#7fbfff', '#e6007e']) {
      const p = paletteOf(accent);
      expect(contrast(p.onAccent, accent), `${accent} cover text`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p.ink, '#ffffff'), `${accent} links`).toBeGreaterThanOrEqual(4.5);
    }
    expect(paletteOf('#ffd400').onAccent).toBe('#1d2433'); // dark text on a light yellow
    expect(paletteOf('#0b5d4b').onAccent).toBe('#ffffff');
  });
});

describe('checkBranding', () => {
  it('keeps a valid branding, normalised, and says which key is wrong otherwise', () => {
    expect(checkBranding(undefined)).toEqual({});
    expect(checkBranding({ preparedBy: '  Agence Dupont ', accent: '#ABC', logo: PNG })).toEqual({ preparedBy: 'Agence Dupont', accent: '#aabbcc', logo: PNG });
    expect(() => checkBranding({ accent: 'blue' })).toThrow(ConfigError);
    expect(() => checkBranding({ accent: 'blue' })).toThrow(/branding\.accent/);
    expect(() => checkBranding({ logo: 'https://evil.example/logo.png' })).toThrow(/branding\.logo/);
    expect(() => checkBranding({ logo: 'data:text/html;base64,PHNjcmlwdD4=' })).toThrow(/branding\.logo/);
    expect(isLogoDataUri('data:image/svg+xml;base64,PHN2Zz4=')).toBe(true);
    expect(isLogoDataUri('data:image/svg+xml,<svg onload=alert(1)>')).toBe(false);
  });
});

describe('branded documents', () => {
  it('put the logo, the name and the accent on the HTML cover, in its page footers and its metadata', () => {
    const html = renderHtml(sampleReport(), { lang: 'fr', branding: { preparedBy: 'Agence <Dupont>', logo: PNG, accent: '#0b5d4b' } });
    const $ = cheerio.load(html);
    expect($('.cover img.logo').attr('src')).toBe(PNG);
    expect($('.cover img.logo').attr('alt')).toBe('Logo de Agence <Dupont>');
    expect($('.cover .prepared').text()).toBe('Préparé par Agence <Dupont>');
    expect($('footer.doc-footer').text()).toContain('Préparé par Agence <Dupont>');
    expect($('meta[name="author"]').attr('content')).toBe('Agence <Dupont>');
    expect(html).not.toContain('<Dupont>');
    const css = $('style').text();
    expect(css).toContain(`:root { --accent: #0b5d4b; --accent-ink: ${paletteOf('#0b5d4b').ink}; --on-accent: #ffffff;`);
    // The only image is the logo, from a data: URI the CSP allows; nothing else loads.
    expect($('img').length).toBe(1);
    expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toContain('img-src data:');
  });

  it('leave the default look without branding', () => {
    const $ = cheerio.load(renderHtml(sampleReport()));
    expect($('img').length).toBe(0);
    expect($('.cover .prepared').length).toBe(0);
    expect($('meta[name="author"]').length).toBe(0);
    expect($('style').text()).not.toContain(':root { --accent: #');
  });

  it('name who prepared the Markdown report under its title (a logo is for HTML and PDF)', () => {
    const text = renderMarkdown(sampleReport(), { lang: 'en', branding: { preparedBy: 'Agence *Dupont*', logo: PNG } });
    expect(text.split('\n').slice(0, 3)).toEqual(['# Acme — Customer-care audit', '', '*Prepared by Agence \\*Dupont\\**']);
    expect(text).not.toContain('data:image');
  });
});
