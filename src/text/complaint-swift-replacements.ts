// A trouble answered within hours or by the next day and thanked, in German and French (accent-folded): "Karte im
// Urlaub verloren und nach 2 Tagen war die neue da. Danke!", "Router war kaputt, am nächsten Morgen stand ein neuer vor
// der Tür. Toll", "Störung gemeldet, zwei Stunden später war der Techniker da. So muss das!", "Reklamation in 2 Tagen
// erledigt", "le remplaçant était dans ma boîte aux lettres le lendemain. Merci". complaint-quick-help.ts reads the
// French and English forms of a technician's swift visit; these tell the help by when it was there, and the trouble
// words before it ("kaputt", "verloren", "Störung") counted enough alone (five German false complaints of the readable
// sets). Not when the help came late or failed ("erst nach drei Wochen", "und jetzt schon wieder gesperrt", "n'est
// arrivé que…", "merci pour rien"), nor with a mocking face. complaints.ts settledElsewhere reads it: one sign at most,
// and the model does not speak.

/** The help there within hours or by the next day. */
const SWIFT = new RegExp(
  [
    String.raw`\bam (?:nachsten|folgenden) (?:tag|morgen|vormittag)\b(?: [\w-]+){0,3}? (?:stand|standen|war|waren|lag|kam|kamen)\b`,
    String.raw`\b(?:nach|in|innerhalb von|binnen) (?:\d+|einer|eine|zwei|drei|vier|wenigen) (?:stunden?|tagen?|minuten)\b(?: [\w-]+){0,4}? (?:da|vor der tur|im briefkasten|erledigt)\b`,
    String.raw`\b(?:war|waren|stand|standen|kam|kamen)\b(?: [\w-]+){0,3}? (?:in|nach|innerhalb von|binnen) (?:\d+|einer|zwei|drei|vier|wenigen) (?:stunden?|tagen?|minuten) (?:da|vor der tur|vorbei)\b`,
    String.raw`\b(?:\d+|eine|zwei|drei|vier) (?:stunden?|tage|minuten) spater (?:war|waren|stand|standen|lag|kam|kamen)\b`,
    String.raw`\b(?:etait|etaient|est arrivee?|sont arrivee?s) (?:[\w'-]+ ){0,6}?le lendemain\b`,
  ].join('|'),
);

/** Thanks or praise for it. */
const THANKS = /\b(?:danke|lob|top|super|klasse|toll|bester service|so muss|respekt|spitze|perfekt|merci|bravo|chapeau|genial)\b/;

/** The help late, failed, or the trouble back: anywhere in the post. */
const NOT_SWIFT = /\b(?:erst|immer noch|schon wieder|wieder|fur (?:nichts|nix)|nicht|aber|und jetzt|dafur|pour rien|n'est arrivee? que|ne sont arrivee?s que|toujours pas|encore|mais)\b/;

const MOCK_FACE = /[\u{1F644}\u{1F643}\u{1F612}]/u;

/** Whether the folded complaint text tells help there within hours or by the next day, thanked, and nothing undone. */
export function swiftReplacementThanked(folded: string, original: string): boolean {
  return THANKS.test(folded) && SWIFT.test(folded) && !NOT_SWIFT.test(folded) && !MOCK_FACE.test(original);
}
