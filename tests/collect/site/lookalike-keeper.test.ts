// Accounts whose handles spell the brand's name but which the page gives to someone who shares it: a founder's own
// profile, a relative's, a fan club, a line sold or made under licence, a namesake firm, the brand's group
// (src/collect/site/lookalike-keeper.ts, read by disowned.ts). Synthetic pages written for these tests.
import { describe, expect, it } from 'vitest';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { saysLookalike } from '../../../src/collect/site/lookalike-keeper.js';
import { foldText } from '../../../src/collect/site/text.js';

const URL = 'https://www.marlowe.test/';
const TARGET = { domain: 'marlowe.test', brandName: 'Marlowe' };

const says = (sentence: string, before = '') => saysLookalike(foldText(sentence), foldText(before));

function judged(body: string): Record<string, boolean> {
  const { facts } = analyzePage(`<html><body>${body}</body></html>`, URL);
  return Object.fromEntries(
    mergeAccounts([{ url: URL, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts }], TARGET).map((a) => [`${a.platform}:${a.handle}`, a.official]),
  );
}

const FOOTER = `<footer><h3>Follow us</h3><a href="https://www.instagram.com/kites.newquay/">Instagram</a></footer>`;

describe('saysLookalike', () => {
  it("reads a person's own profile, a relative's, a fan club, a sold or licensed line, a namesake, a reseller", () => {
    expect(says('La fondatrice Giulia Marlowe racconta le sue giornate sul suo profilo personale: @giulia.marlowe')).toBe(true);
    expect(says('He still teaches on Saturdays and posts his sessions on his own account, @tommarlowe.')).toBe(true);
    expect(says("Mio padre Ettore ha un suo profilo dove pubblica le foto storiche: @ettoremarlowe")).toBe(true);
    expect(says('Suivez la page de Maïwenn Marlowe, petite-fille du fondateur : @maiwenn.marlowe')).toBe(true);
    expect(says('O Fã-clube Marlowe Olinda, mantido por fãs desde 2011, organiza caravanas: @marloweolinda')).toBe(true);
    expect(says('We sold The Marlowe Café to its manager in 2023 and it now runs on its own: @marlowecafe')).toBe(true);
    expect(says('Marlowe Camping wurde 2021 an die Vantura GmbH verkauft: @marlowecamping')).toBe(true);
    expect(says('La línea Marlowe Té, que vendimos en 2022 a Infusiones del Valle, tiene su propia marca: @marlowete')).toBe(true);
    expect(says('Die Koffer werden in Lizenz gefertigt von Brenner Lederwaren: @marlowe.koffer')).toBe(true);
    expect(says('La Trattoria Marlowe usa il nostro nome in licenza: @trattoria.marlowe')).toBe(true);
    expect(says("Marlowe Foods di Toronto è un'altra azienda, omonima, con cui non abbiamo alcun legame: @marlowefoods")).toBe(true);
    expect(says('En Guadalajara nos vende un distribuidor independiente: @marlowe.gdl')).toBe(true);
    expect(says('Das Reisebüro Marlowe ist kein Teil von Marlowe Reisen: facebook.com/marlowebamberg')).toBe(true);
  });

  it('reads the group the brand belongs to only when it is named right before the link', () => {
    expect(says('Marlowe is part of the Marlowe family group of Cornish businesses: @themarlowes', 'Marlowe is part of the Marlowe family group of Cornish businesses: ')).toBe(true);
    expect(says('Marlowe Ltd, part of the Marlowe Group · Instagram', 'Marlowe Ltd, part of the Marlowe Group · ')).toBe(false);
  });

  it("leaves the brand's own accounts to it", () => {
    expect(says('Our official fan club is on Facebook: @marlowe')).toBe(false);
    expect(says('Follow us for the personal stories behind every kite: @marlowe')).toBe(false);
    expect(says('Our Marlowe Malayalam channel has the full series, and trainer Arjun streams on his own channel.')).toBe(false);
    expect(says('Tickets sold out in an hour: news on @marlowe')).toBe(false);
    expect(says('Mi abuela fundó la pastelería en 1950: @marlowe')).toBe(false);
    expect(says('We are an independent agency since 1998: @marlowe')).toBe(false);
    expect(says('Become a licensee: @marlowe')).toBe(false);
  });
});

describe('mergeAccounts with look-alike accounts', () => {
  it("keeps a look-alike in the footer out of the brand's accounts, and the brand's own icons in", () => {
    const found = judged(
      `<main><p>Marlowe Surf in Queensland is a different business — no relation, same name. They are lovely: <a href="https://www.instagram.com/marlowesurf.au/">@marlowesurf.au</a>.</p></main>` +
        `<footer><h3>Follow us</h3><a href="https://www.instagram.com/kites.newquay/">Instagram</a>` +
        `<p>The founder Tom Marlowe posts on his personal account: <a href="https://www.instagram.com/tommarlowe/">@tommarlowe</a></p></footer>`,
    );
    expect(found['instagram:kites.newquay']).toBe(true);
    expect(found['instagram:marlowesurf.au']).toBe(false);
    expect(found['instagram:tommarlowe']).toBe(false);
  });

  it('reads an unofficial group in Portuguese as disowned', () => {
    const found = judged(`<main><p>Quem quiser trocar fotos pode entrar no grupo não oficial <a href="https://www.facebook.com/marlowenacao">Marlowe Nação</a> no Facebook.</p></main>${FOOTER}`);
    expect(found['facebook:marlowenacao']).toBe(false);
    expect(found['instagram:kites.newquay']).toBe(true);
  });
});
