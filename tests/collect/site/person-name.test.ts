// Handles spelling a name shown beside the link (src/collect/site/person-name.ts), alone and through mergeAccounts: an
// author's or an officer's follow links are that person's, even in a block shaped like the brand's "follow us".
// Synthetic pages written for these tests.
import { describe, expect, it } from 'vitest';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { followsShownName, onNamedPersonCard, spellsShownName } from '../../../src/collect/site/person-name.js';

const TARGET = { domain: 'www.gazeta-orzel.test', brandName: 'Gazeta Orzeł' };
const URL = 'https://www.gazeta-orzel.test/';

describe('spellsShownName', () => {
  it('reads first and last name joined either way, or the initial and the last name', () => {
    expect(spellsShownName('martaolszewska_pl', { heading: 'Marta Olszewska' }, TARGET)).toBe(true);
    expect(spellsShownName('olszewskamarta', { context: 'Tekst: Marta Olszewska, redaktorka działu sportowego.' }, TARGET)).toBe(true);
    expect(spellsShownName('molszewska', { snippet: 'Marta Olszewska' }, TARGET)).toBe(true);
    expect(spellsShownName('jan.nowak', { snippet: 'Jan K. Nowak, skarbnik' }, TARGET)).toBe(true);
  });

  it('reads a shortened first name before a long last name, and umlauts as handles spell them', () => {
    expect(spellsShownName('leovarnier', { heading: 'Léonie Varnier' }, TARGET)).toBe(true);
    expect(spellsShownName('nils_ambuehl_alpin', { heading: 'Nils Ambühl' }, TARGET)).toBe(true);
    expect(spellsShownName('leo.sport', { heading: 'Léonie Varnier' }, TARGET)).toBe(false);
  });

  it("reads every given name's initial before the last name, a double or hyphenated given name", () => {
    expect(spellsShownName('mabelanger_fin', { heading: 'Marc-André Bélanger' }, TARGET)).toBe(true);
    expect(spellsShownName('jpmorel', { snippet: 'Jean Pierre Morel' }, TARGET)).toBe(true);
    expect(spellsShownName('mabel_finance', { heading: 'Marc-André Bélanger' }, TARGET)).toBe(false);
  });

  it('reads "Suivre Léonie :" before a card’s links, not the brand’s own "Obserwuj Gazeta Orzeł:" nor a network', () => {
    expect(followsShownName({ context: 'Suivre Léonie : Instagram X', heading: 'Léonie Varnier' }, TARGET)).toBe(true);
    expect(followsShownName({ context: 'Follow Anna Berg: Instagram' }, TARGET)).toBe(true);
    expect(followsShownName({ context: 'Suivre Léonie : Instagram X', heading: 'Nos ambassadeurs' }, TARGET)).toBe(false);
    expect(followsShownName({ context: 'Follow Gazeta: X Facebook' }, TARGET)).toBe(false);
    expect(followsShownName({ context: 'Follow Instagram: @gazetaorzel' }, TARGET)).toBe(false);
  });

  it('leaves the brand’s names, titles after or opening with an article, titles running on, and other handles', () => {
    expect(spellsShownName('gazetaorzel', { heading: 'Gazeta Orzeł' }, TARGET)).toBe(false);
    expect(spellsShownName('orzelsport', { heading: 'Orzeł Sport' }, TARGET)).toBe(false);
    expect(spellsShownName('thegulls_shop', { context: 'Shirts from The Gulls shop.' }, TARGET)).toBe(false);
    expect(spellsShownName('terracoazul', { context: 'No último piso, o Terraço Azul serve cozinha.' }, TARGET)).toBe(false);
    expect(spellsShownName('festivalnuits', { heading: "Festival Nuits d'Encre" }, TARGET)).toBe(false);
    expect(spellsShownName('redakcja_news', { heading: 'Marta Olszewska' }, TARGET)).toBe(false);
  });
});

describe('mergeAccounts: a person’s follow links', () => {
  it('keeps an author page’s follow block and rel=me links the author’s, the brand’s footer its own', () => {
    const html =
      '<html><body><main><h1>Marta Olszewska</h1><p>Redaktorka działu sportowego.</p>' +
      '<ul class="follow"><li><a rel="me" href="https://x.com/martaolszewska_pl">X</a></li>' +
      '<li><a rel="me" href="https://www.linkedin.com/in/marta-olszewska/">LinkedIn</a></li></ul></main>' +
      '<footer><h3>Obserwuj nas</h3><a href="https://x.com/gazetaorzel">X</a> <a href="https://www.facebook.com/gazetaorzel">Facebook</a></footer></body></html>';
    const { facts } = analyzePage(html, `${URL}autor/marta-olszewska`);
    const accounts = mergeAccounts([{ url: `${URL}autor/marta-olszewska`, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts }], TARGET);
    const official = accounts.filter((a) => a.official).map((a) => `${a.platform}:${a.handle}`);
    expect(official).toEqual(expect.arrayContaining(['x:gazetaorzel', 'facebook:gazetaorzel']));
    expect(official).not.toContain('x:martaolszewska_pl');
    expect(official).not.toContain('linkedin:marta-olszewska');
  });

  it('reads a double-barrelled name spelt whole only on a person\'s card, never an organisation\'s three-word name', () => {
    expect(spellsShownName('samidowubriggs', { heading: 'Sam Idowu-Briggs' }, TARGET)).toBe(false);
    expect(spellsShownName('gastrolyongroup', { heading: 'Gastro Lyon Group' }, TARGET)).toBe(false);
    expect(onNamedPersonCard('samib.talks', { heading: 'Sam Idowu-Briggs', context: 'Sam Idowu-Briggs Producer. @samidowubriggs Threads' }, TARGET)).toBe(true);
    expect(onNamedPersonCard('gly.news', { heading: 'Gastro Lyon Group', context: 'Gastro Lyon Group Our parent company. @gastrolyongroup Threads' }, TARGET)).toBe(false);
  });

  it('reads a person\'s card by another handle on it spelling the name it is headed by, not a desk\'s card', () => {
    const context = 'Sam Idowu-Briggs Audio producer. Sam produces our weekly podcast. @samidowubriggs Threads';
    expect(onNamedPersonCard('samib.talks', { heading: 'Sam Idowu-Briggs', context }, TARGET)).toBe(true);
    // A desk's card names a host, but is not headed by that name.
    expect(onNamedPersonCard('orzelpodcast', { heading: 'Orzeł Podcast', context: 'Orzeł Podcast Hosted by Sam Idowu-Briggs (@samidowubriggs). @orzelpodcast Instagram' }, TARGET)).toBe(false);
    // A block not opening with its heading is no card.
    expect(onNamedPersonCard('samib.talks', { heading: 'Sam Idowu-Briggs', context: `Our people: ${context}` }, TARGET)).toBe(false);
  });
});
