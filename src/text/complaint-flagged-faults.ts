// A fault flagged politely, beside praise (accent-folded): "No problem at all, just wanted to flag the subtitles on
// ep 4 … are a few seconds out of sync. Otherwise loving it." (round 37's care miss), "je voulais juste signaler que
// les sous-titres de l'épisode 3 sont décalés", "wollte nur kurz melden, dass der Ton in Folge 5 nicht synchron ist",
// "solo quería avisar que los subtítulos del capítulo 6 van desfasados", "just wanted to let you know the 'track
// order' button on your site doesn't do anything". The soft lead-in, "no problem" and the praise after it hide the
// fault from the patterns and the model. Only a lead-in of flagging followed by a fault in the same sentence: "just
// wanted to flag how quick the delivery was", "wollte nur kurz melden, dass das Paket heil angekommen ist" praise.
// complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

/** The lead-in, then a fault within the same sentence. */
function flagged(lead: string, fault: string): RegExp {
  return new RegExp(`\\b(?:${lead})\\b[^.!?]{0,80}\\b(?:${fault})(?![\\w-])`);
}

export const FLAGGED_FAULTS: Record<Lang4, RegExp[]> = {
  en: [
    flagged(
      'just (?:wanted|wanna|want) to (?:flag|let you know|point out|mention|say|tell you)|(?:quick|just a) heads up',
      "out of sync|not in sync|doesn'?t do anything|does nothing|don'?t do anything|isn'?t working|doesn'?t work|not working|is broken|are broken|is missing|are missing|is wrong|are wrong|cuts? out",
    ),
  ],
  fr: [
    flagged(
      'je voulais (?:juste |simplement )?(?:signaler|vous (?:signaler|dire|prevenir)|dire|prevenir)|petit signalement',
      'decales?|decalees?|desynchronises?|desynchronisees?|pas synchro\\w*|ne (?:fait|marche|fonctionne) (?:rien|pas|plus)|est casse\\w*|manquant\\w*|est faux|sont faux',
    ),
  ],
  de: [
    flagged(
      'wollte (?:nur |euch )?(?:kurz |mal )?(?:melden|sagen|bescheid geben|hinweisen|anmerken)|kleiner hinweis|kurzer hinweis',
      'nicht synchron|asynchron|versetzt|verschoben|funktioniert nicht|geht nicht|tut nichts|passiert nichts|kaputt|fehlt|fehlen|falsch',
    ),
  ],
  es: [
    flagged(
      'solo (?:queria|quiero) (?:avisar|decir|comentar|avisarles|comentarles|decirles|senalar)|(?:un )?aviso rapido',
      'desfasad[oa]s?|desincronizad[oa]s?|no (?:van|estan|va|esta) sincronizad[oa]s?|no (?:hace nada|funciona|anda)|esta rot[oa]|falta|faltan|esta mal|estan mal',
    ),
  ],
};
