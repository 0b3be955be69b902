// A link whose own text names another body than the brand: a town hall or council, a federation or association of
// trades, a tourism board, a ministry, or the brand's membership of one ("Ayuntamiento de Puerto Marisma", "Member of
// the National Federation of Community Landlords", "Facebook de l'Alliance des caisses coopératives du Québec"), or a
// card headed by such a body whose link is only a network's name ("Tourismusverband Kaltensteintal … Instagram").
// Rounds 16 and 29 put a town hall's X, a housing federation's footer link, a credit unions' alliance in the footer
// and a tourism board's card among the official accounts: their place, a "Follow us" column or the brand's town in
// the handle, said the brand's; the link's words say whose. Across the labelled sets (page set, rounds final to 29)
// 34 accounts so named, none the brand's. Not where the brand's own name holds such a word (a council, a federation).
import { foldText } from './text.js';
import { bodyKeepsDesk } from './body-desk.js';
import { namesBesideBody } from './beside-body.js';

/**
 * Public bodies, federations, associations of trades and tourism boards, in en, fr, de, es, it, nl, pt, sv, pl (folded);
 * a town's council and transport authority too ("chaîne YouTube du conseil communal", "Miasto Wrzosów", "Verkehrsverbund
 * Rheinauer Land": round 31's library network and transit operator, their town's accounts named on the town's word).
 */
export const BODY =
  /\b(?:ayuntamiento|mairie|ville de|municipalite|gemeinde|stadtverwaltung|stadt|comune|municipio|municipalidad|camara municipal|gemeente|kommun|council|city of|town hall|federation|federacion|federazione|federacao|federatie|verband|tourismusverband|alliance|alianza|confederation|confederacion|tourism board|tourist board|office de tourisme|oficina de turismo|turismo de|ministry|ministere|ministerio|ministerium|landkreis|conseil communal|conseil municipal|consiglio comunale|patronato municipal|miasto|urzad miasta|verkehrsverbund|zarzad transportu)\b/;

/** The brand's membership of another body, opening the link's text ("Member of…", "Mitglied im…", folded). */
const MEMBER_OF = /^(?:member of|membre de|membre du|miembro de|mitglied (?:im|in|der|des|bei)|socio de|membro d|lid van)\b/;

/** A link text that is only a network's name: the card's heading says whose it is. */
const NETWORK_ONLY = /^(?:x|twitter|x \(twitter\)|instagram|facebook|threads|bluesky|mastodon|tiktok|youtube|linkedin|pinterest)$/;

/** Placements whose heading is the site's chrome ("Follow us"), not a card's. */
const CHROME = new Set(['header', 'nav', 'footer', 'follow-block']);

/**
 * Whether the link's own text, or the heading of the card holding a link whose text is only a network's name, or its
 * sentence before it as a desk's keeper, names another body than the brand (whose own name holds no such word).
 */
export function namesOtherBody(finding: { snippet?: string; context?: string; heading?: string; placement?: string }, brandName: string): boolean {
  // A foundation or a union named in the site's own chrome (beside-body.ts).
  if (namesBesideBody(finding, brandName)) return true;
  const text = foldText(finding.snippet ?? '').trim();
  if (!text || BODY.test(foldText(brandName))) return false;
  if (BODY.test(text) || MEMBER_OF.test(text)) return true;
  // Or the link's sentence names such a body's desk as its keeper ("the council's parking team answers on X at": body-desk.ts).
  if (bodyKeepsDesk(finding, BODY)) return true;
  return NETWORK_ONLY.test(text) && !CHROME.has(finding.placement ?? '') && BODY.test(foldText(finding.heading ?? ''));
}
