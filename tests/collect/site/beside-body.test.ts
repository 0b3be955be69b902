// A foundation's or a trade union's link in the site's own chrome, named by its text or its block's heading
// (src/collect/site/beside-body.ts), and a second icon list under a footer sub-heading naming the brand's owner and
// transport authority (crowds.ts): someone else's, though in the brand's footer and built on its word. Read from whole
// pages through analyzePage and the rules of accounts.ts; the brand's own accounts beside them stay the brand's. Synthetic pages
// written for these tests.
import { describe, expect, it } from 'vitest';
import { accountCandidates } from '../../../src/collect/site/accounts.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { namesBesideBody } from '../../../src/collect/site/beside-body.js';

describe('namesBesideBody', () => {
  it("reads a foundation or a union in a chrome link's text or its block's heading", () => {
    expect(namesBesideBody({ snippet: 'Fundació Vallclar a X', placement: 'footer' }, 'CE Vallclar')).toBe(true);
    expect(namesBesideBody({ snippet: 'Stiftelsen Havbris', placement: 'footer' }, 'Havbris Linjen')).toBe(true);
    expect(namesBesideBody({ snippet: 'Facebook GFT', heading: 'Gewerkschaft Fahrdienst Tallingen', placement: 'follow-block' }, 'Tallinger Busbetriebe')).toBe(true);
  });

  it('reads nothing in running text, nor where the brand itself is a foundation or a union', () => {
    expect(namesBesideBody({ snippet: 'Fundación Olaverde', placement: 'body' }, 'Olaverde Surf')).toBe(false);
    expect(namesBesideBody({ snippet: 'Stiftung Lindenhof', placement: 'footer' }, 'Stiftung Lindenhof')).toBe(false);
    expect(namesBesideBody({ snippet: 'Instagram', heading: 'Folgen Sie uns', placement: 'footer' }, 'Tallinger Busbetriebe')).toBe(false);
  });
});

const URL = 'https://www.tbb-tallingen.test/';
const TARGET = { domain: 'tbb-tallingen.test', brandName: 'Tallinger Busbetriebe' };
const PAGE = `<!DOCTYPE html><html lang="de"><head><title>TBB</title></head><body>
<main><h1>Busse in Tallingen</h1><p>Neue Linie 4 ab Montag.</p></main>
<footer class="site-footer">
  <h2 class="site-footer__title">TBB im Netz</h2>
  <ul class="social-icons">
    <li><a href="https://www.facebook.com/tbbtallingen">Facebook</a></li>
    <li><a href="https://www.instagram.com/tbb.tallingen/">Instagram</a></li>
    <li><a href="https://www.instagram.com/stiftung.tallingen/">Stiftung Tallinger Busgeschichte</a></li>
  </ul>
  <h3 class="site-footer__subtitle">Eigentümer und Aufgabenträger</h3>
  <ul class="social-icons social-icons--partners">
    <li><a href="https://www.facebook.com/vvtallingen">VVT Tallingen</a></li>
    <li><a href="https://x.com/vvt_tallingen">VVT auf X</a></li>
  </ul>
</footer></body></html>`;

describe('accounts of bodies beside the brand in its footer', () => {
  // The rules' verdicts (the model may overrule an unrelated link's at run time; never a named body's).
  const { accounts } = accountCandidates([{ url: URL, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts: analyzePage(PAGE, URL).facts }], TARGET);
  const official = (key: string): boolean | undefined => accounts.find(({ account: a }) => `${a.platform}:${a.handle}` === key)?.candidate.official;

  it("keeps the brand's icons and leaves its foundation, owner and transport authority out", () => {
    expect(official('facebook:tbbtallingen')).toBe(true);
    expect(official('instagram:tbb.tallingen')).toBe(true);
    expect(official('instagram:stiftung.tallingen')).toBe(false);
    expect(official('facebook:vvtallingen')).toBe(false);
    expect(official('x:vvt_tallingen')).toBe(false);
  });
});
