// A handle naming a group or holding the brand's name does not (src/collect/site/group-handle.ts, read by accounts.ts),
// with the near misses that stay the brand's. Synthetic pages written for these tests.
import { describe, expect, it } from 'vitest';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { namesGroupHandle } from '../../../src/collect/site/group-handle.js';

const URL = 'https://www.tessaly.test/';
const TARGET = { domain: 'tessaly.test', brandName: 'Tessaly Bakes' };

function judged(body: string, target = TARGET): Record<string, boolean> {
  const { facts } = analyzePage(`<html><body>${body}</body></html>`, URL);
  return Object.fromEntries(
    mergeAccounts([{ url: URL, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts }], target).map((a) => [`${a.platform}:${a.handle}`, a.official]),
  );
}

const footer = (items: string): string =>
  `<footer><p>Follow us</p><ul class="social-links"><li><a href="https://www.facebook.com/tessalybakes">Facebook</a></li><li><a href="https://www.instagram.com/tessaly_ovens/">Instagram</a></li>${items}</ul></footer>`;

describe('handles naming a group or holding', () => {
  it('leaves out a parent group\'s icons in the brand\'s own footer list, labelled by its short name or the network', () => {
    const got = judged(
      footer(
        '<li><a href="https://x.com/MarrowGroupe">Marrow</a></li><li><a href="https://www.linkedin.com/company/marrow-food-holding/">LinkedIn</a></li><li><a href="https://www.facebook.com/marrowgruppe">Marrow</a></li>',
      ),
    );
    expect(got['x:marrowgroupe']).toBe(false);
    expect(got['linkedin:marrow-food-holding']).toBe(false);
    expect(got['facebook:marrowgruppe']).toBe(false);
    expect(got['facebook:tessalybakes']).toBe(true);
    expect(got['instagram:tessaly_ovens']).toBe(true);
  });

  it('keeps a desk for group bookings, whose handle ends with a plural', () => {
    const got = judged(`${footer('')}<main><p>Our group bookings team posts free dates on <a href="https://www.instagram.com/tessaly.groups/">Instagram</a>.</p></main>`);
    expect(got['instagram:tessaly.groups']).toBe(true);
    for (const handle of ['tessaly.groups', 'tessalygruppen', 'tessaly.groupes', 'grupos.tessaly', 'tessaly_groepen']) expect(namesGroupHandle(handle, TARGET)).toBe(false);
  });

  it('keeps the handles of a brand whose own name holds the word', () => {
    expect(namesGroupHandle('spitalgruppe_thurfelden', { domain: 'thurfelden.test', brandName: 'Spitalgruppe Thurfelden' })).toBe(false);
    expect(namesGroupHandle('harbourgroup', { domain: 'harbour-group.test', brandName: 'Harbour' })).toBe(false);
    expect(namesGroupHandle('harbourgroup', { domain: 'harbour.test', brandName: 'Harbour' })).toBe(true);
  });

  it('reads no word in a channel id nor "groupon"', () => {
    expect(namesGroupHandle('UCgroupAbCdEfGhIjKlMnOpQ', TARGET)).toBe(false);
    expect(namesGroupHandle('tessalyongroupon', TARGET)).toBe(false);
  });
});
