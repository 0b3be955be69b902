// A handle that names a group or a holding the brand's own name does not: "GroupePCB" and "groupe-presse-centre-bourgogne"
// in a regional paper's own social list (round 33), "hanbit-beauty-group" under a "FAMILY" label beside the brand's
// icons (round 33), "lonestartablegroup" in a smokehouse's footer (round 17). A parent group's icons sit where the
// brand's do, labelled by the group's short name or by the network alone, so neither the place nor the label says
// whose they are; the handle does. Across the readable labelled sets (the page set, rounds final and 9 to 35) 93
// accounts carry such a word their brand's name lacks, every one another company's (parent groups, holdings, a sister
// brand's group); a cinema's group-bookings desk ("grupos.cierzo", a plural) and a hospital group's own handles (its
// name holds "Gruppe") are left to the other rules.
import { foldText, handleUser } from './text.js';

/**
 * A group or holding word in a handle's words (folded, separators as spaces), in en, fr, de, es, it, nl, pl, sv/da:
 * "group", "groupe", "gruppe", "grupo", "gruppo", "groep", "grupa", "holding(s)", "konzern", "koncern", alone or run
 * into other words ("groupepcb", "lonestartablegroup"). A plural ending a word ("groups", "groupes", "gruppen", "grupos",
 * "groepen", "grupas") names a desk for group visits or bookings ("orvelle.groupes", "grupos.cierzo"), and "groupon" a
 * coupon site: left out.
 */
const GROUP_WORD = /group(?!on)(?!e?s\b)|gruppe(?!n\b)|gruppo|grupo(?!s\b)|groep(?!en\b)|grupa(?!s\b)|holding|konzern|koncern/;

/** A text's words, folded, separated by single spaces. */
function words(text: string): string {
  return foldText(text).replace(/[^a-z0-9]+/g, ' ');
}

/** A YouTube channel id ("UC" and 22 characters): letters at random, no word. */
const CHANNEL_ID = /^UC[\w-]{22}$/;

/**
 * Whether `handle` names a group or holding by a word the brand's own name and domain do not hold: "Spitalgruppe
 * Thurfelden" keeps "spitalgruppe_thurfelden", a brand "… Group" its "…group" handles.
 */
export function namesGroupHandle(handle: string, target: { domain: string; brandName: string }): boolean {
  if (CHANNEL_ID.test(handle)) return false;
  if (!GROUP_WORD.test(words(handleUser(handle)))) return false;
  return !GROUP_WORD.test(words(`${target.brandName} ${target.domain}`));
}
