// A card or sentence saying, in Korean, Japanese or Chinese, that a franchisee or a separate body runs the place
// (src/collect/site/separate-body.ts, read by disowned.ts), and a text handle whose network follows it
// (text-mentions.ts). Synthetic pages written for these tests.
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { saidRunApart } from '../../../src/collect/site/separate-body.js';

const URL = 'https://www.haneul-tea.test/stores/';
const TARGET = { domain: 'haneul-tea.test', brandName: '하늘찻집' };

function judged(body: string): Record<string, boolean> {
  const { facts } = analyzePage(`<html><body>${body}</body></html>`, URL);
  return Object.fromEntries(
    mergeAccounts([{ url: URL, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts }], TARGET).map((a) => [`${a.platform}:${a.handle}`, a.official]),
  );
}

function firstLink(html: string): Element {
  const stack = [...parseDocument(html).children];
  while (stack.length > 0) {
    const n = stack.shift()!;
    if (n.type === 'tag' && (n as Element).name === 'a') return n as Element;
    if ('children' in n) stack.unshift(...(n as Element).children);
  }
  throw new Error('no link');
}

const card = (badge: string, note: string, handle: string) =>
  `<li class="card"><span>${badge}</span><h3>${handle}</h3><p>${note}</p><ul class="sns"><li><a href="https://www.instagram.com/${handle}/">@${handle}</a></li></ul></li>`;

describe('saidRunApart', () => {
  it('reads a franchisee or a separate body in Korean, Japanese and Chinese', () => {
    expect(saidRunApart(firstLink('<div><p>본 매장은 가맹점주가 운영합니다.</p><p><a href="https://www.instagram.com/x/">IG</a></p></div>'))).toBe(true);
    expect(saidRunApart(firstLink('<p>재단은 별도 법인으로 독립 운영되며 <a href="https://www.instagram.com/x/">인스타그램</a></p>'))).toBe(true);
    expect(saidRunApart(firstLink('<p>当店はフランチャイズ加盟店です。<a href="https://www.instagram.com/x/">Instagram</a></p>'))).toBe(true);
    expect(saidRunApart(firstLink('<p>本店由加盟商独立经营。<a href="https://www.instagram.com/x/">Instagram</a></p>'))).toBe(true);
  });

  it('says nothing of a franchise enquiry or a company-run shop', () => {
    expect(saidRunApart(firstLink('<p>가맹점 문의 · <a href="https://www.instagram.com/x/">인스타그램</a></p>'))).toBe(false);
    expect(saidRunApart(firstLink('<p>직영점 · 주차 가능 <a href="https://www.instagram.com/x/">인스타그램</a></p>'))).toBe(false);
  });
});

describe('franchised shops in cards like the company-run ones', () => {
  it("leaves the franchisee's account out, the company-run shops' and the brand's official", () => {
    const body = `<main><ul class="cards">${card('직영점', '주차 2시간 무료', 'haneultea_jongno')}${card('가맹점', '가맹점주가 직접 운영하는 매장입니다.', 'haneultea_ulsan_fc')}${card('직영점', '브런치 운영', 'haneultea_mapo')}</ul></main>
      <footer><ul><li><a href="https://www.instagram.com/haneultea/">Instagram</a></li><li><a href="https://www.facebook.com/haneultea">Facebook</a></li></ul></footer>`;
    const verdicts = judged(body);
    expect(verdicts['instagram:haneultea_ulsan_fc']).toBe(false);
    expect(verdicts['instagram:haneultea_jongno']).toBe(true);
    expect(verdicts['instagram:haneultea_mapo']).toBe(true);
    expect(verdicts['instagram:haneultea']).toBe(true);
  });
});

describe('a handle whose network follows it', () => {
  it('is read on that network only, not on one named earlier in the sentence', () => {
    const { facts } = analyzePage(
      '<html><body><p>For orders abroad, message us on Facebook or Instagram, or mention @haneul_help on X — we answer on weekdays.</p></body></html>',
      URL,
    );
    expect(facts.socials.map((f) => `${f.platform}:${f.handle}`)).toEqual(['x:haneul_help']);
  });
});
