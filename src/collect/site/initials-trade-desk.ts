// A desk whose handle is the brand's initials, its trade word and a desk word: "follow @KSSurfReport on X for the daily
// call" at Kaimana Surf School (round 39), "@TRSkiReport" and "@trski.conditions" of a ski school, "@ovsurf_parte" of a
// surf school. Schools, clubs and shops named "<place> <trade> <kind>" keep the trade word whole in their desks'
// handles and shorten the rest to its initials; the handle holds no word of the name at its start (accounts.ts reads
// desks built on the brand's words from five letters), nor only the initials and a desk word (service-handle.ts, which
// needs a sentence asking the reader to write there: a conditions desk is only followed). All three parts together are
// the brand's: an instructor's handle on the initials and trade word carries a name, no desk word ("@trski_jo"), and
// a regional report's carries the trade and desk words without the initials ("@cumbriaskireport").
import { brandTags } from './brand-words.js';
import { sentenceHolding } from './own-account.js';
import { OPERATED_BY, OTHERS } from './own-unit.js';
import { foldText, handleUser, squash } from './text.js';

/** Desk words closing such a handle (squashed): reports and conditions, notices and status, help, in several languages. */
const DESK_WORD = new RegExp(
  '^(?:' +
    [
      'report|reports|conditions|forecast|webcam|cams|status|alerts|updates|news|info|infos|live|help|support',
      'parte|partes|condiciones|avisos|alertas|noticias|estado|ayuda|previsiones',
      'bulletin|conditionsdujour|nouvelles|alertes|aide|meteo',
      'bericht|berichte|lagebericht|hilfe|neuigkeiten|nieuws|storing|meldingen|stato|notizie|avvisi|aiuto',
    ].join('|') +
    ')$',
);

/** The fewest letters of the brand's trade word read between the initials and the desk word ("ski", "surf"). */
const WORD_MIN = 3;

/** The initials-and-trade-word part of a handle (squashed) that the brand's name gives, then a desk word; null if none. */
export function initialsTradeDesk(handle: string, brandName: string): string | null {
  const user = squash(handleUser(handle).toLowerCase());
  const words = foldText(brandName).split(/[^a-z0-9]+/).filter(Boolean);
  // Initials only, or a word's initial among them: a tag spelling a whole first word is the brand's word, read elsewhere.
  const tags = brandTags(brandName).filter((t) => t.length >= 2 && !words.some((w) => w.length > 1 && t.startsWith(w)));
  for (const tag of tags) {
    if (!user.startsWith(tag)) continue;
    for (const word of words) {
      if (word.length < WORD_MIN || !user.startsWith(word, tag.length)) continue;
      if (DESK_WORD.test(user.slice(tag.length + word.length))) return tag + word;
    }
  }
  return null;
}

/**
 * Whether the sighting gives such a desk (initialsTradeDesk) in a sentence that names no partner, franchise or other
 * operator: the handle says whose desk it is.
 */
export function namesInitialsTradeDesk(finding: { snippet?: string; context?: string }, handle: string, brandName: string): boolean {
  if (!initialsTradeDesk(handle, brandName)) return false;
  if (!finding.context) return true;
  const sentence = (finding.snippet ? sentenceHolding(finding.context, finding.snippet) : null) ?? finding.context;
  const said = foldText(sentence);
  return !OTHERS.test(said) && !OPERATED_BY.test(said);
}
