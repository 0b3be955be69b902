// Tap water coming out brown, yellow or cloudy, told as a plain fact (accent-folded): "water's coming out the tap brown",
// "l'eau du robinet sort marron", "kommt braunes Wasser aus dem Hahn", "sale el agua marrón del grifo" (round 32's care
// posts). The model reads a place and a morning, not a fault. complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

export const TAP_WATER: Record<Lang4, RegExp[]> = {
  en: [/\b(?:water|tap)\b[^.!?]{0,40}\b(?:brown|discoloured|discolored|yellow|cloudy|murky|rusty)\b|\b(?:brown|discoloured|discolored|rusty|murky) (?:tap )?water\b/],
  fr: [/\beau\b[^.!?]{0,30}\b(?:marron|brune|jaune|trouble|rouillee|boueuse)\b/],
  de: [/\b(?:braunes|brauniges|trubes|gelbes|rostiges) (?:leitungs)?wasser\b|\bwasser\b[^.!?]{0,30}\b(?:braun|trub|gelblich|rostig)\b/],
  es: [/\bagua\b[^.!?]{0,25}\b(?:marron|turbia|amarilla|oxidada|sucia)\b/],
};
