// A link in the site's own chrome — its header, navigation, footer or a follow block — whose text or block heading
// names a foundation or a trade union: a body that stands beside the brand, often under its name ("Fundació UEV a X",
// "Stiftelsen Kystens Sjøfolk", "Facebook Solidarność MPK" on a card headed "NSZZ Solidarność – Komisja Zakładowa przy
// MPK"). Round 31 put seven such accounts among the official ones (a club's foundation at the end of its "Xarxes
// oficials" list, a seafarers' foundation beside a shipping line's icons, two unions' contact cards in a transit
// operator's own card markup), round 30 a pharmacy chain's foundation cards and round 29 a university foundation's
// footer links: the list's place and a handle on the brand's word said the brand's, the link's words say whose.
// Only in the chrome: in running text the sentence says whose the foundation is ("Con la Fundación Olamar ofrecemos…",
// a surf school's own, round 19), and a club's own foundation may head a section of its page (round 16). Not where the
// brand's own name holds such a word (a foundation or a union running the site).
import { foldText } from './text.js';

/** Foundations and trade unions, in en, fr, de, es, ca, it, pt, nl, sv, no, pl (folded). */
const BESIDE =
  /\b(?:foundation|fondation|fundacion|fundacio|fundacao|fondazione|fundacja|stiftung|stiftelsen|stiftelse|stichting|union|syndicat|sindicato|sindicat|sindacato|gewerkschaft|vakbond|fagforening|fackforbund|zwiazek zawodowy|nszz|solidarnosc)\b/;

/** Placements where the brand lists its own accounts: the site's chrome. */
const CHROME = new Set(['header', 'nav', 'footer', 'follow-block']);

/** Whether a link in the site's chrome names, by its own text or its block's heading, a foundation or a trade union. */
export function namesBesideBody(finding: { snippet?: string; heading?: string; placement?: string }, brandName: string): boolean {
  if (!CHROME.has(finding.placement ?? '') || BESIDE.test(foldText(brandName))) return false;
  return BESIDE.test(foldText(finding.snippet ?? '')) || BESIDE.test(foldText(finding.heading ?? ''));
}
