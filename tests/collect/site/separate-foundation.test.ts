// A foundation or charity the page itself calls a separate body (src/collect/site/separate-foundation.ts, read by
// disowned.ts), with the near misses that stay the brand's. Synthetic pages written for these tests.
import { describe, expect, it } from 'vitest';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';

const URL = 'https://www.brightwell.test/';
const TARGET = { domain: 'brightwell.test', brandName: 'Brightwell' };

function judged(body: string): Record<string, boolean> {
  const { facts } = analyzePage(`<html><body>${body}</body></html>`, URL);
  return Object.fromEntries(
    mergeAccounts([{ url: URL, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts }], TARGET).map((a) => [`${a.platform}:${a.handle}`, a.official]),
  );
}

const icons = '<ul><li><a href="https://www.facebook.com/brightwell" aria-label="Facebook">f</a></li><li><a href="https://x.com/brightwell" aria-label="X">x</a></li></ul>';

describe('foundations the page calls separate bodies', () => {
  it('leaves out a footer note\'s foundation links after "… a separate legal entity."', () => {
    const got = judged(
      `<footer>${icons}<p>The Brightwell Foundation is a registered charity (no. 1180021) and a separate legal entity. <a href="https://www.brightwellfoundation.test/">brightwellfoundation.test</a> · <a href="https://www.facebook.com/brightwellfoundation">Facebook</a></p></footer>`,
    );
    expect(got['facebook:brightwellfoundation']).toBe(false);
    expect(got['facebook:brightwell']).toBe(true);
  });

  it('keeps a footer line where the brand calls itself independent and says "follow us"', () => {
    const got = judged(`<footer>${icons}<p>Brightwell Ltd is an independent supplier owned by no group. Follow us on <a href="https://www.tiktok.com/@brightwell">TikTok</a>.</p></footer>`);
    expect(got['tiktok:brightwell']).toBe(true);
  });

  it('keeps a brand\'s own foundation the page does not call separate', () => {
    const got = judged(`<footer>${icons}<p>The Brightwell Foundation is our giving programme, run by our people team. <a href="https://www.facebook.com/brightwellfoundation">Facebook</a></p></footer>`);
    expect(got['facebook:brightwellfoundation']).toBe(true);
  });

  it('reads "the foundation\'s own" page with the paragraph calling the foundation separate', () => {
    const got = judged(
      `<main><p>The foundation is a separate non-profit organization registered in 2009.</p><p>It also runs school meals.</p><p>Updates are posted on the foundation's own <a href="https://www.instagram.com/brightwellfoundation/">Instagram</a>.</p><p>Our community fund is part of our customer team. The fund's own <a href="https://www.facebook.com/brightwellfund">Facebook page</a> lists the winners.</p></main><footer>${icons}</footer>`,
    );
    expect(got['instagram:brightwellfoundation']).toBe(false);
    // Another kind of body (a fund) than the one called separate: the brand's.
    expect(got['facebook:brightwellfund']).toBe(true);
  });

  it('reads the German, French and Spanish forms', () => {
    const got = judged(
      `<main><p>Die Brightwell Stiftung ist eine eigenständige Stiftung nach Schweizer Recht. Sie zeigt ihre Projekte auf <a href="https://www.instagram.com/brightwell.stiftung/">Instagram</a>.</p>` +
        `<p>La Fondation Brightwell est une entité juridique distincte de Brightwell SAS. Retrouvez ses actions sur <a href="https://www.instagram.com/fondationbrightwell/">Instagram</a>.</p>` +
        `<p>La Fundación Brightwell es una entidad independiente sin ánimo de lucro. Publica en <a href="https://www.instagram.com/fundacionbrightwell/">Instagram</a>.</p>` +
        `<p>Unser Kundendienst hilft gern: Folgen Sie uns auf <a href="https://www.instagram.com/brightwell.ch/">Instagram</a>.</p></main><footer>${icons}</footer>`,
    );
    expect(got['instagram:brightwell.stiftung']).toBe(false);
    expect(got['instagram:fondationbrightwell']).toBe(false);
    expect(got['instagram:fundacionbrightwell']).toBe(false);
    expect(got['instagram:brightwell.ch']).toBe(true);
  });

  it('keeps a separate legal entity that is a firm of the group, not a charity, for other rules', () => {
    const got = judged(`<footer>${icons}<p>Brightwell Ireland is a separate legal entity. <a href="https://www.facebook.com/brightwellireland">Facebook</a></p></footer>`);
    expect(got['facebook:brightwellireland']).toBe(true);
  });
});
