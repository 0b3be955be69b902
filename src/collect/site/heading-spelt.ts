// Whether a handle spells the name a card is headed by, as acts and makers build theirs: the name whole, "&" written
// "and" (or the card's language's word), an opening article dropped or kept ("themarrowpines", "marrowpines" under "The
// Marrow Pines"), a word or a town added after it ("harbourghostsband", "fermedugrandbois.levier"), or a closing letter
// left off a long name ("gaecdesepicea" under "GAEC des Épicéas"). Shared by the line-up and maker card readings.
import { foldText, handleUser, squash } from './text.js';

/** Articles a band's or a farm's name may open with and its handle leave out. */
const ARTICLE = /^(?:the|le|la|les|l|el|los|las|der|die|das|de|het|il|lo|gli|o|os|a|as)\s+/;

/** The words that stand for "&" in a handle, by language. */
const AMPERSAND = ['and', 'et', 'und', 'y', 'e', 'en', 'och', 'og', ''];

/** A shorter handle may be the name cut at its end: from this many letters only, so that a mere word never counts. */
const CUT_MIN = 8;

/** The forms of the name a handle may hold, squashed: with and without its article, "&" in each language's word. */
function nameForms(name: string): string[] {
  const folded = foldText(name).replace(/['’]/g, ' ').trim();
  const bare = folded.replace(ARTICLE, '');
  const forms = new Set<string>();
  for (const base of [folded, bare]) for (const and of AMPERSAND) forms.add(squash(base.replace(/&/g, ` ${and} `)));
  return [...forms].filter(Boolean);
}

/** Whether the handle (user part) spells the name: holds one of its forms, or is one cut short by a closing letter or two. */
export function handleSpellsName(handle: string, name: string): boolean {
  const user = squash(handleUser(handle));
  if (!user) return false;
  return nameForms(name).some((form) => user.includes(form) || (user.length >= CUT_MIN && form.startsWith(user) && form.length - user.length <= 2));
}

/**
 * Words by which a card says it is the site's own part ("Our Quayside Stage", "Notre atelier de découpe", "the
 * festival's own station"), folded: such a card's accounts are the brand's, however its name is spelt.
 */
export const OWN_PART = /\b(?:our|ours|own|notre|nos|propre|unser\w*|eigene\w*|nuestr[oa]s?|propi[oa]s?|nostr[oaie]|onze|ons|eigen|nosso|nossa|var|vart|vara|vores)\b/;
