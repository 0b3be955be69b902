// An account whose link names a company the page calls its sister company: "Facebook Amane Voyages" in the riad
// group's footer beside its own icons, and "organisés par Amane Voyages, notre société sœur (Facebook)" in a page's text
// (round 34). The footer place said the brand's; the page says the company is a separate one of the same owners. The
// link's sentence alone cannot say it where the brand's own "Suivez-nous sur Facebook" shares the paragraph (the two
// links read the same), so the company's name is taken from a link of the account naming it, and the page's text is
// read for that name beside "sister company".
import { foldText } from './text.js';
import { escapeRegExp } from '../../escape-regexp.js';

/** "Sister company" in en, fr, de, es, it, nl, pt (folded; "œ" is not folded), with or without the first person before it. */
const SISTER = '(?:(?:notre|nos|our|unsere?|nuestra|la nostra|ons|a nossa) )?(?:societes? s(?:oe|œ)urs?|sister compan(?:y|ies)|schwesterfirma|schwestergesellschaft|schwesterunternehmen|empresa hermana|societa sorella|zusterbedrijf|empresa irma)';

/** Networks' names a link's text adds to the company's ("Facebook Amane Voyages", "Amane Voyages on Instagram"). */
const NETWORK = /\b(?:x|twitter|instagram|facebook|threads|tiktok|youtube|linkedin|pinterest|on|sur|auf|en|su|op|em)\b/g;

/** The shortest company name read from a link's text. */
const NAME_MIN = 5;

/** Whether a link of the account names a company that some text beside its links calls a sister company. */
export function namesSisterCompany(findings: readonly { snippet?: string; context?: string }[]): boolean {
  const names = new Set(
    findings
      .map((f) => foldText(f.snippet ?? '').toLowerCase().replace(NETWORK, ' ').replace(/[^\p{L}\p{N}' -]+/gu, ' ').replace(/\s+/g, ' ').trim())
      .filter((n) => n.length >= NAME_MIN),
  );
  if (names.size === 0) return false;
  const texts = [...new Set(findings.map((f) => foldText(f.context ?? '').toLowerCase().replace(/\s+/g, ' ')))];
  return [...names].some((name) => {
    const n = escapeRegExp(name);
    const said = new RegExp(`\\b${n},? (?:\\(|- |— )?${SISTER}\\b|\\b${SISTER},? ${n}\\b`);
    return texts.some((t) => said.test(t));
  });
}
