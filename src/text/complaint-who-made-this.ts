// "Who designed this app??" asked as a reproach, with a doubled mark (accent-folded): "who designs these apps??",
// "Wer programmiert eigentlich diese App??", "¿Quién diseña estas apps??", "Mais qui a conçu cette appli ??", "Wer hat
// sich dieses Menü ausgedacht??", and who tests the updates (round 39, de: "Wer testet eigentlich eure Updates??").
// Round 38 missed three of them (en, de, es): no trouble word is said, the app's maker
// is asked after in outrage. Only the maker of an app, site, page or menu asked after with '??', '?!' or '!?' in the
// same sentence, and no praise in the post ("Who designed this app?? it's gorgeous" asks in delight; "Whoever designed
// the new app deserves a raise" asks nothing). complaints.ts counts it enough alone.
import { gatedTest } from './gated-test.js';

/** Who made the thing, asked in one sentence ending in a doubled mark. */
const WHO_MADE =
  /(?:^|[.!?]\s*)(?:\w+ ){0,2}?(?:who|qui|wer|quien)\b(?=[^.!?]{0,60}\b(?:design\w*|made|makes|approv\w*|program\w*|cod(?:es|ed)|built|builds|thought (?:this|that|these) up|came up with|con(?:coit|cu|cue)|dessine|invente|valide|pense|programmiert|entw\w+|gestalt\w+|ausgedacht|gemacht|gebaut|disen\w+|hizo|hace|aprob\w+|invento|penso|creo|tests?|tested|testet|teste|testez|testen|prueba|prueban|probais)\b)(?=[^.!?]{0,60}\b(?:apps?|applis?|application|site|website|web|webseite|seite|page|pagina|menu|interface|checkout|formular|formulaire|formulario|layout|updates?|mises? a jour|actualizacion(?:es)?|aktualisierungen)\b)[^.!?]{0,80}(?:\?\?|\?!|!\?)/;

/** Delight beside it: the outrage is mock. */
const PRAISE = /\b(?:love|gorgeous|amazing|brilliant|genius|raise|genial|super|toll|bravo|chapeau|merci|thanks?|danke|gracias|maravilla|aumento)\b/;

const asksWhoMade = gatedTest(WHO_MADE);

/** Whether the folded complaint text asks in outrage who made the app, site or page. */
export function whoMadeThis(folded: string): boolean {
  return asksWhoMade(folded) && !PRAISE.test(folded);
}
