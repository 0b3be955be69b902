// A language or desk account on the brand's initials, named in the first person in running text: "suivez nos nouvelles
// en français sur X : @cvs_francais" at Chinook Valley Stampede (round 39), whose rodeo office and media desk are
// @cvs_rodeo and @cvs_media. Brands with long names build their desks' handles on their initials, which no word of the
// name starts (accounts.ts reads desks built on the brand's words, from five letters), and a language line names the
// account once, in an article's paragraph. The initials alone are any firm's ("@baw_news" of a paper sharing them):
// one of the brand's official accounts must already be built on them, and the sentence must speak as the brand.
import { sentenceHolding } from './own-account.js';
import { foldText, handleUser } from './text.js';

/** The fewest letters of initials read: two are any pair of words' ("cv"). */
const INITIALS_MIN = 3;

/** The brand's voice in the sentence naming the account (folded): "our", "nos", "unsere", "le nostre", "nuestras". */
const FIRST_PERSON = /\b(?:our|us|we|notre|nos|nous|unser\w*|uns|wir|nuestr[oa]s?|nostr[oaie]|onze|ons|nosso|nossa|nossos|nossas)\b/;

/** The initials of the brand's name (folded words), or '' when it has fewer than INITIALS_MIN words. */
function initials(brandName: string): string {
  const words = foldText(brandName).split(/[^a-z0-9]+/).filter(Boolean);
  return words.length >= INITIALS_MIN ? words.map((w) => w[0]).join('') : '';
}

/** The rest of `user` after the initials and a separator, or null when it does not open so. */
function afterInitials(user: string, tag: string): string | null {
  return tag && user.length > tag.length + 1 && user.startsWith(tag) && /[._-]/.test(user[tag.length]) ? user.slice(tag.length + 1) : null;
}

/**
 * Whether `handle` is the brand's initials, a separator and a desk or language word (`deskWord`, accounts.ts's branch
 * words), one of the brand's official handles (`officialUsers`, lower case) opens with the same initials and a
 * separator, and a sighting's sentence names it in the brand's voice.
 */
export function namesInitialsDesk(
  handle: string,
  findings: readonly { snippet?: string; context?: string }[],
  officialUsers: readonly string[],
  brandName: string,
  deskWord: (rest: string) => boolean,
): boolean {
  const tag = initials(brandName);
  const rest = afterInitials(handleUser(handle).toLowerCase(), tag);
  if (rest === null || !deskWord(rest)) return false;
  if (!officialUsers.some((u) => afterInitials(u, tag) !== null)) return false;
  return findings.some((f) => f.snippet !== undefined && f.context !== undefined && FIRST_PERSON.test(foldText(sentenceHolding(f.context, f.snippet) ?? '')));
}
