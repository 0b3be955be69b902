// Accounts a page disowns in its own words (src/collect/site/disowned.ts): parodies, impostors and fan accounts
// named beside a disclaimer in en, fr, de, es, it, and the brand's own account kept beside it. Synthetic pages written
// for these tests.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../src/collect/site/analyze.js';

const URL = 'https://www.valmont.test/';

/** The handles a page's social links are found disowned on. */
function disowned(body: string): string[] {
  return analyzePage(`<html><body><main>${body}</main></body></html>`, URL)
    .facts.socials.filter((f) => f.disowned)
    .map((f) => f.handle);
}

const x = (handle: string): string => `<a href="https://x.com/${handle}">@${handle}</a>`;
const ig = (handle: string): string => `<a href="https://www.instagram.com/${handle}/">${handle}</a>`;

describe('disowned accounts', () => {
  it("reads a disclaimer as about the account in its own sentence, not a link of the sentence before (round 33)", () => {
    // The careers account of the first sentence stays the brand's; the alumni group's, in the disclaiming one, is not.
    expect(disowned(`<p>See what happens on campus on ${ig('lifeatvalmont')}. Graduates run a circle of their own (not managed by Valmont): ${ig('valmont.alumni')}.</p>`)).toEqual(['valmont.alumni']);
    // A disclaimer without a link of its own still speaks of the account the next sentence names.
    expect(disowned(`<p>La tienda de la plaza lleva nuestro nombre, pero no la gestionamos nosotros. Su cuenta es ${ig('tiendavalmont')}.</p>`)).toEqual(['tiendavalmont']);
  });

  it('reads Dutch disclaimers: "een onofficiële bot", "wordt niet door Valmont beheerd" (nl)', () => {
    expect(disowned(`<p>Let op: ${x('valmont_storing')} is een onofficiële bot.</p>`)).toEqual(['valmont_storing']);
    expect(disowned(`<p>Het account ${x('valmont_melding')} wordt niet door Valmont beheerd.</p>`)).toEqual(['valmont_melding']);
  });

  it('reads a list the line before it disowns, not an item claiming its own account, nor a list after another line', () => {
    const list = (intro: string): string[] =>
      disowned(`<p>${intro}</p><ul><li>De vereniging Valmontvrienden houdt de geschiedenis van ons net bij op ${ig('valmontvrienden')}.</li><li>De provincie beantwoordt vragen op ${x('provincie_lv')}.</li><li>Dit is ons enige account: ${x('valmont_help')}.</li></ul>`);
    expect(list('De volgende accounts worden niet door Valmont beheerd:')).toEqual(['valmontvrienden', 'provincie_lv']);
    expect(list('Die folgenden Angebote werden nicht von der Valmont GmbH betrieben:')).toEqual(['valmontvrienden', 'provincie_lv']);
    expect(list('Hier vind je ons en onze partners:')).toEqual([]);
  });

  it('reads a parody account "that has nothing to do with us" (en)', () => {
    expect(disowned(`<p>Heads up: ${x('notvalmont')} is a parody account and has nothing to do with us.</p>`)).toEqual(['notvalmont']);
  });

  it('reads "steht in keiner Verbindung zu unserer Redaktion" (de)', () => {
    expect(disowned(`<p>Hinweis: Der Account „Valmont Satire“ (${x('valmont_fake')}) steht in keiner Verbindung zu unserer Redaktion.</p>`)).toEqual(['valmont_fake']);
  });

  it('reads "pero no es oficial" (es) and "n’a rien à voir avec nous" (fr)', () => {
    expect(disowned(`<p>Ojo: la cuenta ${ig('valmont.memes')} la lleva un grupo de socios, pero no es oficial.</p>`)).toEqual(['valmont.memes']);
    expect(disowned(`<p>Le compte ${ig('valmont.bons.plans')} n’a rien à voir avec nous.</p>`)).toEqual(['valmont.bons.plans']);
  });

  it('reads "NON è nostro" (it) and keeps the only true account named in the next sentence', () => {
    const page = `<p>Attenzione alle truffe: il profilo ${ig('valmont_supporto_ufficiale')} su Instagram NON è nostro. L'unico account di assistenza è ${x('aiuto_valmont')}.</p>`;
    expect(disowned(page)).toEqual(['valmont_supporto_ufficiale']);
  });

  it('reads a warning that a profile posing as the brand is "not us" (de, en, fr, es, it, nl)', () => {
    expect(disowned(`<p>Derzeit schreibt das Profil ${ig('valmont.gewinnspiel')} Leute an und verlangt Gebühren. Das sind nicht wir – bitte melden.</p>`)).toEqual(['valmont.gewinnspiel']);
    expect(disowned(`<p>The profile ${ig('valmont.giveaway')} is messaging people about prizes. That's not us.</p>`)).toEqual(['valmont.giveaway']);
    expect(disowned(`<p>Le profil ${ig('valmont.concours')} vous demande des frais : ce n'est pas nous.</p>`)).toEqual(['valmont.concours']);
    expect(disowned(`<p>El perfil ${ig('valmont.sorteos')} pide datos bancarios. No somos nosotros.</p>`)).toEqual(['valmont.sorteos']);
    expect(disowned(`<p>Il profilo ${ig('valmont.premi')} chiede soldi: non siamo noi.</p>`)).toEqual(['valmont.premi']);
    expect(disowned(`<p>Het profiel ${ig('valmont.winactie')} vraagt om betaling. Dat zijn wij niet.</p>`)).toEqual(['valmont.winactie']);
  });

  it('reads a namesake card\'s bio over its row of icons, not a row after a paragraph that links an impostor', () => {
    const card = (bio: string): string[] =>
      disowned(`<div class="card"><h3>Les Valmont</h3><p>${bio}</p><div class="social">${ig('lesvalmont.officiel')}${x('lesvalmont')}</div></div>`);
    expect(card('Aucun lien avec le festival, malgré le nom ! Quatre guitaristes de Fécamp.')).toEqual(['lesvalmont.officiel', 'lesvalmont']);
    expect(card('No connection with the festival, despite the name.')).toEqual(['lesvalmont.officiel', 'lesvalmont']);
    expect(card('Quatre guitaristes de Fécamp, fidèles du festival depuis dix ans.')).toEqual([]);
    // A disclaimer naming the impostor links it: the icons after it are the brand's own.
    expect(disowned(`<p>Attention : ${ig('valmont_fake')} n'a rien à voir avec nous.</p><div class="social">${ig('valmont')}${x('valmont')}</div>`)).toEqual(['valmont_fake']);
  });

  it('reads accounts run by the students or volunteers (pt, en, fr, de, es), not by "our team"', () => {
    expect(disowned(`<p>Redes da AE (geridas pelos estudantes): ${ig('ae.valmont')} · ${x('aevalmont')}</p>`)).toEqual(['ae.valmont', 'aevalmont']);
    expect(disowned(`<p>Students' Union channels (run by the students): ${x('valmont_su')}</p>`)).toEqual(['valmont_su']);
    expect(disowned(`<p>Le compte du BDE, géré par les étudiants : ${ig('bde.valmont')}</p>`)).toEqual(['bde.valmont']);
    expect(disowned(`<p>Der Kanal wird von den Studierenden betrieben: ${ig('asta.valmont')}</p>`)).toEqual(['asta.valmont']);
    expect(disowned(`<p>Cuenta gestionada por los voluntarios: ${ig('valmont.voluntariado')}</p>`)).toEqual(['valmont.voluntariado']);
    expect(disowned(`<p>Redes do Gabinete (geridas pela nossa equipa): ${ig('valmont.carreiras')}</p>`)).toEqual([]);
  });

  it('reads a sister brand and "follow them" in the link\'s own sentence only, not a handle on the site\'s name', () => {
    const footer = `<p>Valmont AB ingår i Nordgren Group. Vårt systervarumärke Hälla gör kök — följ dem på ${ig('hallakok')}. Vår verkstad har ett eget konto: ${ig('valmont.verkstad')}.</p>`;
    expect(disowned(footer)).toEqual(['hallakok']);
    expect(disowned(`<p>Camp kitchens by our sister brand Hälla: ${ig('hallakok')} · ${x('hallakok')}.</p>`)).toEqual(['hallakok', 'hallakok']);
    expect(disowned(`<p>Unsere Schwestermarke Hälla baut Kocher: ${ig('hallakok')}.</p>`)).toEqual(['hallakok']);
    expect(disowned(`<p>This episode is brought to you by Ledgerly. Say hi to them at ${x('ledgerlyapp')}.</p>`)).toEqual(['ledgerlyapp']);
    // The club's own women's team, "seguile su": a handle built on the site's name.
    expect(disowned(`<p>Scopri la rosa della Valmont Women e seguile su ${ig('valmont.women')}.</p>`)).toEqual([]);
    expect(disowned(`<p>Follow them on our ${ig('valmontriders')} page, and follow us too.</p>`)).toEqual([]);
  });

  it("keeps the brand's own accounts where nothing is disowned", () => {
    expect(disowned(`<p>Il nostro podcast ha un profilo dedicato: ${ig('valmont.podcast')}. Seguici anche su ${x('valmont')}.</p>`)).toEqual([]);
    expect(disowned(`<p>Nothing beats a summer evening on our terrace — follow ${x('valmont')} for the menus.</p>`)).toEqual([]);
    expect(disowned(`<p>Our parody sketches of the week are not to be missed: watch them on ${x('valmont')}.</p>`)).toEqual([]);
  });

  it('reads a place\'s line of links under a paragraph saying someone else operates it, not one run by the brand', () => {
    const card = (text: string): string[] =>
      disowned(`<article><h3>Hotel Valmont Playa</h3><p>${text}</p><p class="social">Redes del hotel: ${ig('valmont.playa')} · ${x('valmontplaya')}</p></article>`);
    expect(card('Explotado por Costa Hoteles S.L. bajo licencia.')).toEqual(['valmont.playa', 'valmontplaya']);
    expect(card('Fourteen rooms. Operated by Coastline Leisure Ltd under licence.')).toEqual(['valmont.playa', 'valmontplaya']);
    expect(card('Gestionado por nuestro propio equipo desde 2011.')).toEqual([]);
    expect(card('Run by our own team since 2011.')).toEqual([]);
    // Only the paragraph just before the line: a shop list's introduction two elements up is not the card's.
    expect(disowned(`<p>Notre boutique est tenue par la maison ; les autres sont franchisées.</p><ul><li>Annecy</li></ul><div class="social"><h3>Suivez-nous</h3>${ig('valmont')}</div>`)).toEqual([]);
  });
});
