// A fare penalty or fine for a ticket the poster could not buy (accent-folded), as in round 41's care posts: "charged a
// penalty fare because the ticket office was closed", "ticket machine only takes cash and the office is shut. Can I buy
// on board without a penalty fare?", "Guichet fermé, automate en panne, et le contrôleur me met une amende quand même",
// "la máquina solo aceptaba efectivo y aun así el revisor me multó". The penalty beside the brand's own closed office or
// broken machine is the grievance; neither alone is (a machine out of order asked about, a guard selling a ticket on
// board). complaints.ts counts it enough alone, tried only on a post holding a penalty word (most hold none: one
// cheap search settles them).
import type { Lang4 } from './stopwords.js';

/** The penalty and the brand's failure, in either order, within 140 characters. */
const both = (penalty: string, failure: string): RegExp =>
  new RegExp(`\\b(?:${penalty})\\b[^]{0,140}?\\b(?:${failure})|\\b(?:${failure})[^]{0,140}?\\b(?:${penalty})\\b`);

const FINED_ANYWAY: Record<Lang4, RegExp[]> = {
  en: [both('penalty fares?|penalty|fined|fined me|a fine|surcharged?|made me pay (?:a |the )?(?:cash |full |extra )?fare', "(?:was|is|were|are) (?:closed|shut|broken|down|out of order|not working)|(?:closed|shut|broken|out of order|card-only|cash-only|cash only|card only)\\b|only takes (?:cash|cards?)|(?:wasn'?t|isn'?t|weren'?t) working")],
  fr: [both("amende|pv|proces-verbal|penalite|majoration|regularisation|m'a verbalise|verbalise", "ferme|en panne|hors service|ne prend que|n'accepte que|ne marchait pas|ne fonctionnait pas|ne marche pas")],
  de: [both('strafe|fahrpreisnacherhebung|bussgeld|erhohtes beforderungsentgelt|nachzahlen|nachlosen', 'geschlossen|(?:schalter|automat) (?:war |ist )?zu|kaputt|defekt|nimmt nur|nur bargeld|nur karte|ausser betrieb|ging nicht|funktionierte nicht')],
  es: [both('multa|multo|multaron|me multo|recargo|sancion|sancionaron', 'cerrad[oa]|rot[oa]|averiad[oa]|no funcionaba|no funciona|solo aceptaba|solo acepta|fuera de servicio')],
};

/** Any language's penalty words, unanchored: the cheap search before the language's pattern. */
const ANY_PENALTY = /penalt|fine|surcharg|fare|amende|pv|proces|majoration|regularisation|verbalise|strafe|nacherhebung|bussgeld|entgelt|nachzahl|nachlos|mult|recargo|sancion/;

/** Whether the folded complaint text tells a fare penalty beside the brand's shut office or broken machine. */
export function finedAnyway(folded: string, lang: Lang4): boolean {
  return ANY_PENALTY.test(folded) && FINED_ANYWAY[lang].some((re) => re.test(folded));
}
