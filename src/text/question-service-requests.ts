// Requests to be called back or contacted, and requests for a service on the poster's own account, with or without a
// mark: "Please call me asap", "Can someone call me back, there's a problem with my bill", "Merci de me contacter
// rapidement", "Je voudrais être rappelée svp", "Bitte um Rückruf", "Würde mich freuen, wenn mich mal jemand
// zurückruft", "Necesito que alguien me llame", "Agradecería que alguien se pusiera en contacto conmigo"; "please sort
// it", "Please explain.", "Please reverse the amount", "kindly check and revert", "Bitte um Klärung", "solicito el
// estado de mi trámite", "Please pick it up asap", "Replacement or refund please". Each asks the brand for an action a
// reply answers, usually beside a complaint and often without a mark: of the labelled posts of fixtures/text that make
// one, all but one ("please sort this out", in the first set) are held as questions. questions.ts counts them as
// questions before the question model is asked (its complaint words weigh against them). Read on the folded text (lower
// case, accents removed), in any of the four languages. A request needs its asking words ("please", "can someone",
// "merci de", "bitte", "que alguien"): "call me crazy", "they never called me back", "ruft mich nie zurück" and "nadie
// me llama" ask nothing; nor does advice on the brand's own ways ("Please update your hours", "pls fix your packing",
// "please do better").

import { unionTester } from './regex-union.js';
import { withoutPastedMessages } from './question-pasted-messages.js';

/** The requests: each needs its asking words beside the action asked. */
const REQUESTS: RegExp[] = [
  // en: "please call me", "can someone just call me back", "could you arrange for someone to call me", "ring me back"
  new RegExp(String.raw`\b(?:please|pls|plz|kindly|can|could|would|will) (?:you |someone |somebody |anyone |a manager |an agent |someone from [a-z ]{1,30}?)?(?:please |pls |just |kindly )?(?:call|ring|phone|contact) me\b`),
  new RegExp(String.raw`\b(?:someone|somebody|anyone|an agent|a manager|a human) (?:to |please |pls |just )?(?:call|ring|phone) me\b`),
  new RegExp(String.raw`(?:^|[.!,;:] )(?:call|ring|phone) me back\b(?! (?:when|once|after|if|as soon))`),
  new RegExp(String.raw`\b(?:please|pls|plz|kindly|can|could|would) (?:you |someone |somebody |anyone )?(?:please |just )?get back to me\b`),
  // en: a service on the poster's account, "please refund the second one", "please look into ref TX-88120", "kindly
  // check and revert", "pls unlock my phone" (not "please update your hours")
  new RegExp(String.raw`\b(?:please|pls|plz|kindly) (?:sort|fix|explain|arrange|remove|reverse|refund|cancel|unlock|check|look into|advise|confirm|update|investigate|escalate|resend|reactivate|restore|replace|credit|waive)\b(?! (?:your|ur|the way|how you|orders|ya)\b)`),
  // en: a case already sent asked to be acted on (round 39's care miss "DM sent, ref 4471. Please pick it up asap"):
  // "please pick it up", "please action it", "please deal with it before Friday", "please get on with the refund"
  // (not "please pass on my thanks", "just picked up my bags")
  new RegExp(String.raw`\b(?:please|pls|plz|kindly) (?:pick (?:it|this|that|them|my (?:dm|message|case|ticket)|the (?:dm|message|case)) up|pick up (?:my|the) (?:dm|message|case|ticket|claim)|action (?:it|this|that|my|the)|deal with (?:it|this|that|my|the)|get on with (?:it|this|that|my|the))\b`),
  // one redress or another, then the asking word (round 39's care miss "Replacement or refund please, DM me."):
  // "exchange or refund please", "remboursement ou échange svp", "Ersatz oder Erstattung bitte", "cambio o reembolso por
  // favor" (not "Refund or replacement, I don't mind which, just glad it's sorted")
  new RegExp(String.raw`\b(?:an? )?(?:replacement|refund|exchange|repair|credit|new one|voucher)s? or (?:an? )?(?:replacement|refund|exchange|repair|credit|new one|voucher|my money back)s?,? (?:please|pls|plz|asap)\b|\b(?:un )?(?:remboursement|echange|remplacement|avoir) ou (?:un )?(?:remboursement|echange|remplacement|avoir),? (?:svp|stp|s'il vous plait|merci)\b|\b(?:ersatz|erstattung|umtausch|gutschrift|geld zuruck) oder (?:ersatz|erstattung|umtausch|gutschrift|geld zuruck),? bitte\b|\b(?:cambio|reembolso|devolucion|reposicion) o (?:cambio|reembolso|devolucion|reposicion),? (?:por favor|porfa)\b`),
  // fr: "merci de me recontacter", "pouvez-vous me rappeler", "quelqu'un peut me rappeler", "rappelez-moi", "je
  // voudrais être rappelée"
  new RegExp(String.raw`\b(?:merci de|pouvez-vous|pourriez-vous|vous pouvez|vous pourriez|peux-tu|tu peux|quelqu'un (?:peut|pourrait)|serait-il possible de|est-il possible de) (?:bien vouloir )?(?:me|m') ?(?:rappeler|recontacter|contacter|appeler)\b`),
  // Not "rappelez-moi de ne plus jamais…", "rappelez-moi le délai…": a thing to recall, not a call back
  // (question-remind-me.ts; class posts after round 40).
  new RegExp(String.raw`\b(?:recontactez|contactez|appelez)-moi\b|\brappelez-moi\b(?!,? (?:svp,? )?(?:de |d'|que |qu'|si |quand |combien |comment |pourquoi |ou |a quelle |jusqu|votre |vos |le (?!plus)|la |les |l'|ce |cette |quel))`),
  new RegExp(String.raw`\bj(?:e voudrais|'aimerais|e souhaiterais|e souhaite|e demande a) (?:etre|d'etre) (?:rappele|recontacte|contacte)e?s?\b`),
  new RegExp(String.raw`\bmerci de (?:bien vouloir )?(?:me )?(?:rembourser|corriger|verifier|annuler|regulariser)\b`),
  // de: "Bitte um Rückruf", "bitte ruft mich zurück", "könnt ihr mich bitte zurückrufen", "kann mich bitte jemand
  // zurückrufen", "wenn mich mal jemand zurückruft"
  new RegExp(String.raw`\bum (?:einen |kurzen |baldigen )?ruckruf\b`),
  new RegExp(String.raw`\bbitte um (?:begrundung|klarung|erstattung|korrektur|stornierung|prufung|gutschrift|erklarung)\b`),
  new RegExp(String.raw`\b(?:bitte )?(?:ruft|rufen sie|ruf) mich (?:bitte |doch |mal |kurz |morgen |heute |schnell )*(?:zuruck|an)\b`),
  new RegExp(String.raw`\b(?:konnt ihr|konntet ihr|konnen sie|konnten sie|kann|konnte|wurde) (?:mich |jemand |bitte |mal |kurz |morgen |heute |vormittag |nachmittag |vom kundenservice )*(?:zuruckrufen|anrufen|kontaktieren)\b`),
  new RegExp(String.raw`\bwenn mich (?:mal |bitte |endlich )?jemand (?:zuruckruft|anruft|kontaktiert)\b`),
  // es: "que alguien me llame", "solicito que me llamen", "llámenme", "que alguien se pusiera en contacto conmigo"
  new RegExp(String.raw`\bque alguien (?:me )?(?:llame|llamara|contacte|contactara)\b`),
  new RegExp(String.raw`\b(?:solicito|pido|necesito|quisiera|agradeceria|agradecere) que (?:alguien )?me (?:llamen|llame|llamaran|contacten|contacte|contactaran)\b`),
  new RegExp(String.raw`\b(?:llamenme|contactenme|llameme|contacteme)\b`),
  new RegExp(String.raw`\bpor favor (?:revisen|reembolsen|cancelen|anulen|verifiquen|devuelvan)\b|\b(?:les|le) solicito que\b|\bsolicito (?:por favor )?(?:el|la) (?:estado|reembolso|devolucion|cancelacion|baja)\b`),
  new RegExp(String.raw`\b(?:se pusiera|se ponga|se pongan|se pusieran|ponerse|pongase|pongan?se) en contacto conmigo\b`),
  // Formal requests written as statements: "Je vous prie de bien vouloir annuler la commande…", "Bitte korrigieren.",
  // "Ich bitte Sie, meinen Vertrag … zu kündigen", "Bräuchte dringend einen Rückruf", "Ich beantrage hiermit…", "would
  // you mind checking order…", "I'd like to escalate my complaint", "Les ruego que anulen el pedido…" ("Je vous prie de
  // m'excuser", "Les ruego disculpen…", "Man hat mir einen Rückruf versprochen" ask nothing).
  new RegExp(String.raw`\bje vous prie de (?:bien vouloir )?(?:me |m')?(?:annuler|rembourser|corriger|verifier|cloturer|resilier|supprimer|transmettre|envoyer|faire parvenir|rappeler|recontacter|contacter|proceder|regulariser|modifier|confirmer|communiquer)\b`),
  new RegExp(String.raw`\bbitte (?:korrigieren|stornieren|prufen|uberprufen|erstatten|zuruckbuchen|kundigen|bestatigen|loschen|gutschreiben)(?:[.!]|$)|\bich bitte sie,? (?:meine|meinen|mein|mir|um|den|die|das)\b|\bich beantrage (?:hiermit )?(?:die|den|das|eine|einen)\b`),
  new RegExp(String.raw`\b(?:brauche|brauchte|benotige|hatte gern|hatte gerne) (?:dringend |gern |gerne |bitte |sofort |umgehend )*einen ruckruf\b`),
  new RegExp(String.raw`\bwould you mind (?:checking|looking|sending|confirming|cancell?ing|resending|refunding)\b|\bi'?d like to escalate\b`),
  new RegExp(String.raw`\ble?s ruego (?:que )?(?:me )?(?:anulen|anule|cancelen|cancele|devuelvan|devuelva|reembolsen|revisen|revise|llamen|contacten|corrijan|tramiten|envien)\b`),
  // Contact by private message asked (round 41's miss "Die Lieferung kam kalt… Bitte meldet euch per DM wegen
  // Erstattung."): "bitte meldet euch (per DM)", "melden Sie sich bitte bei mir", "écrivez-moi en MP", "escríbanme por
  // privado" — an asking word or the imperative; "Die haben versprochen, sich per DM zu melden" asks nothing. (English
  // "please DM me" the question model already reads as asking; a pattern for it added only a false alarm.)
  new RegExp(String.raw`\b(?:bitte )?(?:meldet euch|melden sie sich|meld dich) (?:bitte |doch |mal |kurz |schnell |umgehend |bei mir |per (?:dm|pn|pm|mail|e-mail) )*(?:bei mir|per (?:dm|pn|pm|mail|e-mail)|wegen)\b|\bbitte (?:meldet euch|melden sie sich|meld dich)\b`),
  new RegExp(String.raw`\b(?:ecrivez|envoyez)-moi (?:un message )?(?:en (?:mp|prive|dm)|par (?:mp|dm|message prive))\b|\bmerci de m'ecrire (?:en (?:mp|prive|dm))\b`),
  new RegExp(String.raw`\b(?:escribanme|escribidme|escribeme|mandenme|mandadme) (?:un )?(?:por (?:privado|dm|md|mensaje privado)|(?:un )?(?:dm|md|privado))\b`),
];

/**
 * The requests tested together (regex-union.ts): each only on a text that holds a literal it cannot match without,
 * found by the scan the question patterns share. Every post is read and few make a request.
 */
const TESTER = unionTester(REQUESTS);

/**
 * Whether the folded post asks to be called back or contacted, or for a service on the poster's account (REQUESTS),
 * outside a message it quotes: a request pasted from an earlier message was asked then (question-pasted-messages.ts).
 */
export function asksForService(folded: string): boolean {
  return TESTER.test(folded) && TESTER.test(withoutPastedMessages(folded));
}
