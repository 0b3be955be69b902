// Tap water coming out brown, yellow or cloudy, told as a plain fact (accent-folded): "water's coming out the tap brown",
// "l'eau du robinet sort marron", "kommt braunes Wasser aus dem Hahn", "sale el agua marrón del grifo" (round 32's care
// posts). The model reads a place and a morning, not a fault. And water pressure gone, in the shower or the tap (round
// 33's missed complaint: "low pressure again. Shower's a drizzle."); "low pressure" alone is the weather. complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

export const TAP_WATER: Record<Lang4, RegExp[]> = {
  en: [/\b(?:low|no|zero|barely any|hardly any) water pressure\b|\b(?:low|no|zero) pressure (?:again|in the shower|this morning|all day)\b|\bshower'?s? (?:is )?(?:a |just a )?(?:drizzle|trickle|dribble)\b/, /\b(?:water|tap)\b[^.!?]{0,40}\b(?:brown|discoloured|discolored|yellow|cloudy|murky|rusty)\b|\b(?:brown|discoloured|discolored|rusty|murky) (?:tap )?water\b/],
  fr: [/\b(?:pas de|plus de|aucune) pression d'eau\b|\bpression (?:d'eau )?(?:ridicule|inexistante|quasi nulle)\b|\bla douche (?:est|fait) un filet\b/, /\beau\b[^.!?]{0,30}\b(?:marron|brune|jaune|trouble|rouillee|boueuse)\b/],
  de: [/\b(?:kaum|kein|keinen|null|wenig) wasserdruck\b|\bdusche (?:\w+ )?(?:tropfelt|trop?felt) nur\b/, /\b(?:braunes|brauniges|trubes|gelbes|rostiges) (?:leitungs)?wasser\b|\bwasser\b[^.!?]{0,30}\b(?:braun|trub|gelblich|rostig)\b/],
  es: [/\b(?:sin|poca|nada de|cero) presion de agua\b|\bla ducha es un hilito\b/, /\bagua\b[^.!?]{0,25}\b(?:marron|turbia|amarilla|oxidada|sucia)\b/],
};
