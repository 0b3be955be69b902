// Money taken wrongly or a service struck off, told to another fan or to the brand as a bare fact (accent-folded), as in
// round 41's thread replies: a charge taken twice in Spanish or German ("Telcomex me cobró dos veces el plan", "zweimal
// abgebucht"; the English and French forms are among complaint-cues.ts's reports), a thing billed that was free ("me
// facturó la instalación que era gratis", "charged me for the delivery that was meant to be free"), an instalment raised
// without reason ("hat mir den Abschlag ohne Grund verdoppelt"), or something of the poster's struck off ("uns haben sie
// auch den Sitzplatz gestrichen"). A fan telling another fan of their own trouble complains of the brand as much as one
// writing to it; the held-out model read thread chatter. Not a price raised with its reason given, nor points doubled
// in an offer. complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

export const CHARGED_WRONGLY: Record<Lang4, RegExp[]> = {
  en: [/\b(?:charged|billed|invoiced) (?:me |us )?for (?:the |my |our |a |an )?[^.!?]{0,30}\b(?:that|which) (?:was|is|were|are) (?:meant to be |supposed to be )?(?:free|included)\b/],
  fr: [/\b(?:facture|preleve|debite)e?s? (?:pour )?(?:la |le |les |l')?[^.!?]{0,30}\b(?:qui (?:etai(?:en)?t|est|sont) (?:censee? etre )?(?:gratuite?s?|offerte?s?|incluse?s?))\b/],
  de: [
    /\b(?:zweimal|doppelt|zwei ?mal) (?:abgebucht|berechnet|belastet|kassiert|eingezogen|abgerechnet)\b|\b(?:abgebucht|berechnet|belastet|eingezogen) (?:\w+ ){0,3}?(?:zweimal|doppelt)\b/,
    /\b(?:abschlag|beitrag|preis|rechnung|grundgebuhr|miete|tarif)\b[^.!?]{0,40}\b(?:ohne (?:grund|vorwarnung|ankundigung|begrundung)|grundlos|einfach so)\b[^.!?]{0,20}\b(?:verdoppelt|verdreifacht|erhoht|angehoben)\b/,
    /\b(?:mir|uns) (?:haben sie|hat man|hat \w+)\b[^.!?]{0,50}\b(?:gestrichen|weggenommen|storniert)\b/,
    /\b(?:berechnet|abgebucht|in rechnung gestellt)\b[^.!?]{0,30}\bobwohl (?:sie|es|er|das|die|der) (?:kostenlos|gratis|inklusive) (?:war|ist|sein sollte)\b/,
  ],
  es: [
    /\bme (?:cobr|factur|carg)\w* (?:\w+ ){0,4}?dos veces\b|\b(?:cobro|cargo) (?:doble|duplicado)\b|\bdoble (?:cobro|cargo)\b/,
    /\bme (?:cobr|factur|carg)\w* [^.!?]{0,40}\bque (?:era|eran|es|son|iba a ser|debia ser) (?:gratis|gratuit[oa]s?)\b/,
  ],
};
