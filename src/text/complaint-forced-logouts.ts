// An app that logs the customer out again and again, told as a bare fact (accent-folded): "App logs me out every 5
// min.", "L'appli me déconnecte toutes les 5 minutes", "App loggt mich alle 5 Minuten aus", "La app me cierra la
// sesión cada 5 minutos." Read as a plain fact of use by the model. Only "every" few minutes: a timeout told once
// ("logs me out after 5 min idle, good for a banking app") is a setting, not a fault. complaints.ts adds them to the
// patterns enough alone.
import type { Lang4 } from './stopwords.js';

export const FORCED_LOGOUTS: Record<Lang4, RegExp[]> = {
  en: [/\b(?:logs|kicks|signs|throws|boots) me out (?:every|each) (?:\d+ ?|few |couple of |two |five |ten |other )?(?:min|mins|minutes?|secs?|seconds?|hours?|day)\b|\bkeeps (?:logging|kicking|signing|throwing) me out\b/],
  fr: [/\bme (?:deconnecte|sort|ejecte|vire) (?:toutes les|tous les) (?:\d+ ?|deux |cinq |dix |quelques )?(?:min|minutes|secondes|sec|heures|jours)\b/],
  de: [/\b(?:loggt|wirft|meldet) mich (?:alle|jede) (?:\d+ |paar |zwei |funf |zehn )?(?:min|minuten|minute|sekunden|stunde|stunden)\b[^.!?]{0,15}\b(?:aus|raus|ab)\b/],
  es: [/\bme (?:cierra la sesion|echa|saca|desconecta) (?:de la app )?cada (?:\d+ ?|pocos |dos |cinco |diez )?(?:min|minutos|segundos|horas|dias)\b/],
};
