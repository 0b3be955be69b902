// A foundation's or association's own section, headed by its name, sending the reader to follow it in the third person:
// "Fundación Coolasur Rural … Seguí sus actividades en Instagram y Facebook" (round 37), "Muskies Foundation … Follow its
// work on Facebook and Instagram" (round 33), "Yayasan Sayap – flying kids to school … follow its" (round 37). Handles
// built on the brand's name ("fundacioncoolasur") make such accounts the brand's to the rules, and the section's other
// paragraphs, where the page says the body stands apart, are not in the link's context. The brand's own foundation is
// written in the first person ("Nuestra fundación organiza…", "notre fondation") or under a heading of the brand's
// story ("Une histoire de famille", round 19): neither is read here.
import { foldText } from './text.js';
import { sentenceSpans } from './block-sentences.js';

/** A heading naming a non-profit body (folded): foundations, charities, trusts, associations, in the sets' languages. */
const BODY_HEADING =
  /\b(?:foundation|fondation|fundacion|fondazione|fundacao|fundacja|nadace|nadacia|stiftung|stichting|stiftelse|sihtasutus|yayasan|charity|trust|association|asociacion|associazione|associacao|vereniging|verein|forening)\b/;

/** "Follow its / their …" in the link's sentence (folded), the verb before a third-person possessive or pronoun. */
const THIRD_FOLLOW =
  /\b(?:follow|sigue|segui|seguir|siga|suivez|suivre|segue|seguite|acompanhe|folgen sie|folgt|volg) (?:its|their|sus|su|ses|son|sa|leur|leurs|ihr|ihm|ihnen|il suo|i suoi|le sue|la sua|o seu|a sua|os seus|as suas|hun|haar|zijn)\b/;

/** The brand speaking of the body as its own in that sentence: "our foundation", "notre fondation". */
const OURS = /\b(?:our|notre|nos|nuestr[oa]s?|unser\w*|nostr[oaie]|noss[oa]s?|onze|ons)\b/;

/** Placements whose text is a whole block of links, not a sentence of the section. */
const CHROME = new Set(['header', 'nav', 'footer', 'follow-block']);

/** The sentence of `context` holding offset `at`. */
function sentenceAt(context: string, at: number): string {
  const [start, end] = sentenceSpans(context).find(([, stop]) => stop > at) ?? [0, context.length];
  return context.slice(start, end);
}

/** Whether the link sits in a section headed by a non-profit body's name and its sentence follows "its" work. */
export function followsHeadedBody(finding: { snippet?: string; context?: string; heading?: string; placement?: string }): boolean {
  const { snippet, context, heading } = finding;
  if (!snippet || !context || !heading || CHROME.has(finding.placement ?? '')) return false;
  if (!BODY_HEADING.test(foldText(heading))) return false;
  const at = context.indexOf(snippet);
  if (at < 0) return false;
  const said = foldText(sentenceAt(context, at));
  return THIRD_FOLLOW.test(said) && !OURS.test(said);
}
