// A fault checked with other users: "Is it just me or is the app down again?", "C'est moi ou l'appli plante dès qu'on
// valide le panier ?", "Serveurs down ce soir ou c'est juste moi ?", "ur app down or just me", "Ist die App nur bei mir down?", "Fehler 503. Geht
// das nur mir so?", "¿Soy yo o la app no carga?". The opening is rhetorical over taste or a reproach ("Is it just me or
// are the new cookies even better", "C'est moi ou chaque mois la facture augmente ?", "¿Soy yo o las empanadas vienen
// con menos relleno?"), and the patterns read it so; over a service that stops working (an app, a site, a log-in, an
// error code) it asks whether the fault is the brand's: a question, unless it is withdrawn or rhetorical by a class of
// question-rhetoric.ts. Of the labelled posts of fixtures/text that open so and name such a fault, all are held as
// questions. Read on the folded text (lower case, accents removed), in any of the four languages.

import { unionTester } from './regex-union.js';
import { gatedTest } from './gated-test.js';

/** "Is it just me or", "c'est moi ou", "ou c'est juste moi", "nur (bei) mir", "soy yo o", "solo a mí". */
const JUST_ME = unionTester([
  new RegExp(String.raw`\b(?:is it|it's|its) just me\b|\bor is it just me\b|\bor just me\b|\bc'est moi ou\b|\bou c'est (?:juste |que )?moi\b|\bnur (?:bei )?mir\b|\bsoy (?:yo|el unico|la unica) (?:o|que)\b|\b(?:solo|nomas) (?:a mi|me pasa a mi)\b`),
]);

/**
 * Round 35's German miss, the only one whose service fails ("Bin ich der einzige bei dem die Push Notifications seit
 * dem Update nicht mehr gehen?", "am I the only one whose app…", "¿Soy el único al que no le carga…?"). The only one
 * who loves a thing ("Bin ich der einzige, der sich … freut?") names no fault and stays banter; a fault that is back
 * again ("Bin ich der Einzige, bei dem das WLAN schon wieder ausfällt?", "¿Soy el único al que la app le falla otra
 * vez?") is a reproach, as the labelled posts hold it.
 */
const ONLY_ONE =
  /\bbin ich (?:der|die) einzige,? (?:bei (?:dem|der)|dem|der)\b|\bam i the only one (?:whose|where|who can'?t|that can'?t)\b|\bsoy (?:el|la) unic[oa] (?:al|a la|a quien) que\b/;
/** A fault back once more. */
const AGAIN = /\b(?:again|wieder|otra vez|de nuevo|encore|every single)\b/;

/** A service that stops working: an app, a site or a server down, a log-in, an error code. */
const FAULT =
  /\b(?:app|appli|application|site|website|server|servers|serveur|serveurs|down|panne|plante|crash\w*|bug\w*|error|erreur|fehler|log(?:s|ging|ged)? (?:me |us |everyone |everybody )?out|log in|login|connect\w*|connexion|einloggen|rein|stuck|loading|offline|caida|caido|no carga|no funciona|iniciar sesion|stopped|broken|kaputt|nicht mehr (?:geht|gehen|startet|starten|lauft|laden|ladt|funktioniert|funktionieren)|no (?:le |me )?carga|\d{3})\b/;

/** Whether the folded post checks with others that a service has stopped working. */
export function checksSharedFault(folded: string): boolean {
  return (JUST_ME.test(folded) || (onlyOne(folded) && !AGAIN.test(folded))) && FAULT.test(folded);
}

/** ONLY_ONE tested only beside one of its required literals (gated-test.ts). */
const onlyOne = gatedTest(ONLY_ONE);
