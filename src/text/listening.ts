// Listening and recognition cues in brand posts: asking the community's opinion, thanking or crediting a fan.
import type { TextLang } from './language.js';
import { foldAccents, stripUrls } from './tokens.js';

/**
 * Invitations to give an opinion or an idea, accent-folded. Polls show up as "sondage", "poll", "Umfrage",
 * "encuesta", as "vote"/"votez"/"abstimmen", or as a closing either-or question ("Salbei oder Terrakotta ?").
 */
const OPINION_PATTERNS: RegExp[] = [
  // fr
  /\bdites[- ]nous\b/,
  /\b(?:votre|vos) (?:avis|idees|suggestions|preferee?s?|coup de coeur|choix|retours?)\b/,
  /\bqu'en (?:pensez|penses)[- ]?(?:vous|tu)\b/,
  /\b(?:vous|tu) en (?:pensez|penses) quoi\b/,
  /\b(?:vous preferez|preferez-vous|tu preferes|lequel|laquelle|lesquels|lesquelles)\b/,
  /\b(?:racontez|partagez|montrez)[- ]nous\b/,
  /\b(?:sondage|votez|a vos votes|en commentaires?)\b/,
  /\bteam \p{L}+ ou team\b/u,
  // en
  /\bwhat do you think\b/,
  /\b(?:tell|show) us\b/,
  /\blet us know\b/,
  /\byour (?:thoughts|opinion|opinions|ideas|suggestions|feedback|favou?rite|pick|vote)\b/,
  /\bwhich (?:one )?(?:would|do|will|should) you\b/,
  /\b(?:would you rather|which do you prefer|help us (?:choose|decide|pick))\b/,
  /\b(?:poll|vote|comment below|in the comments)\b/,
  // de
  /\b(?:eure|ihre|deine) (?:meinung|ideen|vorschlage|favoriten?|wahl)\b/,
  /\b(?:euer|ihr|dein) (?:favorit|liebling|feedback)\b/,
  /\bwas (?:meint|denkt|sagt) ihr\b/,
  /\b(?:sagt|schreibt|verratet|zeigt) (?:uns|es uns)\b/,
  /\bwelche[rsn]? (?:wurdet|wurden|wurdest|nehmt|mogt|gefallt) (?:ihr|sie|du|euch)\b/,
  /\b(?:umfrage|abstimmen|stimmt ab|in die kommentare|in den kommentaren)\b/,
  // es
  /\bque (?:opinas|opinais|opina|opinan|os parece|te parece|les parece)\b/,
  /\b(?:tu|vuestra|su) (?:opinion|favorit[oa]|eleccion)\b/,
  /\b(?:vuestras|tus|sus) (?:ideas|sugerencias|opiniones)\b/,
  /\b(?:cuentanos|contadnos|dinos|decidnos|cuentenos)\b/,
  /\bcual (?:prefieres|preferis|prefieren|elegirias|elegiriais|elegirian|os gusta|te gusta)\b/,
  /\b(?:encuesta|votad|vota|en comentarios)\b/,
];

/**
 * A closing either-or question is a poll in all four languages ("Vert sauge ou terracotta ?", "linen or cotton?").
 * Tested before accent folding, so that French "où" (where) is not taken for "ou" (or).
 */
const EITHER_OR = /\p{L}\s+(?:ou|or|oder|o)\s+[^.!?]{1,40}\?\s*$/u;

/**
 * True when a brand post asks its community for opinions or ideas: "dites-nous", "votre avis", "qu'en
 * pensez-vous", "what do you think", "tell us", "which one would you choose", "eure Meinung", "¿qué opinas?",
 * polls and either-or questions. `lang` is accepted for symmetry with the other detectors; the four vocabularies are
 * always used, since brands often post in several languages.
 */
export function asksForOpinion(text: string, _lang?: TextLang): boolean {
  const spaced = stripUrls(text).replace(/[’‘]/g, "'").replace(/[\s\u00A0\u202F]+/gu, ' ').replace(/[¿¡]/g, '');
  const folded = foldAccents(spaced);
  return OPINION_PATTERNS.some((re) => re.test(folded)) || EITHER_OR.test(spaced.toLowerCase().trim());
}

/** Thanks, congratulations and credits in the four languages, accent-folded. */
const THANKS = /\b(?:merci|remerci\w*|bravo|felicitations|thank you|thanks|thx|ty|kudos|congrats|congratulations|shout[- ]?out|danke|dankeschon|vielen dank|herzlichen dank|gluckwunsch|gracias|mil gracias|enhorabuena|felicidades)\b/;
/** Featuring a fan's content: "📸 @fan", "photo de @x", "photo by @x", "Foto von @x", "foto de @x", "crédit : @x". */
const CREDIT = /(?:📸|📷|🎥)\s*(?::\s*)?@\w|\b(?:photo|foto|picture|pic|video|image|credit|credits|credito)s? (?:de|by|von|par|from|:)\s*@\w|\b(?:regram|repost)\b|\bvia @\w/u;

/**
 * True when a brand reply thanks or credits a fan: merci, thank you, thanks, danke, gracias, bravo, "📸 @fan",
 * "photo de @x". `lang` is accepted for symmetry; the four vocabularies are always used.
 */
export function isRecognition(text: string, _lang?: TextLang): boolean {
  const folded = foldAccents(text).replace(/[’‘]/g, "'").replace(/[\s\u00A0\u202F]+/gu, ' ').replace(/\bcredit photo\b/, 'credit');
  return THANKS.test(folded) || CREDIT.test(folded);
}
