// The brand's desk as the subject of the sentence linking to its account, without "our", and the page asking to be
// written to (desk-subject.ts, read by own-desk.ts); a branch's handle of the brand's abbreviation and its town
// (branch-abbreviation.ts, read by unit-title.ts). Synthetic sentences and cards written for these tests.
import { describe, expect, it } from 'vitest';
import { asksToBeWritten, namesDeskSubject } from '../../../src/collect/site/desk-subject.js';
import { saysOwnDesk } from '../../../src/collect/site/own-desk.js';
import { abbreviatesBranch } from '../../../src/collect/site/branch-abbreviation.js';
import { parseSocialUrl } from '../../../src/collect/site/social-url.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { discover } from '../../../src/collect/site/accuracy.js';
import { loadPageSet } from '../../../scripts/page-set.mjs';

describe('namesDeskSubject', () => {
  it('reads a definite desk opening the sentence, or a Polish desk before the link', () => {
    expect(namesDeskSubject('Presseavdelingen legger ut pressemeldinger for media på X: ')).toBe(true);
    expect(namesDeskSubject('Verkstedteamet viser de nye bussene på Instagram: ')).toBe(true);
    expect(namesDeskSubject("L'Oficina d'Atenció al Soci respon a X a ")).toBe(true);
    expect(namesDeskSubject('Το τμήμα κρατήσεων απαντά στο X: ')).toBe(true);
    expect(namesDeskSubject('Awarie zgłaszaj na X do działu obsługi klienta – ')).toBe(true);
    expect(namesDeskSubject("Follow the design team's field tests at ")).toBe(true);
  });

  it("leaves another body's desk and a desk named after someone's genitive alone", () => {
    expect(namesDeskSubject('Follow the team at Launceston Rock Gym at ')).toBe(false);
    expect(namesDeskSubject('W sprawach dróg zespół Urzędu Miasta Olszyn odpowiada na X: ')).toBe(false);
    expect(namesDeskSubject('Το γραφείο του Λιμεναρχείου Νάξου ενημερώνει στο X: ')).toBe(false);
    expect(namesDeskSubject('Fylkeskommunens kundeservice svarer på X: ')).toBe(false);
    expect(namesDeskSubject("Track closures are posted by the Parks and Wildlife Service's track team at ")).toBe(false);
    expect(namesDeskSubject('Vegtrafikksentralen melder om stengte veier på X: ')).toBe(false);
  });

  it('makes the desk official through own-desk, unless a partner is named', () => {
    const f = { snippet: '@fjb_presse', context: 'Presseavdelingen legger ut pressemeldinger for media på X: @fjb_presse.' };
    expect(saysOwnDesk(f)).toBe(true);
    expect(saysOwnDesk({ ...f, context: `Vår partner Vestreiser har egen presse. ${f.context}` })).toBe(false);
  });
});

describe('asksToBeWritten', () => {
  it("reads the page's first person asking to be written to", () => {
    expect(asksToBeWritten('Du kan også skrive til @fjb_kunde på X eller sende oss en melding på Facebook')).toBe(true);
    expect(asksToBeWritten('Στείλτε μας μήνυμα στο X, στο @aph_reception')).toBe(true);
    expect(asksToBeWritten('Mara Lechner zeigt ihre Bilder auf Instagram unter @maralechner.foto')).toBe(false);
  });

  it('reads it in Slavic languages and Icelandic, not "write to them" nor to another body', () => {
    expect(asksToBeWritten('За въпроси относно поръчки пишете ни на @rz_pomosht в X')).toBe(true);
    expect(asksToBeWritten('З питань замовлень пишіть нам на @km_dopomoga в X')).toBe(true);
    expect(asksToBeWritten('Za porudžbine pišite nam na @km_bg_podrska na X-u')).toBe(true);
    expect(asksToBeWritten('Máte dotaz? Napište nám na @pivo_dotazy na X')).toBe(true);
    expect(asksToBeWritten('getur þú sent okkur skilaboð á @hverabla_help á X')).toBe(true);
    expect(asksToBeWritten('якщо посилка затримується, пишіть їм на @shvydko_help в X')).toBe(false);
    expect(asksToBeWritten('pišite upravi pijace na @pijaca_zeleni na X-u')).toBe(false);
  });
});

describe('text mentions: the network named after the handle', () => {
  it('reads "@handle på X" as an X account', () => {
    const html = '<html><body><main><p>Du kan også skrive til <strong>@fjb_kunde på X</strong> eller sende oss en melding.</p><p>Liste: @fjb_liste Instagram</p></main></body></html>';
    const got = analyzePage(html, 'https://www.fjellbuss.test/kontakt/').facts.socials.map((f) => `${f.platform}:${f.handle}`);
    expect(got).toContain('x:fjb_kunde');
    expect(got).not.toContain('instagram:fjb_liste');
  });

  it('reads "@handle в X", "@handle у X" and "@handle á X" (uk, ru, bg, sr, is) as X accounts', () => {
    const html =
      '<html><body><main><p>Пишіть нам на @km_dopomoga в X.</p><p>Пишете ни на <strong>@rz_pomosht</strong> във X.</p><p>Пишите нам на @km_pitanja у X.</p><p>Sendu okkur skilaboð á @hb_help á X.</p></main></body></html>';
    const got = analyzePage(html, 'https://www.karpatmed.test/').facts.socials.map((f) => `${f.platform}:${f.handle}`);
    expect(got).toEqual(expect.arrayContaining(['x:km_dopomoga', 'x:rz_pomosht', 'x:km_pitanja', 'x:hb_help']));
  });

  it('gets the page-set site written for Slavic desks right', () => {
    const [c] = loadPageSet().filter((s) => s.id === 'desk-write-to-us-uk');
    const official = discover(c).accounts.filter((a) => a.official && !a.closed).map((a) => `${a.platform}:${a.handle}`).sort();
    expect(official).toEqual([...c.official].sort());
  });
});

describe('abbreviatesBranch', () => {
  const target = { domain: 'bramblecote.test', brandName: 'Bramblecote Outdoor' };
  it("reads the brand's abbreviation and a town written in the card", () => {
    expect(abbreviatesBranch('bc_hobart', 'Bramblecote Hobart 88 Collins St BC Hobart runs the hut walks.', target)).toBe(true);
    expect(abbreviatesBranch('bcgeelong', 'Bramblecote Geelong BC Geelong fits packs.', target)).toBe(true);
    expect(abbreviatesBranch('nlk_kirkenes', 'Regionkontor Kirkenes NLK Kirkenes (NLK står for Nordlysleia Kystrute)', { domain: 'nordlysleia.test', brandName: 'Nordlysleia' })).toBe(true);
  });

  it("leaves an abbreviation spelling no name of the brand's in the card", () => {
    expect(abbreviatesBranch('bwc_hobart', 'Hobart Bushwalking Club BWC Hobart meets at our Hobart store.', target)).toBe(false);
    expect(abbreviatesBranch('tts_launceston', 'Tasman Trail Supply TTS Launceston stocks our packs.', target)).toBe(false);
    expect(abbreviatesBranch('bc_hobart', 'Bramblecote Hobart 88 Collins St.', target)).toBe(false);
  });
});

describe('facebook.com/pg/<name>/<tab>', () => {
  it("reads the legacy page form with the page's tab as the page", () => {
    expect(parseSocialUrl('https://www.facebook.com/pg/bramblecoteballarat/posts/?ref=page_internal')?.handle).toBe('bramblecoteballarat');
    expect(parseSocialUrl('https://www.facebook.com/pg/bramblecoteballarat/posts/1234567890')).toBeNull();
  });
});
