// Another customer's rudeness, told before praise of the brand's staff who bore it (accent-folded): "Die Frau vor mir
// an der Kasse war echt unmöglich, eure Kassiererin blieb voll ruhig, Respekt" (round 35's false alarm), "guy in front
// of me at the till was so rude and your cashier stayed calm", "le monsieur devant moi à la caisse hurlait", "la señora
// de delante en la caja fue maleducadísima". The trouble words are the other customer's: the stretch from the person
// placed beside the poster to the end of its clause is removed with the other removals (complaints.ts), and what else
// the post says stays. Not the staff's own rudeness ("die Kassiererin war unverschämt zu mir"): staff are never placed
// in front of or beside the poster.
import type { Lang4 } from './stopwords.js';

/** The rest of the clause: up to a comma, a full stop or the next "and". */
const CLAUSE = '[^,.;!?]{0,80}?(?=,|\\.|;|!|\\?|$| and | und | et | y | mais | aber | but | pero )';

export const OTHER_CUSTOMERS: Record<Lang4, RegExp[]> = {
  en: [new RegExp(`\\b(?:the )?(?:guy|man|woman|lady|bloke|customer|couple|family|girl|dude) (?:in front of|behind|next to|ahead of) me\\b${CLAUSE}`)],
  fr: [new RegExp(`\\b(?:le|la|les) (?:monsieur|dame|client|cliente|type|gars|femme|homme|couple|famille|mec|meuf) (?:devant|derriere|a cote de) moi\\b${CLAUSE}`)],
  de: [new RegExp(`\\b(?:die|der|das) (?:frau|mann|kunde|kundin|typ|paar|familie|dame|herr|tante|kerl) (?:vor|neben|hinter) mir\\b${CLAUSE}`)],
  es: [new RegExp(`\\b(?:la|el|los|las) (?:senora|senor|cliente|clienta|tipo|tia|tio|chica|chico|pareja|familia|mujer|hombre) (?:de (?:delante|detras|al lado)|(?:delante|detras) de mi|a mi lado)\\b${CLAUSE}`)],
};
