// A bad week of troubles not the brand's, told before the brand is named its one bright spot (accent-folded): "Rough
// week: my car broke down…, the boiler died… The only thing that went right was the … delivery", "Semaine horrible :
// panne de voiture…, chaudière en rade… Seule bonne nouvelle, la livraison…", "Was für eine Woche: Auto kaputt… Das
// Einzige, was geklappt hat…", "Semana horrible: se me rompió el coche… Lo único que salió bien…" (round 32's long
// posts). Everything before the bright spot is removed from the complaint text with the other removals
// (complaints.ts), unless it addresses the brand ("you lot lost my parcel, the only thing that went right…").
import type { Lang4 } from './stopwords.js';

const BRAND = String.raw`\b(?:vous|votre|vos|you|your|euch|euer|eure[mnrs]?|ihr|vuestr[oa]s?|ustedes)\b`;

function before(spot: string): RegExp {
  return new RegExp(String.raw`^(?![^]*?${BRAND}[^]*?(?:${spot}))[^]*?(?=\b(?:${spot}))`);
}

export const BRIGHT_SPOT: Record<Lang4, RegExp[]> = {
  en: [before(String.raw`the only (?:thing|good thing|bright spot|highlight) (?:that )?(?:went right|went well|worked|that didn't)|the one (?:thing|bright spot) that (?:went right|went well|worked)|only good news`)],
  fr: [before(String.raw`seule bonne nouvelle|la seule (?:chose|bonne chose) qui (?:a marche|a fonctionne|s'est bien passee)|le seul (?:truc|point positif)`)],
  de: [before(String.raw`das einzige,? (?:was|das) (?:geklappt|funktioniert|gepasst) hat|einziger lichtblick|der einzige lichtblick`)],
  es: [before(String.raw`lo unico que (?:salio bien|funciono|fue bien)|la unica buena noticia|lo unico bueno`)],
};
