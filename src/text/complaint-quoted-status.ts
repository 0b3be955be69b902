// A status or a promise quoted back with the time it has lasted (accent-folded): "Siete días con el pedido en
// 'preparando'", "'Te contestamos en breve', me dijeron. Van tres semanas.", "Seit zwei Wochen steht 'in Bearbeitung'",
// "„Wir melden uns innerhalb von 48 Stunden.“ Das war vor neun Tagen.", "Order has said 'processing' for eleven days".
// The held-out models read no trouble word: the quoted words are the brand's own. Not a status quoted the same day
// ("Pedido en 'preparando' desde esta mañana") nor a promise kept ("'Envío en 24h' y llegó al día siguiente").
// complaints.ts adds them to the patterns enough alone, tried only on a post holding a quotation mark.
import type { Lang4 } from './stopwords.js';

/** A quotation mark (straight, curly, low or guillemet). */
const QUOTE = `['"„“”«»‘’]`;

/** What a status page or a holding reply says, in quotes. */
const STATUS: Record<Lang4, string> = {
  en: "processing|pending|in transit|dispatched|shortly|we'll be in touch|we will be in touch|under review|on its way|within \\d+|\\d+ ?h|next day",
  fr: "en cours|en preparation|sous \\d+|\\d+ ?h|rapidement|expedie|en traitement|nous revenons|sous peu|dans les plus brefs",
  de: "bearbeitung|wird behoben|melden uns|in kurze|zeitnah|versandt|unterwegs|in prufung|\\d+ ?h|\\d+ stunden|wichtig|in vorbereitung",
  es: "preparando|preparacion|en breve|en proceso|en tramite|procesando|pendiente|en camino|contestamos|llamamos|en revision|\\d+ ?h|\\d+ horas",
};

/** Days, weeks or months counted (more than one day). */
const SPAN: Record<Lang4, string> = {
  en: '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen) (?:days|weeks|months)',
  fr: '(?:\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze) (?:jours|semaines|mois)',
  de: '(?:\\d+|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|vierzehn) (?:tagen?|wochen?|monaten?)',
  es: '(?:\\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte) (?:dias|semanas|meses)',
};

const quotedStatus = (l: Lang4): RegExp =>
  new RegExp(`^(?=[^]*${QUOTE}[^'"„“”«»‘’]{0,40}\\b(?:${STATUS[l]})\\b[^'"„“”«»‘’]{0,40}${QUOTE})(?=[^]*\\b${SPAN[l]}\\b)`);

export const QUOTED_STATUS: Record<Lang4, RegExp> = {
  en: quotedStatus('en'),
  fr: quotedStatus('fr'),
  de: quotedStatus('de'),
  es: quotedStatus('es'),
};

/** Whether the folded complaint text quotes a status or a holding reply and counts days, weeks or months beside it. */
export function quotesStatusOverdue(folded: string, lang: Lang4): boolean {
  return /['"„“”«»‘’]/.test(folded) && QUOTED_STATUS[lang].test(folded);
}
