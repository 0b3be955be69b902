// Plain reports of a fault in words the complaint lexicon lacks (accent-folded): noises ("squealing", "grincent"),
// smells ("sentait le tabac", "roch nach Rauch", "olía a humo"), food that made a pet ill, tastes of cardboard, a
// chain that slips, a promise broken ("on m'avait promis…", "hat mir versprochen…"), a wait counted in a status
// ("lleva doce días en 'en revisión'"), a night without heating. complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

const NUMBER = '(?:\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|six|seven|eight|nine|ten|zwei|drei|vier|funf|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince)';

/** An order's status, quoted: the words a tracking page shows while nothing moves. */
const STATUS = {
  fr: "en (?:cours|preparation|attente|traitement)|en cours de (?:traitement|preparation|livraison|validation)|expediee?s?|prise en charge",
  en: 'processing|pending|awaiting (?:dispatch|shipment|collection)|in transit|preparing|being prepared|order placed|dispatched',
  de: 'in bearbeitung|in vorbereitung|versandbereit|in zustellung|wird bearbeitet|unterwegs|bestellt',
  es: 'preparando|en (?:tramitacion|preparacion|proceso|revision|transito|camino)|pendiente|procesando|enviado',
};

/** A status that has not moved: "toujours « en préparation »", "still says "processing"", "sigue en «preparando»". */
const stuckStatus = (still: string, lang: keyof typeof STATUS): RegExp =>
  new RegExp(`\\b(?:${still})\\b[^.!?]{0,20}[«"“„']\\s*(?:${STATUS[lang]})\\b`);

export const FAULTS: Record<Lang4, RegExp[]> = {
  fr: [
    /\b(?:grince|grincent|couine|couinent)\b/,
    /\bsentai(?:t|ent) (?:le tabac|la cigarette|la fumee|mauvais|l'humidite|le moisi|l'egout)\b/,
    /\bon (?:m'avait|nous avait|m'a|nous a) promis\b/,
    stuckStatus('toujours', 'fr'),
  ],
  en: [
    /\b(?:gave|made|making|left) (?:me|us|him|her|them|my \w+|our \w+) (?:an upset stomach|sick|ill|poorly)\b/,
    /\b(?:slips?|slipping|squeal\w*|grinding|rattl\w*)\b[^.!?]{0,30}\b(?:every time|constantly|all the time|like mad|already)\b/,
    // "doesn't taste like cardboard" praises
    /(?<!(?:n't|\bnot|\bnever) )\btasted? (?:of|like) (?:cardboard|soap|plastic|chemicals|nothing)\b/,
    stuckStatus('still', 'en'),
  ],
  de: [
    /\b(?:hat|hatte|haben) (?:mir|uns) versprochen\b/,
    /\broch nach (?:rauch|zigarette\w*|tabak|schimmel|abfluss)\b/,
    /\bquietsch\w*\b/,
    stuckStatus('immer noch|noch immer', 'de'),
  ],
  es: [
    /\bolia a (?:tabaco|humo|moho|humedad|alcantarilla)\b/,
    /\bsin (?:agua caliente|calefaccion|aire acondicionado)\b/,
    new RegExp(`\\blleva ${NUMBER} (?:dias|semanas|meses) (?:en|sin|esperando)\\b`),
    stuckStatus('sigue|continua', 'es'),
  ],
};
