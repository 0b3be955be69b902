// A recruiting account whose handle is a jobs word and the brand's short name: "@werkenbijsbl" after "Werken bij" in
// Spaarbank Lindeveld's footer (round 28), "Lust auf einen Job …? … bei @kzk_karriere" on Kazeki Ramen's page (round 32).
// The handle holds no whole word of the brand's name, only its initials or an abbreviation, and the link sits in a
// footer list or a line of text the rules read as people's. Across the readable sets every handle built so, a jobs word
// and the brand's name or short form, is the brand's; a recruiting agency's or a franchisee's jobs account spells its
// own name ("personalnord.jobs", "backhaus.moll.jobs"). The words around the link must speak of jobs too, outside the
// handle, and name no partner, franchise or other operator (own-unit.ts's OTHERS and OPERATED_BY).
import { brandTags, brandWords } from './brand-words.js';
import { foldText, handleUser, squash } from './text.js';
import { OPERATED_BY, OTHERS } from './own-unit.js';

/** Jobs words a recruiting handle opens or closes with (squashed). */
const JOBS_HANDLE =
  /^(?:karriere|kariera|karriera|jobs?|jobb|emplois?|empleos?|carrieres?|careers?|cariere|werkenbij|vacatures|rekry|saiyo|tuyendung|lavoraconnoi|trabajaen|recrute|recrutement)$/;

/** Jobs words in the link's block, outside the handle (folded). */
const JOBS_TEXT =
  /\b(?:jobs?|jobb\w*|emplois?|empleos?|karriere|kariera|carrieres?|careers?|cariere|werken bij|vacatures?|vacantes?|stellen\w*|ausbildung|recrut\w*|recruit\w*|hiring|rekry\w*|lavora con noi|trabaja con nosotros)\b/;

/** The longest abbreviation of the brand's name read by its letters in order ("kzk" of Kazeki Ramen). */
const ABBREVIATION_MAX = 4;
/** The shortest: two letters are read only as the initials of its words (brandTags: "qb", "bk"). */
const ABBREVIATION_MIN = 3;
/** The least of a brand word a handle may hold whole. */
const WORD_MIN = 4;

/** Whether `short` is read from the brand's name letter by letter in order, from its first letter. */
function abbreviates(short: string, name: string): boolean {
  if (short.length < ABBREVIATION_MIN || short.length > ABBREVIATION_MAX || short[0] !== name[0]) return false;
  let at = 0;
  for (const letter of short) {
    at = name.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** Whether the handle is a jobs word and, before or after it, the brand's name, one of its words, or its short form. */
export function recruitingHandle(handle: string, target: { domain: string; brandName: string }): boolean {
  const user = squash(handleUser(handle));
  const name = squash(target.brandName);
  const names = new Set([...brandTags(target.brandName), ...brandWords(target, WORD_MIN)]);
  for (let cut = 2; cut < user.length - 1; cut++) {
    for (const [jobs, rest] of [
      [user.slice(0, cut), user.slice(cut)],
      [user.slice(cut), user.slice(0, cut)],
    ]) {
      if (JOBS_HANDLE.test(jobs) && (names.has(rest) || abbreviates(rest, name))) return true;
    }
  }
  return false;
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
