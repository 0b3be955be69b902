// Help desks named by a handle built on the brand's word and a Nordic or Finnish help word (accounts.ts BRANCH_WORD):
// "Skriv til @havbrise_hjaelp på X" on a Danish shop's page, unlinked, as round 40's "@kvitfjord_hjelp". A partner's
// desk in the same sentence shape and a staff member's handle on the brand's word stay someone else's. Synthetic pages
// written for these tests.
import { describe, expect, it } from 'vitest';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';

const URL = 'https://www.bolgebad-svommehal.test/';
const TARGET = { domain: 'bolgebad-svommehal.test', brandName: 'Bølgebad Svømmehal' };

function accounts(body: string): Record<string, boolean> {
  const html = `<html><body><main>${body}</main>
    <footer><a href="https://www.instagram.com/bolgebadsvommehal/" aria-label="Instagram"><svg></svg></a></footer></body></html>`;
  const { facts } = analyzePage(html, URL);
  return Object.fromEntries(mergeAccounts([{ url: URL, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts }], TARGET).map((a) => [`${a.platform}:${a.handle}`, a.official]));
}

describe('Nordic help-desk handles', () => {
  it("finds the brand's help desks in Danish, Swedish and Finnish handles", () => {
    const got = accounts(`<p>Spørgsmål om dit kort? Skriv til @bolgebad_hjaelp på Instagram – vi svarer på hverdage.</p>
      <p>Frågor på svenska? <a href="https://www.instagram.com/bolgebad.kundtjanst/">Instagram</a>.</p>
      <p>Kysyttävää? Lähetä viesti: <a href="https://www.instagram.com/bolgebad_apua/">@bolgebad_apua</a>.</p>`);
    expect(got['instagram:bolgebadsvommehal']).toBe(true);
    expect(got['instagram:bolgebad_hjaelp']).toBe(true);
    expect(got['instagram:bolgebad.kundtjanst']).toBe(true);
    expect(got['instagram:bolgebad_apua']).toBe(true);
  });

  it("leaves a partner's help desk and a lifeguard's handle on the brand's word", () => {
    const got = accounts(`<p>Spørgsmål om dit fitnesskort? Skriv til @vestfit_hjaelp på Instagram – de svarer inden for to dage.</p>
      <p>Vores livredder Mads viser sine svømmeøvelser på <a href="https://www.instagram.com/bolgebad_mads/">Instagram</a>.</p>`);
    expect(got['instagram:vestfit_hjaelp']).not.toBe(true);
    expect(got['instagram:bolgebad_mads']).toBe(false);
  });
});
