// Calm enquiries about a normal process that name a trouble (accent-folded): "Question bête : c'est normal que la
// batterie arrive chargée à 30 % ? Je préfère demander", "c'est normal que le colis soit à Roissy ? … je me doute que
// ça prend du temps", "Par curiosité, c'est normal que…", and trade-ins of broken devices ("do u lot take trade ins w
// cracked screens", "is the exchange offer applicable on old phone with cracked screen"). The patterns counted the
// trouble words (erreur, bloqué, cracked) as a complaint: rules' false alarms in round 24, corpora 10 and 12, round 11's
// and corpus 3's care posts. Not when the trouble lasts or repeats ("tous les soirs depuis deux semaines", "chaque
// cycle", "troisième fois", "every time"), when a turn tells it ("alors que les frais sont payés"), when leaving is
// weighed ("avant de résilier"), nor a device the brand sold that broke on its own. complaints.ts settledElsewhere
// reads it: one sign at most, and the model does not speak.

/** The poster telling the question as idle or cautious, not aggrieved. */
const CALM_FR = /\b(?:question bete|par curiosite|simple curiosite|je prefere (?:demander|verifier|savoir|poser la question)|je me doute (?:que|bien))\b/;

/**
 * The question asked: whether something is normal. A calm phrase before a rhetorical reproach is mockery ("Question
 * bête : à quoi sert votre numéro d'urgence si personne ne décroche ?", corpus 5).
 */
const NORMAL_FR = /\b(?:c'est normal|est-ce normal|est-ce que c'est normal|il est normal)\b/;

/** A device offered in trade or exchange, broken. */
const TRADE_IN_EN = /\b(?:trade[- ]?ins?|part[- ]exchange|exchange offer|buy[- ]?back (?:offer|scheme))\b[^.!?]{0,60}\b(?:cracked|broken|smashed|dead|faulty)\b|\b(?:cracked|broken|smashed|dead|faulty) [\w ]{0,30}\b(?:trade[- ]?ins?|part[- ]exchange)\b/;

/** A trouble that lasts, repeats or is held against the brand. */
const AGGRIEVED = /\b(?:toujours|encore|tous les (?:jours|soirs|matins)|depuis (?:\d+|une?|deux|trois|quatre|des|plusieurs) (?:jours|semaines|mois)|chaque (?:jour|soir|fois|cycle|matin)|(?:deuxieme|troisieme|2e|3e) fois|alors (?:que|qu')|resilier|again|every time|each time|sold me|on its own|by itself|third|second time|still|personne ne|si personne)\b/;

/** Whether the post asks calmly about a normal process or a trade-in, with no sign of a lasting or repeated trouble. */
export function calmEnquiry(folded: string): boolean {
  if (!folded.includes('?') && !TRADE_IN_EN.test(folded)) return false;
  return ((CALM_FR.test(folded) && NORMAL_FR.test(folded)) || TRADE_IN_EN.test(folded)) && !AGGRIEVED.test(folded);
}
