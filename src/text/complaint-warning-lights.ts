// A warning light on after the brand's service, told as a plain fact (accent-folded): "now the engine warning light is
// on", "le voyant moteur est allumé", "jetzt leuchtet die Motorkontrollleuchte", "se enciende la luz del motor" (round
// 32). The model reads a car picked up, not a fault. Not a light gone off ("the warning light … is finally off", "die
// Motorkontrollleuchte ist endlich aus"). complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

export const WARNING_LIGHTS: Record<Lang4, RegExp[]> = {
  en: [/\b(?:engine|warning|check engine|service|abs|airbag|oil|battery) (?:warning )?light\b[^.!?]{0,12}\b(?:is|'s|came|comes|has come|keeps coming|stays?|is now) on\b/],
  fr: [/\bvoyant (?:\w+ )?(?:est |s'est |reste )?allume\b|\bvoyant (?:\w+ )?(?:s'allume|clignote)\b/],
  de: [/\bleuchtet (?:jetzt |nun |seitdem |schon wieder )?die \w*(?:kontroll|warn)leuchte\b|\b\w*(?:kontroll|warn)leuchte (?:leuchtet|brennt|blinkt)\b/],
  es: [/\bse (?:enciende|encendio|prende|prendio|queda encendida) (?:la luz|el testigo|el piloto)\b|\b(?:luz|testigo|piloto) (?:del motor|de averia|de aviso)\b[^.!?]{0,15}\bencendid[oa]\b/],
};
