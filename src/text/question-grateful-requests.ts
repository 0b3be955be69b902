// Requests written as thanks in advance, and requests to be written to privately (round 38's misses: a formal letter
// asking for a certificate, "je vous remercie de bien vouloir me transmettre une attestation…", and a care post, "…
// 2 days now. £650. Please DM me, I've already filled the in-app form twice"): "I would be grateful if you could send
// me…", "Ich wäre Ihnen dankbar, wenn Sie mir… zusenden könnten", "Les agradecería que me enviaran…", "écrivez-moi en
// MP svp", "schreibt mir bitte per DM", "escríbanme por privado". Without a mark and among complaint words the question
// model leaves them below its threshold (−0.7 for the care post), yet each asks the brand for something a reply gives.
// Thanks for what was done ("Je vous remercie de votre réponse", "I am grateful for the quick replacement", "Les
// agradezco que me enviaran…"), a wish in the past ("Ich wäre Ihnen dankbar gewesen, wenn…") and a message already sent
// ("DM'd you my order number") ask nothing; nor does a request to be written to closing a chase that counts its asks
// ("Third time asking. … Please DM me.", a complaint only in round 37's care posts). questions.ts asks on them whatever the model says, unless withdrawn or
// rhetorical. Read on the folded text (lower case, accents removed, handles dropped).

import { unionTester } from './regex-union.js';

/** What a formal letter asks the brand to do for the poster. */
const FR_VERBS = String.raw`(?:transmettre|envoyer|adresser|faire parvenir|communiquer|confirmer|indiquer|rembourser|rappeler|recontacter|fournir|delivrer|etablir|renvoyer)`;

const GRATEFUL: RegExp[] = [
  // fr: "je vous remercie (par avance) de bien vouloir me transmettre", "je vous serais reconnaissant de m'envoyer"
  new RegExp(String.raw`\bje vous (?:remercie|remercierais|serais (?:tres )?reconnaissante?)(?: d'avance| par avance)? (?:de bien vouloir|de|d'|si vous pouviez|si vous vouliez bien) ?(?:me |m'|nous )?${FR_VERBS}\b`),
  // en: "I would be grateful if you could send", "I'd appreciate it if you could confirm"
  new RegExp(String.raw`\bi(?: would|'d|'d be| should) (?:be )?(?:most |very |really |extremely )?(?:grateful|obliged|appreciate it|appreciate) if (?:you|someone) (?:could|would|can)\b`),
  // de: "ich wäre Ihnen dankbar, wenn Sie mir…" (not "dankbar gewesen")
  new RegExp(String.raw`\bich (?:ware|wurde mich freuen|bin) (?:ihnen|euch) (?:sehr |ausserst |ausgesprochen )?dankbar,? wenn (?:sie|ihr) (?:mir|uns)\b`),
  // es: "les agradecería que me enviaran", "os agradecería me confirmarais"
  new RegExp(String.raw`\b(?:les?|os) agradeceria(?:mos)? (?:mucho |muchisimo |enormemente )?(?:que )?(?:me|nos) `),
  // Written to privately: "please DM me", "DM me pls", "écrivez-moi en MP", "schreibt mir bitte per DM", "escríbanme por privado"
  new RegExp(String.raw`\b(?:please|pls|plz|kindly|can you|could you|can someone|could someone) (?:just )?(?:dm|pm|inbox) me\b|\b(?:dm|pm|inbox) me (?:please|pls|plz)\b`),
  new RegExp(String.raw`\b(?:ecrivez-moi|ecris-moi|contactez-moi|merci de m'ecrire|pouvez-vous m'ecrire|vous pouvez m'ecrire) (?:en|par) (?:mp|dm|message prive|prive)\b`),
  new RegExp(String.raw`\b(?:schreibt|schreiben sie|schreib) mir (?:bitte |doch |mal |kurz )*(?:eine |ne )?(?:per |eine )?(?:dm|pn|pm|privatnachricht|direktnachricht)\b`),
  new RegExp(String.raw`\b(?:escribanme|escribeme|escribidme|mandenme un mensaje|mandadme un mensaje|contactenme) (?:por|al|en|un) (?:privado|dm|md|mp|directo|interno)\b`),
];

/** The requests tested together (regex-union.ts): each only where the scan finds a literal it needs. */
const TESTER = unionTester(GRATEFUL);

/** A chase counting the times the poster asked ("third time asking", "asking again"). */
const ASKED_BEFORE = /\b(?:second|third|fourth|fifth|\d+(?:nd|rd|th)) time asking\b|\basking (?:again|for the (?:second|third|fourth) time)\b/;

/** Whether the folded post asks for something in thanks given in advance, or asks to be written to privately. */
export function asksGratefully(folded: string): boolean {
  return TESTER.test(folded) && !(folded.includes('asking') && ASKED_BEFORE.test(folded));
}
