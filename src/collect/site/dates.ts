// "Last updated" dates of legal and help pages ("Dernière mise à jour : 12 mars 2025", "Stand: 01.02.2024"…) as ISO dates.
import { foldText } from './text.js';

type Lang = 'fr' | 'en' | 'de' | 'es';

// Labels that introduce a page's own update or effective date, accent-folded. A date only counts after one of
// them: news, prices and copyright years elsewhere on the page are not update dates.
const LABELS: Record<Lang, string[]> = {
  fr: [
    'date de derniere mise a jour', 'derniere mise a jour', 'dernieres mises a jour', 'date de mise a jour', 'mise a jour',
    'mis a jour', 'actualisee', 'actualise', 'modifiee', 'modifie', 'derniere modification', 'en vigueur', 'version du',
    'version en vigueur', "date d'effet",
  ],
  en: [
    'last updated', 'last update', 'last modified', 'last revised', 'date of last update', 'updated', 'revised',
    'effective date', 'effective', 'version dated', 'version of',
  ],
  de: [
    'stand', 'zuletzt aktualisiert', 'letzte aktualisierung', 'aktualisiert', 'zuletzt geandert', 'letzte anderung',
    'gultig ab', 'fassung vom', 'version vom',
  ],
  es: [
    'ultima actualizacion', 'fecha de actualizacion', 'fecha de ultima actualizacion', 'actualizado', 'actualizada',
    'ultima modificacion', 'vigente desde', 'en vigor desde', 'fecha de entrada en vigor', 'version del', 'version de',
  ],
};

const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, january: 1, januar: 1, janner: 1, jan: 1, enero: 1, ene: 1,
  fevrier: 2, fevr: 2, fev: 2, february: 2, februar: 2, feb: 2, febrero: 2,
  mars: 3, march: 3, marz: 3, maerz: 3, mar: 3, marzo: 3,
  avril: 4, avr: 4, april: 4, apr: 4, abril: 4, abr: 4,
  mai: 5, may: 5, mayo: 5,
  juin: 6, june: 6, juni: 6, jun: 6, junio: 6,
  juillet: 7, juil: 7, july: 7, juli: 7, jul: 7, julio: 7,
  aout: 8, august: 8, aug: 8, agosto: 8, ago: 8,
  septembre: 9, september: 9, septiembre: 9, setiembre: 9, sept: 9, sep: 9,
  octobre: 10, october: 10, oktober: 10, octubre: 10, okt: 10, oct: 10,
  novembre: 11, november: 11, noviembre: 11, nov: 11,
  decembre: 12, december: 12, dezember: 12, diciembre: 12, dez: 12, dec: 12, dic: 12,
};

const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;

// Words between a label and its date: "mis à jour le", "updated on", "Stand am", "en vigueur à compter du".
const CONNECTOR =
  "(?:\\s*[:\\-–—,]?\\s*(?:(?:le|on|am|el|du|au|vom|from|of|as of|a compter du|a partir du|depuis le|des le|ab|desde el|desde|en date du)\\s+)?)";

const DATE_FORMS: { re: RegExp; read: (m: RegExpExecArray, lang: Lang) => [number, number, number] | null }[] = [
  // 2025-01-05, 2025/01/05
  { re: /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/, read: (m) => [+m[1], +m[2], +m[3]] },
  // 03/01/2024, 01.02.2024, 5-1-24: day first, except after an English label (month first unless impossible)
  {
    re: /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4}|\d{2})(?!\d)/,
    read: (m, lang) => {
      const a = +m[1];
      const b = +m[2];
      const year = fullYear(m[3]);
      return lang === 'en' && a <= 12 ? [year, a, b] : [year, b, a];
    },
  },
  // 12 mars 2025, 1er janvier 2023, 5 de enero de 2025, 1. Februar 2024, 5th January 2025
  {
    re: new RegExp(`^(\\d{1,2})\\s*(?:er|re|st|nd|rd|th|º|°|\\.)?\\s*(?:de\\s+)?${MONTH}\\s*,?\\s*(?:de\\s+)?(\\d{4})(?!\\d)`),
    read: (m) => [+m[3], MONTHS[m[2]], +m[1]],
  },
  // January 5, 2025
  { re: new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s+(\\d{4})(?!\\d)`), read: (m) => [+m[3], MONTHS[m[1]], +m[2]] },
  // mars 2024, Februar 2024, enero de 2025: the first of the month
  { re: new RegExp(`^${MONTH}\\s+(?:de\\s+)?(\\d{4})(?!\\d)`), read: (m) => [+m[2], MONTHS[m[1]], 1] },
];

const LABEL_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${Object.values(LABELS)
    .flat()
    .sort((a, b) => b.length - a.length)
    .map((l) => l.replace(/ /g, '\\s+'))
    .join('|')})(?![\\p{L}\\p{N}])${CONNECTOR}`,
  'gu',
);

const LANG_OF = new Map<string, Lang>(
  (Object.entries(LABELS) as [Lang, string[]][]).flatMap(([lang, labels]) => labels.map((l) => [l, lang] as [string, Lang])),
);

function fullYear(y: string): number {
  const n = +y;
  if (y.length === 4) return n;
  return n >= 70 ? 1900 + n : 2000 + n;
}

function toIso([year, month, day]: [number, number, number]): string | undefined {
  if (!year || !month || !day || year < 1990 || year > 2100 || month < 1 || month > 12) return undefined;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The first "last updated" / effective date announced in `text` (fr/en/de/es labels), as ISO yyyy-mm-dd, or
 * undefined. Numeric dates are read day first (fr/de/es), month first after an English label when possible; a
 * month without a day ("Stand: Februar 2024") gives the first of the month. `folded` is foldText(text), when known.
 */
export function findLastUpdated(text: string, folded: string = foldText(text)): string | undefined {
  for (const m of folded.matchAll(LABEL_RE)) {
    const lang = LANG_OF.get(m[1].replace(/\s+/g, ' ')) ?? 'en';
    const rest = folded.slice(m.index + m[0].length, m.index + m[0].length + 40);
    for (const form of DATE_FORMS) {
      const d = form.re.exec(rest);
      const parts = d && form.read(d, lang);
      const iso = parts ? toIso(parts) : undefined;
      if (iso) return iso;
    }
  }
  return undefined;
}
