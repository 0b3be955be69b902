// Places' cards the brand says it runs itself (run-branch.ts, read by analyze.ts, weighed by accounts.ts). Synthetic
// cards written for these tests.
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { elementsUnder } from '../../../src/collect/site/dom.js';
import { ownBranchReader } from '../../../src/collect/site/run-branch.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';

const PAGE = 'https://www.kastanjeoptik.test/filialer/';
const BRAND = { domain: 'kastanjeoptik.test', brandName: 'Kastanje Optik' };

function card(tag: string, title: string, handle: string): string {
  return `<div class="store"><span class="tag">${tag}</span><h3>${title}</h3><p>Storgatan 4 · 10–18</p><p><a href="https://www.instagram.com/${handle}/">Instagram</a></p></div>`;
}

function page(lead: string, cards: string, jsonLd = ''): string {
  return `<html><head>${jsonLd}</head><body><header><a href="/">Kastanje Optik</a></header><main><section><h1>Find a store</h1><p>${lead}</p></section><section><h2>Stores</h2><div class="grid">${cards}</div></section></main><footer><a href="https://www.instagram.com/kastanjeoptik/">Instagram</a></footer></body></html>`;
}

/** What the reader says of the link to `handle`'s Instagram on `html`. */
function read(html: string, handle: string): 'card' | 'page' | null {
  const doc = parseDocument(html);
  const link = elementsUnder(doc, (el) => el.name === 'a' && (el.attribs.href ?? '').includes(`/${handle}/`))[0] as Element;
  return ownBranchReader(doc, PAGE)(link);
}

describe('ownBranchReader', () => {
  it('reads a card that says the brand runs the place, in several languages', () => {
    expect(read(page('Visit us.', card('Company store', 'Uppsala', 'ko_uppsala')), 'ko_uppsala')).toBe('card');
    expect(read(page('Besuchen Sie uns.', card('Eigene Filiale', 'Altona', 'ko_altona')), 'ko_altona')).toBe('card');
    expect(read(page('방문하세요.', card('직영점', '명동', 'ko_myeongdong')), 'ko_myeongdong')).toBe('card');
    expect(read(page('Visítanos.', card('Tienda propia', 'Sevilla', 'ko_sevilla')), 'ko_sevilla')).toBe('card');
  });

  it("leaves a franchisee's, a partner's or a licensee's card, and a person's, alone", () => {
    expect(read(page('Visit us.', card('Company store · run by Nordsyn AB, franchisee', 'Lund', 'ko_lund')), 'ko_lund')).toBe(null);
    expect(read(page('Visit us.', card('Eigene Filiale? Nein: Partnerbetrieb', 'Kiel', 'ko_kiel')), 'ko_kiel')).toBe(null);
    expect(read(page('Visit us.', card('Company store manager', 'Maja Berg', 'maja.berg')), 'maja.berg')).toBe(null);
  });

  it('reads a page saying every place is the brand\'s to run, but not one run by others or under licence', () => {
    const own = page('Every Kastanje store is owned and run by Kastanje Optik AB.', card('Store', 'Malmö', 'ko_malmo'));
    expect(read(own, 'ko_malmo')).toBe('page');
    const franchised = page('Every store is owned and run by a local optician under a franchise agreement.', card('Store', 'Malmö', 'ko_malmo'));
    expect(read(franchised, 'ko_malmo')).toBe(null);
    const someone = page('All stores are run by Nordsyn AB.', card('Store', 'Malmö', 'ko_malmo'));
    expect(read(someone, 'ko_malmo')).toBe(null);
    const licensed = page('Every store is owned and run by Kastanje Optik or a licensed optician.', card('Store', 'Malmö', 'ko_malmo'));
    expect(read(licensed, 'ko_malmo')).toBe(null);
  });

  it("leaves the page's chrome to the placement rules", () => {
    const html = page('Visit us.', '').replace('<footer>', `<footer>${card('Company store', 'Uppsala', 'ko_footer')}`);
    expect(read(html, 'ko_footer')).toBe(null);
  });
});

describe('accounts on a place the brand runs', () => {
  it("makes a company store's account official, not a franchisee's beside it", () => {
    const html = page('Visit us.', card('Company store', 'Uppsala', 'ko_uppsala') + card('Franchise store', 'Lund', 'ko_lund') + card('Optician', 'Maja Berg', 'maja.berg'));
    const accounts = mergeAccounts([{ url: PAGE, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts: analyzePage(html, PAGE).facts }], BRAND);
    const official = accounts.filter((a) => a.official).map((a) => a.handle);
    expect(official).toContain('ko_uppsala');
    expect(official).not.toContain('ko_lund');
    expect(official).not.toContain('maja.berg');
  });

  it("needs a branch's JSON-LD node on the page where only the page says every place is the brand's", () => {
    const lead = 'Every Kastanje store is owned and run by Kastanje Optik AB.';
    const node = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Organization","@id":"https://www.kastanjeoptik.test/#org","name":"Kastanje Optik"},{"@type":"Optician","name":"Kastanje Malmö","parentOrganization":{"@id":"https://www.kastanjeoptik.test/#org"},"sameAs":["https://www.instagram.com/ko_malmo/"]}]}</script>`;
    const judged = (html: string): boolean | undefined =>
      mergeAccounts([{ url: PAGE, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts: analyzePage(html, PAGE).facts }], BRAND).find((a) => a.handle === 'ko_malmo')?.official;
    expect(judged(page(lead, card('Store', 'Malmö', 'ko_malmo'), node))).toBe(true);
    expect(judged(page(lead, card('Store', 'Malmö', 'ko_malmo')))).toBe(false);
  });
});
