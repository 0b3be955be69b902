// A trouble the post itself puts on someone other than the brand, in so many words (round 30's false alarms,
// accent-folded): the courier seen dropping the parcel ("c'est le transporteur qui l'a laissé tomber", "das war
// eindeutig der Paketdienst", "fue cosa de la mensajería", "that was clearly the courier"), the government blamed for a
// price ("merci le gouvernement", "por culpa del Gobierno"), the poster's own setting found ("Nothing wrong with the
// app, sorry for the noise!"), a mistake owned outright ("that was my mistake only"), or the brand told it has no part
// ("vous n'y êtes pour rien"). complaint-own-fault.ts lowers the patterns' verdict to one weak sign for such phrases;
// these are plain enough that the model, which reads the trouble words around them (a dented box, a blocked card),
// does not speak either (complaints.ts). Not when the post turns back on the brand ("…, but you picked the courier",
// "mais c'est vous qui l'avez choisi", "aber euer Kundendienst…"), nor the blame hedged ("c'est peut-être le
// transporteur", "angeblich war's der Paketdienst").

import { gatedTest } from './gated-test.js';

/** Who else carries parcels or sets prices. */
const THIRD = String.raw`(?:transporteur|livreur|facteur|coursier|la poste|paketdienst|zusteller|paketbote|kurier|postbote|mensajeria|mensajero|repartidor|transportista|courier|delivery (?:guy|driver|man)|postman|postie)`;

const CLEARED = new RegExp(
  [
    // the carrier named as the one at fault, flatly
    String.raw`\bc'est (?:le |la |l')${THIRD}\w* (?:\w+ )?qui\b`,
    String.raw`\b(?:das war|es war|schuld (?:war|ist|hat)) (?:eindeutig |ganz klar |klar |definitiv |wohl )?(?:der|die|das) ${THIRD}\b`,
    String.raw`\bfue (?:cosa|culpa) de(?: la| el|l)? ${THIRD}\b`,
    String.raw`\b(?:that|it) was (?:clearly |definitely |obviously |all )?the ${THIRD}\b`,
    // the government blamed for a price
    String.raw`\bmerci (?:le gouvernement|l'etat|les taxes)\b|\bpor culpa del gobierno\b|\bthanks? (?:to )?the government\b|\bdanke,? (?:liebe )?regierung\b`,
    // the poster's own setting or mistake, and the app cleared
    String.raw`\bnothing wrong with (?:the|your) (?:app|site|website|card|account|service|phone|router)\b|\bsorry for the noise\b|\b(?:that|it) was (?:all )?my (?:own )?(?:mistake|fault|bad) (?:only|entirely|alone)\b|\b(?:war|ist) (?:allein|ganz allein|komplett) mein fehler\b`,
    // the brand told it has no part
    String.raw`\bvous n'y etes pour rien\b|\bno (?:es|fue) culpa vuestra\b|\bno vuestra\b`,
  ].join('|'),
);

/** A turn back on the brand after the blame placed elsewhere. */
const TURNED_BACK = /\b(?:but you|mais c'est vous|aber (?:euer|eure|ihr|ihre)|pero (?:vosotros|ustedes|vuestro|vuestra))\b/;

/** Whether the folded complaint text puts its trouble on someone else, and does not turn back on the brand. */
export function clearsBrand(folded: string): boolean {
  return cleared(folded) && !TURNED_BACK.test(folded);
}

/** CLEARED tested only beside one of its required literals (gated-test.ts). */
const cleared = gatedTest(CLEARED);
