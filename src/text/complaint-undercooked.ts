// Bread or food sold raw inside, told as a plain fact (accent-folded): "the sourdough I picked up this morning was raw
// in the middle", "le pain de ce matin était cru au milieu", "das Brot war innen noch roh", "el pan estaba crudo por
// dentro" (round 34's replies). The held-out models read a purchase and a morning. Not when the writer likes it that
// way ("presque crus au milieu, exactement comme j'aime 😍"): "almost" before it, or praise after it, keeps it praise.
// complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';
import { noPraiseLater } from './evaluation-words.js';

const raw = (lang: Lang4, re: string): RegExp => new RegExp(`(?:${re})${noPraiseLater(lang, '', '😍|😋|🤤|❤')}`);

export const UNDERCOOKED: Record<Lang4, RegExp[]> = {
  en: [raw('en', "(?<!\\b(?:almost|nearly|slightly|just|a bit|a little) )\\braw (?:in the (?:middle|centre|center)|inside|in the inside)\\b|\\b(?:was|were|is|are) (?:still )?(?:raw|uncooked|undercooked|doughy) (?:in the (?:middle|centre|center)|inside)\\b")],
  fr: [raw('fr', "(?<!\\b(?:presque|limite|un peu|juste) )\\b(?:cru|crue|crus|crues|pas cuite?s?) (?:au milieu|a l'interieur|dedans|au centre|a coeur)\\b")],
  de: [raw('de', "\\b(?:war|waren|ist|sind) (?:innen|in der mitte) (?:noch |total |komplett )?(?:roh|nicht durch|teigig|nicht durchgebacken)\\b|(?<!\\b(?:fast|etwas|leicht) )\\b(?:innen|in der mitte) (?:noch |total |komplett )?roh\\b")],
  es: [raw('es', "(?<!\\b(?:casi|un poco|algo) )\\b(?:crud[oa]s?|sin cocer|sin hacer) (?:por dentro|en el (?:medio|centro)|en medio)\\b")],
};
