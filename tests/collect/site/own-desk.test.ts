// One of the brand's desks said, in the first person, to keep the account in the sentence linking to it
// (src/collect/site/own-desk.ts), read from whole pages through analyzePage and mergeAccounts; a person, a partner, an
// agency or a franchisee's shop never is. Synthetic pages written for these tests.
import { describe, expect, it } from 'vitest';
import { deskSightings, mergeAccounts } from '../../../src/collect/site/accounts.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { saysOwnDesk } from '../../../src/collect/site/own-desk.js';

const URL = 'https://www.ormeaux.test/';
const TARGET = { domain: 'www.ormeaux.test', brandName: 'Maison des Ormeaux' };

/** The accounts of a one-page site whose <main> holds `body` under `heading`: handle, official, reason code. */
function accounts(body: string): [string, boolean, string | undefined][] {
  const { facts } = analyzePage(`<html><body><main><section><h2>Nouvelles</h2>${body}</section></main></body></html>`, URL);
  return mergeAccounts([{ url: URL, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts }], TARGET).map((a) => [a.handle, a.official, a.reason?.code]);
}

const x = (handle: string, text = `@${handle}`): string => `<a href="https://x.com/${handle}">${text}</a>`;

describe('saysOwnDesk', () => {
  it('reads a desk named in the first person before the link (fr, es, de, pt, nl, pl)', () => {
    expect(saysOwnDesk({ snippet: '@orm_sav', context: 'Une question ? Notre service après-vente répond sur X : @orm_sav.' })).toBe(true);
    expect(saysOwnDesk({ snippet: '@orm_prensa', context: 'Nuestro equipo de comunicación responde en X desde @orm_prensa.' })).toBe(true);
    expect(saysOwnDesk({ snippet: '@ormpresse', context: 'Termine veröffentlichen wir auch auf unserem Presse-Account auf X, @ormpresse.' })).toBe(true);
    expect(saysOwnDesk({ snippet: '@avisos_orm', context: 'Os atrasos são publicados pela nossa equipa de controlo na conta @avisos_orm.' })).toBe(true);
    expect(saysOwnDesk({ snippet: '@ormhulp', context: 'Onze serviceafdeling antwoordt ook via X: @ormhulp.' })).toBe(true);
    expect(saysOwnDesk({ snippet: '@orm_pomoc', context: 'Nasz zespół obsługi klienta odpowiada na X: @orm_pomoc.' })).toBe(true);
  });

  it('reads a desk named after the link as its keeper, and "run by us" (sv, en, fr)', () => {
    expect(saysOwnDesk({ snippet: 'Jobba hos oss', context: 'Nya jobb finns på sidan Jobba hos oss, som drivs av vår HR-avdelning.' })).toBe(true);
    expect(saysOwnDesk({ snippet: '@orm_alerts', context: 'Disruption notices go out on @orm_alerts, which is run by us around the clock.' })).toBe(true);
    expect(saysOwnDesk({ snippet: 'La Cuisine', context: 'Nos recettes sont sur La Cuisine, un compte géré par nous.' })).toBe(true);
  });

  it('leaves a negation, a desk after the link, a person, a partner, an agency and a list of people alone', () => {
    expect(saysOwnDesk({ snippet: 'NetStatus', context: 'Network faults are posted by NetStatus, which is not run by us.' })).toBe(false);
    expect(saysOwnDesk({ snippet: 'Le Vélo Café', context: 'La sortie part du Vélo Café, le bar à côté de notre boutique.' })).toBe(false);
    expect(saysOwnDesk({ snippet: '@chef.ormeaux', context: 'Notre chef publie pour notre boutique sur X : @chef.ormeaux.' })).toBe(false);
    expect(saysOwnDesk({ snippet: '@agence_mistral', context: 'La campagne est signée par l’agence qui gère notre communication, @agence_mistral.' })).toBe(false);
    expect(saysOwnDesk({ snippet: 'Facebook', context: 'La Mie Dorée, qui cuit le pain de notre boutique — Facebook', heading: 'Nos partenaires' })).toBe(false);
    expect(saysOwnDesk({ snippet: 'X', context: 'Nuestro equipo Valeria Cruz · arte X Diego Hernández · código X', crowd: 2 })).toBe(false);
    expect(saysOwnDesk({ snippet: 'Instagram', context: 'Als Franchisepartner posten wir unsere Angebote in unserem eigenen Kanal auf Instagram.' })).toBe(false);
  });
});

describe('deskSightings', () => {
  const at = (placement: 'article' | 'body' | 'footer', snippet: string, extra: Record<string, unknown> = {}) => ({
    pageUrl: URL,
    finding: { platform: 'x' as const, handle: 'orm_clients', url: 'https://x.com/orm_clients', how: 'link' as const, placement, snippet, context: snippet, ...extra },
  });

  it('reads the text of an article, as first-sight pages placed such sentences', () => {
    expect(deskSightings([at('article', 'Ormeaux Clients')], 'orm_clients', TARGET)).toHaveLength(1);
    expect(deskSightings([at('body', 'Ormeaux Clients')], 'orm_clients', TARGET)).toHaveLength(1);
  });

  it('drops a byline, a "Follow <name>" bio, a share button and a disowned sighting', () => {
    expect(deskSightings([at('article', 'Par Julie Martin')], 'orm_clients', TARGET)).toHaveLength(0);
    expect(deskSightings([at('article', 'Suivez Julie Martin sur X')], 'orm_clients', TARGET)).toHaveLength(0);
    expect(deskSightings([at('body', 'Ormeaux Clients', { how: 'share-via' })], 'orm_clients', TARGET)).toHaveLength(0);
    expect(deskSightings([at('body', 'Ormeaux Clients', { disowned: true })], 'orm_clients', TARGET)).toHaveLength(0);
  });
});

describe('mergeAccounts with the own-desk rule', () => {
  it('reads the own-account and own-desk sentences in an article’s text too (pt, fr)', () => {
    const article = (p: string): string => `<article class="post"><h1>Cent ans d’atelier</h1><p>L’atelier a ouvert en 1924 et tourne encore à la main.</p><p>${p}</p></article>`;
    const fb = (handle: string): string => `<a href="https://www.facebook.com/${handle}">facebook.com/${handle}</a>`;
    expect(accounts(article(`A Fundação tem página própria no Facebook, onde publica os pedidos de voluntários: ${fb('fundacaopedraviva')}.`))).toContainEqual([
      'fundacaopedraviva',
      true,
      'site.account.own-account',
    ]);
    expect(accounts(article(`Les offres d’emploi sont publiées sur la page ${fb('emplois.atelier.bois')}, gérée par notre service du personnel.`))).toContainEqual([
      'emplois.atelier.bois',
      true,
      'site.account.own-desk',
    ]);
  });

  it('leaves a person introduced by their role and a partner’s desk to others', () => {
    const body = `<p>Notre chef pâtissier publie pour notre boutique sur X : ${x('paul_fourneaux')}.</p><p>Notre partenaire livre en ville ; son équipe répond sur X : ${x('velocourse')}.</p>`;
    const got = accounts(body);
    expect(got.find(([h]) => h === 'paul_fourneaux')?.[1]).toBe(false);
    expect(got.find(([h]) => h === 'velocourse')?.[2]).not.toBe('site.account.own-desk');
  });

  it('reads a line of links item by item: an employee after the shop’s own pages is a person (nl, fr, de)', () => {
    expect(
      saysOwnDesk({
        snippet: 'TikTok',
        context: 'Onze eigen winkelpagina’s, met alle nieuwtjes: facebook.com/OrmAltstadt · @orm.altstadt · onze vaste vakman Jens deelt klusfilmpjes op TikTok.',
      }),
    ).toBe(false);
    expect(saysOwnDesk({ snippet: 'TikTok', context: 'Nos pages : Facebook · Instagram · notre apprenti Hugo partage ses essais sur TikTok.' })).toBe(false);
    expect(saysOwnDesk({ snippet: 'TikTok', context: 'Unsere Kanäle: unser Konditor Malte zeigt seine Torten auf TikTok.' })).toBe(false);
    // The link alone in its item is read under the line's label; a desk named before a preposition's town stays a desk.
    expect(saysOwnDesk({ snippet: 'Pinterest', context: 'Unsere Kanäle: YouTube · Pinterest' })).toBe(true);
    expect(saysOwnDesk({ snippet: '@orm_lyon', context: 'Notre équipe de Lyon publie aussi sur X : @orm_lyon.' })).toBe(true);
  });

  it('leaves the accounts a shop’s own JSON-LD node names to the shop, whatever its page says of “our shop”', () => {
    const node = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'HardwareStore',
      name: 'Maison des Ormeaux Amersfoort',
      url: 'https://www.ormeaux.test/winkels/amersfoort',
      parentOrganization: { '@type': 'Organization', name: 'Maison des Ormeaux', url: URL },
      sameAs: ['https://www.instagram.com/ormeaux_amersfoort/'],
    });
    const page = 'https://www.ormeaux.test/winkels/amersfoort';
    const { facts } = analyzePage(
      `<html><head><script type="application/ld+json">${node}</script></head><body><main><section><h2>Amersfoort</h2><p>Volg onze winkel op <a href="https://www.instagram.com/ormeaux_amersfoort/">Instagram</a>.</p></section></main></body></html>`,
      page,
    );
    const got = mergeAccounts([{ url: page, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts }], TARGET);
    expect(got.find((a) => a.handle === 'ormeaux_amersfoort')?.official).toBe(false);
  });
});
