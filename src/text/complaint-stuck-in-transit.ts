// A parcel on the way for days, in Swiss German (accent-folded), as in round 41: "mis Paket vo Helvapost isch sit 10 Täg
// undwägs", "mini Bestellig isch sit zwei Wuche unterwegs". The standard forms ("seit 12 Tagen unterwegs") are read by
// complaint-cues.ts; the dialect's "sit", "Täg", "Wuche" and "undwägs" were not. A parcel on the way since this morning
// tells no wait. complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

export const STUCK_IN_TRANSIT: Record<Lang4, RegExp[]> = {
  en: [],
  fr: [],
  de: [/\b(?:sit|scho sit|seit) (?:\d+|zwei|zwo|drei|vier|feuf|funf|foif|zah|zehn) (?:tag|tagen|tage|wuche|wuchen|woche|wochen)\b[^.!?]{0,20}\b(?:undwags|unterwags|underwegs|unterwegs|uf em wag)\b/],
  es: [],
};
