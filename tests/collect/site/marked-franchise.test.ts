// Places' cards left unmarked in a finder that marks its franchised or licensed places (marked-franchise.ts, read by
// analyze.ts, weighed by accounts.ts). Synthetic cards written for these tests.
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { elementsUnder } from '../../../src/collect/site/dom.js';
import { unmarkedBranchReader } from '../../../src/collect/site/marked-franchise.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';

const PAGE = 'https://www.lindakaffe.test/kahvilat/';
const BRAND = { domain: 'lindakaffe.test', brandName: 'Linda Kaffe' };

function card(kind: string, tag: string, title: string, line: string, href: string, text = 'Instagram'): string {
  return `<div class="${kind}"><span class="tag">${tag}</span><h3>${title}</h3><p>${line}</p><p><a href="${href}">${text}</a></p></div>`;
}

function page(cards: string, head = ''): string {
  return `<html><head>${head}</head><body><header><a href="/">Linda Kaffe</a></header><main><h1>Our cafés</h1><div class="grid">${cards}</div></main><footer><a href="https://www.instagram.com/lindakaffe/">Instagram</a></footer></body></html>`;
}

const OWN = card('cafe-card', 'Café', 'Linda Kaffe Kallio', 'Helsinginkatu 3 · 7–19', 'https://www.instagram.com/linda.kallio/');
const FRANCHISE = card('cafe-card franchise', 'Franchise café', 'Linda Kaffe Tampere', 'Run as a franchise by Pirkan Kahvit Oy.', 'https://www.instagram.com/linda.tampere/');

/** What the reader says of the link whose href holds `part` on `html`. */
function read(html: string, part: string): boolean {
  const doc = parseDocument(html);
  const link = elementsUnder(doc, (el) => el.name === 'a' && (el.attribs.href ?? '').includes(part))[0] as Element;
  return unmarkedBranchReader(doc)(link);
}

/** Cafés' JSON-LD nodes naming their accounts, as a franchisee's node would name its own: no verdict by themselves. */
const NODES = `<script type="application/ld+json">[${['linda.kallio', 'linda.tampere']
  .map((h) => `{"@context":"https://schema.org","@type":"CafeOrCoffeeShop","name":"${h}","parentOrganization":{"@type":"Organization","name":"Linda Kaffe"},"sameAs":["https://www.instagram.com/${h}/"]}`)
  .join(',')}]</script>`;

function official(html: string): string[] {
  const facts = analyzePage(html, PAGE).facts;
  return mergeAccounts([{ url: PAGE, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts }], BRAND)
    .filter((a) => a.official)
    .map((a) => a.handle);
}

describe('unmarkedBranchReader', () => {
  it('reads an unmarked card among cards of its markup one of which is marked franchised, licensed or independent', () => {
    expect(read(page(OWN + FRANCHISE), 'linda.kallio')).toBe(true);
    const licensed = card('cafe-card', 'Licensed partner', 'Kahvila Aalto', 'Independently owned and operated.', 'https://www.instagram.com/kahvila.aalto/');
    expect(read(page(OWN + licensed), 'linda.kallio')).toBe(true);
  });

  it('leaves the marked card itself, a card in a finder marking none, and a card of other markup alone', () => {
    expect(read(page(OWN + FRANCHISE), 'linda.tampere')).toBe(false);
    expect(read(page(OWN), 'linda.kallio')).toBe(false);
    const other = card('event-card', 'Event', 'Latte art night', 'Every Friday', 'https://www.instagram.com/lindakaffe.events/');
    expect(read(page(other + FRANCHISE), 'lindakaffe.events')).toBe(false);
  });

  it("leaves a public body's or a club's card in the same markup alone", () => {
    const board = card('cafe-card', 'Partner', 'Linda Valley Tourism', "The valley's tourism board", 'https://www.facebook.com/lindavalleytourism');
    expect(read(page(board.replace('Partner', 'Neighbours') + FRANCHISE), 'lindavalleytourism')).toBe(false);
    const club = card('cafe-card', 'Neighbours', 'Linda Runners Club', 'Runs on Sundays', 'https://www.instagram.com/lindarunners/');
    expect(read(page(club + FRANCHISE), 'lindarunners')).toBe(false);
  });

  it("leaves the page's chrome to the placement rules", () => {
    const html = page(FRANCHISE).replace('<footer>', `<footer>${OWN}`);
    expect(read(html, 'linda.kallio')).toBe(false);
  });
});

describe("accounts on a finder's unmarked cards", () => {
  it("makes the brand's places' accounts official, not the franchise's nor a manager's in the same markup", () => {
    const numeric = card('cafe-card', 'Café', 'Töölö', 'Runeberginkatu 20', 'https://www.facebook.com/profile.php?id=100071234500011', 'Facebook Linda Kaffe Töölö');
    const manager = card('cafe-card', 'Head barista', 'Aino Laine', 'Roasts our beans every Monday.', 'https://www.instagram.com/aino.roasts/');
    const found = official(page(OWN + numeric + manager + FRANCHISE, NODES));
    expect(found).toContain('linda.kallio');
    expect(found).toContain('100071234500011');
    expect(found).not.toContain('linda.tampere');
    expect(found).not.toContain('aino.roasts');
  });

  it("needs a marked card: in a finder marking none, a café's JSON-LD node leaves its account to the other rules", () => {
    expect(official(page(OWN, NODES))).not.toContain('linda.kallio');
  });
});
