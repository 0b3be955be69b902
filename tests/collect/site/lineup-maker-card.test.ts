// An act's card on a line-up and a maker's "Name — Town" card in a shop's grid (src/collect/site/lineup-card.ts,
// maker-card.ts): their links are the act's and the maker's when the handle spells the card's name, while the brand's own
// stages, radio, workshop and shops in the same card shape stay its own. Synthetic cards written for these tests.
import { describe, expect, it } from 'vitest';
import { handleSpellsName } from '../../../src/collect/site/heading-spelt.js';
import { onLineupCard } from '../../../src/collect/site/lineup-card.js';
import { onMakerCard } from '../../../src/collect/site/maker-card.js';

const FESTIVAL = { domain: 'www.harbourlightfest.test', brandName: 'Harbourlight Festival' };
const SHOP = { domain: 'www.panier-comtois.test', brandName: 'Le Panier Comtois' };
const card = (heading: string, line: string, links = 'Instagram X') => ({ heading, context: `${heading} ${line} ${links}` });

describe('handleSpellsName', () => {
  it('spells the name with or without its article, "&" as a word, a word or a town after it, or a letter short', () => {
    expect(handleSpellsName('themarrowpines', 'The Marrow Pines')).toBe(true);
    expect(handleSpellsName('marrowpines', 'The Marrow Pines')).toBe(true);
    expect(handleSpellsName('saltandhollow', 'Salt & Hollow')).toBe(true);
    expect(handleSpellsName('harbourghostsband', 'Harbour Ghosts')).toBe(true);
    expect(handleSpellsName('fermedugrandbois.levier', 'Ferme du Grand Bois')).toBe(true);
    expect(handleSpellsName('gaecdesepicea', 'GAEC des Épicéas')).toBe(true);
  });

  it('does not take a part of the name, or another name, for it', () => {
    expect(handleSpellsName('harbour', 'Harbour Ghosts')).toBe(false);
    expect(handleSpellsName('lightkeepersclub', 'Tidewrack Brass')).toBe(false);
  });
});

describe('onLineupCard', () => {
  it("reads an act's card with a stage, or a day and a set time, as the act's", () => {
    expect(onLineupCard(card('Harbour Ghosts', 'Friday · The Lantern Tent · 22:15'), 'harbourghosts', FESTIVAL)).toBe(true);
    expect(onLineupCard(card('Salt & Hollow', 'Saturday 23:00'), 'saltandhollow', FESTIVAL)).toBe(true);
  });

  it("leaves the festival's stages and radio, a recurring show and a card whose handle spells another name alone", () => {
    expect(onLineupCard(card('Our Quayside Stage', "The festival's main stage."), 'harbourlight.quayside', FESTIVAL)).toBe(false);
    expect(onLineupCard(card('Harbourlight Radio', 'Live from the Quayside Stage all weekend.'), 'harbourlightradio', FESTIVAL)).toBe(false);
    expect(onLineupCard(card('Weinbergfunk', 'Jeden Donnerstag um 20:00 als Podcast.'), 'weinbergfunk', FESTIVAL)).toBe(false);
    expect(onLineupCard(card('Harbour Ghosts', 'Friday · Quayside Stage'), 'hlightfest', FESTIVAL)).toBe(false);
  });
});

describe('onLineupCard, the hour written as programmes print it', () => {
  const PENA = { domain: 'www.festivalpenadelcerro.test', brandName: 'Festival Peña del Cerro' };
  const CAVEAU = { domain: 'www.caveau-saint-roch.test', brandName: 'Le Caveau Saint-Roch' };

  it('reads a day with "22 h", "21 hs" or "21 h 30" as an act\'s slot', () => {
    expect(onLineupCard(card('Orquesta El Andariego', 'Jueves 12 · 22 h · Salón Mayor'), 'orquestaelandariego', PENA)).toBe(true);
    expect(onLineupCard(card('Orquesta Típica Vallejos', 'Viernes 13 · 21 hs · Patio de la Peña'), 'orquestatipicavallejos', PENA)).toBe(true);
    expect(onLineupCard(card('Trio Maëlle Garnier', 'Vendredi 8 · 21 h 30 · Grande salle'), 'triomaellegarnier', CAVEAU)).toBe(true);
  });

  it("leaves the brand's own programme, a recurring slot and a place's opening hours alone", () => {
    expect(onLineupCard(card('Peña del Cerro Joven', 'Sábado 14 · 19 h · Patio de la Peña'), 'penadelcerrojoven', PENA)).toBe(false);
    expect(onLineupCard(card('Nuestra milonga de cierre', 'Domingo 15 · 20 h · Salón Mayor'), 'penadelcerro.milonga', PENA)).toBe(false);
    expect(onLineupCard(card('La scène ouverte', 'Chaque mardi · 20 h · Petite salle'), 'lasceneouverte', CAVEAU)).toBe(false);
    expect(onLineupCard(card('Ludothèque La Toupie', 'mer 14h–17h30, soirées jeux le dernier mercredi'), 'ludothequelatoupie', CAVEAU)).toBe(false);
  });
});

describe('onMakerCard', () => {
  it('reads a maker\'s "Name — Town" card as the maker\'s, even with the shop\'s word in its name', () => {
    expect(onMakerCard(card('Fromagerie Vuillemin — Mouthe', 'Comté 18 et 24 mois.'), 'fromagerievuillemin', SHOP)).toBe(true);
    expect(onMakerCard(card('Salaisons Comtoises Bérod — Morteau', 'Saucisses fumées.'), 'salaisons.comtoises.berod', SHOP)).toBe(true);
    expect(onMakerCard(card('GAEC des Épicéas — Chapelle-des-Bois', 'Lait à comté.'), 'gaecdesepicea', SHOP)).toBe(true);
  });

  it("leaves the shop's own workshop and shop cards and a heading without a town alone", () => {
    expect(onMakerCard(card("L'Atelier du Panier — Pontarlier", 'Notre atelier de découpe.'), 'atelierdupanier.comtois', SHOP)).toBe(false);
    expect(onMakerCard(card('Le Panier Comtois — Morteau', 'Ouverte du mardi au samedi.'), 'paniercomtois.morteau', SHOP)).toBe(false);
    expect(onMakerCard(card('Fromagerie Vuillemin', 'Comté 18 et 24 mois.'), 'fromagerievuillemin', SHOP)).toBe(false);
  });
});
