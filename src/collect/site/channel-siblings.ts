// A YouTube channel named only by its id (UC…) has no words of its own to judge by. On an artist's or a guide's card,
// beside that person's Instagram and X, the rules read the others as the person's (their handles spell the card's
// name, or the card lists several people) and the channel, in the card's row of icons, as the brand's by its placement
// alone (namesake-cards-fr's singer, round 25's mountain guide, round 27's festival artist). Such a channel goes with
// the accounts it is listed with: where every block it sits in (the same page, heading and words) holds other accounts
// and none of them is the brand's, it is not the brand's either. Across the readable labelled sets (page set, rounds
// final and 9 to 39) it fires on those 3 channels, none of them the brand's.
import type { Account } from '../../snapshot/types.js';
import type { Sighting } from './account-model.js';

const CHANNEL_ID = /^UC[\w-]{22}$/;

/** The block a sighting sits in: its page, the heading over it and the words around it. */
const blockOf = (s: Sighting): string => `${s.pageUrl}\n${s.finding.heading ?? ''}\n${s.finding.context ?? ''}`;

/**
 * The channels official by placement alone whose every block holds other accounts, none the brand's, each with one of
 * those accounts (the first listed) to name in its reason.
 */
export function channelsAmongOthers(accounts: readonly Account[], seen: ReadonlyMap<Account, readonly Sighting[]>): Map<Account, Account> {
  const found = new Map<Account, Account>();
  const channels = accounts.filter((a) => a.official && a.platform === 'youtube' && CHANNEL_ID.test(a.handle) && a.reason?.code === 'site.account.placement');
  // Most sites have none: the blocks are indexed only when one is there to judge.
  if (channels.length === 0) return found;
  const blocks = new Map<string, Set<Account>>();
  for (const account of accounts) {
    for (const s of seen.get(account) ?? []) {
      const key = blockOf(s);
      const list = blocks.get(key);
      if (list) list.add(account);
      else blocks.set(key, new Set([account]));
    }
  }
  for (const channel of channels) {
    let first: Account | undefined;
    const keys = new Set((seen.get(channel) ?? []).map(blockOf));
    const apart = [...keys].every((key) => {
      const beside = [...blocks.get(key)!].filter((a) => a !== channel);
      first ??= beside[0];
      return beside.length > 0 && beside.every((a) => !a.official);
    });
    if (apart && first) found.set(channel, first);
  }
  return found;
}
