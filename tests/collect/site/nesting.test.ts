// Nesting bounded as browsers bound it: markup within the bound is left as it is; deeper elements become siblings at
// the bound, every element and all text kept; implied end tags (li, p) do not count as depth.
import { describe, expect, it } from 'vitest';
import { boundNesting } from '../../../src/collect/site/nesting.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';

describe('boundNesting', () => {
  it('leaves markup within the bound untouched', () => {
    const html = '<html><body><div><ul><li>a<li>b</ul><p>x<p>y<div><span>z</span></div></div></body></html>';
    expect(boundNesting(html, 8)).toEqual({ html, flattened: 0 });
  });

  it('does not count unclosed list items and paragraphs as depth', () => {
    expect(boundNesting(`<ul>${'<li>x'.repeat(5000)}</ul>`, 10).flattened).toBe(0);
    expect(boundNesting(`<body>${'<p>x'.repeat(5000)}</body>`, 10).flattened).toBe(0);
  });

  it('lays deeper elements flat at the bound, keeping every element and its text', () => {
    const { html, flattened } = boundNesting(`${'<div>'.repeat(6)}<a href="/c">Contact</a>${'</div>'.repeat(6)}`, 4);
    expect(flattened).toBe(3);
    expect(html).toContain('<a href="/c">Contact</a>');
    expect(html.match(/<div>/g)).toHaveLength(6);
  });

  it('lets a page nested 200,000 elements deep be analysed, its links and contacts found', () => {
    const body = '<p>Écrivez-nous : <a href="mailto:aide@brand.test">aide@brand.test</a> <a href="/contact">Contact</a></p>';
    const page = `<!DOCTYPE html><html><head><title>Profond</title></head><body>${'<div>'.repeat(200_000)}${body}${'</div>'.repeat(200_000)}</body></html>`;
    const analysis = analyzePage(page, 'https://www.brand.test/');
    expect(analysis.links.map((l) => l.url)).toContain('https://www.brand.test/contact');
    expect(analysis.facts.contacts).toContainEqual(expect.objectContaining({ kind: 'email', value: 'aide@brand.test' }));
    expect(analysis.flattened).toBeGreaterThan(199_000);
  });
});
