// The brand asked what it does about its partner's failing (round 40's misses, grievances about marketplace sellers,
// delivery partners and subcontractors brought to the brand: "@ShopLoop j'ai acheté chez un vendeur partenaire… le
// vendeur ne répond plus depuis 3 semaines. Vous couvrez ce genre de cas ou pas ?", "Le livreur @RepasGo… a été super
// malpoli… Vous avez un formulaire pour signaler un livreur ?", "The subcontractor you sent says it's your booking
// system, you say it's them. Who is actually going to fix my heating, and when?"). The partner's trouble told first
// weighs against the question in the question model (−0.3 to −3.3, past its veto of a post with a mark), though it asks
// the brand for recourse: whether its cover takes the case, a form to report the partner, who will put it right. A
// reproach over the partner asks nothing ("Vous vérifiez vos vendeurs, parfois ?", "Do you even vet these couriers?",
// "Kontrolliert ihr eure Franchisenehmer überhaupt?", "¿Así trabajan sus socios?"): none of these forms. Read on the
// folded text (lower case, accents removed), in the sentence that asks with a mark.

/** A partner of the brand's named: a marketplace seller, a courier, a subcontractor, a franchisee. */
const PARTNER =
  /\b(?:seller|vendor|third[- ]party|driver|courier|rider|subcontractor|contractor|engineer|franchise\w*|partner|vendeur|livreur|transporteur|sous-traitant|partenaire|prestataire|verkaufer|handler|fahrer|zusteller|kurier|subunternehmer|vendedor|repartidor|mensajero|subcontratista|franquicia\w*|socio)s?\b/;

/** Recourse asked of the brand: its cover, a form to report the partner, who will put it right. */
const RECOURSE = new RegExp(
  [
    // en
    String.raw`\bdo(?:es)? (?:you|your (?:\S+ ){0,2}(?:guarantee|protection|cover|policy)) (?:\S+ )?(?:cover|handle|deal with|step in (?:on|for))\b|\b(?:is there|do you have) (?:a|any) (?:form|way|page|process) (?:to|for) (?:report|reporting|flag|complain)\b|\bwho(?:'s| is) (?:\S+ )?going to (?:fix|sort|repair|refund|pay for|replace|put right)\b`,
    // fr
    String.raw`\bvous (?:couvrez|prenez en charge|gerez|remboursez) (?:ce genre|ce type|ces cas|ce cas|les cas|ca|cela|les achats)\b|\b(?:vous avez|il y a|y a-t-il|existe-t-il) un (?:formulaire|moyen|lien) pour (?:signaler|reclamer|porter plainte)\b|\bqui (?:va|doit) (?:me )?(?:rembourser|reparer|payer|regler|remplacer)\b`,
    // de
    String.raw`\b(?:deckt|ubernimmt|ubernehmt) (?:ihr |euer \S+ |der \S+ |ihr \S+ )?(?:so was|sowas|das|solche falle|den fall)\b|\b(?:gibt es|habt ihr|gibt's) (?:ein|irgendein) formular,? (?:um|zum|fur)\b|\bwer (?:repariert|erstattet|bezahlt|ersetzt|ubernimmt) (?:mir )?(?:das|den schaden|die kosten)\b`,
    // es
    String.raw`\b(?:cubren|cubre|se hacen cargo de|se hace cargo de) (?:este tipo de|estos|este|esto|eso)\b|\b(?:tienen|hay|existe) (?:un|algun) formulario para (?:reportar|denunciar|reclamar|quejarse)\b|\bquien (?:me )?(?:va a|tiene que) (?:arreglar|devolver|pagar|reparar|reponer)\b`,
  ].join('|'),
);

const SENTENCE = /[^.!?…]+[.!?…]*/g;

/** Whether the post names a partner of the brand's and asks the brand, with a mark, for recourse over it. */
export function asksPartnerRecourse(folded: string): boolean {
  // Cheap tests first: every post the model and the patterns leave without a question is read here.
  if (!folded.includes('?') || !PARTNER.test(folded)) return false;
  return (folded.match(SENTENCE) ?? []).some((s) => (s.includes('?') || s.includes('¿')) && RECOURSE.test(s));
}
