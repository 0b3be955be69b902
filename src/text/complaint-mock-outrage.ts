// Praise told as outrage, in English and French (accent-folded): "Is this a joke?? Free dessert with every main on
// Tuesdays?? Booking now", "Honestly? Ridiculous. Ridiculously good.", "how do you make a cheese toastie this good?
// Ridiculous.", "Are you serious about the free year for students? seems too good to be true", "Vous êtes sérieux ?
// -50 % sur toute la collection ? Je fonce !", "Impossible de tester le cours de poterie sans devenir accro". The
// patterns read the outrage as a reproach (rules' false alarms in round 14, corpora 5, 7 and 8, the class posts). Only
// beside a word of delight or of a deal seized ("this good", "booking now", "steal of the year", "je fonce", "accro");
// not when a turn, a fee or a cold dish tells the outrage true ("Are you serious?? Delivery 'free' but a £6 'handling
// fee'? Too good to be true indeed.", "C'est une blague ? 9 € le menu enfant et il est arrivé froid."). complaints.ts
// settledElsewhere reads it: one sign at most, and the model does not speak.

/** The outrage said. */
const OUTRAGE = /\b(?:is this a joke|are you serious|ridiculous(?:ly)?|criminal|how is this|c'est une blague|vous etes serieux|c'est criminel|impossible de (?:s'arreter|resister|decrocher|tester|gouter))\b/;

/** Delight, or a deal seized, that tells the outrage as mock. */
const DELIGHT = /\b(?:how good|this good|so good|ridiculously good|too good to be true|booking (?:now|tonight|today|it)|steal of the year|bargain of the year|how cheap|kinda love|love it|bought two|on reserve|je fonce|on fonce|aussi bon(?:ne)?s?|trop bon(?:ne)?s?|une drogue|accro|je reserve)\b/;

/** A turn, a fee or a trouble that tells the outrage true. */
const TRUE_OUTRAGE = /\b(?:but|mais|indeed|fee|fees|frais|cold|froide?s?|late|retard|how much|combien|still|toujours|again|encore)\b/;

/** Whether the post's outrage is praise: a word of delight beside it, and no turn, fee or trouble. */
export function mockOutrage(folded: string): boolean {
  return OUTRAGE.test(folded) && DELIGHT.test(folded) && !TRUE_OUTRAGE.test(folded);
}
