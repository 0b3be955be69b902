// Hearsay told after a question (round 37's missed question): "Vous savez quand sort la version PS5 du jeu ? J'ai vu une
// rumeur pour octobre", "Anyone know when…? Just saw a rumour it's October", "Quelqu'un sait si… ? J'ai vu passer un post
// qui disait que oui". "J'ai vu" and "just saw" open a withdrawal in question-rhetoric.ts ("…? Ah j'ai vu, c'est sur le
// site", "…? Just saw the banner"); followed by a rumour, something seen in passing or somewhere, they tell why the
// poster asks, and the question stands. So does a sighting the poster doubts in the same sentence ("…? J'ai vu ça sur
// une affiche mais pas sûre", round 27's; "…? Just saw a sign about it but not sure it's every store", "…? Ya lo vi en un
// cartel pero no estoy segura").

/** A lookahead set after a withdrawal's words: they do not withdraw when hearsay follows them. */
export const NOT_HEARSAY = String.raw`(?! (?:une? |a |an |some |ein(?:e|en)? )?(?:rumeurs?|rumou?rs?|bruits?|passer|quelque part|somewhere|people say|des gens|quelqu'un dire|someone say))`;

/** A doubt in the sentence that would withdraw the question: the poster is not sure of what they saw. */
export const UNSURE = /\b(?:(?:je suis |j'suis |chui )?pas (?:sure?|certaine?)|not (?:sure|certain)|(?:bin |ist )?(?:aber )?nicht sicher|no (?:estoy |toy )?(?:segur[oa]|convencid[oa]))\b/;
