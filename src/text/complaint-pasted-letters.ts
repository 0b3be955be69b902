// A formal letter pasted into a post, written to thank or to ask for a document (accent-folded): "Sehr geehrte Damen
// und Herren, für meinen Antrag benötige ich eine Kopie der Jahresabrechnung … Mit freundlichen Grüßen", "Madame,
// Monsieur, je vous remercie de bien vouloir me transmettre une attestation … Veuillez agréer …", "Dear Sir or Madam, I
// would be grateful if you could send me an itemised statement … Kind regards", "Estimado equipo: les escribo para
// agradecer la atención … Con gratitud". Round 38 gave five such false alarms (fr, en, de, es): the model reads a long
// letter's many words (reference numbers, contracts, deadlines, a theft or an emergency told in thanks) as a grievance.
// Only a letter laid out as one (a salutation opening it, a sign-off line after), stating thanks or a document asked
// for; not a formal complaint ("Betreff: Beschwerde", "I have asked three times … still not received", "leider warte
// ich seit sechs Wochen", "Lamentablemente … sigo sin recibir"). complaints.ts settledElsewhere reads it: one sign at
// most, and the model does not speak.
import { foldedAsWritten } from './folded-as-written.js';

/** The letter's salutation opening it, after a subject line if any. */
const SALUTATION =
  /^\s*(?:(?:subject|re|objet|betreff|asunto)\s*:[^\n]*\n\s*)?(?:dear\b|to whom it may concern|madame,? monsieur|madame,|monsieur,|cher|chere|sehr geehrte|liebe[rs]?\b|hallo liebes team|estimad[oa]s?\b|muy senor)/;

/** A sign-off line after the body ("Grüße" keeps its ß through the fold). */
const SIGN_OFF =
  /\n[^\n]{0,40}\b(?:regards|yours (?:faithfully|sincerely|truly)|with (?:thanks|gratitude|best wishes)|best wishes|sincerely|salutations|cordialement|bien a vous|respectueusement|gru(?:ss|\u00df)(?:en?)?|atentamente|saludos?|con gratitud|un abrazo)\b/;

/** Thanks given, or a document asked to be sent. */
const PURPOSE =
  /\b(?:thank|grateful|remercie\w*|gratitude|bedanken|danken|dankbar|agradec\w+|(?:dar|darles|daros) las gracias|send me|email me|e-mail me|(?:a|the) (?:copy|statement|certificate|confirmation|letter confirming)|transmettre|m'adresser|me delivrer|m'envoyer|attestation|releve|certificat|zuzusenden|zu (?:senden|schicken|ubermitteln)|zukommen zu lassen|bescheinigung|bestatigung|kopie|enviaran|envien|enviarme|remitirme|certificado|duplicado|justificante)/;

/** A grievance the letter tells: a complaint named, a thing still awaited, chased, regretted, or to be escalated. */
const GRIEVANCE =
  /\b(?:complain\w*|reclamation|plainte|beschwerde|reklamation|reclamacion|queja|still (?:not|no|haven't|have not|waiting)|toujours (?:pas|rien|en attente)|immer noch|noch immer|sigo sin|todavia (?:no|sin)|leider|malheureusement|unfortunately|lamentablemente|desafortunadamente|however|cependant|allerdings|jedoch|sin embargo|reminder|relance|mahnung|recordatorio|ombudsman|mediateur|schlichtung|lawyer|avocat|anwalt|abogado|again|a nouveau|erneut|wieder|otra vez|de nuevo|refund|rembours\w*|erstatt\w*|reembols\w*|(?:twice|(?:two|three|four|several|many|\d+) times|(?:deux|trois|quatre|plusieurs|\d+) (?:fois|courriers|relances)|(?:zwei|drei|vier|mehr)mals?|mehrfach|(?:dos|tres|cuatro|varias) veces)|unacceptable|inacceptable|inakzeptabel|inaceptable|disappointed|decu|decue|enttauscht|decepcionad[oa])\b/;

/** Whether the post is a pasted letter of thanks or of a document request, with no grievance told. */
export function pastedLetterOfThanksOrRequest(_folded: string, original: string): boolean {
  // Cheap test first: a letter runs over several lines; almost no post does.
  if (!original.includes('\n')) return false;
  const written = foldedAsWritten(original);
  return SALUTATION.test(written) && SIGN_OFF.test(written) && PURPOSE.test(written) && !GRIEVANCE.test(written);
}
