// Polite requests and indirect questions written without '?': "Vous pouvez m'envoyer… svp", "Kindly revert
// regarding…", "I wonder whether…", "Bitte um Info, ob…", "Ich hätte gern gewusst, ob…", "Que alguien me explique
// cómo…", "xfa digan si…". They ask the brand for an answer or an action. questions.ts adds them to the indirect
// questions of question-patterns.ts (tested anywhere in a sentence). French, English and German accent-folded; Spanish
// with its accents, like question-patterns.ts.
import type { Lang4 } from './stopwords.js';

export const REQUESTS: Record<Lang4, RegExp[]> = {
  fr: [
    /\b(?:vous pouvez|vous pourriez|tu peux|tu pourrais) (?:m'|me |nous )(?:envoyer|renvoyer|transmettre|dire|indiquer|confirmer|rappeler|recontacter|faire parvenir|expliquer|aider|donner|communiquer)\b/,
    /\bmerci de (?:me |m'|nous )(?:dire|indiquer|confirmer|preciser|repondre|recontacter|rappeler|envoyer|renvoyer)\b/,
  ],
  en: [
    /\bkindly (?:revert|advise|confirm|update|assist|check|share|send|let (?:me|us) know|look into|respond|reply|help)\b/,
    /\bplease advise\b/,
    // "I wonder whether you still…"; "I wonder how I ever lived without…" marvels
    /\bi wonder (?:if|whether|when|why|how|what|where|who)\b(?! i (?:ever|lived|survived|managed|coped))/,
    /\b(?:so|hence) (?:i'?m|i am) asking\b|\basking (?:here|for a friend)\b/,
    /\bi(?:'d| would) like to escalate\b/,
  ],
  de: [
    /\bbitte um (?:kurze |eine |schnelle |eure )?(?:info|infos|information|auskunft|ruckmeldung|antwort|ruckruf|bestatigung|nachricht)\b/,
    // "Ich hätte gern gewusst, ob…" asks; "…, dass die Filiale zu ist" regrets
    /\bich (?:hatte gern(?:e)? gewusst|wusste gern(?:e)?|wurde gern(?:e)? wissen),? (?:ob|wann|wie|wo|was|warum|welche\w*)\b/,
  ],
  es: [
    /^que alguien me (?:explique|diga|ayude|confirme|aclare|cuente|indique)(?!\p{L})/u,
    /(?<!\p{L})(?:digan|díganme|diganme|dígame|digame|indíquenme|indiquenme|infórmenme|informenme|indiquen|avisen|avísenme|avisenme)(?: por favor)?,? (?:si|cuándo|cuando|cómo|como|dónde|donde|qué|cuál|cual|cuánto|cuanto|a qué)(?!\p{L})/u,
  ],
};
