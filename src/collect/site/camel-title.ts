// A desk's or product's card titled by a CamelCase compound of the brand's short word: "AskSayap – guest support on X"
// over @AskSayap, "SayapCargo" over sayap_cargo, "SayapRewards – mata ganjaran…" over @sayaprewards, on an airline
// named "SayapAsia" (round 37). Brands whose own name is such a compound name their desks and products the same way,
// and set them out as cards in one grid with their staff's, where the rules read a list of people's; the compound
// joins the brand's short word ("Sayap") to a desk's or product's word, which neither the domain ("sayapasia") nor the
// unit-title reading (a title of two words or more) finds. A person's card is titled by a name, never by such a
// compound; a fans' page or a partner named with the brand's word is left alone, as is a block naming another keeper.
import { camelParts, camelShortWords } from './camel-short-word.js';
import { OPERATED_BY, OTHERS } from './own-unit.js';
import { foldText, handleUser, squash } from './text.js';

/** The shortest short word of the brand a compound may carry ("Sayap"): shorter ones ("Owo") are any word's start. */
const SHORT_MIN = 4;
/** Parts naming fans, a club or another organisation (folded): "BrisaFans", "SayapGroup" are someone else's as often. */
const APART = /^(?:fan|fans|fanclub|supporters|friends|club|group|groupe|grupo|holding|holdings|foundation|fundacion|capital|partners)$/;

/** The first word of a title, up to a dash, a colon or a space. */
function firstWord(text: string): string {
  return text.trim().split(/[\s:–—|·-]/)[0] ?? '';
}

/**
 * Whether the card holding the link is titled (its heading or its text's first word) by a CamelCase compound of the
 * brand's short word and another part, which the handle spells whole, in a block naming no other keeper.
 */
export function titledByBrandCompound(finding: { context?: string; heading?: string }, handle: string, target: { brandName: string }): boolean {
  const shorts = camelShortWords(target.brandName, SHORT_MIN).map(foldText);
  if (shorts.length === 0) return false;
  const user = squash(handleUser(handle));
  const block = foldText(`${finding.heading ?? ''} ${finding.context ?? ''}`);
  if (OTHERS.test(block) || OPERATED_BY.test(block)) return false;
  const brand = squash(target.brandName);
  for (const text of [finding.heading, finding.context]) {
    if (!text) continue;
    const word = firstWord(text);
    const parts = camelParts(word).map(foldText);
    if (parts.length === 0 || squash(word) === brand || squash(word) !== user) continue;
    if (parts.some((p) => shorts.includes(p)) && !parts.some((p) => APART.test(p))) return true;
  }
  return false;
}
