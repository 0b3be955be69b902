// One of the brand's offices or services named by its title as the link's label: "Undergraduate Admissions
// @cmu_admissions", "International Office @cmu_international" in a contact list, "Follow the Press Office on X" on a
// card set among staff's (round 29). A university, a museum or a hospital lists its desks so, each under its own
// handle unlike the brand's name, in the same markup as its staff's links: neither the handle rules nor the placement
// rules find them, and the model, reading a list's shape, took them for people's. Only the title tells: an office's
// name (a title of capitalised words holding an office word), where a person's card shows a name or a role ("Head of
// Admissions", "Press Officer"). Not a tourist office, a post office or a council's office: someone else's. Read by
// own-unit.ts, whose guards (a partner or sponsor in the block, someone else running the place, a person introduced)
// apply to it too.
import { NETWORK_NAMES } from './block-words.js';
import { foldText } from './text.js';

/**
 * Words naming an office or a service of an organisation (folded), in en, fr, de, es, it, nl, pt; German compounds by
 * their end ("Pressestelle", "Auslandsamt", "Forschungszentrum", "Hochschulbibliothek", "Studienberatung").
 */
const OFFICE =
  /^(?:admissions|office|library|centre|center|desk|helpdesk|services?|careers|registry|archives|bureau|bibliotheque|mediatheque|pole|oficina|biblioteca|centro|servicio|servicios|gabinete|admisiones|secretaria|ufficio|servizio|segreteria|bibliotheek|dienst|centrum|servicepunt|servico|\w*stelle|\w*buro|\w*zentrum|\w*bibliothek|\w*amt|\w*beratung)$/;

/** Another body's office ("Tourist Office", "Post Office", "Touristinfo", "Oficina de Turismo"), or a person's role. */
const NOT_OURS =
  /^(?:tourist\w*|tourism\w*|touris\w*|turism\w*|turist\w*|post|council|city|town|mairie|ayuntamiento|rathaus|head|director\w*|directeur|directrice|dean|officer|manager|coordinator|lead|chief|chef\w*|leiter\w*|jef[ea]|responsable|referent\w*|sprecher\w*|portavoz|porte-parole|spokes\w*|dr|prof)$/;

/** Words a title may hold in lower case between its capitalised ones ("Centre for Coastal Research", "Service de presse"). */
const CONNECTOR = /^(?:for|of|and|&|the|de|des|du|la|le|l'|d'|et|für|fur|der|die|das|und|del|y|e|di|della|dello|van|voor|het|en|da|do|dos|das)$/i;

/** At most this many words make a title. */
const MAX_WORDS = 7;

/** Whether the words form an office's title: capitalised or upper-case words and connectors, one an office word, none another body's or a role. */
function isOfficeTitle(words: string[]): boolean {
  if (words.length === 0 || words.length > MAX_WORDS || !/^\p{Lu}/u.test(words[0])) return false;
  if (!words.every((w) => /^\p{Lu}/u.test(w) || CONNECTOR.test(w))) return false;
  const folded = words.map((w) => foldText(w).toLowerCase().replace(/[^a-z&'-]/g, ''));
  if (folded.some((w) => NOT_OURS.test(w))) return false;
  // The office word ends the title or a connector follows it ("Centre for Coastal Research"): "Press Office Mara Keller"
  // is a press officer's card under its desk's name.
  const last = folded.findLastIndex((w) => OFFICE.test(w));
  return last >= 0 && (last === words.length - 1 || CONNECTOR.test(words[last + 1]));
}

/** Where a label's words stop, read backwards from the link: a stop, a colon, a comma, a separator, a bracket, a dash, a handle. */
const LABEL_STOP = /[.:;,!?·|•()[\]–—"“”«»]|\s-\s/;

/**
 * Whether the link's label names one of the brand's offices: the words just before the link in its block, back to the
 * nearest stop or handle ("… @cmu_admissions International Office <a>"), or the link's own text "Follow the <title> on
 * <network>" ("Follow the Press Office on X", "Folgen Sie der Pressestelle auf X").
 */
export function titlesOffice(finding: { snippet?: string; context?: string }): boolean {
  const { snippet, context } = finding;
  if (!snippet) return false;
  const own = /^(?:follow|suivez|suivre|folgen sie|folgt|sigue|siga|segui|volg)\s+(?:the|le|la|l'|der|dem|die|das|el|al|a|o|il|lo|de|het)\s+(.+?)\s+(?:on|sur|auf|en|em|su|op)\s+\S+$/i.exec(snippet.trim());
  if (own && isOfficeTitle(own[1].split(/\s+/))) return true;
  if (!context) return false;
  const at = context.indexOf(snippet);
  // Read once, where the block holds the link's text once: a bare network's name a block shows twice is not placed.
  if (at < 0 || context.indexOf(snippet, at + 1) >= 0) return false;
  const before = context.slice(0, at).trimEnd();
  const label = before.split(LABEL_STOP).pop() ?? '';
  const words = label.trim().split(/\s+/).filter(Boolean);
  // Back from the link to the first word that is no title's: a handle, a lower-case word.
  let start = words.length;
  while (start > 0 && !words[start - 1].startsWith('@') && (/^\p{Lu}/u.test(words[start - 1]) || CONNECTOR.test(words[start - 1]))) start--;
  while (start < words.length && CONNECTOR.test(words[start])) start++;
  return isOfficeTitle(words.slice(start));
}

/** A link text that is only a network's name: the card's heading says whose the account is. */
const NETWORK_ONLY = new RegExp(`^(?:${NETWORK_NAMES})$`);

/**
 * Whether a link whose text is only a network's name sits on a card headed by an office's title ("Fundbüro der RVB"
 * over "Facebook", beside the customer centre's card): the office keeps the account as a labelled one does.
 */
export function headsOfficeCard(finding: { snippet?: string; heading?: string }): boolean {
  if (!NETWORK_ONLY.test(foldText(finding.snippet ?? '').trim())) return false;
  return isOfficeTitle((finding.heading ?? '').trim().split(/\s+/).filter(Boolean));
}
