// Desk and branch handles built on a word of the brand's domain label as well as its name (accounts.ts brandStems), and
// the events desk among the desk words: "Tannhorner Seilbahnen" on tannhorn-seilbahnen.test, whose own handle is
// @tannhorn.ski, names its events team's "@tannhorn.events" in a sentence. A recommended photographer's handle named
// the same way stays someone else's. Synthetic pages written for these tests. The sentence asks no one to write to the
// team ("schreiben Sie uns" would make it the page's own desk whatever its handle: desk-subject.ts).
import { describe, expect, it } from 'vitest';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';

const URL = 'https://www.tannhorn-seilbahnen.test/events';

function accounts(target: { domain: string; brandName: string }): Record<string, boolean> {
  const html = `<html><body><main><p>Freie Termine zeigt das Eventteam auch auf Instagram unter @tannhorn.events.</p>
    <p>Für Fotos empfehlen wir die Fotografin Mara Lechner , auf Instagram unter @maralechner.foto.</p></main>
    <footer><h4>Folgen Sie uns</h4><a href="https://www.instagram.com/tannhorn.ski/" aria-label="Instagram"><svg></svg></a></footer></body></html>`;
  const { facts } = analyzePage(html, URL);
  return Object.fromEntries(mergeAccounts([{ url: URL, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts }], target).map((a) => [`${a.platform}:${a.handle}`, a.official]));
}

describe('desk handles on the domain label’s word', () => {
  it('finds the events desk built on the word the domain and an official handle share', () => {
    const got = accounts({ domain: 'tannhorn-seilbahnen.test', brandName: 'Tannhorner Seilbahnen' });
    expect(got['instagram:tannhorn.ski']).toBe(true);
    expect(got['instagram:tannhorn.events']).toBe(true);
    expect(got['instagram:maralechner.foto']).toBe(false);
  });

  it('reads no stem from a domain word no official handle opens with', () => {
    const got = accounts({ domain: 'seilbahnen-ost.test', brandName: 'Seilbahnen Ost' });
    expect(got['instagram:tannhorn.events']).toBe(false);
  });
});
