// One of the brand's own sub-brands, named as the brand's in the section linking to its accounts: a heading "<name>, the
// <thing> of <brand>" ("Clio Direct, l'assurance 100 % en ligne d'Alzette Assurances", round 38's insurer; "Pomme Pay,
// la néobanque de Banque Orvalle"), or a line calling it "our (online) brand <name>" ("notre marque digitale Clio
// Direct", "Our online brand Nimbus Go"). Its handles spell the sub-brand's name, not the brand's ("cliodirect.lu",
// "cliodirectlu"), and sit in a "Follow <name> on Instagram and Facebook" line beside other accounts, which the rules
// read as unrelated or as a list of people's. Read only where the handle spells the name so given, a country code or a
// desk word at most after it; not where the block names a partner or another operator ("Ferme Lucas, partenaire de…"),
// nor a person's role after the article ("Claire Morel, la directrice de la communication de…").
import { domainLabel } from './brand-words.js';
import { OPERATED_BY, OTHERS } from './own-unit.js';
import { foldText, handleUser, squash } from './text.js';
import { escapeRegExp } from '../../escape-regexp.js';

/** Words of the name a heading or a line gives the sub-brand: one to four. */
const NAME_WORDS = 4;
/** The shortest name spelt: a shorter one is a common word as often. */
const NAME_MIN = 5;

/** What a handle may carry after the name: a country code, or a desk word ("pommepay.fr", "nimbusgo_help"). */
const TAIL = /^(?:[a-z]{0,3}|help|support|care|aide|hilfe|ayuda|info|news)$/;

/** The article opening the heading's apposition ("Clio Direct, l'assurance …"), in en, fr, de, es, it, pt, nl (folded). */
const ARTICLE = "(?:the|a|an|la|le|l'|les|die|der|das|el|il|lo|o|het|de|een)";

/** A person's role after the article: the heading is a person's card ("Claire Morel, la directrice de …"). */
const ROLE =
  /^(?:ceo|cfo|coo|cto|chief|head|director\w*|directeur|directrice|manager\w*|founder|cofounder|co-founder|fondat\w*|cofondat\w*|president\w*|presidente|chair\w*|spokes\w*|porte-parole|responsable|chef\w*|leiter\w*|grunder\w*|geschaftsfuhrer\w*|fundador\w*|gerente|portavoz|amministrat\w*|voorzitter|oprichter|new|nouveau|nouvelle)$/;

/** "our (online) brand <name>" (folded), in en, fr, de, es, it, pt, nl; the name's words follow. */
const OUR_BRAND =
  /\b(?:our|notre|unsere|nuestra|la nostra|nostra|a nossa|nossa|onze)\s+(?:(?:new|online|digital|nouvelle|neue|nueva|nuova|nova|nieuwe)\s+)?(?:brand|marque|marke|marca|merk)\s+(?:(?:digitale?|en ligne|online|100 % en ligne)\s+)?((?:[a-z0-9]+[ -]?){1,4})/g;

/** The brand's name as a page shortens it (folded): the whole name or the domain's label. */
function brandForms(target: { domain: string; brandName: string }): string {
  const forms = new Set([foldText(target.brandName).trim(), foldText(domainLabel(target.domain))]);
  return [...forms].filter((f) => f.length > 0).map(escapeRegExp).join('|');
}

/** Whether the handle spells the first one to four of `words`, a short tail at most after them. */
function spells(words: readonly string[], user: string): boolean {
  for (let n = 1; n <= Math.min(NAME_WORDS, words.length); n++) {
    const name = words.slice(0, n).join('');
    if (name.length >= NAME_MIN && user.startsWith(name) && TAIL.test(user.slice(name.length))) return true;
  }
  return false;
}

/** The words of the name a heading "<name>, <article> <thing> of <brand>" gives, or none. */
function headingName(heading: string, brand: string): string[] {
  const m = new RegExp(`^([^,]{3,60}), ${ARTICLE}\\s*([a-z-]+)\\b.*(?:\\b(?:of|de|du|von|des|di|del|della|do|da|van) |\\bd')(?:${brand})$`).exec(heading);
  if (!m || ROLE.test(m[2])) return [];
  return m[1].split(/[^a-z0-9]+/).filter(Boolean);
}

/**
 * Whether the block holding the link names a sub-brand as the brand's own (a heading "<name>, the <thing> of <brand>",
 * or "our brand <name>" in its text) whose name the handle spells, in a block naming no partner or other keeper.
 */
export function namesOwnSubBrand(finding: { context?: string; heading?: string }, handle: string, target: { domain: string; brandName: string }): boolean {
  const user = squash(handleUser(handle));
  const heading = foldText(finding.heading ?? '').trim();
  const context = foldText(finding.context ?? '');
  if (OTHERS.test(`${heading} ${context}`) || OPERATED_BY.test(`${heading} ${context}`)) return false;
  const brand = brandForms(target);
  if (brand && spells(headingName(heading, brand), user)) return true;
  for (const m of context.matchAll(OUR_BRAND)) if (spells(m[1].split(/[^a-z0-9]+/).filter(Boolean), user)) return true;
  return false;
}
