// A shop's card saying a licensed or franchise partner runs it on its own (src/collect/site/licensed-partner.ts, read by
// separate-body.ts for disowned.ts). Synthetic pages written for these tests.
import { describe, expect, it } from 'vitest';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { licensedPartnerNote } from '../../../src/collect/site/licensed-partner.js';
import { foldText } from '../../../src/collect/site/text.js';

const URL = 'https://www.copperkettle.test/stores/';
const TARGET = { domain: 'copperkettle.test', brandName: 'Copper Kettle' };

const says = (note: string) => licensedPartnerNote(foldText(note));

function judged(body: string): Record<string, boolean> {
  const { facts } = analyzePage(`<html><body>${body}</body></html>`, URL);
  return Object.fromEntries(
    mergeAccounts([{ url: URL, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts }], TARGET).map((a) => [`${a.platform}:${a.handle}`, a.official]),
  );
}

const card = (name: string, note: string, handle: string) =>
  `<li class="store-card"><h3>${name}</h3><p class="store-card__town">Town centre</p><p class="store-card__note">${note}</p><div class="store-card__socials"><a href="https://www.instagram.com/${handle}/">Instagram @${handle}</a></div></li>`;

describe('licensedPartnerNote', () => {
  it('reads a licensed or franchise partner running the place, in en, fr, de, es', () => {
    expect(says('Independently operated by our licensed partner.')).toBe(true);
    expect(says('Run by our franchise partner, Manila Fold Inc.')).toBe(true);
    expect(says('Operated independently by Kasane Foods K.K.')).toBe(true);
    expect(says('Independently owned and operated by Pearl Coast LLC.')).toBe(true);
    expect(says('An independently operated franchise.')).toBe(true);
    expect(says('Boutique exploitée par notre partenaire franchisé.')).toBe(true);
    expect(says('Exploitée de manière indépendante par SAS Gourmandises du Nord.')).toBe(true);
    expect(says('Wird von unserem Lizenzpartner betrieben.')).toBe(true);
    expect(says('Unabhängig betrieben von der Kessel Nord GmbH.')).toBe(true);
    expect(says('Operado por nuestro socio franquiciado en Lima.')).toBe(true);
    expect(says('Gestionada de forma independiente por Cafés Andinos S.A.C.')).toBe(true);
  });

  it("leaves the brand's own stores and its own independence to it", () => {
    expect(says('Our flagship. Operated by our own team since 2012.')).toBe(false);
    expect(says('Company-run: our training kitchen is here.')).toBe(false);
    expect(says('Run by our store team, open until midnight.')).toBe(false);
    expect(says('We are an independently owned family business since 1952.')).toBe(false);
    expect(says('Independently run by us since 1998.')).toBe(false);
    expect(says('Become a franchise partner: we answer on LinkedIn.')).toBe(false);
    expect(says('Werden Sie Franchisepartner!')).toBe(false);
    expect(says('Gérée par notre équipe depuis 2015.')).toBe(false);
  });
});

describe("licensed partners' cards in the markup of the company-run stores", () => {
  it("leaves the partners' accounts out, the company-run stores' and the brand's official", () => {
    const body = `<main><ul class="store-grid">${card('Copper Kettle Leeds', 'Operated by our own team since 2012.', 'copperkettle.leeds')}${card('Copper Kettle Ireland', 'Independently operated by our licensed partner.', 'copperkettle.ie')}${card('Copper Kettle York', 'Run by our store team.', 'copperkettle.york')}${card('Copper Kettle Canada', 'Operated independently by Maple Kettle Inc.', 'copperkettle.ca')}</ul></main>
      <footer><h2>Follow Copper Kettle</h2><ul><li><a href="https://www.instagram.com/copperkettle/">Instagram</a></li><li><a href="https://www.facebook.com/copperkettle">Facebook</a></li></ul></footer>`;
    const verdicts = judged(body);
    expect(verdicts['instagram:copperkettle.ie']).toBe(false);
    expect(verdicts['instagram:copperkettle.ca']).toBe(false);
    expect(verdicts['instagram:copperkettle.leeds']).toBe(true);
    expect(verdicts['instagram:copperkettle.york']).toBe(true);
    expect(verdicts['instagram:copperkettle']).toBe(true);
  });

  it("keeps the brand's regional page linked in a paragraph that then says franchisees manage their own pages", () => {
    const body = `<main><ul class="store-grid">${card('Copper Kettle Leeds', 'Operated by our own team since 2012.', 'copperkettle.leeds')}${card('Copper Kettle Ireland', 'Independently operated by our licensed partner.', 'copperkettle.ie')}</ul>
      <div class="regional-note"><p><strong>Regional pages.</strong> Our northern team posts openings on the official <a href="https://www.facebook.com/copperkettlenorth">Copper Kettle North</a> page. Franchise-run stores may keep their own pages, which are managed by the franchisee and not by us.</p></div></main>
      <footer><h2>Follow Copper Kettle</h2><ul><li><a href="https://www.instagram.com/copperkettle/">Instagram</a></li><li><a href="https://www.facebook.com/copperkettle">Facebook</a></li></ul></footer>`;
    const verdicts = judged(body);
    expect(verdicts['facebook:copperkettlenorth']).toBe(true);
    expect(verdicts['instagram:copperkettle.ie']).toBe(false);
  });
});
