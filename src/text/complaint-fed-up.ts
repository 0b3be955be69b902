// German complaints told as being fed up, in the first person (accent-folded): "Ich hab echt die Nase voll von euren
// Preiserhöhungen", "Hab die Schnauze gestrichen voll", "Ich bin es so leid, …", "Langsam hab ich's satt mit eurer
// Hotline". The patterns knew "reicht's" and "Zumutung" but no idiom of weariness, and the model reads no trouble word
// in them. Not the weather's fault ("die Nase voll vom Winter", complaint-weather.ts removes it), nor an advert's
// question to others ("Wer die Nase voll vom Regen hat…"), nor full after a meal ("pappsatt"). complaints.ts adds them
// to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

/** What weariness may be of without the brand being to blame. */
const NOT_THE_BRAND = '(?! (?:vom|von der|von dem|mit dem) (?:regen|winter|wetter|schnee|grau|montag|homeoffice|lernen)\\b)';

const DE: RegExp[] = [
  new RegExp(`\\b(?:ich )?(?:hab|habe|hab ich|habe ich)(?: [\\w-]+){0,2}? (?:die nase|die schnauze|den kanal) (?:\\w+ )?voll\\b${NOT_THE_BRAND}`),
  new RegExp(`\\bich bin (?:es|das)(?: so| echt| wirklich| langsam| einfach)? leid\\b${NOT_THE_BRAND}`),
  new RegExp(`\\b(?:hab|habe) (?:ich'?s|ich es|ich das|es|das)(?: so| echt| wirklich| langsam)? satt\\b${NOT_THE_BRAND}`),
];

export const FED_UP: Record<Lang4, RegExp[]> = { en: [], fr: [], de: DE, es: [] };
