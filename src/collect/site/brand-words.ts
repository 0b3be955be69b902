// The brand's name and domain as handle rules read them: the domain's label and the words of both. Account discovery,
// the account model, fan handles and person names each compared handles with these, each with its own copy.
import { getDomainWithoutSuffix } from 'tldts';
import { foldText } from './text.js';

/** The domain's name without its suffix: "chocolats-montsoleil" for www.chocolats-montsoleil.test. */
export function domainLabel(domain: string): string {
  return getDomainWithoutSuffix(domain) ?? domain.split('.')[0] ?? '';
}

/**
 * The words of the brand's name and of its domain's label, accent-folded, `min` characters or more: "tramontana" for
 * Sala Tramontana, "montsoleil" and "soleil" for chocolats-montsoleil.test and the Chocolaterie du Mont-Soleil.
 */
export function brandWords(target: { domain: string; brandName: string }, min: number): string[] {
  const words = [...foldText(target.brandName).split(/[^a-z0-9]+/), ...foldText(domainLabel(target.domain)).split(/[^a-z0-9]+/)];
  return [...new Set(words.filter((w) => w.length >= min))];
}
