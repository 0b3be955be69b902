// A bad week of troubles not the brand's, told before the brand is named its one bright spot (accent-folded): "Rough
// week: my car broke down…, the boiler died… The only thing that went right was the … delivery", "Semaine horrible :
// panne de voiture…, chaudière en rade… Seule bonne nouvelle, la livraison…", "Was für eine Woche: Auto kaputt… Das
// Einzige, was geklappt hat…", "Semana horrible: se me rompió el coche… Lo único que salió bien…" (long
// posts). Everything before the bright spot is removed from the complaint text after the other removals
// (complaints.ts complaintText), unless it addresses the brand ("you lot lost my parcel, the only thing that went right…").
const BRAND = /\b(?:vous|votre|vos|you|your|euch|euer|eure[mnrs]?|ihr|vuestr[oa]s?|ustedes)\b/;

/** The bright spot named, in the four languages (a post in any language is read for all: the phrases do not overlap). */
const SPOT = new RegExp(
  [
    String.raw`the only (?:thing|good thing|bright spot|highlight) (?:that )?(?:went right|went well|worked)|the one (?:thing|bright spot) that (?:went right|went well|worked)|only good news`,
    String.raw`seule bonne nouvelle|la seule (?:chose|bonne chose) qui (?:a marche|a fonctionne|s'est bien passee)|le seul (?:truc|point positif)`,
    String.raw`das einzige,? (?:was|das) (?:geklappt|funktioniert|gepasst) hat|(?:der )?einzige lichtblick`,
    String.raw`lo unico que (?:salio bien|funciono|fue bien)|la unica buena noticia|lo unico bueno`,
  ]
    .map((alternatives) => String.raw`\b(?:${alternatives})`)
    .join('|'),
);

/** Cheap test first: without one of these words no bright spot is named (most posts). */
const MAY_HOLD = /only|seul|einzig|unic/;

/** The complaint text without the bad week told before the brand's bright spot (`folded` itself when none is named). */
export function withoutBadWeek(folded: string): string {
  if (!MAY_HOLD.test(folded)) return folded;
  const spot = SPOT.exec(folded);
  if (!spot || BRAND.test(folded.slice(0, spot.index))) return folded;
  return folded.slice(spot.index);
}
