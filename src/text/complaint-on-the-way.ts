// A trouble on the way or in the weather, then praise of the brand after a contrast (accent-folded): "Traffic on the
// M25 was a nightmare but the Brightway charging station saved my trip", "Roads were a nightmare getting to the hotel,
// but once we arrived everything was perfect", "It's bucketing down in Manchester but the delivery still turned up
// piping hot", "les bouchons…, mais", "der Stau…, aber", "el tráfico…, pero"; and a trouble told of someone else's
// provider or a price cleared as not the brand's ("Grad beim Anbieter von meinem Bruder angerufen, 40 Minuten
// Warteschleife", "Esto es un robo: 6 euros por una botella… eso no es cosa de AeroCumbre"). The stretch is removed
// from the complaint text (complaints.ts, with the other removals); what follows the contrast stays ("Traffic was fine
// but your charger was broken again" still complains).
import type { Lang4 } from './stopwords.js';

const CLEARED = String.raw`(?:eso )?no es (?:cosa|culpa) de|(?:hat|haben) (?:nix|nichts) mit|rien a voir avec(?! (?:m[aoe]s?|ce que|la question|la demande)\b)|pas la faute (?:de|d')|nothing to do with(?! (?:my|what)\b)`;

/** From a sentence's start to a phrase clearing a named brand of what it told. */
const cleared = new RegExp(String.raw`(?:^|(?<=[.!?]\s))[^.!?]{0,120}[.!?]*[^.!?]{0,60}?\b(?:${CLEARED})\b[^.!?,]*`);

export const ON_THE_WAY: Record<Lang4, RegExp[]> = {
  fr: [/\b(?:les bouchons|la circulation|le trafic|la route|les routes|la meteo|il pleuvait[^.!?,]*|il pleut[^.!?,]*)\b[^.!?]{0,60}?\bmais\b/, cleared],
  en: [
    /\b(?:traffic|roads?|roadworks|the weather|it'?s (?:bucketing|chucking it|pouring|tipping it|hammering it) down)\b[^.!?]{0,60}?\b(?:but|though)\b/,
    cleared,
  ],
  de: [
    /\b(?:der stau|stau auf|der verkehr|die strassen|das wetter|es (?:schuttet|regnet))\b[^.!?]{0,60}?\baber\b/,
    /\b(?:beim|bei dem) anbieter (?:von )?(?:meine[mrs]?) \w+\b[^.!?]*[.!?]/,
    cleared,
  ],
  es: [/\b(?:el trafico|los atascos|el atasco|la carretera|el tiempo|llovia[^.!?,]*|llueve[^.!?,]*)\b[^.!?]{0,60}?\bpero\b/, cleared],
};
