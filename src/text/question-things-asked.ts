// Asking for a thing, told after a story that the question model reads as a complaint or a tale (round 30's missed
// questions, accent-folded): a spare part or an item asked for ("Mon chien a rongé le câble… Est-ce qu'on peut en
// commander un seul chez un concessionnaire ?", "Ce serait possible d'avoir la recette de votre sauce César ? 😇"), and
// a lost thing looked for ("Quelqu'un a vu un bonnet rouge ? Je crois que je l'ai oublié au rayon surgelés",
// "Has anyone seen a blue scarf?", "Hat jemand einen Schlüssel gesehen?", "¿Alguien ha visto una cartera negra?").
// Each with its mark: "Ce serait possible d'être plus lent ?" asks for no thing. questions.ts counts them as questions
// whatever the model says, unless withdrawn or rhetorical (question-rhetoric.ts).

const THINGS_ASKED = new RegExp(
  [
    String.raw`\best-ce qu'(?:on|il|elle) (?:peut|pourrait|pourra) (?:en )?(?:commander|acheter|avoir|obtenir|recevoir|reserver|racheter|trouver)\b[^?]*\?`,
    String.raw`\b(?:ce serait|ca serait|serait-il|est-ce) possible d'(?:avoir|obtenir|recevoir|commander|acheter|reserver)\b[^?]*\?`,
    String.raw`\b(?:quelqu'un|qqn) (?:aurait|a) (?:vu|trouve|retrouve) (?:un|une|mon|ma|mes|des|le|la|les)\b[^?]*\?`,
    String.raw`\b(?:has |did )?(?:any ?one|any ?body|someone) (?:seen|found|picked up|handed in) (?:a|an|my|the)\b[^?]*\?`,
    String.raw`\bhat (?:jemand|wer|einer|irgendwer) (?:einen|eine|ein|meinen|meine|mein|den|die|das)\b[^?]*\b(?:gesehen|gefunden|abgegeben)\b[^?]*\?`,
    String.raw`\balguien (?:ha|habra|a) (?:visto|encontrado) (?:un|una|mi|mis|el|la|los|las)\b[^?]*\?`,
  ].join('|'),
);

/** Whether the folded post asks, with its mark, for a thing to be had or a lost thing to be found. */
export function asksForThing(folded: string): boolean {
  return folded.includes('?') && THINGS_ASKED.test(folded);
}
