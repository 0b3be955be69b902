// Help, booking and status desks given to customers by the brand's short name and a desk word (service-handle.ts), read
// on their own, through a page's running text, and on the page-set sites written for them, whose near misses — a
// partner's booking desk, a tourist office's and a carrier's help desks, a guide's own account on the brand's initials,
// named in the same shape of sentence — stay others'.
import { describe, expect, it } from 'vitest';
import { discover } from '../../../src/collect/site/accuracy.js';
import { namesServiceDesk, serviceDeskHandle } from '../../../src/collect/site/service-handle.js';
import { loadPageSet } from '../../../scripts/page-set.mjs';

const cruises = { domain: 'rabelodouro.test', brandName: 'Rabelo Douro Cruzeiros' };
const vidya = { domain: 'vidyatek.test', brandName: 'VidyaTek' };

describe('service desks named by their handles', () => {
  it("reads a handle made of the brand's short name and a desk word, a country code after it", () => {
    expect(serviceDeskHandle('rdc_reservas', cruises)).toBe(true);
    expect(serviceDeskHandle('RDCApoio', cruises)).toBe(true);
    expect(serviceDeskHandle('rdc_bilhetes_pt', cruises)).toBe(true);
    expect(serviceDeskHandle('vtk_support', vidya)).toBe(true);
    expect(serviceDeskHandle('vnt_reservas', cruises)).toBe(false);
    expect(serviceDeskHandle('portotur_apoio', cruises)).toBe(false);
    expect(serviceDeskHandle('rdc_joana', cruises)).toBe(false);
    expect(serviceDeskHandle('rabelodouro', cruises)).toBe(false);
  });

  it('reads it only in a sentence asking to be written to there or speaking of questions or bookings, naming no partner', () => {
    const ask = (context: string): boolean => namesServiceDesk({ snippet: '@rdc_reservas', context }, 'rdc_reservas', cruises);
    expect(ask('Dúvidas rápidas sobre lugares e horários? Envie uma DM para @rdc_reservas no X; respondemos no próprio dia.')).toBe(true);
    expect(ask('For quick questions on availability you can also DM @rdc_reservas on X.')).toBe(true);
    expect(ask('Os transferes são feitos pela nossa parceira Via Norte: escreva para @rdc_reservas no X.')).toBe(false);
    expect(ask('Fotografias do cais em @rdc_reservas.')).toBe(false);
  });

  it("reads the initials of the name as its domain spells it, without the kind word or article it opens with", () => {
    expect(serviceDeskHandle('BdO_service', { domain: 'bullesdorage.test', brandName: "Éditions Bulles d'Orage" })).toBe(true);
    expect(serviceDeskHandle('sv_ayuda', { domain: 'sonrisaviva.test', brandName: 'Clínica Dental Sonrisa Viva' })).toBe(true);
    expect(serviceDeskHandle('omb_help', { domain: 'oldmillbakery.test', brandName: 'The Old Mill Bakery' })).toBe(true);
    expect(serviceDeskHandle('segdent_ayuda', { domain: 'sonrisaviva.test', brandName: 'Clínica Dental Sonrisa Viva' })).toBe(false);
    // A domain opening with the name's first word adds nothing: "lr" is no short form of Rabelo Douro Cruzeiros.
    expect(serviceDeskHandle('dc_apoio', cruises)).toBe(false);
  });

  it("reads a request to book there, and the desk's own team member as no other body", () => {
    const bakery = { domain: 'oldmillbakery.test', brandName: 'The Old Mill Bakery' };
    const say = (handle: string, context: string): boolean => namesServiceDesk({ snippet: `@${handle}`, context }, handle, bakery);
    expect(say('OMB_Bookings', 'Learn to shape a loaf in three hours. Book a place with @OMB_Bookings on X.')).toBe(true);
    expect(say('omb_help', 'Questions about a catering order? DM @omb_help on X and a member of the team will reply the same day.')).toBe(true);
    expect(say('omb_help', 'Questions? As a member of the Ballarat Traders Guild, DM @omb_help on X.')).toBe(false);
  });

  it('gets the page-set sites written for this class right', () => {
    const ids = ['desk-short-handles-pt', 'desk-initials-kind-de', 'desk-initials-kind-it', 'desk-initials-kind-es', 'desk-initials-kind-en'];
    const sites = loadPageSet().filter((s) => ids.includes(s.id));
    expect(sites.map((s) => s.id).sort()).toEqual([...ids].sort());
    for (const c of sites) {
      const official = discover(c).accounts.filter((a) => a.official && !a.closed).map((a) => `${a.platform}:${a.handle}`).sort();
      expect(official, c.id).toEqual([...c.official].sort());
    }
  });
});
