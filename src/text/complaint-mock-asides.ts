// Sarcastic asides after a trouble, which complain without a trouble word of their own (round 30's missed complaints,
// accent-folded): a repeat greeted as a novelty ("another 'signal failure'… Never seen that before"), feeling valued
// after a price rise ("Fühl mich richtig wertgeschätzt", "Really feeling the love"), a fine way to start ("Bonita forma
// de estrenar la temporada"), a delay shrugged off as one more ("on n'est plus à ça près"), and information mocked as a
// luxury ("¿Quién necesita información, verdad?"). Each needs what marks it as sarcasm: a repeat before the novelty, a
// sentence told before the way to start (not "Bonita forma de empezar la temporada: victoria 3-0"), "plus" rather than
// "pas" ("on n'est pas à ça près" shrugs in earnest). A glad face beside them ("fühl mich richtig wertgeschätzt 🥰")
// lowers the patterns' verdict to one weak sign (complaints.ts). complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

export const MOCK_ASIDES: Record<Lang4, RegExp[]> = {
  en: [
    /\b(?:another|again|yet another)\b[^]*\bnever seen that (?:one )?before\b/,
    /\b(?:really|truly|so|totally) feeling the love\b/,
  ],
  fr: [/\bon n'est plus a (?:ca|une?|cela|\d+ (?:minutes?|jours?|heures?)) pres\b/],
  de: [/\bfuhl(?:e)? mich (?:richtig|echt|so|total|wirklich|sehr) (?:wertgeschatzt|geschatzt|gut aufgehoben)\b|\bman fuhlt sich (?:richtig|echt|so|total|wirklich|sehr) (?:gut )?(?:wertgeschatzt|geschatzt|aufgehoben)\b/],
  es: [
    /[.!…]\s*(?:que |vaya )?(?:(?:bonita|linda|preciosa|buena|gran) (?:forma|manera)|(?:forma|manera) (?:tan )?(?:bonita|linda|preciosa)) de (?:empezar|estrenar|comenzar|acabar|terminar)\b/,
    /\bquien necesita [^?]{1,30}\?? ?,? verdad\b/,
  ],
};
