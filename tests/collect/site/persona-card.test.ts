// A card whose text calls its bearer the brand's persona (src/collect/site/persona-card.ts): its link stays out of a
// list of people's profiles, while the people's cards beside it in the same grid stay theirs. Synthetic cards written
// for these tests.
import { describe, expect, it } from 'vitest';
import { onMascotCard, onPersonaCard } from '../../../src/collect/site/persona-card.js';
import { discover } from '../../../src/collect/site/accuracy.js';
import { loadPageSet } from '../../../scripts/page-set.mjs';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';

const card = (heading: string, bio: string, links = 'Instagram') => ({ heading, context: `${heading} ${bio} ${links}` });

describe('onPersonaCard', () => {
  it("reads the brand's chat desk, mascot and bot in several languages", () => {
    expect(onPersonaCard(card('Ask Anna', 'Anna is our chat assistant: she answers sizing questions.'))).toBe(true);
    expect(onPersonaCard(card('Pip Sprocket', 'Pip is our mascot, the little cog.'))).toBe(true);
    expect(onPersonaCard(card('Lou', 'Lou, notre mascotte, vous attend au stand.'))).toBe(true);
    expect(onPersonaCard(card('Frag Fritz', 'Fritz ist unser digitaler Assistent für Tarife.'))).toBe(true);
    expect(onPersonaCard(card('Pregunta a Sol', 'Sol es nuestra asistente virtual.'))).toBe(true);
  });

  it("leaves a person's card alone, even where it names an assistant or a bot that is not the brand's", () => {
    expect(onPersonaCard(card('Mara Lindqvist', 'Gravel racer. Mara won the Dirty Reiver in 2025.'))).toBe(false);
    expect(onPersonaCard(card('Tomás Okafor', 'Assistant coach of the junior squad; he builds his own bot.'))).toBe(false);
  });

  it('reads only a block that opens with its heading', () => {
    expect(onPersonaCard({ heading: 'Ask Anna', context: 'Talk to us. Anna is our chat assistant. Instagram' })).toBe(false);
  });
});

const GRID = `<!doctype html><html lang="en"><body><main><h1>Talk to us</h1><div class="tiles">
<div class="tile"><h3>Ask Anna</h3><p>Anna is our chat assistant: she answers sizing questions.</p><a href="https://www.instagram.com/askanna.chat/">Instagram</a></div>
<div class="tile"><h3>Mara Lindqvist</h3><p>Gravel racer. Mara won the Dirty Reiver in 2025.</p><a href="https://www.instagram.com/gravelmara/">Instagram</a></div>
<div class="tile"><h3>Tomás Okafor</h3><p>Head of Design. He draws every frame.</p><a href="https://www.instagram.com/tomas.draws/">Instagram</a></div>
<div class="tile"><h3>Ines Vidal Roca</h3><p>Brand ambassador. Ines leads the Sunday rides.</p><a href="https://www.instagram.com/inesrides.gi/">Instagram</a></div>
</div></main></body></html>`;

describe('a grid of cards with the persona among people', () => {
  it("keeps the persona's account out of the people list, and the people's in it", () => {
    const url = 'https://www.kestrelcycling.test/contact/';
    const page = { url, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts: analyzePage(GRID, url).facts };
    const accounts = mergeAccounts([page], { domain: 'kestrelcycling.test', brandName: 'Kestrel Cycling' });
    const reason = (handle: string) => accounts.find((a) => a.handle === handle)?.reason?.code;
    expect(reason('askanna.chat')).not.toBe('site.account.people-list');
    expect(reason('tomas.draws')).toBe('site.account.people-list');
  });
});

describe('onMascotCard', () => {
  it("reads a card calling its bearer the brand's mascot, its text opening with the possessive under the heading", () => {
    expect(onMascotCard({ heading: 'Rysík', context: 'Náš maskot Rysík vítá děti každou sobotu. Instagram' })).toBe(true);
    expect(onMascotCard({ heading: 'Medved Kuzma', context: 'Naš maskota Kuzma vsak konec tedna pričaka najmlajše.' })).toBe(true);
    expect(onMascotCard(card('Pip', 'is our mascot and loves the seaside.'))).toBe(true);
  });

  it("leaves a person's card speaking of the mascot further in, and an assistant's", () => {
    expect(onMascotCard({ heading: 'Jana Horáková', context: 'Instruktorka, o víkendech hraje našeho maskota Rysíka. Instagram' })).toBe(false);
    expect(onMascotCard({ heading: 'Anna', context: 'Our chat assistant answers every day.' })).toBe(false);
  });

  it('gets the page-set sites written for the line and mascot cards right', () => {
    const ids = ['own-line-mascot-cs', 'own-line-mascot-hr', 'own-line-inline-en', 'own-line-inline-de'];
    const sites = loadPageSet().filter((s) => ids.includes(s.id));
    expect(sites.map((s) => s.id).sort()).toEqual([...ids].sort());
    for (const c of sites) {
      const official = discover(c).accounts.filter((a) => a.official && !a.closed).map((a) => `${a.platform}:${a.handle}`).sort();
      expect(official, c.id).toEqual([...c.official].sort());
    }
  });
});
