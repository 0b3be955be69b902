// The brand's careers page linked by the brand's words and a jobs word: "le publicăm pe pagina Salvia Cariere" (the
// pharmacy chain Farmacia Salvia), "trên trang Sương Sớm – Tuyển dụng" (Sương Sớm Coffee), round 34. The handles
// ("salvia.cariere", "ssc.tuyendung") do not hold the whole brand's name, and the link sits in running text, where no
// placement or handle rule finds it. The link's own text names whose page it is: the brand's, by some of the words of
// its name in order, then the recruiting word. A recruiting agency's or a franchisee's page is named by its own name
// ("RecrutPlus Cariere", "ViecNhanh – Tuyển dụng").
import { foldText } from './text.js';
import { OPERATED_BY, OTHERS } from './own-unit.js';

/** Jobs words closing a careers page's name (folded): ro, vi, en, fr, de, es, it, nl, pl. */
const JOBS = /^(?:cariere|cariera|locuri de munca|tuyen dung|viec lam|careers|jobs|karriere|carrieres|emplois|recrutement|empleo|empleos|lavora con noi|vacatures|werken bij|kariera)$/;

/** A separator between the name and the jobs word: a dash, a colon, a bar. */
const SEPARATOR = /\s*[-–—:|·]\s*/g;

/** The least of the brand's name the link must give: two words, or one word of this many letters. */
const WORD_MIN = 5;

/** Whether the link's text is some of the brand's words in order, then a jobs word. */
export function namesCareersPage(snippet: string | undefined, brandName: string): boolean {
  if (!snippet) return false;
  const text = foldText(snippet).toLowerCase().replace(SEPARATOR, ' ').replace(/\s+/g, ' ').trim();
  const brand = foldText(brandName).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const words = text.split(' ');
  for (let cut = 1; cut < words.length; cut++) {
    if (!JOBS.test(words.slice(cut).join(' '))) continue;
    const name = words.slice(0, cut);
    const at = brand.indexOf(name[0]);
    const inOrder = at >= 0 && name.every((w, i) => brand[at + i] === w);
    if (inOrder && (name.length >= 2 || name[0].length >= WORD_MIN)) return true;
  }
  return false;
}

/**
 * Whether the sighting links the brand's careers page (namesCareersPage) in a block that names no partner, franchise or
 * other operator (own-unit.ts's OTHERS and OPERATED_BY, as for the brand's other parts).
 */
export function linksBrandCareersPage(finding: { snippet?: string; context?: string }, brandName: string): boolean {
  if (!namesCareersPage(finding.snippet, brandName)) return false;
  const block = foldText(finding.context ?? '');
  return !OTHERS.test(block) && !OPERATED_BY.test(block);
}
