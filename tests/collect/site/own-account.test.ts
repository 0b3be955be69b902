// A part of the brand said to have its own account in the sentence linking to it (src/collect/site/own-account.ts),
// read from whole pages through analyzePage and mergeAccounts; a person with an account of their own never is.
// Synthetic pages written for these tests.
import { describe, expect, it } from 'vitest';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { saysOwnAccount, sentenceHolding } from '../../../src/collect/site/own-account.js';

const URL = 'https://www.valmont.test/';
const TARGET = { domain: 'www.valmont.test', brandName: 'Fromagerie Valmont' };

/** The accounts of a one-page site whose <main> holds `body`: handle, official, reason code. */
function accounts(body: string): [string, boolean, string | undefined][] {
  const { facts } = analyzePage(`<html><body><main><section><h2>Nouvelles</h2>${body}</section></main></body></html>`, URL);
  return mergeAccounts([{ url: URL, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts }], TARGET).map((a) => [a.handle, a.official, a.reason?.code]);
}

const ig = (handle: string, text = `@${handle}`): string => `<a href="https://www.instagram.com/${handle}/">${text}</a>`;

describe('saysOwnAccount', () => {
  it('reads a shop, a range, a youth side and a podcast said to have their own account (fr, es, de, it, en)', () => {
    expect(saysOwnAccount({ snippet: 'Ti ar Chistr', context: 'Ouvert du mardi au samedi. La boutique a son propre compte, avec les arrivages du jour : Ti ar Chistr.' })).toBe(true);
    expect(saysOwnAccount({ snippet: '@vm.joven', context: 'Nuestra línea joven, sin madera. Tiene su propia cuenta: @vm.joven.' })).toBe(true);
    expect(saysOwnAccount({ snippet: '@vm.jung', context: 'Für alle unter 27 gibt es ein eigenes Programm – und einen eigenen Kanal, @vm.jung.' })).toBe(true);
    expect(saysOwnAccount({ snippet: 'YouTube', context: 'Il progetto scuole ha un profilo dedicato: @vm.educa, e un podcast, Soldi Chiari, su YouTube.' })).toBe(true);
    expect(saysOwnAccount({ snippet: '@vm_women', context: 'The women’s side now has its own account: @vm_women.' })).toBe(true);
  });

  it("reads a network's name in place of \"account\", and Portuguese (de, nl, fr, en, pt)", () => {
    expect(saysOwnAccount({ snippet: 'Weingut Vallner', context: 'Das Weingut Vallner hat eine eigene Facebook-Seite, auf der wir die Lese ankündigen.' })).toBe(true);
    expect(saysOwnAccount({ snippet: '@vm.kids', context: 'Kleinere maten. Onze kinderlijn heeft een eigen Instagram: volg @vm.kids.' })).toBe(true);
    expect(saysOwnAccount({ snippet: '@vm.atelier', context: "L'atelier a sa propre page Instagram : @vm.atelier." })).toBe(true);
    expect(saysOwnAccount({ snippet: '@vm.shop', context: 'The shop has its own Instagram: @vm.shop.' })).toBe(true);
    expect(saysOwnAccount({ snippet: 'facebook.com/fundacaovm', context: 'A Fundação tem página própria no Facebook: facebook.com/fundacaovm.' })).toBe(true);
    expect(saysOwnAccount({ snippet: '@vm.loja', context: 'A loja tem a sua própria conta: @vm.loja.' })).toBe(true);
  });

  it('reads nothing where the phrase is in another sentence of the block than the link', () => {
    expect(saysOwnAccount({ snippet: '@festival', context: 'L’édition de Millau a sa propre page. Le festival de l’été : @festival.' })).toBe(false);
  });

  it('reads nothing of a brand or partner speaking of its own channels in the first person', () => {
    expect(saysOwnAccount({ snippet: 'Instagram', context: 'Unsere Angebote posten wir auf unseren eigenen Kanälen auf Instagram.' })).toBe(false);
  });

  it('never reads a person: a role or a name as the subject', () => {
    expect(saysOwnAccount({ snippet: '@chef.valmont', context: 'Notre chef a son propre compte : @chef.valmont.' })).toBe(false);
    expect(saysOwnAccount({ snippet: '@marta.vm', context: 'Marta Ruiz tiene su propia cuenta: @marta.vm.' })).toBe(false);
    expect(saysOwnAccount({ snippet: '@anna.vm', context: 'Das Weingut gehört Anna Berger. Anna Berger hat einen eigenen Instagram-Kanal: @anna.vm.' })).toBe(false);
    expect(saysOwnAccount({ snippet: '@resi.vm', context: 'Unsere Winzerin hat eine eigene Instagram-Seite: @resi.vm.' })).toBe(false);
  });

  it("reads a part of the brand named in the genitive before its own account (en), not a person, a body or a club", () => {
    expect(saysOwnAccount({ snippet: '@vm.shop', context: 'New arrivals are posted on the shop’s own Instagram, @vm.shop.' })).toBe(true);
    expect(saysOwnAccount({ snippet: 'Valmont Café', context: "Brunch menus go up on the café's own Facebook page, Valmont Café." })).toBe(true);
    expect(saysOwnAccount({ snippet: '@vm.squad', context: "Results are on the squad's own account, @vm.squad." })).toBe(true);
    expect(saysOwnAccount({ snippet: '@aoife.sets', context: 'Our head setter plans every reset; her own Instagram is @aoife.sets.' })).toBe(false);
    expect(saysOwnAccount({ snippet: 'County Council', context: "The county council's own Facebook page, County Council, posts closures." })).toBe(false);
    expect(saysOwnAccount({ snippet: 'Valley Club', context: "The club's own page is Valley Club." })).toBe(false);
    expect(saysOwnAccount({ snippet: '@chef.vm', context: "Recipes are on the chef's own account, @chef.vm." })).toBe(false);
  });

  it('finds the sentence holding the link text', () => {
    expect(sentenceHolding('Ouvert le mardi. La boutique a son compte : @x. Merci !', '@x')).toBe('La boutique a son compte : @x.');
    expect(sentenceHolding('Rien ici.', '@x')).toBeNull();
  });
});

describe('mergeAccounts: the own-account rule', () => {
  it("calls the shop's account official, with its reason, where no handle rule would", () => {
    expect(accounts(`<p>Ouvert du mardi au samedi. La boutique a son propre compte, avec les arrivages du jour : ${ig('ti.ar.laezh', 'Ti ar Laezh')}.</p>`)).toEqual([
      ['ti.ar.laezh', true, 'site.account.own-account'],
    ]);
  });

  it('reads it in a list of accounts side by side, which has the shape of a list of people', () => {
    const ranges = [
      `<li><h3>Reserva</h3><p>Nuestro tinto de guarda, doce meses en roble. ${ig('marta.enologa', 'Marta')} lo cata cada año.</p></li>`,
      `<li><h3>Joven</h3><p>Nuestra línea joven, sin paso por madera. Tiene su propia cuenta: ${ig('vm.joven')}.</p></li>`,
      `<li><h3>Rosado</h3><p>Fresco y seco, para el verano. Fotos de ${ig('lucia.fotos', 'Lucía')}.</p></li>`,
    ];
    const found = accounts(`<ul class="vinos">${ranges.join('')}</ul>`);
    expect(found.find(([h]) => h === 'vm.joven')).toEqual(['vm.joven', true, 'site.account.own-account']);
    expect(found.filter(([, official]) => official).map(([h]) => h)).toEqual(['vm.joven']);
  });

  it("leaves a person's own account to others", () => {
    expect(accounts(`<p>Notre fromager a son propre compte : ${ig('jeanne.affine')}.</p><p>Notre chef a son propre compte : ${ig('chef.paul')}.</p>`).map(([h, o]) => [h, o])).toEqual([
      ['chef.paul', false],
      ['jeanne.affine', false],
    ]);
  });
});
