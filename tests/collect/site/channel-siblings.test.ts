// A YouTube channel known only by its id goes with the accounts it is listed with (src/collect/site/channel-siblings.ts):
// on artists' cards beside their own Instagram and X it is the artist's, in the brand's footer beside the brand's
// accounts the brand's. Synthetic pages written for these tests.
import { describe, expect, it } from 'vitest';
import { accountCandidates } from '../../../src/collect/site/accounts.js';
import { channelsAmongOthers } from '../../../src/collect/site/channel-siblings.js';
import type { Account } from '../../../src/snapshot/types.js';
import type { Sighting } from '../../../src/collect/site/account-model.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';

const icons = (insta: string, x: string, channel: string) =>
  `<ul class="social-links"><li><a href="https://www.instagram.com/${insta}/">Instagram</a></li><li><a href="https://x.com/${x}">X</a></li><li><a href="https://www.youtube.com/channel/${channel}">YouTube</a></li></ul>`;

const LINEUP = `<!doctype html><html lang="en"><body><main><h1>Line-up 2026</h1><section class="artists">
<div class="artist"><h3>Ines Marlowe</h3><p>Soul singer from Leeds, back with her second album recorded in Lisbon.</p>${icons('inesmarlowe.music', 'inesmarlowe', 'UCn3sM4rl0w3Mus1cCh4nn3l')}</div>
<div class="artist"><h3>Tobias Renn</h3><p>Pianist and composer; his trio opens the Saturday night.</p>${icons('tobiasrenn.piano', 'tobiasrenn', 'UCt0b14sR3nnP14n0Ch4nn3l')}</div>
</section></main><footer><h2>Follow us</h2>${icons('harbourlightsfest', 'harbourlights', 'UChArb0urL1ghtsF3st1v4lx')}</footer></body></html>`;

describe('channelsAmongOthers, through the account rules', () => {
  const url = 'https://www.harbourlightsfestival.test/line-up/';
  const page = { url, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts: analyzePage(LINEUP, url).facts };
  const { accounts } = accountCandidates([page], { domain: 'harbourlightsfestival.test', brandName: 'Harbour Lights Festival' });
  const verdict = (handle: string) => accounts.find((a) => a.account.handle === handle)?.account;

  it("leaves an artist's channel to the artist, as the artist's other accounts are", () => {
    expect(verdict('inesmarlowe.music')?.official).toBe(false);
    for (const channel of ['UCn3sM4rl0w3Mus1cCh4nn3l', 'UCt0b14sR3nnP14n0Ch4nn3l']) expect(verdict(channel)?.official).toBe(false);
  });

  it("keeps the brand's channel beside the brand's own accounts", () => {
    expect(verdict('harbourlightsfest')?.official).toBe(true);
    expect(verdict('UChArb0urL1ghtsF3st1v4lx')?.official).toBe(true);
  });
});

// The rule on its own, on accounts as the other rules leave them: a card's Instagram and X read as a person's, its
// channel official by placement alone (as on a card whose block the rules read as the brand's follow block).
const PAGE = 'https://www.jazzbythesea.test/programme/';
const account = (platform: string, handle: string, official: boolean, code: string): Account => ({
  platform: platform as Account['platform'],
  handle,
  url: `https://example.test/${handle}`,
  official,
  reason: { code, data: {} },
  evidence: [],
});
const sighting = (platform: string, handle: string, heading: string, context: string, page = PAGE): Sighting =>
  ({ pageUrl: page, finding: { platform, handle, url: '', how: 'link', placement: 'follow-block', heading, context } }) as Sighting;

describe('channelsAmongOthers', () => {
  const card = 'Margot Vial Jazz singer from Nantes, back with her second album. Instagram X YouTube';
  const insta = account('instagram', 'margotvial.jazz', false, 'site.account.people-list');
  const x = account('x', 'margotvial', false, 'site.account.unrelated-link');
  const channel = account('youtube', 'UCm4rg0tV14lJ4zzCh4nn3lA', true, 'site.account.placement');
  const brand = account('instagram', 'jazzbythesea', true, 'site.account.placement');
  const brandChannel = account('youtube', 'UCj4zzByTh3S34F3st1v4lAb', true, 'site.account.placement');
  const seen = new Map<Account, Sighting[]>([
    [insta, [sighting('instagram', insta.handle, 'Margot Vial', card)]],
    [x, [sighting('x', x.handle, 'Margot Vial', card)]],
    [channel, [sighting('youtube', channel.handle, 'Margot Vial', card)]],
    [brand, [sighting('instagram', brand.handle, 'Follow us', 'Follow us Instagram YouTube')]],
    [brandChannel, [sighting('youtube', brandChannel.handle, 'Follow us', 'Follow us Instagram YouTube')]],
  ]);

  it("finds the channel listed only beside someone else's accounts, naming the first of them", () => {
    const found = channelsAmongOthers([...seen.keys()], seen);
    expect([...found.keys()]).toEqual([channel]);
    expect(found.get(channel)).toBe(insta);
  });

  it("leaves a channel alone when one of its blocks holds one of the brand's accounts, or no other account", () => {
    const twice = new Map(seen);
    twice.set(channel, [...seen.get(channel)!, sighting('youtube', channel.handle, 'Follow us', 'Follow us Instagram YouTube')]);
    expect(channelsAmongOthers([...twice.keys()], twice).size).toBe(0);
    const alone = new Map<Account, Sighting[]>([[channel, seen.get(channel)!]]);
    expect(channelsAmongOthers([channel], alone).size).toBe(0);
  });

  it('reads only channels known by their id and official by placement alone', () => {
    const named = { ...channel, handle: 'margotvialmusic' };
    const byMeta = { ...channel, reason: { code: 'site.account.json-ld', data: {} } };
    for (const c of [named, byMeta]) {
      const m = new Map(seen);
      m.delete(channel);
      m.set(c, seen.get(channel)!);
      expect(channelsAmongOthers([...m.keys()], m).size).toBe(0);
    }
  });
});
