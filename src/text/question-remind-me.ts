// A fact asked to be recalled, written as a request without a mark (class posts after round 40): "remind me what time
// you close on Sundays", "@CaféLindeUK remind me how long the return window is again", "Rappelez-moi le délai pour
// renvoyer un article svp", "Erinnert mich mal, bis wann ihr samstags offen habt", "Recuérdenme a qué hora cierran los
// domingos". The question model reads "remind me" as a note to self (question-notes-to-self.ts) or a call-back
// request, so these ask whatever it says (questions.ts asksBesidesModel). Only a question word, "whether"/"si"/"ob", or
// a fact named by an article may follow: "remind me never to order here again", "remind me why I bother", "Rappelez-moi
// de ne plus jamais prendre ce train", "Erinnert mich an meine Kindheit", "remind me to come back" ask nothing. Read on
// the folded text (lower case, accents removed), opening the post or after a handle or a short greeting.

/** What opens the post before the request: handles and a greeting or "quick one" at most. */
const OPENING = String.raw`^(?:@\S+\s+|\s)*(?:(?:hi|hey|hello|quick one|bonjour|salut|bonsoir|hallo|moin|servus|hola|buenas)\W{0,3}\s*)?`;

const REMIND = new RegExp(
  OPENING +
    '(?:' +
    [
      // en: "remind me what/how/when/where/which/whether/if…", "(can you) remind me the opening hours"
      String.raw`(?:pls |please |can you |could you )?remind me,? (?:again,? )?(?:what|how (?:long|much|many|late|early)|when|where|which|whether|if|the|your)\b`,
      // fr: "rappelez-moi le/la/les/si/quand/combien/jusqu'à/à quelle heure…", "tu peux me rappeler" is a call back
      String.raw`(?:rappelez|rappelle|rappelez-nous)-moi,? (?:svp,? )?(?:le |la |les |l'|si |quand |combien |jusqu'a |a quelle |ou |comment |quel |quelle |quels |quelles |vos |votre )`,
      // de: "erinnert mich (mal|bitte), bis wann/wann/wie/ob/wo/was…", "Erinnern Sie mich bitte, wie lange…"
      String.raw`(?:erinnert|erinnern sie|erinnere) mich,? (?:(?:mal|bitte|kurz|nochmal|noch mal) )*,?\s*(?:bis wann|wann|wie|ob|wo|was|welche[rns]?|an welchem)\b`,
      // es: "recuérdenme/recordadme/recuérdame a qué hora/si/cuándo/qué/cómo/dónde/el/la…"
      String.raw`(?:recuerdenme|recordadme|recuerdame|me recuerdan|me recordais),? (?:por favor,? )?(?:a que|que|si|cuando|como|donde|cual|cuanto|el|la|los|las|vuestro|su)\b`,
    ].join('|') +
    ')',
);

/** Whether the folded post asks a fact to be recalled, by the forms above. */
export function asksReminder(folded: string): boolean {
  return REMIND.test(folded);
}
