// Accounts named in a page's running text without a link, after a network's name (src/collect/site/text-mentions.ts),
// read through analyzePage and judged by mergeAccounts: never official by their place alone, official by their handle
// or by the desk the sentence names. Synthetic pages written for these tests.
import { describe, expect, it } from 'vitest';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';

const URL = 'https://www.vallorne.test/';
const TARGET = { domain: 'www.cycles-de-la-gare.test', brandName: 'Vallorne Vélos' };

function socials(body: string): string[] {
  return analyzePage(`<html><body>${body}</body></html>`, URL).facts.socials.map((f) => `${f.platform}:${f.handle}/${f.how}/${f.placement}/${f.snippet}`);
}

function accounts(body: string): [string, boolean, string | undefined][] {
  const { facts } = analyzePage(`<html><body>${body}</body></html>`, URL);
  return mergeAccounts([{ url: URL, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts }], TARGET).map((a) => [`${a.platform}:${a.handle}`, a.official, a.reason?.code]);
}

const FOOTER = '<footer><h2>Suivez-nous</h2><a href="https://www.instagram.com/vallornevelos/">Instagram</a> <a href="https://x.com/vallornevelos">X</a>';

describe('mentions in the running text', () => {
  it('reads a handle after a network’s name, in a strong tag too, without the sentence’s stop (fr, nl, pl, de, es)', () => {
    expect(socials('<p>Les journalistes peuvent suivre nos annonces sur X : @Vallorne_Medias.</p>')).toEqual(['x:vallorne_medias/mention/body/@Vallorne_Medias']);
    expect(socials('<p>Onze serviceafdeling is bereikbaar via een bericht op X: <strong>@VallorneHulp</strong>. Ook op zaterdag.</p>')).toEqual([
      'x:vallornehulp/mention/body/@VallorneHulp',
    ]);
    expect(socials('<p>Nasz zespół odpowiada także w wiadomościach na X: @Vallorne_Pomoc (pn.–pt.).</p>')).toEqual(['x:vallorne_pomoc/mention/body/@Vallorne_Pomoc']);
    expect(socials('<p>Werkstatt-Videos zeigen wir auf Instagram unter @vallorne.werkstatt.</p>')).toEqual(['instagram:vallorne.werkstatt/mention/body/@vallorne.werkstatt']);
    expect(socials('<p>Más rutas cada día en el Instagram de la guía, @rutas_vallorne. Gracias.</p>')).toEqual(['instagram:rutas_vallorne/mention/body/@rutas_vallorne']);
  });

  it('reads a network’s name opening a longer word (cs, nl, de), never "Instant" or "threadsafe"', () => {
    expect(socials('<p>Volné termíny zveřejňujeme na samostatném instagramovém účtu <strong>@vallorne.prohlidky</strong>.</p>')).toEqual([
      'instagram:vallorne.prohlidky/mention/body/@vallorne.prohlidky',
    ]);
    expect(socials('<p>Vacatures delen we ook via ons Instagramaccount @vallorne_werkt.</p>')).toEqual(['instagram:vallorne_werkt/mention/body/@vallorne_werkt']);
    expect(socials('<p>Störungen melden wir über unser Twitterkonto @VallorneStatus.</p>')).toEqual(['x:vallornestatus/mention/body/@VallorneStatus']);
    expect(socials('<p>Instant replies from our team: @vallorne_help</p>')).toEqual([]);
    expect(socials('<p>Our threadsafe client by @vallorne_dev</p>')).toEqual([]);
  });

  it('leaves a bare @name, an e-mail address, a handle too long for X, a linked account and a script alone', () => {
    expect(socials('<blockquote>Best bike I ever had. Thank you @VallorneVelos! — Sue (@sue_rides)</blockquote>')).toEqual([]);
    expect(socials('<p>Écrivez-nous sur X ou à contact@vallorne.test.</p>')).toEqual([]);
    expect(socials('<p>Suivez-nous sur X : @VallorneVelosOfficiel.</p>')).toEqual([]);
    expect(socials('<p>Sur X : <a href="https://x.com/vallornevelos">@VallorneVelos</a>, et encore sur X : @VallorneVelos.</p>')).toEqual(['x:vallornevelos/link/body/@VallorneVelos']);
    expect(socials('<script>var s = "Follow on X: @vallorne_js";</script>')).toEqual([]);
  });
});

describe('mergeAccounts on accounts named without a link', () => {
  it('makes a footer note’s help desk official by its handle or the desk it names, not by its place', () => {
    const got = accounts(
      `${FOOTER}<p>Une question ? Réponse en semaine sur X : @Vallorne_Help.</p>` +
        '<p>Nos amis de l’atelier de la gare sont sur Instagram : @atelier.gare.</p></footer>',
    );
    expect(got).toContainEqual(['x:vallorne_help', true, 'site.account.desk-handle']);
    expect(got).toContainEqual(['instagram:atelier.gare', false, 'site.account.unrelated-link']);
  });

  it('makes a press account on the brand’s word official as a desk (press words)', () => {
    const got = accounts(`${FOOTER}<p>Les journalistes peuvent aussi suivre nos annonces sur X : @Vallorne_Presse.</p></footer>`);
    expect(got).toContainEqual(['x:vallorne_presse', true, 'site.account.desk-handle']);
  });

  it('reads a desk the sentence names in the first person, whatever its handle', () => {
    const got = accounts(`${FOOTER}<p>Nasz zespół obsługi klienta odpowiada także na X: @Pomoc_Rowery.</p></footer>`);
    expect(got).toContainEqual(['x:pomoc_rowery', true, 'site.account.own-desk']);
  });

  it('reads a handle up to 100 characters after the network\'s name in its sentence, not past a stop', () => {
    expect(socials('<p>Szybciej odpowiadamy na X – pytania o zamówienia i dostawy kieruj do naszego zespołu obsługi klienta: @vallorne_pomoc.</p>')).toEqual([
      'x:vallorne_pomoc/mention/body/@vallorne_pomoc',
    ]);
    expect(socials('<p>Nous sommes sur X. Pour toute question sur les commandes, les retours et les livraisons, écrivez à @vallorne_sav.</p>')).toEqual([]);
  });
});

describe('a handle after a verb naming the network', () => {
  it('reads "tweet @…" and "tweet us at @…" as X mentions (en, fr, es)', () => {
    expect(socials('<p>Partners can email us or tweet @VallorneTrade, which replies within a day.</p>')).toEqual(['x:vallornetrade/mention/body/@VallorneTrade']);
    expect(socials('<p>Damaged? Tweet us at @VallorneHelp with your order number.</p>')).toEqual(['x:vallornehelp/mention/body/@VallorneHelp']);
    expect(socials('<p>Une question ? Tweetez-nous à @Vallorne_SAV.</p>')).toEqual(['x:vallorne_sav/mention/body/@Vallorne_SAV']);
    expect(socials('<p>¿Dudas? Tuitéanos a @VallorneAyuda.</p>')).toEqual(['x:vallorneayuda/mention/body/@VallorneAyuda']);
  });

  it('leaves a past tweet and a credited tweet alone', () => {
    expect(socials('<p>Jo tweeted @claybodylab for the recipe.</p>')).toEqual([]);
    expect(socials('<blockquote><p>“Lovely bike.” — from a tweet by @jo_rides.</p></blockquote>')).toEqual([]);
  });
});

describe('a handle whose network only the sentence before names', () => {
  it('reads it as that network, a guess, only after a preposition and with no network in its own sentence', () => {
    const got = analyzePage('<html><body><p>Follow us on X at <a href="https://x.com/vallornevelos">@vallornevelos</a>. Outages are posted on @VallorneStatus.</p></body></html>', URL).facts.socials;
    expect(got.find((f) => f.handle === 'vallornestatus')).toMatchObject({ platform: 'x', how: 'mention', guessed: true });
    expect(socials('<p>We post billing news on X too. Direct Debits are collected by @flowpay_hq.</p>')).toEqual([]);
    expect(socials('<p>Afsluitingen staan op @gemeente_rijn. Stroomstoringen meldt @netbeheer_storing.</p>')).toEqual([]);
  });

  it("keeps it only as a desk built on the brand's word beside an official handle on that network", () => {
    const got = accounts(
      `${FOOTER}</footer><p>Follow us on X at <a href="https://x.com/vallornevelos">@vallornevelos</a>. Outages are posted on @VallorneStatus.</p>` +
        '<p>Photos from the workshop go up on Instagram. Road closures are posted on @rocade_info, and repairs on @vallorne_fans.</p>' +
        '<p>Nos vidéos sont sur YouTube. Le suivi des travaux est sur @VallorneStatus2.</p>',
    );
    expect(got).toContainEqual(['x:vallornestatus', true, 'site.account.desk-handle']);
    expect(got.map(([k]) => k)).not.toContain('instagram:rocade_info');
    expect(got.map(([k]) => k)).not.toContain('instagram:vallorne_fans');
    // No official YouTube channel is built on the brand's word: the guess is dropped.
    expect(got.map(([k]) => k)).not.toContain('youtube:vallornestatus2');
  });
});

describe('a handle written to by direct message, no network named', () => {
  it('reads it as X, a guess, after a verb of writing and before the direct message', () => {
    const got = analyzePage('<html><body><p>Periodistas: completen el formulario o escriban a @VallornePrensa por mensaje directo.</p></body></html>', URL).facts.socials;
    expect(got.find((f) => f.handle === 'vallorneprensa')).toMatchObject({ platform: 'x', how: 'mention', guessed: true });
    expect(analyzePage('<html><body><p>Journalists can write to @VallornePress by DM.</p></body></html>', URL).facts.socials).toMatchObject([{ handle: 'vallornepress', guessed: true }]);
    expect(socials('<p>Escriban a @VallornePrensa para acreditarse.</p>')).toEqual([]);
  });

  it("keeps it as a desk on the brand's word when an official X handle holds that word after a generic one", () => {
    const footer = '<footer><h2>Síguenos</h2><a href="https://www.instagram.com/vallornevelos/">Instagram</a> <a href="https://x.com/clubvallorne">X</a></footer>';
    const got = accounts(`${footer}<p>Periodistas: escriban a @VallornePrensa por mensaje directo.</p><p>Socios: escriban a @rocade_info por mensaje directo.</p>`);
    expect(got).toContainEqual(['x:vallorneprensa', true, 'site.account.desk-handle']);
    expect(got.map(([k]) => k)).not.toContain('x:rocade_info');
  });
});
