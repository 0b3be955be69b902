// A place's JSON-LD node naming the site's own organisation as its provider (src/collect/site/provided-node.ts, read by
// scripts.ts): the brand's own tours or kitchen, not a shop's. Synthetic nodes written for these tests.
import { describe, expect, it } from 'vitest';
import { providedBySite } from '../../../src/collect/site/provided-node.js';
import { findJsonLdSocials } from '../../../src/collect/site/scripts.js';

const PAGE = 'https://www.harrowfieldcider.test/visit/';
const SITE = 'harrowfieldcider.test';
const read = (nodes: unknown[]) =>
  findJsonLdSocials(JSON.stringify({ '@context': 'https://schema.org', '@graph': nodes }), undefined, PAGE).map((f) => `${f.how} ${f.handle}`);

describe('providedBySite', () => {
  it('holds for a provider on the site by @id or inline url, not for another domain or none', () => {
    expect(providedBySite({ provider: { '@id': 'https://www.harrowfieldcider.test/#organization' } }, SITE)).toBe(true);
    expect(providedBySite({ provider: { '@type': 'Organization', url: 'https://harrowfieldcider.test/' } }, SITE)).toBe(true);
    expect(providedBySite({ provider: { '@id': 'https://www.temevalewalks.test/#business' } }, SITE)).toBe(false);
    expect(providedBySite({ provider: [{ '@id': 'https://www.harrowfieldcider.test/#organization' }, { url: 'https://www.temevalewalks.test/' }] }, SITE)).toBe(false);
    expect(providedBySite({ provider: { '@type': 'Organization', name: 'Harrowfield Cider Ltd' } }, SITE)).toBe(false);
    expect(providedBySite({}, SITE)).toBe(false);
  });
});

describe('findJsonLdSocials on a place the site provides', () => {
  it('reads its sameAs as the site’s, a place on its own page with another provider or none as a shop’s', () => {
    const tours = { '@type': 'TouristAttraction', name: 'Harrowfield Mill Tours', url: 'https://www.harrowfieldcider.test/visit/tours/', provider: { '@id': 'https://www.harrowfieldcider.test/#organization' }, sameAs: ['https://www.instagram.com/pressdaytours/'] };
    const walk = { ...tours, name: 'Orchard Walk', provider: { '@id': 'https://www.temevalewalks.test/#business' }, sameAs: ['https://www.instagram.com/temevalewalks/'] };
    const bnb = { '@type': 'LodgingBusiness', name: 'Apple Tree B&B', url: 'https://www.harrowfieldcider.test/visit/stay/', sameAs: ['https://www.instagram.com/appletreebnb/'] };
    expect(read([tours, walk, bnb])).toEqual(['json-ld pressdaytours', 'embedded-json temevalewalks', 'embedded-json appletreebnb']);
  });
});
