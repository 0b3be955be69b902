// A handle named before its network in Portuguese and Turkish (text-mentions.ts), the words after it saying whose the
// account is (own-handle-after.ts, read by own-desk.ts), and a Portuguese desk after its article (desk-subject.ts).
// Synthetic sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { ownedAfterHandle } from '../../../src/collect/site/own-handle-after.js';
import { namesDeskSubject } from '../../../src/collect/site/desk-subject.js';
import { saysOwnDesk } from '../../../src/collect/site/own-desk.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';

const mentioned = (text: string): string[] =>
  analyzePage(`<html><body><main><p>${text}</p></main></body></html>`, 'https://www.example.test/').facts.socials.map((s) => `${s.platform}:${s.handle}`);

describe('handles named before their network', () => {
  it('reads "@… no X" and the Turkish postpositions and case endings', () => {
    expect(mentioned('Fale com a gente pelo <strong>@lojasabia</strong> no X, de segunda a sábado.')).toEqual(['x:lojasabia']);
    expect(mentioned('İade sorularınız için @KDDestek hesabımıza X üzerinden yazabilirsiniz.')).toEqual(['x:kddestek']);
    expect(mentioned("Kargo için @kd_kargo hesabımıza X'ten ulaşın.")).toEqual(['x:kd_kargo']);
    expect(mentioned("Fotoğraflar @kd.foto hesabımızda, Instagram'da.")).toEqual([]);
  });
});

describe('ownedAfterHandle', () => {
  it('reads "our account" after the handle', () => {
    expect(ownedAfterHandle(' hesabımıza X üzerinden yazabilirsiniz.')).toBe(true);
    expect(ownedAfterHandle(' no X — é o perfil oficial do nosso atendimento.')).toBe(true);
    expect(ownedAfterHandle(' on X, which is our help team’s account.')).toBe(true);
    expect(ownedAfterHandle(' en X: es la cuenta oficial de nuestro servicio de atención.')).toBe(true);
  });

  it("leaves someone else's account, and an official account not said to be the brand's", () => {
    expect(ownedAfterHandle(' hesabından Instagram üzerinden takip edin.')).toBe(false);
    expect(ownedAfterHandle(' no X — é o perfil oficial da Anvisa.')).toBe(false);
    expect(ownedAfterHandle(' on X, the official account of the port authority.')).toBe(false);
  });

  it('makes the desk official through own-desk, unless a person is introduced', () => {
    const context = 'Bilet sorularınız için @KDDestek hesabımıza X üzerinden yazabilirsiniz.';
    expect(saysOwnDesk({ snippet: '@KDDestek', context, how: 'mention' })).toBe(true);
    expect(saysOwnDesk({ snippet: '@kaptanmert', context: 'Kaptanımız Mert Aydın paylaşımları için @kaptanmert hesabından Instagram üzerinden takip edin.', how: 'mention' })).toBe(false);
  });
});

describe('namesDeskSubject, Portuguese', () => {
  it('reads a desk after its article, a label before it', () => {
    expect(namesDeskSubject('Jornalistas: a assessoria de imprensa atende pelo ')).toBe(true);
    expect(namesDeskSubject('A equipe de atendimento responde no X pelo ')).toBe(true);
  });

  it("leaves another body's desk alone", () => {
    expect(namesDeskSubject('A assessoria da Prefeitura responde pelo ')).toBe(false);
    expect(namesDeskSubject('A Anvisa publica alertas pelo ')).toBe(false);
  });
});
