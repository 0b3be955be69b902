// A partner's icon in a strip of partners' logos, its link labelled with the partner's own name and a network ("Valley
// Orchard Trust on Instagram", "Feria de la Sidra de Nava en Instagram", "Фестивал на розата в Instagram"), under a
// heading or a line speaking of partners. Round 38's cosmetics maker set its partners' icons in cells classed like a
// social block ("partner-social"), so their place read as the brand's follow block and two of them were listed
// official. The brand's own icons there are labelled with its own name, or with "Follow us on…"; a label naming
// someone who shares no word with the brand, in a block about partners, names whose the account is. So does a section
// headed "<name>, partner of <brand>" ("Ferme Lucas, partenaire de Banque Orvalle") whose handle spells the name: a
// "Follow <name> on Instagram" line under it reads as the brand's sub-brand's or unit's to the account model.
import { domainLabel } from './brand-words.js';
import { foldText, handleUser, squash } from './text.js';

/** "<name> <preposition> <network>" as an icon's label says it (folded), in en, fr, de, es, it, pt, nl, bg. */
const NAME_ON_NETWORK =
  /^(.+?)\s+(?:on|in|at|sur|auf|bei|en|su|em|no|na|op|в|във|на)\s+(?:x|twitter|instagram|facebook|tiktok|youtube|linkedin|pinterest|threads|bluesky|mastodon)$/u;

/** A label opening on a call to follow or a pronoun is the brand's own ("Follow us on X", "Síguenos en Instagram"). */
const FOLLOW_OR_US =
  /^(?:follow|find|join|see|visit|suivez|suivre|retrouvez|rejoignez|folge|folgt|folgen|finde|sigue|siguenos|siga|seguinos|seguici|seguite|segue|volg|следвайте|последвайте|намерете|us|our|nous|notre|nos|uns|unser\w*|nuestr\w*|nostr\w*|noss\w*|нас|наш\w*)\b/u;

/** Words of a block speaking of partners or sponsors (folded), in the languages above. */
const PARTNERS = /(?:^|[^\p{L}])(?:partner\w*|partenaire\w*|partenariat\w*|socios?|parceir\w*|sponsor\w*|patrocin\w*|партньор\p{L}*|спонсор\p{L}*)/u;

/** A heading "<name>, (the) partner of …" (folded): the name's words before the comma. */
const PARTNER_HEADING =
  /^([^,]{3,60}),\s+(?:(?:the|an?|la|le|l'|el|il|o|a|der|die|das|our|notre|nuestr[oa]|unser\w*)\s*)?(?:official |officiel |oficial )?(?:partner\w*|partenaire\w*|socio|parceir\w*|sponsor\w*|patrocinador\w*)\b/;

/** What a handle may carry after the name it spells: a country code or a short tag. */
const TAIL_MAX = 3;

/** A text's words (folded, any script). */
function words(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Whether the section's heading names the account's keeper as the brand's partner, the handle spelling the name. */
function headedAsPartner(heading: string, handle: string): boolean {
  const m = PARTNER_HEADING.exec(foldText(heading).trim());
  if (!m) return false;
  const name = m[1].replace(/[^a-z0-9]+/g, '');
  const user = squash(handleUser(handle));
  return name.length >= 5 && user.startsWith(name) && user.length - name.length <= TAIL_MAX;
}

/**
 * Whether the link's label names someone other than the brand on a network, in a block (its heading or text) speaking of
 * partners, or whether the section is headed as a partner's whose name the handle spells. The caller reads the
 * handle's likeness to the brand's: one built on the brand's name stays the brand's.
 */
export function labelsPartner(
  finding: { snippet?: string; context?: string; heading?: string },
  handle: string,
  target: { domain: string; brandName: string },
): boolean {
  if (headedAsPartner(finding.heading ?? '', handle)) return true;
  const m = NAME_ON_NETWORK.exec(foldText(finding.snippet ?? '').trim());
  if (!m || FOLLOW_OR_US.test(m[1])) return false;
  if (!PARTNERS.test(foldText(`${finding.heading ?? ''} ${finding.context ?? ''}`))) return false;
  const own = new Set([...words(target.brandName), ...words(domainLabel(target.domain))].filter((w) => w.length >= 3));
  const named = words(m[1]);
  return named.some((w) => w.length >= 3) && !named.some((w) => own.has(w));
}
