// An opening day asked in statement order after a call to the listener (round 38's miss "Dites, c'est ouvert le 21
// juillet à Liège @MegaBrico_BE"): "Dis, c'est ouvert le 15 août…", "Dites, vous êtes ouverts le lundi de Pâques…",
// "Sagt mal, ihr habt an Fronleichnam offen…", "Sag mal, hat der Laden am 8. Dezember geöffnet". Without a mark, the
// question model leaves the first just below its threshold (−0.1) and the patterns find no interrogative form; but
// "Dites," / "Sagt mal," opens a question to the brand, and an opening on a given day is what it asks. The same call
// before praise ("Sagt mal, ihr habt echt den besten Kuchen") or an opening told without a day ("Dites, c'est ouvert
// depuis trois semaines et je le découvre") asks nothing. questions.ts asks on it whatever the model says, unless
// rhetorical. Read on the folded text (lower case, accents removed, handles dropped).

const DAY = String.raw`(?:le \d+|le (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|1er|premier|jour|soir|matin|week-end)|ce (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|week-end)|(?:a|pour) (?:noel|paques|la toussaint|l'ascension|la pentecote)|am \d+|am (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|feiertag|wochenende|heiligabend)|an (?:fronleichnam|ostern|pfingsten|weihnachten|silvester|feiertagen|allerheiligen)|(?:montags|sonntags|feiertags))`;

/** "Dites," / "Sagt mal," opening the post: the one literal test run on every post this form is tried on. */
const CALL = /^(?:dites|dis|sag)/;

/** The open word then the day, or the day then the open word ("habt ihr am Sonntag offen"), in the first sentence. */
const OPEN = String.raw`\b(?:ouverts?|ouvre|ouvrez|offen|geoffnet|auf)\b`;
const OPENING_DAY = new RegExp(
  String.raw`^(?:dites|dis|dites-moi|dis-moi|sagt mal|sag mal|sagen sie mal),? [^.!?]{0,40}` +
    `(?:${OPEN}[^.!?]{0,20}?\\b${DAY}\\b|\\b${DAY}\\b[^.!?]{0,30}?${OPEN})`,
);

/** Whether the folded post, opened by "Dites," or "Sagt mal,", asks whether the brand opens on a given day. */
export function asksOpeningDay(folded: string): boolean {
  const text = folded.trimStart();
  // A date's dot ("am 24. Dezember") ends no sentence here.
  return CALL.test(text) && OPENING_DAY.test(text.replace(/(\d)\./g, '$1'));
}
