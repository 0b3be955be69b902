// The brand's careers page linked by the brand's words and a jobs word: "le publicăm pe pagina Salvia Cariere" (the
// pharmacy chain Farmacia Salvia), "trên trang Sương Sớm – Tuyển dụng" (Sương Sớm Coffee), round 34. The handles
// ("salvia.cariere", "ssc.tuyendung") do not hold the whole brand's name, and the link sits in running text, where no
// placement or handle rule finds it. The link's own text names whose page it is: the brand's, by some of the words of
// its name in order, then the recruiting word. A recruiting agency's or a franchisee's page is named by its own name
// ("RecrutPlus Cariere", "ViecNhanh – Tuyển dụng").
// The jobs word comes first as often, with or without a word joining it to the name: "la página de Facebook Empleos
// Nopalia" (round 30), "suivez Carrières Beaulac sur Facebook" (round 24), "Jobs bei Kornfeld"; a staffing agency's
// "Jobs bei Personal Nord" names itself there too.
import { foldText } from './text.js';
import { OPERATED_BY, OTHERS } from './own-unit.js';
import { sentenceHolding } from './own-account.js';

/** Jobs words closing a careers page's name (folded): ro, vi, en, fr, de, es, it, nl, pl. */
const JOBS = /^(?:cariere|cariera|locuri de munca|tuyen dung|viec lam|careers|jobs|karriere|carrieres|emplois|recrutement|empleo|empleos|lavora con noi|vacatures|werken bij|kariera)$/;

/** A word joining a jobs word before the brand's name to it: "Jobs bei Kornfeld", "Carrières chez Boréal", "Werken bij …". */
const JOIN = /^(?:bei|chez|at|en|bij|in|con|da|di|w|na|la)$/;

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
    if (JOBS.test(words.slice(cut).join(' ')) && brandsName(words.slice(0, cut), brand)) return true;
    if (!JOBS.test(words.slice(0, cut).join(' '))) continue;
    const rest = JOIN.test(words[cut]) ? words.slice(cut + 1) : words.slice(cut);
    if (rest.length > 0 && brandsName(rest, brand)) return true;
  }
  return false;
}

/** Whether `name` is some of the brand's words in order: two words, or one long enough to be its own. */
function brandsName(name: readonly string[], brand: readonly string[]): boolean {
  const at = brand.indexOf(name[0]);
  const inOrder = at >= 0 && name.every((w, i) => brand[at + i] === w);
  return inOrder && (name.length >= 2 || name[0].length >= WORD_MIN);
}

/**
 * Whether the sighting links the brand's careers page (namesCareersPage) in a sentence that names no partner, franchise
 * or other operator (own-unit.ts's OTHERS and OPERATED_BY, as for the brand's other parts).
 */
export function linksBrandCareersPage(finding: { snippet?: string; context?: string }, brandName: string): boolean {
  if (!namesCareersPage(finding.snippet, brandName)) return false;
  // Read in the link's own sentence where it is found in the block: the next one may say that the franchised shops
  // hire for themselves ("… en la página de Facebook Empleos Nopalia. Las franquicias contratan directamente a su
  // personal.", round 30), which says nothing against the page the link names.
  const block = foldText((finding.context && finding.snippet ? sentenceHolding(finding.context, finding.snippet) : null) ?? finding.context ?? '');
  return !OTHERS.test(block) && !OPERATED_BY.test(block);
}
