// Careers accounts named by a jobs word before the brand's words (careers-page.ts) or by a handle made of a jobs word
// and the brand's short name (recruiting-handle.ts), each read on its own and on the page-set sites written for them,
// whose near misses — a staffing agency, a franchised or affiliated store's own jobs account, a person — stay others'.
import { describe, expect, it } from 'vitest';
import { discover } from '../../../src/collect/site/accuracy.js';
import { linksBrandCareersPage, namesCareersPage } from '../../../src/collect/site/careers-page.js';
import { presentsRecruitingAccount, recruitingHandle } from '../../../src/collect/site/recruiting-handle.js';
import { loadPageSet } from '../../../scripts/page-set.mjs';

const kazeki = { domain: 'kazekiramen.test', brandName: 'Kazeki Ramen' };
const spaarbank = { domain: 'spaarbanklindeveld.test', brandName: 'Spaarbank Lindeveld' };
const kornfeld = { domain: 'baeckerei-kornfeld.test', brandName: 'Bäckerei Kornfeld' };

describe('careers accounts', () => {
  it("reads a careers page named by a jobs word before the brand's words, not an agency's", () => {
    expect(namesCareersPage('Carrières Beaulac', 'Marchés Beaulac')).toBe(true);
    expect(namesCareersPage('Empleos Nopalia', 'Farmacias Nopalia')).toBe(true);
    expect(namesCareersPage('Jobs bei Kornfeld', 'Bäckerei Kornfeld')).toBe(true);
    expect(namesCareersPage('Jobs bei Personal Nord', 'Bäckerei Kornfeld')).toBe(false);
    expect(namesCareersPage('Emplois Nordik', 'Quincaillerie Boréal')).toBe(false);
    expect(namesCareersPage('Jobs bei', 'Bäckerei Kornfeld')).toBe(false);
  });

  it("reads the partner or franchise guard in the link's own sentence, not the next", () => {
    const context = 'Las vacantes se publican en la página de Facebook Empleos Nopalia. Las franquicias contratan directamente a su personal.';
    expect(linksBrandCareersPage({ snippet: 'Empleos Nopalia', context }, 'Farmacias Nopalia')).toBe(true);
    expect(linksBrandCareersPage({ snippet: 'Empleos Nopalia', context: 'Nuestras franquicias publican en Empleos Nopalia.' }, 'Farmacias Nopalia')).toBe(false);
  });

  it("reads a handle made of a jobs word and the brand's short name, not another's name", () => {
    expect(recruitingHandle('werkenbijsbl', spaarbank)).toBe(true);
    expect(recruitingHandle('kzk_karriere', kazeki)).toBe(true);
    expect(recruitingHandle('bk_karriere', kornfeld)).toBe(true);
    expect(recruitingHandle('kornfeld.jobs', kornfeld)).toBe(true);
    expect(recruitingHandle('personalnord.jobs', kornfeld)).toBe(false);
    expect(recruitingHandle('backhaus.moll.jobs', kornfeld)).toBe(false);
    expect(recruitingHandle('zk_karriere', kazeki)).toBe(false);
    expect(recruitingHandle('kazeki_ramen', kazeki)).toBe(false);
  });

  it('reads it only in a block speaking of jobs outside the handle, with no partner or franchise', () => {
    const line = (context: string) => ({ snippet: '@kzk_karriere', context });
    expect(presentsRecruitingAccount(line('Lust auf einen Job in der Küche? Schau bei @kzk_karriere vorbei.'), 'kzk_karriere', kazeki)).toBe(true);
    expect(presentsRecruitingAccount({ snippet: '@werkenbijsbl', context: 'Pers Werken bij · @werkenbijsbl' }, 'werkenbijsbl', spaarbank)).toBe(true);
    expect(presentsRecruitingAccount(line('Neuigkeiten aus der Küche: @kzk_karriere'), 'kzk_karriere', kazeki)).toBe(false);
    expect(presentsRecruitingAccount(line('Unser Franchisepartner sucht Leute für Jobs im Service: @kzk_karriere'), 'kzk_karriere', kazeki)).toBe(false);
  });

  it('reads jobs words in Slavic languages, and the initials of the name its domain spells without the kind word', () => {
    const parks = { domain: 'zielonaprzystan.test', brandName: 'Zielona Przystań' };
    const brewery = { domain: 'modrahora.test', brandName: 'Pivovar Modrá Hora' };
    const pl = (context: string) => presentsRecruitingAccount({ snippet: '@zp.kariera', context }, 'zp.kariera', parks);
    expect(pl('Aktualne oferty pracy publikujemy tutaj. Codzienność naszej ekipy pokazujemy na @zp.kariera.')).toBe(true);
    expect(pl('Codzienność naszej ekipy pokazujemy na @zp.kariera.')).toBe(false);
    expect(recruitingHandle('mh_kariera', brewery)).toBe(true);
    expect(recruitingHandle('pu.karijera', { domain: 'plavauvala.test', brandName: 'Hotel Plava Uvala' })).toBe(true);
    expect(recruitingHandle('sps.pivovarska.prace', brewery)).toBe(false);
  });

  it('gets every page-set site written for these classes right', () => {
    const ids = ['careers-links-fr', 'careers-links-de', 'careers-handle-pl', 'careers-handle-cs', 'careers-handle-hr'];
    const sites = loadPageSet().filter((s) => ids.includes(s.id));
    expect(sites.map((s) => s.id).sort()).toEqual([...ids].sort());
    for (const c of sites) {
      const official = discover(c).accounts.filter((a) => a.official && !a.closed).map((a) => `${a.platform}:${a.handle}`).sort();
      expect(official, c.id).toEqual([...c.official].sort());
    }
  });
});
