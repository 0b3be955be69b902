// A trouble a public body, the roads or a landlord caused, told before the brand's praise after "but" (accent-folded):
// "La mairie a encore fermé la rue, impossible de se garer, mais ça valait le détour pour vos crêpes", "Die Stadt hat
// die Straße schon wieder gesperrt, kein Parkplatz weit und breit, aber für eure Torten lohnt sich der Umweg", "The
// motorway was a nightmare, two hours in traffic, but your team kept the kitchen open for us". The trouble words
// (encore, gesperrt, nightmare) are real but no one the brand answers for caused them: the class posts of calm
// readings. complaint-elsewhere.ts's relief ("…, heureusement que…") reads one clause; these run over several commas
// before the "but". The stretch is removed from the complaint text (complaint-elsewhere.ts) only when it names such a
// third party, does not address the brand, and the "but" turns to the brand at once; the rest must complain by itself:
// "Roadworks outside and your shop was shut again, but your staff were nice" names the brand's own fault and stays.
// A courier is left out: it delivers for the brand as often as not.

/** Words that address the brand (complaint-elsewhere.ts reads the same ones). */
const BRAND = String.raw`\b(?:vous|votre|vos|you|your|euch|euer|eure[mnrs]?|ihr|vuestr[oa]s?|vosotros|ustedes|os)\b`;

/** A third party no brand answers for: a public body, the roads and the traffic on them, parking, a landlord. */
const THIRD_PARTY = String.raw`\b(?:the (?:city|council|town hall)|motorway|highway|traffic|roadworks|road works|the roads?|landlord|parking|mairie|la ville|prefecture|autoroute|bouchons?|embouteillages?|travaux|proprio|proprietaire|se garer|stadt|gemeinde|rathaus|autobahn|stau|baustelle|umleitung|vermieter|parkplatz|parken|ayuntamiento|municipio|autopista|atasco|obras|casero|aparcar)\b`;

/** The turn to the brand: "but" and a word addressing it within a few words. */
const TURN = String.raw`,? (?:but|mais|aber|pero)\b(?=[^.!?]{0,40}${BRAND})`;

/** From a sentence's start to the turn, naming a third party (whether it addresses the brand is read on the match). */
const STRETCH = new RegExp(String.raw`(?:^|(?<=[.!?] ))(?=[^.!?]*?${THIRD_PARTY}[^.!?]*?${TURN})[^.!?]*?(?=${TURN})`, 'g');

const ADDRESSES_BRAND = new RegExp(BRAND);

/** Words STRETCH cannot match without: complaint-elsewhere.ts's gate. */
export const THIRD_PARTY_GATE = [' but', ' mais', ' aber', ' pero'];

/** The text with each third party's trouble told before a turn to the brand removed. */
export function withoutThirdPartyTrouble(folded: string): string {
  return folded.replace(STRETCH, (stretch) => (ADDRESSES_BRAND.test(stretch) ? stretch : ' '));
}
