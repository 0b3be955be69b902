// A French request told as a wish for a thing the brand can give (class posts after round 40's first sight, where
// French recall fell to 0.81): "je veux bien la recette du crumble 😍", "Je prendrais bien le nom du vernis utilisé sur
// la photo", "je veux bien votre avis sur la taille", "on veut bien les horaires du marché de Noël". Polite French asks
// for the recipe, the link or the times so, with no question word and no mark; the question model scores it below its
// addition. Only things told or sent are asked for: a second helping wished ("je veux bien une deuxième part"), a thing
// conceded ("je veux bien croire que…", "je veux bien le reconnaître") or a holiday wished ("je prendrais bien des
// vacances") ask nothing. questions.ts counts it where the model and the patterns leave the post without a question,
// unless withdrawn or rhetorical (question-rhetoric.ts). Read on the folded text (lower case, accents removed).

/** "je veux bien / je prendrais bien / on veut bien / j'aimerais bien" before a thing told or sent. */
const WISHED = new RegExp(
  String.raw`\b(?:je veux bien|je voudrais bien|je prendrais bien|j'aimerais bien|on veut bien|on prendrait bien|nous voulons bien) ` +
    String.raw`(?:(?:la|le|les|l'|votre|vos|ton|tes|un|une|des|du|de la|quelques) ?)` +
    String.raw`(?:recette|lien|nom|noms|reference|ref|marque|avis|conseil|conseils|horaires?|adresse|numero|infos?|informations?|details?|prix|tarifs?|code|contact|mail|email|taille|dimensions|composition|liste|programme|date|dates|astuce|source|playlist|titre|patron|tuto|tutoriel)\b`,
);

/** Whether the folded post asks for a thing the brand can tell or send, in the form of a wish. */
export function asksAsWish(folded: string): boolean {
  return folded.includes('bien ') && WISHED.test(folded);
}
