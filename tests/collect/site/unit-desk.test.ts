// A desk of one of the brand's parts named without "our" (unit-desk.ts, read by own-desk.ts) and a desk of another body
// (body-desk.ts, read by named-body.ts) in the sentence before the link. Synthetic sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { namesUnitDesk } from '../../../src/collect/site/unit-desk.js';
import { saysOwnDesk } from '../../../src/collect/site/own-desk.js';
import { namesOtherBody } from '../../../src/collect/site/named-body.js';

describe('namesUnitDesk', () => {
  it("reads the part's possessive or 'the desk of the part'", () => {
    expect(namesUnitDesk("For renewals, the Library's help desk also answers on X at ")).toBe(true);
    expect(namesUnitDesk("the School's admissions team posts dates on Instagram: ")).toBe(true);
    expect(namesUnitDesk("Pour les prêts, l'équipe de la bibliothèque répond aussi sur X : ")).toBe(true);
    expect(namesUnitDesk('Bei Fragen antwortet das Team der Bibliothek auf X: ')).toBe(true);
  });

  it("leaves a council's, a union's or a person's words alone", () => {
    expect(namesUnitDesk("the council's parking team answers on X at ")).toBe(false);
    expect(namesUnitDesk("the union's advice team on Instagram: ")).toBe(false);
    expect(namesUnitDesk('Ann Hale, the former librarian, posts on X at ')).toBe(false);
  });

  it('makes the desk official through own-desk, unless a partner is named', () => {
    const f = { snippet: '@hc_readroom', context: "For quick questions, the Library's help desk also answers on X at @hc_readroom during term." };
    expect(saysOwnDesk(f)).toBe(true);
    expect(saysOwnDesk({ ...f, context: `Our partner college runs it. ${f.context}` })).toBe(false);
  });
});

describe('namesOtherBody: a body keeping the desk', () => {
  it("reads a council's, a town hall's or a tourist office's desk before the link", () => {
    expect(namesOtherBody({ snippet: '@haldenparking', context: "Parking permits are handled by the town: the council's parking team answers on X at @haldenparking." }, 'Halden College')).toBe(true);
    expect(namesOtherBody({ snippet: '@mairie_valdor', context: "Pour le bus, l'équipe de la mairie répond sur X : @mairie_valdor." }, 'Campus des Trois Vallées')).toBe(true);
    expect(namesOtherBody({ snippet: '@valdor.sejours', context: "Pour le logement, l'équipe de l'office de tourisme publie des annonces sur Instagram : @valdor.sejours." }, 'Campus des Trois Vallées')).toBe(true);
  });

  it("leaves the brand's own desk and a council's own site alone", () => {
    expect(namesOtherBody({ snippet: '@hc_readroom', context: "the Library's help desk answers on X at @hc_readroom." }, 'Halden College')).toBe(false);
    expect(namesOtherBody({ snippet: '@hbc_parking', context: "the council's parking team answers on X at @hbc_parking." }, 'Halden Borough Council')).toBe(false);
  });
});
