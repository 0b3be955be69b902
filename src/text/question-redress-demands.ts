// Redress demanded at the end of a complaint told at length (round 36's misses: "…I've got the confirmation email
// right here (ref BK-7731). How does this happen and what are you going to do about it?", "…Buchungsnummer HX-44871.
// Wer erstattet mir das jetzt, und warum erreiche ich bei euch nachts niemanden?", "…Cómo pasa algo así y qué piensan
// hacer al respecto?", "…Pouvez-vous vérifier ce qui s'est passé et annuler ces frais ?", "…Kann mir irgendwer bei
// euch verbindlich sagen, wer das jetzt löst und bis wann?"). The question model weighs the story of the failure
// against asking (−0.2 to −4.1, past the veto of a post with a mark), yet the poster asks the brand what it will do,
// who pays back, or to check and cancel a charge: a question the brand must answer. The demand is asked with a mark;
// one answered at once in scorn ("What are you going to do about it? Nothing, as usual.", "Vous allez faire quoi ?
// Rien, comme d'habitude", "Gar nichts natürlich", "Nada, como siempre") asks no one, and the labelled posts hold it as
// a reproach. questions.ts counts the demand where the model and the patterns leave the post without one. Read on the
// folded text (lower case, accents removed).

/** What the brand will do, who refunds, a charge to check or cancel, who will settle it — per language. */
const DEMAND = new RegExp(
  String.raw`(?:` +
    [
      // en
      String.raw`\bwhat (?:are|r) (?:you|u)(?: guys)? (?:going to|gonna|planning to) do (?:about (?:it|this|that)|to (?:make (?:this|it) right|fix (?:this|it)|sort (?:this|it)))`,
      String.raw`\bwhat (?:will|do) you (?:intend to |plan to )?do about (?:it|this|that)\b`,
      String.raw`\bwho(?:'s| is) (?:going to|gonna) (?:refund|reimburse|compensate|pay back|pay) (?:me|us)\b`,
      // fr
      String.raw`\bqu'est-ce que vous (?:allez|comptez|pensez) faire\b|\bque (?:comptez|allez|pensez)-vous faire\b`,
      String.raw`\bqui (?:va|doit) (?:me|nous) rembourser\b`,
      String.raw`\b(?:pouvez|pourriez)-vous (?:verifier|annuler|rembourser|corriger|regulariser|rectifier)\b`,
      // de
      String.raw`\bwas (?:wollt|werdet|gedenkt|wollen sie|werden sie) (?:ihr |sie )?(?:jetzt |nun |da |denn )*(?:dagegen |dafur )?(?:tun|machen|unternehmen)\b`,
      String.raw`\bwer (?:erstattet|ersetzt|zahlt|bezahlt|ubernimmt) (?:mir|uns) (?:das|die kosten|den schaden)\b`,
      String.raw`\bkann mir (?:irgendwer|jemand|einer) (?:bei euch |von euch )?(?:\S+ ){0,2}sagen,? (?:wer|wann|wie|ob|was)\b`,
      // es
      String.raw`\bque (?:piensan|van a|vais a|pensais|piensa|va a) hacer (?:al respecto|con esto|ahora)\b`,
      String.raw`\bquien (?:me|nos) (?:devuelve|reembolsa|paga|compensa)\b`,
      String.raw`\b(?:pueden|podeis|podrian|podriais|puede|podria) (?:revisar|anular|cancelar|devolverme|reembolsarme|verificar|corregir)\b`,
    ].join('|') +
    String.raw`)[^.!?]{0,200}[?]`,
);

/** A scornful answer at once after the demand ("Nothing, as usual", "Rien", "Gar nichts", "Nada"). */
const SCORNED = /^[\s.…]*(?:absolutely |probably |rien de rien|gar |wahrscheinlich |seguro que |como siempre,? )?(?:nothing|rien|nichts|nada|que dalle|zilch)\b/;

/** Whether the folded post demands redress from the brand with a mark, not answered at once in scorn. */
export function demandsRedress(folded: string): boolean {
  if (!folded.includes('?')) return false;
  const m = DEMAND.exec(folded);
  return m !== null && !SCORNED.test(folded.slice(m.index + m[0].length));
}
