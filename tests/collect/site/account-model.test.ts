// The account model: the words it reads around a link, its features, and where it overrules the rules (both
// directions, and never without words). Small synthetic cases written for these tests.
import { describe, expect, it } from 'vitest';
import { accountFeatures, overrule, type Candidate, type SiteContext } from '../../../src/collect/site/account-model.js';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import type { PageRecord, Placement, Platform, SocialFinding } from '../../../src/snapshot/types.js';

const TARGET = { domain: 'brasserie-valmont.test', brandName: 'Brasserie Valmont' };
const PAGE = 'https://brasserie-valmont.test/';

function finding(platform: Platform, handle: string, placement: Placement, words: { snippet?: string; context?: string; heading?: string }): SocialFinding {
  return { platform, handle, url: `https://example.test/${platform}/${handle}`, how: 'link', placement, ...words };
}

function candidate(f: SocialFinding, official: boolean, reason: string, match: Candidate['match'] = null): Candidate {
  return { platform: f.platform, handle: f.handle, sightings: [{ finding: f, pageUrl: PAGE }], personal: [false], match, official, reason };
}

/** The brand's own footer account, the company every other candidate keeps on its site. */
const FOOTER = candidate(
  finding('instagram', 'brasserievalmont', 'footer', { snippet: 'Instagram', context: 'Suivez-nous Instagram Facebook', heading: 'Suivez-nous' }),
  true,
  'site.account.placement',
  'brand-name',
);
const site = (...others: Candidate[]): SiteContext => ({ analysed: 1, target: TARGET, candidates: [FOOTER, ...others] });

// A parent group's page in the footer, which the footer placement alone would make the brand's.
const PARENT = finding('linkedin', 'gastro-lyon-group', 'footer', {
  snippet: 'Gastro Lyon Group',
  context: 'Part of the Gastro Lyon Group, member of the national restaurant association',
  heading: 'Partners',
});
// The brand's help desk, named in running text the rules read as unrelated.
const DESK = finding('x', 'valmontsav', 'body', {
  snippet: '@valmontsav',
  context: 'Une question sur une réservation ? Notre service client répond sur X @valmontsav',
  heading: 'Service client',
});

describe('link context', () => {
  it('records the block around a social link and its section heading, words kept apart across blocks', () => {
    const html =
      '<html><body><main><p>Coffee since 2004.</p></main><footer><h3>Follow us</h3><a href="https://www.instagram.com/harbourbrew">Instagram</a>' +
      '<div><h4>Partners</h4><p>Part of the <a href="https://www.linkedin.com/company/northquay-group">Northquay Group</a>, member of the roasters association.</p></div></footer></body></html>';
    const socials = analyzePage(html, 'https://harbourbrew.test/').facts.socials;
    const own = socials.find((s) => s.handle === 'harbourbrew');
    const parent = socials.find((s) => s.handle === 'northquay-group');
    expect(own?.heading).toBe('Follow us');
    expect(own?.context?.startsWith('Follow us Instagram Partners')).toBe(true);
    expect(parent?.context).toBe('Part of the Northquay Group, member of the roasters association.');
    expect(parent?.heading).toBe('Partners');
  });
});

describe('link context of links set side by side', () => {
  it('keeps the texts of adjacent links words apart, and text glued to a link as written', () => {
    const html =
      '<html><body><footer><div><h4>Unternehmen</h4><a href="/ueber-uns">Über uns</a><a href="/presse">Presse</a><a href="https://x.com/kwstatus">Status auf X</a></div></footer></body></html>';
    const status = analyzePage(html, 'https://kontorwerk.test/').facts.socials.find((s) => s.handle === 'kwstatus');
    expect(status?.context).toBe('Unternehmen Über uns Presse Status auf X');
  });
});

describe('account features', () => {
  it("name the rules' verdict and reason, where the link sits, the handle against the brand, and the words around it", () => {
    const features = accountFeatures(candidate(PARENT, true, 'site.account.placement'), site());
    expect(features).toEqual(
      expect.arrayContaining(['ruled-own', 'reason:site.account.placement|ruled-own', 'at:footer', 'match:none', 'handle:no-brand-word', 'w:gastro', 'c:member', 'c:association', 'hd:partners']),
    );
    expect(accountFeatures(FOOTER, site())).toEqual(expect.arrayContaining(['match:brand-name', 'handle:brand-word', 'hd:suivez', 'pages:single']));
  });

  it("read a unit the brand introduces as its own, a handle built on another official handle's word, and an impostor's handle", () => {
    // The brand's podcast, its handle unlike the brand's name, introduced with "notre".
    const podcast = candidate(
      finding('instagram', 'comptoir.podcast', 'body', { snippet: 'Instagram', context: 'Notre podcast Le Comptoir a son compte Instagram.', heading: 'Podcast' }),
      false,
      'site.account.unrelated-link',
    );
    expect(accountFeatures(podcast, site(podcast))).toEqual(expect.arrayContaining(['said:our', 'said:unit', 'handle:unit-word', 'handle:no-brand-word']));
    // The same link in a partner's words: no possessive, no unit.
    const partner = candidate(finding('instagram', 'halles.lyon', 'body', { snippet: 'Instagram', context: 'Les Halles de Lyon sur Instagram.' }), false, 'site.account.unrelated-link');
    const plain = accountFeatures(partner, site(partner));
    for (const f of ['said:our', 'said:unit', 'handle:unit-word', 'handle:sibling']) expect(plain).not.toContain(f);
    // A shop account built on the nickname of an official handle unlike the brand's name.
    const nick = candidate(finding('x', 'les_gones', 'footer', { snippet: 'X' }), true, 'site.account.placement');
    const shop = candidate(finding('x', 'gonesshop', 'body', { snippet: '@GonesShop', context: 'The shop team is on X as @GonesShop.' }), false, 'site.account.unrelated-link');
    expect(accountFeatures(shop, site(nick, shop))).toContain('handle:sibling');
    expect(accountFeatures(shop, site(shop))).not.toContain('handle:sibling');
    const fake = candidate(finding('x', 'valmont_fake', 'body', { snippet: '@valmont_fake' }), true, 'site.account.brand-name', 'brand-name');
    expect(accountFeatures(fake, site(fake))).toContain('handle:impostor-word');
    expect(accountFeatures(FOOTER, site())).not.toContain('handle:impostor-word');
  });

  it('read a shop or group said to be run by someone else: a franchisee, an independent owner or association', () => {
    const said = (context: string): string[] => {
      const c = candidate(finding('instagram', 'valmont.annecy', 'body', { snippet: 'Instagram', context }), true, 'site.account.brand-name', 'brand-name');
      return accountFeatures(c, site(c));
    };
    expect(said('Annecy, 4 quai de l’Évêché. Boutique franchisée : Chocolats Martin. Instagram')).toContain('said:run-by-others');
    expect(said('Valencia es una franquicia gestionada de forma independiente por Espacios Turia S.L.')).toContain('said:run-by-others');
    expect(said('Der Förderverein ist unabhängig, wir betreiben seine Seite nicht.')).toContain('said:run-by-others');
    expect(said('Independently owned and operated by Caprock Dining LLC.')).toContain('said:run-by-others');
    expect(said('Notre boutique d’Annecy vous accueille du mardi au samedi.')).not.toContain('said:run-by-others');
  });

  it('read a first-person possessive in the sentence holding the link, not in another sentence of its block', () => {
    const said = (snippet: string, context: string): string[] => {
      const c = candidate(finding('instagram', 'casaleginestre', 'footer', { snippet, context }), false, 'site.account.unrelated-link');
      return accountFeatures(c, site(c));
    };
    expect(said('Casale delle Ginestre', 'Seguici su Instagram. Il nostro agriturismo: Casale delle Ginestre')).toContain('said:our-sentence');
    expect(said('@quinta.rio', 'A nossa quinta tem conta própria: @quinta.rio')).toContain('said:our-sentence');
    const other = said('Festival des Causses', 'Nos éditions locales ont leur page. Partenaire : Festival des Causses');
    expect(other).toContain('said:our');
    expect(other).not.toContain('said:our-sentence');
  });

  it('read a unit word in the heading over the link, a heading naming the handle, and a desk named after its verb', () => {
    const read = (handle: string, words: { snippet?: string; context?: string; heading?: string }): string[] => {
      const c = candidate(finding('instagram', handle, 'body', words), false, 'site.account.unrelated-link');
      return accountFeatures(c, site(c));
    };
    // The brand's podcast, its heading naming both the unit and the title its handle opens with.
    const podcast = read('hafenfunk.podcast', { snippet: 'Instagram', context: 'Neu: Hafenfunk auf Instagram.', heading: 'Podcast „Hafenfunk“' });
    expect(podcast).toEqual(expect.arrayContaining(['heading:unit', 'heading:names-handle']));
    expect(read('zahltagpodcast', { snippet: 'YouTube', heading: 'Zahltag – der Podcast für Selbstständige' })).toContain('heading:names-handle');
    // A network's name in the heading is never the title a handle is named after; a heading without a unit word is none.
    const network = read('instagramvalmont', { snippet: 'Instagram', heading: 'Instagram' });
    for (const f of ['heading:unit', 'heading:names-handle']) expect(network).not.toContain(f);
    // The title named only in the block, not in the heading: not read as the heading's.
    expect(read('hafenfunk.podcast', { snippet: 'Instagram', context: 'Hafenfunk auf Instagram.', heading: 'Aktuelles' })).not.toContain('heading:names-handle');
    // The desk after the verb saying it posts there, or said to be on a network, in de, es, fr, en.
    expect(read('lg_presse', { snippet: '@LG_Presse', context: 'Kurzfristige Hinweise veröffentlicht das Presseteam zusätzlich auf X unter @LG_Presse.' })).toContain('said:desk-after');
    expect(read('bla_prensa', { snippet: '@bla_prensa', context: 'Las novedades las publica el equipo de prensa en @bla_prensa.' })).toContain('said:desk-after');
    expect(read('valmont_equipe', { snippet: 'Instagram', context: "Toute l'équipe est sur Instagram." })).toContain('said:desk-after');
    expect(read('gonesshop', { snippet: '@GonesShop', context: 'Order problems? The shop team is on X as @GonesShop.' })).toContain('said:desk-after');
    expect(read('halles.lyon', { snippet: 'Instagram', context: 'Les Halles de Lyon publient leur programme sur Instagram.' })).not.toContain('said:desk-after');
  });

  it("read a word of the brand's name with a country or language at the handle's end", () => {
    const read = (handle: string): string[] => {
      const c = candidate(finding('facebook', handle, 'body', { snippet: handle }), false, 'site.account.unrelated-link');
      return accountFeatures(c, site(c));
    };
    expect(read('valmontmexico')).toContain('handle:brand-country');
    expect(read('valmont.usa')).toContain('handle:brand-country');
    expect(read('brasserie_valmont_de')).toContain('handle:brand-country');
    // A town is not a market; a country without the brand's name is someone else's; a code glued on is not read.
    expect(read('valmont.annecy')).not.toContain('handle:brand-country');
    expect(read('cervezas.mexico')).not.toContain('handle:brand-country');
    expect(read('valmontde')).not.toContain('handle:brand-country');
  });

  it("read a link's own text naming the brand's partner, sponsor or membership", () => {
    const text = (snippet: string): string[] => {
      const c = candidate(finding('instagram', 'verband.skischulen', 'footer', { snippet }), true, 'site.account.placement');
      return accountFeatures(c, site(c));
    };
    expect(text('Festival des Causses — partenaire média')).toContain('text:affiliation');
    expect(text('Kappio — Sponsor tecnico')).toContain('text:affiliation');
    expect(text('Mitglied im Verband Alpiner Skischulen')).toContain('text:affiliation');
    expect(text('Miembro de la Red Española de Coworkings')).toContain('text:affiliation');
    expect(text('Instagram')).not.toContain('text:affiliation');
    expect(text('Nos membres sur Instagram')).not.toContain('text:affiliation');
  });
});

describe('overrule', () => {
  it("takes a parent group's account in the footer away from the brand, with the model's chance", () => {
    const c = candidate(PARENT, true, 'site.account.placement');
    const said = overrule(c, site(c));
    expect(said?.verdict).toBe('other');
    expect(said!.chance).toBeLessThan(50);
  });

  it("gives the brand its help desk named in the page's text", () => {
    const c = candidate(DESK, false, 'site.account.unrelated-link');
    expect(overrule(c, site(c))?.verdict).toBe('own');
  });

  it("leaves the brand's own footer account to the rules", () => {
    expect(overrule(FOOTER, site())).toBeNull();
  });

  it('never gives the brand an account the page disowns, however much it looks like a desk of the brand', () => {
    const impostor = finding('instagram', 'valmont_support', 'body', {
      snippet: 'valmont_support',
      context: 'Attention : le compte valmont_support n’est pas géré par nous. Notre service client répond sur X @valmontsav',
      heading: 'Service client',
    });
    expect(overrule(candidate(impostor, false, 'site.account.disowned', 'brand-name'), site())).toBeNull();
  });

  it('says nothing where the page has no words around the link (a bare icon, metadata)', () => {
    const bare = candidate({ ...PARENT, snippet: undefined, context: undefined, heading: undefined }, true, 'site.account.placement');
    expect(overrule(bare, site(bare))).toBeNull();
  });
});

describe('mergeAccounts with the model', () => {
  it("records the model's note as the reason where it overrules the rules", () => {
    const page: PageRecord = {
      url: PAGE,
      status: 200,
      depth: 0,
      fetchMs: 1,
      https: true,
      kinds: [],
      // The group's handle without its group word, which group-handle.ts reads before the model.
      facts: { socials: [FOOTER.sightings[0].finding, { ...PARENT, handle: 'gastro-lyon' }], links: [], contacts: [], vendors: [], promises: [], hasSearch: false },
    };
    const accounts = mergeAccounts([page], TARGET);
    const parent = accounts.find((a) => a.handle === 'gastro-lyon');
    expect(parent?.official).toBe(false);
    expect(parent?.reason.code).toBe('site.account.model-other');
    expect(parent?.reason.data).toEqual({ chance: expect.any(Number) });
    expect(accounts.find((a) => a.handle === 'brasserievalmont')).toMatchObject({ official: true, reason: { code: 'site.account.placement' } });
  });
});
