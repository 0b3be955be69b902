// A bill not owed, told as two plain facts (accent-folded), as in round 35: money still taken after the contract ended
// or was cancelled ("contract ended in March and you're still billing me", "Vertrag im Februar gekündigt und ihr bucht
// immer noch ab", "mi contrato terminó en enero y me seguís cobrando"), or a bill doubled while the use stayed the same
// ("la facture d'électricité a doublé alors que je consomme pareil", "die Stromrechnung hat sich verdoppelt obwohl wir
// genauso viel verbrauchen", "la factura se ha duplicado y gastamos lo mismo"). Each fact alone is a plain statement
// (the held-out model reads an enquiry about a contract or a bill); together they tell money taken wrongly. Not a final
// bill found right ("contract ended and the final bill was spot on"), a bill halved, nor use doubled with a reason
// ("notre consommation a doublé depuis que…"). complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

export const BILLS_NOT_OWED: Record<Lang4, RegExp[]> = {
  en: [
    /\b(?:contract|plan|subscription|membership|account)(?: \w+){0,2}? (?:ended|finished|expired|was cancelled|was closed)\b[^.!?]{0,40}\bstill (?:billing|charging|taking|debiting)\b|\b(?:cancelled|closed|ended) (?:my|the|our) (?:contract|plan|subscription|membership|account)\b[^.!?]{0,40}\bstill (?:billing|charging|taking|debiting)\b/,
    /\bbill (?:has )?(?:doubled|tripled)\b[^.!?]{0,40}\b(?:same|no more|not using (?:any )?more|use the same|using the same)\b/,
  ],
  fr: [
    /\b(?:contrat|abonnement|forfait)(?: \w+){0,2}? (?:termine|resilie|fini|arrete|clos)\b[^.!?]{0,40}\b(?:toujours|encore) (?:preleve|facture|debite)|\b(?:resilie|arrete) (?:mon|le|notre) (?:contrat|abonnement|forfait)\b[^.!?]{0,40}\b(?:toujours|encore) (?:preleve|facture|debite)/,
    /\b(?:facture|mensualite|echeance)(?: (?:de |d')?\w+){0,2} a (?:double|triple)\b[^.!?]{0,50}\b(?:pareil|autant|la meme chose|pas plus|comme avant|que l'an dernier)\b/,
  ],
  de: [
    /\b(?:vertrag|abo|abonnement|tarif)\b[^.!?]{0,25}\b(?:gekundigt|beendet|ausgelaufen|abgelaufen)\b[^.!?]{0,40}\b(?:immer noch|noch immer|trotzdem|weiterhin)\b[^.!?]{0,20}\b(?:ab|abgebucht|abbuchen|berechnet|kassiert)\b/,
    /\b(?:rechnung|abschlag|stromrechnung|gasrechnung|nebenkosten)\b[^.!?]{0,20}\b(?:verdoppelt|verdreifacht)\b[^.!?]{0,40}\b(?:obwohl|dabei|trotz)\b[^.!?]{0,40}\b(?:genauso viel|gleich viel|gleiche[nr]? verbrauch|weniger)\b/,
  ],
  es: [
    /\b(?:contrato|suscripcion|abono|permanencia)\b[^.!?]{0,10}\b(?:termino|finalizo|acabo|di de baja|cancele)\b[^.!?]{0,40}\b(?:me segu(?:is|ian|ian|an) cobrando|me siguen cobrando|segu(?:is|ian) cobrando|siguen cobrando|me siguen pasando|me seguis pasando)\b/,
    /\b(?:factura|recibo)\b[^.!?]{0,20}\b(?:se ha duplicado|se duplico|ha duplicado|se ha triplicado|se triplico)\b[^.!?]{0,40}\b(?:lo mismo|igual que|no gastamos mas|no gasto mas)\b/,
  ],
};
