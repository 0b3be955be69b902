// A recruiting account whose handle is a jobs word and the brand's short name: "@werkenbijsbl" after "Werken bij" in
// Spaarbank Lindeveld's footer (round 28), "Lust auf einen Job …? … bei @kzk_karriere" on Kazeki Ramen's page (round 32).
// The handle holds no whole word of the brand's name, only its initials or an abbreviation, and the link sits in a
// footer list or a line of text the rules read as people's. Across the readable sets every handle built so, a jobs word
// and the brand's name or short form, is the brand's; a recruiting agency's or a franchisee's jobs account spells its
// own name ("personalnord.jobs", "backhaus.moll.jobs"). The words around the link must speak of jobs too, outside the
// handle, and name no partner, franchise or other operator (own-unit.ts's OTHERS and OPERATED_BY).
import { brandShortWith } from './brand-short-name.js';
import { foldText, handleUser, squash } from './text.js';
import { OPERATED_BY, OTHERS } from './own-unit.js';

/** Jobs words a recruiting handle opens or closes with (squashed); "karijera" the Croatian, Serbian and Bosnian. */
const JOBS_HANDLE =
  /^(?:karriere|kariera|karriera|karijera|jobs?|jobb|emplois?|empleos?|carrieres?|careers?|cariere|werkenbij|vacatures|rekry|saiyo|tuyendung|lavoraconnoi|trabajaen|recrute|recrutement)$/;

/**
 * Jobs words in the link's block, outside the handle (folded); in the Slavic languages too: Polish "oferty pracy",
 * "rekrutacja", Czech "volná místa", "práce", Croatian "radna mjesta", "posao", Slovene "delovna mesta", "zaposlitev",
 * "kadrovski" (round 41's ski resort: "Vsa prosta delovna mesta" beside its careers Instagram).
 */
const JOBS_TEXT =
  /\b(?:jobs?|jobb\w*|emplois?|empleos?|karriere|kariera|karijera|carrieres?|careers?|cariere|werken bij|vacatures?|vacantes?|stellen\w*|ausbildung|recrut\w*|recruit\w*|hiring|rekry\w*|lavora con noi|trabaja con nosotros|oferty pracy|pracy|praca|prace|rekrutac\w*|volna mista|pracovni mist\w*|radna mjesta|radno mjesto|posao|poslov[ie]|delovna mesta|delovno mesto|zaposl\w*|kadrov\w*)\b/;

/** Whether the handle is a jobs word and, before or after it, the brand's name, one of its words, or its short form. */
export function recruitingHandle(handle: string, target: { domain: string; brandName: string }): boolean {
  return brandShortWith(squash(handleUser(handle)), JOBS_HANDLE, target);
}

/**
 * Whether the sighting presents a recruiting handle of the brand (recruitingHandle) in a block that speaks of jobs
 * outside the handle and names no partner, franchise or other operator.
 */
export function presentsRecruitingAccount(finding: { snippet?: string; context?: string }, handle: string, target: { domain: string; brandName: string }): boolean {
  if (!recruitingHandle(handle, target)) return false;
  const user = handleUser(handle).toLowerCase();
  const block = foldText(finding.context ?? finding.snippet ?? '').split(user).join(' ');
  return JOBS_TEXT.test(block) && !OTHERS.test(block) && !OPERATED_BY.test(block);
}
