// A LinkedIn showcase page built on the brand's word: "Lindenhof Ticino auf LinkedIn" (linkedin.com/showcase/
// lindenhof-ticino) on a private bank's region card, round 34, read as one entry of a list of people. A showcase page is
// made by a company page's own administrators for one of its parts — a region, a desk, a range —, so one whose name
// opens with the brand's word is the brand's part: every showcase page labelled in the readable sets (18, rounds 31 to
// 34 and the page set) is the brand's own. A partner's showcase page opens with the partner's name.
import { brandWords } from './brand-words.js';
import { foldText } from './text.js';

/** A brand's word this long or longer may open a showcase page's name ("lindenhof", "rheinfels", "marfiordo"). */
const WORD_MIN = 5;

/** Whether the sighting is a LinkedIn showcase page whose name opens with one of the brand's words and a hyphen. */
export function brandShowcase(finding: { platform: string; url?: string; handle: string }, target: { domain: string; brandName: string }): boolean {
  if (finding.platform !== 'linkedin' || !finding.url || !/\/showcase\//i.test(finding.url)) return false;
  const handle = foldText(finding.handle).toLowerCase();
  return brandWords(target, WORD_MIN).some((w) => handle.startsWith(`${w}-`));
}
