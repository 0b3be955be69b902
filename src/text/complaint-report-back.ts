// A poster reporting back after an earlier complaint that the brand put it right (accent-folded): "Reporting back: the
// refund landed this morning … I was pretty annoyed in my last post so it's only fair to say thanks", "Petit retour
// après mon message de la semaine dernière : le double prélèvement a été remboursé … au départ j'étais furieux mais
// c'est du bon boulot", "Kurzes Update: … die falsch berechneten Gebühren wurden komplett gutgeschrieben … ich war echt
// sauer, aber fairerweise …", "Vuelvo para contar cómo terminó: me reembolsaron los 86,40 € … justo es decir que lo
// resolvieron bien". Round 36 gave four such false alarms, one per language: the old trouble (a double charge, an
// amount, the anger felt then) reads as a complaint to the patterns and the model, while the post closes the matter with
// thanks or a good rating. Only a post that opens as a report back (a follow-up told first, the way the class writes
// it), tells the money or the fault put right and thanks or rates it well; not one where the trouble goes on or the
// redress falls short ("toujours pas remboursé", "refunded, but only half", "trotzdem jeden Monat wieder", "sigue sin
// funcionar", a rating of 0 to 2 out of 5). complaints.ts settledElsewhere reads it: one sign at most, and the model
// does not speak.

/** The post opens as a report back on an earlier post (anchored: read at the start only, whatever the post's length). */
const OPENS_AS_REPORT_BACK =
  /^(?:@[\w.]+ )*(?:(?:quick|small|little|an|short) )?(?:reporting back|update|follow(?:ing)?[- ]up|coming back|back to (?:say|report)|petit retour|retour (?:sur|apres|suite)|suite a mon|mise a jour|je reviens|(?:kurzes|kleines) update|nachtrag|(?:kurze )?ruckmeldung|vuelvo (?:para|a contar)|actualizo|actualizacion|les cuento como)\b/;

/** The money or the fault put right (past tense: done, not promised). */
const PUT_RIGHT =
  /\b(?:refund (?:has )?(?:landed|arrived|came through|went through|is in)|(?:has|have|was|were|been) (?:refunded|credited|reimbursed|sorted|fixed|resolved)|refunded (?:in full|the)|rembourse(?:e|s|es)?|rendus?|regle|resolu|(?:zuruck)?erstattet|gutgeschrieben|behoben|geklart|reembolsaron|devolvieron|resolvieron|solucionaron|arreglaron)\b/;

/** Thanks, a fair word or a good rating closing the matter. */
const THANKED =
  /\b(?:thanks|thank you|cheers|fair play|only fair|well done|credit where|legend|merci|bon (?:boulot|travail)|chapeau|danke|fairerweise|fair ist fair|vorbildlich|gracias|justo es decir|hay que reconocer)\b|\b[45](?:[.,]\d)?\/5\b/;

/** The trouble going on, or the redress falling short: the post still complains. */
const STILL_WRONG =
  /\b(?:still|again|but only|only half|unfortunately|toujours|encore|mais seulement|malheureusement|immer noch|noch immer|noch nicht|bis heute nicht|trotzdem|wieder|aber nur|leider|todavia|sigue|sigo|otra vez|pero solo|lamentablemente)\b|\b[0-2](?:[.,]\d)?\/5\b|\b(?:not|pas|nicht|no)\b[^.!?]{0,12}\b(?:sorted|resolved|fixed|resolu|regle|gelost|geklart|resuelto)\b/;

/** Whether the post reports back that an earlier trouble was put right, and thanks for it. */
export function reportsBackPutRight(folded: string): boolean {
  return OPENS_AS_REPORT_BACK.test(folded) && PUT_RIGHT.test(folded) && THANKED.test(folded) && !STILL_WRONG.test(folded);
}
