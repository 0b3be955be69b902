// A sub-brand the page names "<name> by <brand>" with its account, the handle spelling the name: "Dahabiya Nefertari by
// Nile Lotus — @dahabiyanefertari" on a cruise line's fleet card, "Ajo Circle by OwoLink" over a savings product's
// "@ajocircle" (round 37). A brand's ranges, ships and products carry handles unlike its name and sit on cards in one
// grid with partners and people, where the rules read a list of people's; "by <brand>" after the very words the handle
// spells says the brand makes it. Read only so: "Tea Tuesday by Kilima Tea" on a partner's card names the brand's
// event, not the partner's handle, and "Photos by <someone>" names the maker after "by", never the brand.
import { domainLabel } from './brand-words.js';
import { OPERATED_BY, OTHERS } from './own-unit.js';
import { foldText, handleUser, squash } from './text.js';
import { escapeRegExp } from '../../escape-regexp.js';

/** Words before "by" the handle may spell: a sub-brand's name is one to four words. */
const NAME_WORDS = 4;
/** The shortest first word of the brand's name that names it alone ("Kilima" of "Kilima Tea", "Nile" of "Nile Lotus Cruises"). */
const FIRST_WORD_MIN = 4;
/** The shortest handle read: a shorter one spells a single common word as often. */
const USER_MIN = 6;

/** "by" and the brand's name as a page shortens it (folded): the whole name, its first word or the domain's label. */
function byBrand(target: { domain: string; brandName: string }): RegExp {
  const name = foldText(target.brandName).split(/[^a-z0-9]+/).filter(Boolean);
  const forms = new Set([name.join(' '), foldText(domainLabel(target.domain))]);
  if ((name[0] ?? '').length >= FIRST_WORD_MIN) forms.add(name[0]);
  const alternatives = [...forms].filter(Boolean).map(escapeRegExp).join('|');
  return new RegExp(`\\bby (?:${alternatives})\\b`, 'g');
}

/** Whether the words right before one of the text's "by <brand>" are the ones the handle spells, whole. */
function spellsNameBefore(text: string, user: string, by: RegExp): boolean {
  const folded = foldText(text);
  for (const m of folded.matchAll(by)) {
    const words = folded.slice(0, m.index).split(/[^a-z0-9]+/).filter(Boolean).slice(-NAME_WORDS);
    for (let n = 1; n <= words.length; n++) if (words.slice(-n).join('') === user) return true;
  }
  return false;
}

/**
 * Whether the card holding the link (its heading or its text) names a sub-brand "<name> by <brand>" whose name the
 * handle spells, in a block naming no partner or other keeper.
 */
export function namesSubBrandBy(finding: { context?: string; heading?: string }, handle: string, target: { domain: string; brandName: string }): boolean {
  const user = squash(handleUser(handle));
  if (user.length < USER_MIN) return false;
  const block = foldText(`${finding.heading ?? ''} ${finding.context ?? ''}`);
  if (OTHERS.test(block) || OPERATED_BY.test(block)) return false;
  const by = byBrand(target);
  return [finding.heading, finding.context].some((t) => !!t && spellsNameBefore(t, user, by));
}
