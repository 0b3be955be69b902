// One of the brand's parts named as the keeper of the account in the link's sentence, in Romanian and Vietnamese, whose
// article and genitive own-unit.ts's patterns do not read: Romanian puts the article at the end of the noun ("urmărește
// studioul pe Instagram @cv.bucatarie", "contul de Instagram al studioului"), Vietnamese names the keeper after "của"
// ("trên TikTok của học viện @ssc.baristaacademy", "the academy's TikTok"). Round 34's supermarket and coffee chain
// named their kitchen studio and barista academy so, on their own pages, under handles unlike the brand's. Not a person
// ("urmărește-o pe Ioana", "TikTok của thầy Minh"): a person is named by "pe" or a title, not by a kind of unit.
import { foldText } from './text.js';

/** Romanian kinds of unit with the definite article (folded): a studio, a workshop, an academy, a school, a kitchen… */
const RO_UNIT = '(?:studioul|atelierul|academia|scoala|restaurantul|bucataria|cafeneaua|brutaria|laboratorul|emisiunea|podcastul|redactia)';

/** The same in the genitive, after "al" / "a" ("contul de Instagram al studioului"). */
const RO_UNIT_GENITIVE = '(?:studioului|atelierului|academiei|scolii|restaurantului|bucatariei|cafenelei|brutariei|laboratorului|emisiunii|podcastului|redactiei)';

/** Romanian: "urmărește studioul", "urmăriți academia", "contul de Instagram al studioului", "pagina academiei". */
const RO = new RegExp(
  `\\b(?:urmareste|urmariti|gasesti|gasiti) (?:si )?${RO_UNIT}\\b|\\b(?:contul|pagina|canalul|profilul)(?: de \\w+)? (?:al |a )?${RO_UNIT_GENITIVE}\\b`,
);

/** Vietnamese kinds of unit (folded): an academy, a school, a restaurant, a studio, a workshop, a kitchen. */
const VI_UNIT = '(?:hoc vien|truong|nha hang|studio|xuong|bep)';

/** Vietnamese: a network's name or "page", "channel", "account", then "của" and the unit, right before the link. */
const VI = new RegExp(`\\b(?:tiktok|facebook|instagram|youtube|threads|fanpage|trang|kenh|tai khoan)(?: \\w+)? cua ${VI_UNIT}\\s*[:：]?\\s*$`);

/** Whether the words of the link's sentence before it name one of the brand's parts as the keeper, in Romanian or Vietnamese. */
export function namesUnitRoVi(before: string): boolean {
  const said = foldText(before).toLowerCase().replace(/\s+/g, ' ');
  return RO.test(said) || VI.test(said.trimEnd());
}
