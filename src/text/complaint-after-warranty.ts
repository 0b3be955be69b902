// A machine that failed just after its warranty ran out, told as a fact (accent-folded): "died 2 months after the
// warranty ended", "a rendu l'âme 3 mois après la fin de la garantie", "2 Monate nach Garantieende hinüber", "murió 2
// meses después de acabar la garantía" (round 33's missed complaint, told with "Obsolescence programmée" and no trouble
// word the patterns count alone). complaints.ts adds them to the patterns enough alone; a warranty merely named ("is it
// still under warranty?") is not read.
import type { Lang4 } from './stopwords.js';

const SPAN = {
  en: String.raw`(?:\d+|a|one|two|three|four|five|six) (?:days?|weeks?|months?)`,
  fr: String.raw`(?:\d+|un|une|deux|trois|quatre|cinq|six) (?:jours?|semaines?|mois)`,
  de: String.raw`(?:\d+|einen?|zwei|drei|vier|funf|sechs) (?:tage?n?|wochen|woche|monate?n?)`,
  es: String.raw`(?:\d+|un|una|dos|tres|cuatro|cinco|seis) (?:dias?|semanas?|mes|meses)`,
};

export const AFTER_WARRANTY: Record<Lang4, RegExp[]> = {
  en: [new RegExp(String.raw`\b${SPAN.en} (?:after|out of) (?:the |my |its )?(?:warranty|guarantee)\b`)],
  fr: [new RegExp(String.raw`\b${SPAN.fr} apres (?:la )?(?:fin de (?:la )?)?garantie\b`)],
  de: [new RegExp(String.raw`\b${SPAN.de} nach (?:dem )?(?:garantieende|gewahrleistungsende|ende der (?:garantie|gewahrleistung)|ablauf der (?:garantie|gewahrleistung))\b`)],
  es: [new RegExp(String.raw`\b${SPAN.es} despues de (?:que )?(?:acabar|terminar|vencer|caducar|acabe|termine|venza|acabara|terminara|vencio|acabo|termino)? ?(?:la )?garantia\b`)],
};
