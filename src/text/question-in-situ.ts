// French questions asked without a mark, their question word left where the answer goes (the held-out French misses
// of the folds up to round 28 and the eleventh corpus): a price or a choice asked "c'est combien", "c'est laquelle"
// ("cest combien le menu etudiant", "c combien la livraison express", "la pharmacie de garde ce dimanche c'est laquelle
// sur Tourcoing svp"), a date asked after its verb ("elle sort quand chez vous", "le nouveau mode de jeu sort quand sur
// la Pixabox"), a place or a length of time asked likewise ("Le bus de remplacement part d'où exactement", "On doit être
// là combien de temps avant"), a choice between two named ("…, lequel inclut l'étranger"), and someone asked for a
// number or a link ("Qqn a le numéro du SAV…"), and the Quebec particle "-tu" ("c tu normal que…"). The question model reads their statements around them against asking.
// Near misses state: "La nouvelle carte arrive quand il fait froid" ("quand" opening a clause), "je sais pas c'est
// combien" is rare enough to leave. questions.ts counts them as questions where the model and the patterns leave the
// post without one, unless withdrawn or rhetorical (question-rhetoric.ts). Read on the folded text (lower case, accents
// removed), in posts without '?'.

import { unionTester } from './regex-union.js';

/** Verbs of coming, going, opening and starting, asked with "quand" after them. */
const VERB = String.raw`(?:sort|sortent|arrive|arrivent|ouvre|ouvrent|part|partent|passe|passent|commence|commencent|ferme|ferment|revient|reviennent|rouvre|rouvrent|reprend|reprennent|recommence|recommencent)`;

/** What may open a clause after a "quand" that is a conjunction ("arrive quand il fait froid"). */
const CLAUSE_SUBJECT = String.raw`(?:il|elle|ils|elles|on|je|j'|tu|vous|nous|c'est|ca|le|la|les|l'|un|une|meme|tout|personne)`;

const IN_SITU: RegExp[] = [
  // "c'est combien", "c combien", "cest laquelle"
  new RegExp(String.raw`(?:^|[\s,])(?:c'est|cest|c) (?:combien|laquelle|lequel|lesquels|lesquelles)\b`),
  // "elle sort quand", "le mode de jeu sort quand sur la Pixabox"
  new RegExp(String.raw`\b${VERB} quand\b(?! ${CLAUSE_SUBJECT}\b)`),
  // "part d'où exactement", "on doit être là combien de temps avant"
  new RegExp(String.raw`\b${VERB} d'ou\b|\b(?:etre la|arriver|venir) combien de temps (?:avant|a l'avance)\b`),
  // "…, lequel inclut l'étranger"
  new RegExp(String.raw`, (?:lequel|laquelle) (?:inclut|comprend|est|marche|vaut|conseillez|me conseillez|choisir|prendre)\b`),
  // "Qqn a le numéro du SAV…", "quelqu'un aurait le lien"
  new RegExp(String.raw`^(?:(?:bonjour|bjr|salut|slt|coucou|hello)[\s,!]+)?(?:qqn|qq1|quelqu'un) (?:a|aurait|connait) (?:le|un|une|les|des|l') ?(?:numero|num|lien|contact|mail|adresse|code|horaires?|site)\b`),
  // The Quebec particle "-tu" after the verb asks by itself (the twelfth corpus's held-out errors): "c tu normal que
  // l'appli plante…", "c'est-tu possible de…", "vous livrez-tu à Laval", "ça marche-tu avec…"
  new RegExp(String.raw`(?:^|[\s,])(?:c|c'est|cest|ca)[- ]tu (?:normal|possible|vrai|prevu|voulu|ouvert|ferme|inclus|compris|gratuit|fini)\b|\b(?:vous (?:avez|etes|faites|livrez|acceptez|prenez|ouvrez)|ca (?:marche|fonctionne|se peut))-tu\b`),
  // The class posts written after round 29 for the French recall of the last unseen round: how a thing works asked
  // after its verb, text-message "sa" for "ça" included ("sa marche comment le parrainage", "ça fonctionne comment
  // pour les retours"; "ça se passe comment, c'est trop bien ici" marvels: a comma follows), whom to turn to ("je
  // m'adresse à qui pour une réclamation", "on contacte qui"), a closing "ou pas encore" ("Ma commande est partie ou pas
  // encore"), leave asked ("ça vous dérange si je passe à 19h") and an offer asked after ("c'est toujours d'actualité le
  // code BIENVENUE")
  new RegExp(String.raw`(?:^|[\s,])(?:ca|sa) (?:marche|fonctionne|se passe) comment(?: (?:pour|le|la|les|l'|avec|si|quand)\b|[\s.!]*$)`),
  new RegExp(String.raw`\b(?:je|on) (?:m'adresse|s'adresse|dois m'adresser|doit s'adresser|contacte|dois contacter|doit contacter|appelle|dois appeler|doit appeler) (?:a )?qui\b`),
  new RegExp(String.raw`\bou (?:pas|non) (?:encore|du coup|alors|svp|stp)[\s.!]*$`),
  new RegExp(String.raw`^(?:(?:bonjour|bonsoir|salut|hello)[\s,!]+)?ca (?:vous|te) (?:derange|generait|gene|ennuie) (?:si|que|qu')`),
  new RegExp(String.raw`^(?:(?:bonjour|bonsoir|salut|hello)[\s,!]+)?(?:c'est|cest|il est|elle est) toujours (?:d'actualite|valable|en cours)\b`),
  // What a change brings, asked at a post's end (round 34's Quebec reply "pis pour ceux qui ont déjà le forfait 40 Go,
  // ça change quoi au juste"); "ça change quoi à ma vie, rien du tout" answers itself.
  new RegExp(String.raw`(?:^|[\s,])(?:ca|sa) (?:change|donne|coute|inclut|comprend|apporte) quoi(?: (?:au juste|exactement|concretement|de plus|pour (?:moi|nous|eux|les [a-z]+)))?[\s.!]*$`),
  // What the brand means to do, asked at the end of a complaint told without a stop (round 35's voice-typed miss,
  // "toujours pas remboursé depuis le 3 mars vous comptez faire quoi exactement"); "je sais pas ce que vous comptez
  // faire" puts the question word first and states.
  new RegExp(String.raw`\b(?:vous|tu) (?:comptez|allez|pensez|comptes|vas|penses) faire quoi\b`),
];

const TESTER = unionTester(IN_SITU);

/** Whether the folded post, without a question mark, asks in French with its question word left in place (IN_SITU). */
export function asksInSitu(folded: string): boolean {
  if (folded.includes('?') || folded.includes('¿')) return false;
  return TESTER.test(folded);
}
