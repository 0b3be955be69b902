// Not knowing how to do a thing on one's own account or order, told to the brand (round 39's miss "cc @BanqueLumen jsp
// comment activer ma carte"): "idk how to cancel my free trial", "je sais pas comment télécharger ma facture", "weiß
// nicht, wie ich mein Abo pausieren kann", "ni idea de cómo activar la tarjeta nueva". Said to the brand, it can only
// ask how; yet it holds no question word in front, no inversion and no mark, and the question model scores it either
// side of zero (−0.7 to 2.2). The thing not known is an action on the poster's side (cancel, change, activate,
// download, reset…): not knowing how the brand does it is praise ("Je ne sais pas comment vous faites pour…", "No sé
// cómo lo hacéis", "Ich weiß nicht, wie ihr das macht", "I don't know how you do it"), and not knowing how to feel or
// to thank asks nothing; nor does a past "didn't know how to… but found your guide". questions.ts counts it where the
// model and the patterns leave the post without a question, unless withdrawn or rhetorical (question-rhetoric.ts).
// Read on the folded text (lower case, accents removed; "jsp" spelt out as "je ne sais pas" by shorthand.ts).

/** English actions on one's own account, order or device. */
export const EN_DO = String.raw`(?:cancel|change|update|activate|set up|setup|reset|add|download|get|find|use|register|return|track|book|pay|claim|log ?in|sign in|unsubscribe|delete|remove|upgrade|downgrade|renew|redeem|transfer|contact|reach|top up|install|connect|link|pause|stop|move|reschedule|unlock|block|report|access|apply|switch|close|freeze|order)`;
/** French infinitives of the same actions. */
export const FR_DO = String.raw`(?:activer|ajouter|changer|modifier|telecharger|annuler|resilier|installer|utiliser|recuperer|supprimer|retrouver|contacter|joindre|payer|reserver|suivre|debloquer|bloquer|reinitialiser|mettre a jour|acceder|configurer|connecter|lier|renouveler|transferer|rembourser|retourner|renvoyer|commander|me connecter|m'inscrire|me desinscrire|desactiver|suspendre|deplacer|declarer|obtenir|trouver|faire(?! sans))`;
/** German stems of the same actions, closing the clause as an infinitive or a finite verb ("pausieren", "herunterlade"). */
export const DE_DO = String.raw`(?:kundig|ander|herunterlad|runterlad|aktivier|deaktivier|pausier|losch|zurucksetz|storn|bezahl|buch|erreich|einricht|anmeld|abmeld|einlogg|hinzufug|verlanger|zurucksend|zuruckschick|sperr|entsperr|verschieb|umbuch|beantrag|freischalt|verknupf|installier|auflad|reklamier|widerruf)[a-z]*`;
/** Spanish infinitives of the same actions. */
export const ES_DO = String.raw`(?:activar|cambiar|cancelar|anular|descargar|instalar|usar|recuperar|borrar|eliminar|encontrar|contactar|pagar|reservar|seguir|desbloquear|bloquear|restablecer|actualizar|acceder|configurar|conectar|vincular|renovar|transferir|devolver|pedir|darme de baja|dar de baja|registrarme|iniciar sesion|entrar|pausar|solicitar|reclamar|hacer)`;

/** The admissions of not knowing how, each before the action not known. */
const KNOW_HOW = new RegExp(
  [
    // en: "idk how to cancel", "I don't know how to change…", "dunno how to get", "no idea how to reset", "not sure how
    // to add" (not "didn't know how to", "don't know how to feel", "I don't know how you do it", nor staff who "don't
    // know how to use the till")
    String.raw`(?<!\b(?:they|you|u|he|she|we|staff|people|who|guys|team|drivers?|couriers?|agents?|shops?) )\b(?:idk|dunno|don'?t know|do not know|have no idea|got no idea|no idea|not sure|no clue|have no clue) how (?:to|do i|can i|i can|i'?m supposed to) ${EN_DO}\b`,
    // fr: "je (ne) sais pas comment activer", "chais pas comment faire pour résilier", "aucune idée de comment ajouter"
    String.raw`\b(?:je ne sais pas|je sais pas|j'sais pas|chais pas|sais pas|aucune idee de) comment (?:on fait pour |faire pour |je peux |on peut )?${FR_DO}\b`,
    // de: "(ich) weiß nicht, wie ich mein Abo pausieren kann", "keine Ahnung, wie man das Konto löscht"
    String.raw`(?:\bich |^|[.!,;:] )(?:weiss|weis) (?:einfach |echt |leider |grad |gerade )?(?:nicht|net|nich),? wie (?:ich|man) (?:[a-z0-9'-]+ ){0,5}?${DE_DO}\b|\bkeine ahnung,? wie (?:ich|man) (?:[a-z0-9'-]+ ){0,5}?${DE_DO}\b`,
    // es: "no sé cómo activar", "ni idea de cómo cambiar", "no tengo ni idea de cómo descargar"
    String.raw`\b(?:no se|ni idea de|no tengo (?:ni )?idea de|no se muy bien) como (?:puedo |se puede |hago para |hacer para )?${ES_DO}\b`,
  ].join('|'),
);

/** The question words every admission holds: a cheap scan first, as most posts hold none and every post is read. */
const HOW = /how|comment|wie|como/;

/** Whether the folded post tells the brand the poster does not know how to do a thing on their side (KNOW_HOW). */
export function asksKnowHow(folded: string): boolean {
  return HOW.test(folded) && KNOW_HOW.test(folded);
}
