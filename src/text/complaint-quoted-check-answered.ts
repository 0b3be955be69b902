// The brand's troubleshooting question or check quoted back and answered with the fault still there (accent-folded):
// "'Is it working now?' no, still the same", "\"Have you tried restarting the router?\" Yes. Three times.", "« avez-vous
// redémarré la box ? » oui 3 fois", "„Haben Sie den Router neu gestartet?“ Ja, dreimal.", "«¿Ya funciona?» No, igual."
// The answer is a count or a no: no trouble word, and the quoted words are the brand's. Not the same quote answered as
// fixed ("yes and that did it, thanks", "oui, et ça remarche, merci !", "Ja, alles wieder gut", "Sí, perfecto"): a
// count of tries followed by thanks or a fix is left to the rest. Read on the original text: a question quoted after
// "you asked" or „gefragt“ is blanked from the folded one (quoted-speech.ts), and the answer alone tells nothing.
// complaints.ts counts a match as enough alone.
import type { Lang4 } from './stopwords.js';
import { foldAccents, prepare } from './tokens.js';

/** An opening quote mark, then the brand's question holding `asked`, ending in a question mark and a closing quote. */
const quotedAsk = (asked: string): string =>
  String.raw`["'«„“‘‹][^"«»„“”‘’‹›]{0,60}\b(?:${asked})\b[^"«»„“”‘’‹›]{0,40}\?\s*["'»“”’›]\s*[-—–:,.]?\s*`;

/** Thanks or a fix told after the answer: the check worked. */
const fixedAfter = (fixed: string): string => `(?![^]{0,60}\\b(?:${fixed})\\b)`;

/** A check of the customer's own steps answered yes ("yes I did", "ja, hab ich"), then a count of tries. */
const triedAgain = (asked: string, yes: string, did: string, times: string, fixed: string): string =>
  `${quotedAsk(asked)}(?:${yes})\\b(?:[^a-z]{0,4}(?:${did}))?[^a-z]{0,4}(?:${times})\\b${fixedAfter(fixed)}`;

/** A check that the fault is gone answered no. */
const stillNot = (asked: string, no: string, fixed: string): string => `${quotedAsk(asked)}(?:${no})\\b${fixedAfter(fixed)}`;

const both = (tried: string, still: string): RegExp[] => [new RegExp(tried), new RegExp(still)];

const QUOTED_CHECK_ANSWERED: Record<Lang4, RegExp[]> = {
  en: both(
    triedAgain('restart(?:ed|ing)?|reboot(?:ed|ing)?|turn(?:ed|ing)? it off|switch(?:ed|ing)? it off|clear(?:ed|ing)? (?:the )?cache|reinstall(?:ed|ing)?|reset(?:ting)?|updat(?:ed|ing)|unplug(?:ged|ging)?',
      'yes|yep|yeah|yup', '(?:i|we) (?:did|have|had)|i tried', '(?:\\d+|two|three|four|five|six|ten|several|multiple|many) times|twice|repeatedly', 'thanks|thank you|did it|did the trick|fixed|sorted|works now|working now'),
    stillNot("(?:is|are|has|have) (?:it|they|everything|things|the (?:issue|problem|fault|service|connection|app)) (?:now )?(?:been )?(?:working|fixed|resolved|sorted|back)",
      "no(?! (?:problem|worries))|nope|nah|not at all|still not|still no", 'thanks|thank you|my bad|my mistake'),
  ),
  fr: both(
    triedAgain('redemarre[rz]?|debranche[rz]?|vide[rz]? (?:le )?cache|reinstalle[rz]?|reinitialise[rz]?|mis a jour|essaye[rz]?',
      'oui|ouais', "je l'ai fait|c'est fait|deja", '(?:\\d+|deux|trois|quatre|cinq|dix|plusieurs) fois', 'merci|remarche|ca marche|fonctionne|regle|resolu'),
    stillNot("(?:ca|cela|tout) (?:re)?(?:marche|fonctionne)|(?:est|est-il|est-elle) (?:resolu|regle|repare|retabli)e?|(?:resolu|regle|repare|retabli)e?",
      "non(?! merci)|toujours pas|pas du tout", 'merci|mon erreur|ma faute'),
  ),
  de: both(
    triedAgain('neu gestartet|neugestartet|neustart|neu installiert|cache geleert|zuruckgesetzt|aktualisiert|ausgesteckt|versucht',
      'ja|jap|jo', 'hab ich|habe ich|haben wir|schon', 'zweimal|dreimal|viermal|funfmal|zehnmal|mehrmals|x-mal|\\d+ ?(?:mal|x)', 'danke|geht wieder|lauft wieder|funktioniert wieder|klappt'),
    stillNot('(?:funktioniert|geht|klappt|lauft) (?:es|alles|das) (?:jetzt |wieder )*|behoben|gelost', 'nein|nee|immer noch nicht|noch immer nicht', 'danke|mein fehler'),
  ),
  es: both(
    triedAgain('reiniciar|reiniciado|reinstalar|reinstalado|borrar la cache|borrado la cache|restablecer|actualizar|actualizado|desenchufar|desenchufado|probado',
      'si', 'lo he hecho|ya', '(?:\\d+|dos|tres|cuatro|cinco|diez|varias|mil) veces', 'gracias|arreglado|solucionado|ya funciona|funciona'),
    stillNot('(?:ya )?funciona|resuelto|solucionado|arreglado|(?:ya )?va', 'no(?! pasa nada)|nada|sigue igual|igual', 'gracias|culpa mia|mi error'),
  ),
};

/** A question mark closing a quote: without one the post quotes no question, and nothing is folded. */
const CLOSING = /\?\s*["'»“”’›]/;

/** Whether the post quotes the brand's check and answers it with the fault still there, in `lang`'s words. */
export function quotedCheckAnswered(original: string, lang: Lang4): boolean {
  if (!CLOSING.test(original)) return false;
  const folded = foldAccents(prepare(original));
  const res = QUOTED_CHECK_ANSWERED[lang];
  for (let i = 0; i < res.length; i++) if (res[i].test(folded)) return true;
  return false;
}
