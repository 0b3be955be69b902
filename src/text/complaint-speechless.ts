// The poster with no answer to a question asked of them (accent-folded): "My son asked me 'why do trains have horns?'
// … I had no answer 😂", "Je n'avais aucune réponse", "Ich hatte keine Antwort", "No tuve respuesta" (round 32). The
// patterns and the model read "no answer" as the brand's silence. The stretch is removed from the complaint text with
// the other removals (complaints.ts); "I had no answer from you in three weeks" names who did not answer and stays.
import type { Lang4 } from './stopwords.js';

export const SPEECHLESS: Record<Lang4, RegExp[]> = {
  en: [/\bi (?:had|have|had got|got) no (?:answer|reply|idea what to say|comeback)\b(?! (?:from|back|to my|since|yet|for)\b)/],
  fr: [/\bje n'(?:avais|ai eu|ai) (?:aucune|pas de|pas eu de) reponse\b(?! (?:de|depuis|a mon|a ma|a mes)\b)|\bje (?:suis reste|suis restee|suis) sans reponse\b(?! (?:de|depuis)\b)/],
  de: [/\bich hatte keine antwort\b(?! (?:von|auf meine|seit|bekommen)\b)|\bich (?:wusste|war) (?:keine antwort|sprachlos)\b/],
  es: [/\bno (?:tuve|supe (?:que|la) respuesta|tenia) (?:respuesta|que responder|que contestar)\b(?! (?:de|a mi|a mis|desde)\b)|\bno supe que (?:responder|contestar|decir)\b/],
};
