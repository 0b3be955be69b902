// A branch's handle made of the brand's abbreviation and the branch's town, as the branch's card writes it: "Gumtrail
// Brisbane … GT Brisbane hosts the monthly meet-up" over @gt_brisbane, "NLK Kirkenes (NLK står for Nordlysleia
// Kystrute)" over @nlk_kirkenes (round 31). The abbreviation is no short form brand-words.ts brandTags makes from the
// name's words (it takes a syllable, "GT" of Gumtrail, or a longer name the page gives, "Nordlysleia Kystrute"), so it
// is read where the card itself writes it: in capitals before the town the handle closes with, its letters in order
// those of a name opening with the brand's word in the same card. A club meeting in a store ("BWC Hobart") or an
// independent stockist ("TTS Launceston") spells no name of the brand's: theirs.
import { brandWords } from './brand-words.js';
import { foldText, handleUser, squash } from './text.js';

/** An abbreviation in capitals, then a place's name: "GT Brisbane", "NLK Kirkenes". */
const ABBREVIATED_PLACE = /(?<![\p{L}\p{N}])(\p{Lu}{2,5}) (\p{Lu}[\p{Ll}\p{M}]+(?:[ -]\p{Lu}[\p{Ll}\p{M}]+)?)(?![\p{L}\p{N}])/gu;
/** Words of the brand's name from this many letters count as its word in a card. */
const BRAND_WORD_MIN = 4;
/** Words after the brand's word an abbreviation may take letters from ("Nordlysleia Kystrute"). */
const NAME_WORDS = 3;

/** Whether `abbr`'s letters, in order, are found in `name`, the first being its first (brand-short-name.ts reads it too). */
export function abbreviates(abbr: string, name: string): boolean {
  if (abbr[0] !== name[0]) return false;
  let at = 1;
  for (const ch of abbr.slice(1)) {
    at = name.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** Whether the card's text writes the brand's abbreviation before a town and the handle is the two run together. */
export function abbreviatesBranch(handle: string, text: string, target: { domain: string; brandName: string }): boolean {
  const user = squash(handleUser(handle));
  const folded = foldText(text).split(/[^a-z0-9]+/).filter(Boolean);
  const brand = brandWords(target, BRAND_WORD_MIN);
  for (const m of text.matchAll(ABBREVIATED_PLACE)) {
    const abbr = m[1].toLowerCase();
    if (user !== abbr + squash(m[2])) continue;
    // A name opening with the brand's word in the card, its first few words run together.
    const named = folded.some((w, i) => brand.includes(w) && abbreviates(abbr, folded.slice(i, i + NAME_WORDS).join('')));
    if (named) return true;
  }
  return false;
}
