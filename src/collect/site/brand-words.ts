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

/** Forms of the brand's name this short or longer are read as a tag closing a unit's handle ("ci", "mpkw"). */
const TAG_MIN = 2;
/**
 * Words of the brand's name a tag is built from, from its first: each doubles the forms, and a name given on the
 * command line may be long; a unit's tag holds the first few ("kb" of Kalyros Blue Hotels).
 */
const TAG_WORDS = 4;

/**
 * The short forms of the brand's name a unit's handle may close with, accent-folded: from the name's first word on,
 * each word whole or by its initial — "ci" and "cih" for Corran Isles Hotels, "mdr" for Médiathèques de Rocheval,
 * "mpkw" for MPK Wrzosów, "corran" too. A group's hotels, spa and desks add it to a title others may hold
 * ("selkiespacorran", "lostpropertyci", "aigialos.beach.kb": round 31).
 */
export function brandTags(brandName: string): string[] {
  const words = foldText(brandName).split(/[^a-z0-9]+/).filter(Boolean).slice(0, TAG_WORDS);
  let tags = [''];
  const all = new Set<string>();
  for (const word of words) {
    tags = tags.flatMap((t) => [t + word, t + word[0]]);
    for (const t of tags) if (t.length >= TAG_MIN) all.add(t);
  }
  return [...all];
}
