// A press desk named to journalists by a handle made of the brand's short name and a press word: "Journalists can also
// reach the press team on X at @TawiPress" (round 33, in plain text), "Media wanting interviews … should DM
// @PCRugbyMedia on X" (round 32). The sentence speaks to the press and gives the desk's handle, in body text where the
// rules read a line with a handle as someone else's. A trade association's or a sponsored club's press office named to
// journalists on the same page spells its own name ("@CFA_Press", "@hsc_media"), and a PR agency's handle is its own.
// Read in the link's own sentence, which must name no partner, sponsor or other operator (own-unit.ts's OTHERS and
// OPERATED_BY).
import { brandShortWith } from './brand-short-name.js';
import { foldText, handleUser, squash } from './text.js';
import { OPERATED_BY, OTHERS } from './own-unit.js';
import { sentenceHolding } from './own-account.js';
import { titledPressDesk } from './press-card.js';

/** Press words a press desk's handle opens or closes with (squashed). */
const PRESS_HANDLE = /^(?:press|presse|pressestelle|media|medias|medien|imprensa|prensa|pers|stampa|newsdesk)$/;

/** Words of a sentence speaking to the press (folded). */
const TO_THE_PRESS =
  /\b(?:journalists?|reporters?|media|press (?:team|office|desk)|newsdesk|jornalistas?|imprensa|periodistas?|prensa|medios|journalistes?|presse|medias|journalist(?:en|innen)|pers|giornalisti|stampa|waandishi wa habari)\b/;

/** Whether the handle is a press word and, before or after it, the brand's name, one of its words, or its short form. */
export function pressHandle(handle: string, target: { domain: string; brandName: string }): boolean {
  return brandShortWith(squash(handleUser(handle)), PRESS_HANDLE, target);
}

/**
 * Whether the sighting names a press handle of the brand (pressHandle) in a sentence speaking to the press, outside the
 * handle, that names no partner, sponsor or other operator, or on a card the press office heads (press-card.ts).
 */
export function namesPressDesk(finding: { snippet?: string; context?: string; heading?: string }, handle: string, target: { domain: string; brandName: string }): boolean {
  if (!pressHandle(handle, target) || !finding.context) return false;
  // A card headed by the press office, the handle's sentence saying nothing of the press (press-card.ts).
  if (titledPressDesk(finding)) return true;
  const sentence = (finding.snippet ? sentenceHolding(finding.context, finding.snippet) : null) ?? finding.context;
  const said = foldText(sentence).split(handleUser(handle).toLowerCase()).join(' ');
  return TO_THE_PRESS.test(said) && !OTHERS.test(said) && !OPERATED_BY.test(said);
}
