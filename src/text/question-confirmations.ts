// French questions with a mark that ask the brand to confirm a fault, a receipt or an intention, set among complaint
// words (the held-out French misses of the folds up to round 29 and the twelfth corpus, which the first-sight patterns
// read as questions and the question model vetoed, scoring them between −0.1 and −7): whether a trouble is expected
// ("C'est normal que l'appli plante dès que j'ouvre l'onglet comptes ? Depuis la maj c'est inutilisable", "Est-ce normal
// que mon colis soit bloqué depuis 12 jours ?"), whether something sent arrived ("vous avez bien reçu mes justificatifs
// ? Ça fait 3 fois que je les envoie", "elle est bien enregistrée ?"), what the brand means to do ("Vous comptez
// rembourser une partie ?", "vous comptez ramener l'ancienne ou c'est définitif ?"), a way or a slot asked for ("Y a-tu
// moyen de parler à un vrai humain", "On peut avoir un rdv avant l'été ?"). Of the labelled posts of fixtures/text that
// ask so, all 29 are held as questions. A mocked alternative after them reproaches ("Vous comptez réparer l'ascenseur
// un jour ou on attend 2030 ?", "C'est normal que rien ne marche jamais chez vous ou c'est une stratégie ?"), and so do
// "vous comptez répondre un jour ?" and "c'est normal ?" closing a wait (questions.ts): not read here. questions.ts
// counts them as questions where the model and the patterns leave the post without one, unless withdrawn or
// rhetorical (question-rhetoric.ts). Read on the folded text (lower case, accents removed), in sentences closed by '?'.

import { unionTester } from './regex-union.js';

const CONFIRMATIONS: RegExp[] = [
  // a fault checked: "c'est normal que…", "est-ce normal que…"
  /\b(?:c'est|est-ce|est-il) normal que\b(?![^?]*\bou c'est (?:une|un|fait|voulu)\b)[^.!?]*\?/,
  // a receipt or a booking confirmed: "vous avez bien reçu…", "elle est bien enregistrée"
  /\b(?:vous avez|avez-vous) bien recu\b[^.!?]*\?|\b(?:elle|il|c'est|ma commande|la commande|ma reservation) est bien (?:enregistree?|passee?|partie?|prise en compte)\b[^.!?]*\?/,
  // an intention asked: "vous comptez rembourser une partie", not "vous comptez répondre un jour" nor "… ou on attend"
  /\bvous comptez (?!vraiment|un jour|nous|me |m'|repondre|faire quelque)[a-z]+(?:er|ir|re)\b(?![^?]*\bou (?:on|alors|bien on)\b)[^.!?]*\?/,
  // a way or a slot asked for: "y a-t-il un moyen de…", "y a-tu moyen de…", "on peut avoir un rdv…"
  /\by a(?:-t-il|-tu| t'il)? (?:un )?moyen de\b[^.!?]*\?|\bon peut avoir (?:un|une|le|la) (?:rdv|rendez-vous|rappel|remboursement|geste|numero|reponse)\b[^.!?]*\?/,
  // Round 31's French miss and the classes beside it, vetoed by the model over the outage told before them (scores
  // between -0.6 and 0): a fault asked as known ("Plus de réseau depuis ce matin, c'est connu ?", "le problème est
  // connu chez vous ?"), why a trouble happened ("Comment ça se fait que ma commande soit annulée sans aucun mail ?",
  // not praise wondered at: "Comment ça se fait que ce soit aussi bon ?"), and a date asked with its question word in
  // place ("Ma box ne fonctionne plus depuis hier… Ça sera réparé quand ?", "il arrive quand ?"; "c'est prévu pour
  // quand ?" after a task set to the brand mocks it, and is not read here).
  /\b(?:c'est|c) (?:un (?:bug|probleme|souci|bogue|incident) )?connu\s*\?|\b(?:le|ce) (?:probleme|souci|bug|bogue|incident|dysfonctionnement) est (?:deja )?connue?\b[^.!?]*\?/,
  /\bcomment ca se fait (?:que|qu')(?![^?]*\b(?:aussi|si|tellement|trop) (?:bon|bonne|bons|bien|beau|belle|doue|douee|fort|rapide|gentil|gentille)\b)[^.!?]*\?/,
  // The date is mocked when the poster answers it at once ("Et la ligne sera réparée quand ? Jamais, comme d'habitude").
  /(?:\b(?:sera|seront|est|sont) (?:de nouveau |enfin )?(?:repare|reparee|repares|retabli|retablie|rembourse|remboursee|resolu|resolue|regle|reglee|livre|livree|corrige|corrigee|traite|traitee|de retour|disponible|dispo|rouvert|rouverte)|\b(?:il|elle|ca) (?:arrive|revient|repart|reprend|rouvre)|\bvous (?:en )?(?:recevez|revenez|rouvrez|remboursez|livrez|reparez|venez)(?: \S+){0,3}) quand\s*\?(?![\s?!.]*(?:jamais|en \d{4}|l'an prochain|l'annee prochaine|a la saint|peut-etre|bientot j'espere|aucune idee|on connait)\b)/,
];

/** The confirmations tested together (regex-union.ts), where the literals they need are found. */
const TESTER = unionTester(CONFIRMATIONS);

/** Whether the folded post asks in French to confirm a fault, a receipt, an intention or a way (CONFIRMATIONS). */
export function asksConfirmation(folded: string): boolean {
  if (!folded.includes('?')) return false;
  return TESTER.test(folded);
}
