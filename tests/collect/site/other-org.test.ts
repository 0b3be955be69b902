// Another organisation's account, said by the page to stand apart from the brand (src/collect/site/other-org.ts): a
// students' union, a trust, a partner school, a rescue association, a tour operator "on their own channels". Read
// from whole pages through analyzePage and mergeAccounts; the brand's own links in the same footer, and its own desks
// and channels ("a separate channel"), stay the brand's. Synthetic pages written for these tests.
import { describe, expect, it } from 'vitest';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { saysOtherOrg } from '../../../src/collect/site/other-org.js';

const URL = 'https://www.brackmoor.test/';
const TARGET = { domain: 'brackmoor.test', brandName: 'Brackmoor College' };

/** The accounts of a one-page site with `main` and `footer`: handle -> [official, reason code]. */
function accounts(main: string, footer = ''): Record<string, [boolean, string | undefined]> {
  const { facts } = analyzePage(`<html><body><main>${main}</main><footer>${footer}</footer></body></html>`, URL);
  const merged = mergeAccounts([{ url: URL, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts }], TARGET);
  return Object.fromEntries(merged.map((a) => [`${a.platform}:${a.handle}`, [a.official, a.reason?.code]]));
}

describe('saysOtherOrg', () => {
  it('reads an organisation said to stand apart in the sentence holding the link', () => {
    expect(saysOtherOrg({ snippet: 'Instagram', context: 'Skischule Alpenrose (eigenständiges Unternehmen, Inhaberin Eva Maier). Instagram', placement: 'article' })).toBe(true);
    expect(saysOtherOrg({ snippet: 'sa page Facebook', context: "Le Cercle des amis est une association indépendante. Retrouvez sa page Facebook.", placement: 'body' })).toBe(true);
    expect(saysOtherOrg({ snippet: 'Instagram', context: 'Nieuws van het fonds vind je op hun eigen kanalen: Facebook, Instagram.', placement: 'body' })).toBe(true);
  });

  it('reads a footer link by the kind of organisation its own text names', () => {
    const context = "Students' Union Brackmoor Students' Union is an independent, student-run organisation.";
    expect(saysOtherOrg({ snippet: "Students' Union on X", context, placement: 'footer' })).toBe(true);
    // The college's own icon in the same footer: its bare text may be found inside another link's, so it is not read.
    expect(saysOtherOrg({ snippet: 'X', context, placement: 'footer' })).toBe(false);
  });

  it('needs a kind of organisation: a separate channel or independent advice is the brand own', () => {
    expect(saysOtherOrg({ snippet: 'Brackmoor How-To', context: 'Short films live on a separate channel, Brackmoor How-To, away from the news.', placement: 'body' })).toBe(false);
    expect(saysOtherOrg({ snippet: '@brackmoor.advice', context: 'Free, confidential and independent advice. Tips on @brackmoor.advice.', placement: 'body' })).toBe(false);
  });

  it('reads "their own channels" in the link sentence only, not in the sentence before', () => {
    const context = 'La Fundación del club tiene sus propios canales. Las novedades de la cantera se publican en @CanteraBrackmoor y en Instagram cada semana.';
    expect(saysOtherOrg({ snippet: '@CanteraBrackmoor', context, placement: 'body' })).toBe(false);
  });
});

describe('mergeAccounts: another organisation standing apart', () => {
  it("keeps a students' union and a trust from the official accounts, the college's own beside them official", () => {
    const got = accounts(
      `<section><h2>Giving</h2><p>Bursaries are awarded by the Brackmoor Trust, a separate registered charity. Read the <a href="https://www.facebook.com/brackmoortrust">Trust's Facebook page</a>.</p>
       <p>Our careers team posts placements every week: <a href="https://www.instagram.com/brackmoorcareers/">@brackmoorcareers</a>.</p></section>`,
      `<div><h4>Follow Brackmoor College</h4><a href="https://x.com/brackmoorcol" aria-label="X"><svg></svg></a><a href="https://www.instagram.com/brackmoorcollege/" aria-label="Instagram"><svg></svg></a></div>
       <div><h4>Students' Union</h4><p>Brackmoor Students' Union is an independent, student-run organisation.</p><a href="https://www.instagram.com/brackmoorsu/">Students' Union on Instagram</a></div>`,
    );
    expect(got['instagram:brackmoorsu']).toEqual([false, 'site.account.other-org']);
    expect(got['facebook:brackmoortrust']).toEqual([false, 'site.account.other-org']);
    expect(got['x:brackmoorcol']?.[0]).toBe(true);
    expect(got['instagram:brackmoorcollege']?.[0]).toBe(true);
    expect(got['instagram:brackmoorcareers']?.[0]).toBe(true);
  });
});
