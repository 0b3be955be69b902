// A switch to the brand weighed ahead, and the downtime it would bring asked about (accent-folded): "thinking of
// porting my number over, how long would I be without signal" (round 34), "je pense passer chez vous, je serais sans
// réseau combien de temps", "überlege zu euch zu wechseln, wie lange wäre ich ohne Netz", "pienso pasarme a vosotros,
// cuánto tiempo estaría sin línea". The trouble is supposed, not had: the asked stretch after the switch weighed is
// removed from the complaint text (complaints.ts, with the other removals), the switch stays. A number ported and
// then without signal ("ported my number over on Monday and still without signal") weighs nothing ahead.
import type { Lang4 } from './stopwords.js';

/** The switch weighed, in the same sentence before the asked downtime. */
const WEIGHED: Record<Lang4, string> = {
  en: '(?:thinking (?:of|about)|considering|planning (?:on|to)|might be|looking at) (?:switching|porting|moving|coming|changing)',
  fr: '(?:je pense|j\'envisage|je compte|je songe a|on pense|on envisage) (?:a )?(?:passer|venir|changer|porter|migrer)',
  de: '(?:uberlege|ich uberlege|wir uberlegen|denke daruber nach|plane|uberlegen) (?:\\w+ ){0,3}(?:zu )?(?:wechseln|kommen|portieren|umzuziehen|umziehen)',
  es: '(?:pienso|estoy pensando en|me planteo|quiero|queremos|pensamos) (?:pasarme|pasarnos|cambiarme|cambiarnos|portar|venirme)',
};

/** The downtime asked, in the conditional, to the end of the sentence. */
const ASKED: Record<Lang4, string> = {
  en: '(?:how long|for how long) (?:would|will|might) (?:i|we)\\b[^.!?]*',
  fr: '(?:je serais|on serait|je resterais|combien de temps (?:je serais|serais-je|on serait))\\b[^.!?]*',
  de: '(?:wie lange) (?:ware|waren|bin|sind|ist) (?:ich|wir|man)\\b[^.!?]*',
  es: '(?:cuanto tiempo) (?:estaria|estariamos|me quedaria|nos quedariamos|estare)\\b[^.!?]*',
};

const ahead = (l: Lang4): RegExp => new RegExp(`(?<=\\b${WEIGHED[l]}\\b[^.!?]{0,60})\\b${ASKED[l]}`);

export const SWITCH_AHEAD: Record<Lang4, RegExp[]> = { en: [ahead('en')], fr: [ahead('fr')], de: [ahead('de')], es: [ahead('es')] };
