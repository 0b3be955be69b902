// Round 34's parts no title spelling finds and the companies of its group (unit-title-ja.ts, plant-title.ts,
// unit-keeper-ro-vi.ts, careers-page.ts, showcase-page.ts, mascot-ja.ts, group-list.ts, sister-company.ts), each read on
// its own and on the page-set sites written for it, whose near misses must stay others'.
import { describe, expect, it } from 'vitest';
import { discover } from '../../../src/collect/site/accuracy.js';
import { titledByJapaneseUnit } from '../../../src/collect/site/unit-title-ja.js';
import { titledByPlant } from '../../../src/collect/site/plant-title.js';
import { namesUnitRoVi } from '../../../src/collect/site/unit-keeper-ro-vi.js';
import { namesCareersPage } from '../../../src/collect/site/careers-page.js';
import { brandShowcase } from '../../../src/collect/site/showcase-page.js';
import { brandMascot } from '../../../src/collect/site/mascot-ja.js';
import { listedAsGroupCompany } from '../../../src/collect/site/group-list.js';
import { namesSisterCompany } from '../../../src/collect/site/sister-company.js';
import { loadPageSet } from '../../../scripts/page-set.mjs';

describe("round 34's parts and group companies", () => {
  it('reads a Japanese card titled by a station, a branch or the recruiting desk, not a tenant nor a person', () => {
    const card = (heading: string, text: string, snippet = 'X @a_b') => ({ heading, context: `${heading} ${text} ${snippet}`, snippet, placement: 'article' });
    expect(titledByJapaneseUnit(card('浜崎駅', 'ターミナル駅の日々の様子。'), '北灘鉄道')).toBe(true);
    expect(titledByJapaneseUnit(card('西部支社（山麓線エリア）', '山麓線のお知らせ。'), '北灘鉄道')).toBe(true);
    expect(titledByJapaneseUnit(card('北灘鉄道 採用担当', '会社説明会の情報。'), '北灘鉄道')).toBe(true);
    expect(titledByJapaneseUnit(card('磯崎駅構内 カフェしおさい', '運営：株式会社しおさいフーズ（テナント）。'), '瀬波電鉄')).toBe(false);
    expect(titledByJapaneseUnit(card('浜崎駅', '運営：株式会社浜崎フーズ。'), '北灘鉄道')).toBe(false);
    expect(titledByJapaneseUnit(card('JR 浜崎駅', '乗り換えのご案内。'), '北灘鉄道')).toBe(false);
    expect(titledByJapaneseUnit({ ...card('浜崎駅', '駅の様子。'), placement: 'footer' }, '北灘鉄道')).toBe(false);
  });

  it('reads a card titled by a plant and its town, not a union, a supplier or a contracted plant', () => {
    const card = (heading: string, text: string, snippet = 'Instagram') => ({ heading, context: `${heading} ${text} ${snippet}`, snippet, placement: 'article' });
    expect(titledByPlant(card('Planta Castro', 'Trucha arcoíris y choritos cocidos.'))).toBe(true);
    expect(titledByPlant(card('Planta Puerto Montt (Chinquihue)', 'Valor agregado.', 'X @MF_PtoMontt'))).toBe(true);
    expect(titledByPlant(card('Sindicato de Trabajadores de Planta Vigo', 'Organización sindical.'))).toBe(false);
    expect(titledByPlant(card('Planta Frigorífica Atlántica S.L.', 'Atún congelado.'))).toBe(false);
    expect(titledByPlant(card('Planta Ribeira', 'Operada por Frigoríficos del Cantábrico S.L. bajo contrato de maquila.'))).toBe(false);
  });

  it('reads a Romanian or Vietnamese unit named as the keeper right before the link, not a person', () => {
    expect(namesUnitRoVi('Abonează-te la Coșul Verde TV și urmărește studioul pe Instagram ')).toBe(true);
    expect(namesUnitRoVi('Các mẹo pha chế được đăng hằng ngày trên TikTok của học viện ')).toBe(true);
    expect(namesUnitRoVi('Urmărește-o pe Ioana pe Instagram: ')).toBe(false);
    expect(namesUnitRoVi('xem thêm trên TikTok của thầy Minh ')).toBe(false);
  });

  it("reads a careers page named by the brand's words and a jobs word, not an agency's", () => {
    expect(namesCareersPage('Salvia Cariere', 'Farmacia Salvia')).toBe(true);
    expect(namesCareersPage('Sương Sớm – Tuyển dụng', 'Sương Sớm Coffee')).toBe(true);
    expect(namesCareersPage('ViecNhanh – Tuyển dụng', 'Sương Sớm Coffee')).toBe(false);
    expect(namesCareersPage('Salvia', 'Farmacia Salvia')).toBe(false);
  });

  it("reads a LinkedIn showcase page opening with the brand's word, not a partner's nor a company page", () => {
    const target = { domain: 'lindenhofbank.test', brandName: 'Privatbank Lindenhof' };
    expect(brandShowcase({ platform: 'linkedin', handle: 'lindenhof-ticino', url: 'https://www.linkedin.com/showcase/lindenhof-ticino/' }, target)).toBe(true);
    expect(brandShowcase({ platform: 'linkedin', handle: 'alpinvest-research', url: 'https://www.linkedin.com/showcase/alpinvest-research/' }, target)).toBe(false);
    expect(brandShowcase({ platform: 'linkedin', handle: 'lindenhof-stiftung', url: 'https://www.linkedin.com/company/lindenhof-stiftung/' }, target)).toBe(false);
  });

  it("reads a mascot the page says is the brand's, not its designer's credit nor a mascot another body runs", () => {
    const context = 'ナダにゃんは北灘鉄道の公式マスコットです。ナダにゃんのアカウントは広報部が運営しています。 X @nadanyan_ofcl キャラクターデザイン：イラストレーター もりかわ（@illust_mori）';
    expect(brandMascot({ context, snippet: 'X @nadanyan_ofcl' }, '北灘鉄道')).toBe(true);
    expect(brandMascot({ context, snippet: '@illust_mori' }, '北灘鉄道')).toBe(false);
    expect(brandMascot({ context: 'ひつじ丸のアカウントは町観光協会が運営しています。 X @hitsujimaru_pr', snippet: 'X @hitsujimaru_pr' }, '牧野乳業')).toBe(false);
  });

  it("reads a group-companies label before a link, not the brand's icons before it", () => {
    const context = '北灘鉄道 公式SNS グループ会社 北灘ホールディングス 北灘バス（路線バス・高速バス）';
    expect(listedAsGroupCompany({ context, snippet: '北灘ホールディングス' })).toBe(true);
    expect(listedAsGroupCompany({ context, snippet: '北灘バス（路線バス・高速バス）' })).toBe(true);
    expect(listedAsGroupCompany({ context, snippet: 'X' })).toBe(false);
    expect(listedAsGroupCompany({ context: 'Group companies · Harbour Holdings · Follow us: Harbour Rail on X', snippet: 'Harbour Rail on X' })).toBe(false);
  });

  it('reads a company the page calls a sister company from a link naming it', () => {
    const text = { snippet: 'Facebook', context: 'Les circuits sont organisés par Amane Voyages, notre société sœur (Facebook). Suivez-nous sur Facebook.' };
    expect(namesSisterCompany([{ snippet: 'Facebook Amane Voyages', context: 'footer' }, text])).toBe(true);
    expect(namesSisterCompany([{ snippet: 'Facebook', context: 'footer' }, text])).toBe(false);
  });

  it('gets every page-set site written for these classes right', () => {
    const ids = ['unit-cards-ja', 'sister-company-fr', 'plant-cards-es', 'unit-keeper-ro', 'unit-keeper-vi', 'showcase-regions-de', 'mascot-desk-ja'];
    const sites = loadPageSet().filter((s) => ids.includes(s.id));
    expect(sites.map((s) => s.id).sort()).toEqual([...ids].sort());
    for (const c of sites) {
      const official = discover(c).accounts.filter((a) => a.official && !a.closed).map((a) => `${a.platform}:${a.handle}`).sort();
      expect(official, c.id).toEqual([...c.official].sort());
    }
  });
});
