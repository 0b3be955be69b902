// A partner's icon labelled with the partner's name in a block about partners (partner-label.ts) and a sub-brand its
// section names as the brand's (own-sub-brand.ts), read alone and from whole pages through analyzePage and
// mergeAccounts; the brand's own icons, its club's, a partner's section and a spokesperson's never flip. Synthetic pages
// written for these tests.
import { describe, expect, it } from 'vitest';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { labelsPartner } from '../../../src/collect/site/partner-label.js';
import { namesOwnSubBrand } from '../../../src/collect/site/own-sub-brand.js';

const CIDER = { domain: 'brackenfold.test', brandName: 'Brackenfold Cider' };
const BANK = { domain: 'caissevirel.test', brandName: 'Caisse Virel' };
const ROSE = { domain: 'zornitsa.test', brandName: 'Зорница' };

function official(html: string, url: string, target: { domain: string; brandName: string }): string[] {
  const accounts = mergeAccounts([{ url, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts: analyzePage(html, url).facts }], target);
  return accounts.filter((a) => a.official).map((a) => `${a.platform}:${a.handle}`).sort();
}

describe('labelsPartner', () => {
  const block = { heading: 'Our partners', context: 'We work in partnership with the growers of the valley.' };

  it('reads a label naming someone else on a network, in a block about partners', () => {
    expect(labelsPartner({ ...block, snippet: 'Valley Orchard Trust on Instagram' }, 'somehandle', CIDER)).toBe(true);
    expect(labelsPartner({ heading: 'Nuestros socios', context: 'Socios del proyecto.', snippet: 'Feria de la Sidra en Instagram' }, 'somehandle', CIDER)).toBe(true);
    expect(labelsPartner({ heading: 'Партньори', context: 'Работим в партньорство с общината.', snippet: 'Долина на розите във Facebook' }, 'somehandle', ROSE)).toBe(true);
  });

  it('reads a section headed "<name>, partner of <brand>" whose handle spells the name', () => {
    expect(labelsPartner({ heading: 'Ferme Morand, partenaire de Caisse Virel', context: 'Suivez Ferme Morand sur Facebook.', snippet: 'Facebook' }, 'fermemorand', BANK)).toBe(true);
    expect(labelsPartner({ heading: 'Ferme Morand, partenaire de Caisse Virel', context: 'Suivez Ferme Morand sur Facebook.', snippet: 'Facebook' }, 'jura_trail', BANK)).toBe(false);
  });

  it('leaves the brand named in the label, a call to follow, a bare network and a block saying nothing of partners', () => {
    expect(labelsPartner({ ...block, snippet: 'Brackenfold Cider Club on Instagram' }, 'somehandle', CIDER)).toBe(false);
    expect(labelsPartner({ heading: 'Партньори', context: 'Партньорство.', snippet: 'Зорница във Facebook' }, 'somehandle', ROSE)).toBe(false);
    expect(labelsPartner({ ...block, snippet: 'Follow us on Instagram' }, 'somehandle', CIDER)).toBe(false);
    expect(labelsPartner({ heading: 'Nuestros socios', context: 'Socios.', snippet: 'Síguenos en Instagram' }, 'somehandle', CIDER)).toBe(false);
    expect(labelsPartner({ ...block, snippet: 'Instagram' }, 'somehandle', CIDER)).toBe(false);
    expect(labelsPartner({ heading: 'Brackenfold Kids, our family range', context: 'Apple juice for children.', snippet: 'Instagram' }, 'brackenfoldkids', CIDER)).toBe(false);
    expect(labelsPartner({ heading: 'Visit the press house', context: 'Tours every Saturday.', snippet: 'Valley Orchard Trust on Instagram' }, 'somehandle', CIDER)).toBe(false);
  });
});

describe('namesOwnSubBrand', () => {
  it('reads "<name>, the <thing> of <brand>" over the link and "our online brand <name>" beside it, the handle spelling the name', () => {
    expect(namesOwnSubBrand({ heading: 'Virel Go, la néobanque de Caisse Virel', context: 'Suivez Virel Go sur Instagram.' }, 'virelgo.fr', BANK)).toBe(true);
    expect(namesOwnSubBrand({ heading: "Tilia Direct, l'assurance en ligne de Caisse Virel", context: 'Suivez Tilia Direct sur Facebook.' }, 'tiliadirect', BANK)).toBe(true);
    expect(namesOwnSubBrand({ heading: 'Mobile plans', context: 'Our online brand Kestrel Mobile sells SIM-only plans. Help at @kestrelmobile_help.' }, 'kestrelmobile_help', BANK)).toBe(true);
    expect(namesOwnSubBrand({ heading: 'Offres', context: 'Notre marque digitale Tilia Direct propose une assurance auto.' }, 'tiliadirect', BANK)).toBe(true);
  });

  it('leaves a partner, a person by role, a handle spelling something else and a heading naming no brand', () => {
    expect(namesOwnSubBrand({ heading: 'Ferme Morand, partenaire de Caisse Virel', context: 'Suivez Ferme Morand sur Facebook.' }, 'fermemorand', BANK)).toBe(false);
    expect(namesOwnSubBrand({ heading: 'Léa Morand, la directrice de la communication de Caisse Virel', context: 'Suivez Léa Morand sur X.' }, 'leamorand', BANK)).toBe(false);
    expect(namesOwnSubBrand({ heading: 'Virel Go, la néobanque de Caisse Virel', context: 'Suivez Virel Go sur Instagram.' }, 'jura_trail', BANK)).toBe(false);
    expect(namesOwnSubBrand({ heading: 'Virel Go, la néobanque du Jura', context: 'Suivez Virel Go sur Instagram.' }, 'virelgo', BANK)).toBe(false);
  });
});

describe('partners strip and sub-brand sections on whole pages', () => {
  it('lists the partners of a logo strip classed like a social block as others, the brand and its club as official', () => {
    const cell = (name: string, url: string, network: string): string =>
      `<div class="col"><img src="/logo.png" alt="${name}"><div class="partner-social"><a href="${url}" aria-label="${name} on ${network}"><i class="icon"></i></a></div></div>`;
    const html = `<html><body><main><section><h2>Growing together</h2><p>We work in partnership with the orchards of the valley.</p>
      <div class="row partner-logos">
      ${cell('Valley Orchard Trust', 'https://www.instagram.com/valleyorchardtrust/', 'Instagram')}
      ${cell('Wessex Growers', 'https://www.facebook.com/wessexgrowers', 'Facebook')}
      ${cell('Brackenfold Cider Club', 'https://www.instagram.com/brackenfoldclub/', 'Instagram')}
      </div></section></main>
      <footer><a href="https://www.instagram.com/brackenfoldcider/" aria-label="Brackenfold Cider on Instagram">i</a></footer></body></html>`;
    expect(official(html, 'https://www.brackenfold.test/', CIDER)).toEqual(['instagram:brackenfoldcider', 'instagram:brackenfoldclub']);
  });

  it('lists a sub-brand section accounts as official, a spokesperson not', () => {
    const html = `<html><body><main>
      <section><h2>Virel Go, la néobanque de Caisse Virel</h2><p>Un compte ouvert en huit minutes.</p>
      <p>Suivez Virel Go sur <a href="https://www.instagram.com/virelgo.fr/">Instagram</a> et <a href="https://www.facebook.com/virelgofr">Facebook</a>.</p></section>
      <section><h2>Léa Morand, la directrice de la communication de Caisse Virel</h2><p>Suivez Léa Morand sur <a href="https://x.com/leamorand_com">X</a>.</p></section>
      </main><footer class="social-links"><a href="https://www.facebook.com/caissevirel">Facebook</a></footer></body></html>`;
    expect(official(html, 'https://www.caissevirel.test/', BANK)).toEqual(['facebook:caissevirel', 'facebook:virelgofr', 'instagram:virelgo.fr']);
  });
});
