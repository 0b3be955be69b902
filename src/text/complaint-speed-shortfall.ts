// A speed paid for and a far lower one got, told as two figures (accent-folded): "speeds are 4Mbps on a 500Mbps
// package", "Paying for 900Mbps … getting 12Mbps", "je paie la fibre 1 Gb … j'ai 15 Mb", "Ich zahle für 250 Mbit … komme
// auf 8", "Pago 600 megas y me llegan 20" (round 32's care posts). The model reads a figure and a callback asked, not a
// fault. Only a shortfall counts: the speed got under half of the one paid ("940Mbps on a 900Mbps package" is
// praise). complaints.ts tries it only on a post with a digit, with the patterns enough alone; and the speed got at 90 %
// of the one paid or more ("speeds tonight: 480mb. paying for 500 👏") settles what the model would read in the figures.
import type { Lang4 } from './stopwords.js';

const UNIT = String.raw`\s?(gbps|gbit|gb|giga|gigas|mbps|mbit|mb|mega|megas|megs)?\b`;
const N = String.raw`(\d+(?:[.,]\d+)?)`;

/** Per language: the speed got first and the one paid second (`got`), or the one paid first (`paid`). */
const SHAPES: Record<Lang4, { got: RegExp[]; paid: RegExp[] }> = {
  en: {
    got: [
      new RegExp(String.raw`\b(?:speeds? (?:are|is|of)|getting|i get|i'm getting|down to) ${N}${UNIT}[^.!?\d]{0,10}\b(?:on|with|from) (?:a|my|the|our) ${N}${UNIT}`),
      // Two bare statements, the speed got then the one paid (round 34's care: "speeds tonight: 3mb. paying for 500.").
      new RegExp(String.raw`\bspeeds? (?:tonight|today|this (?:morning|evening|afternoon|week)|right now|now|atm)?:? ${N}${UNIT}[.,;!\s]{1,4}(?:paying|i pay|i'm paying|paid) (?:for )?${N}${UNIT}`),
    ],
    paid: [new RegExp(String.raw`\b(?:paying|pay|paid) (?:for )?(?:a |the )?${N}${UNIT}[^.!?\d]{0,40}\b(?:getting|get|got|i'm on|seeing|giving me|delivers?)\b[^.!?\d]{0,10}${N}${UNIT}`)],
  },
  fr: {
    got: [],
    paid: [new RegExp(String.raw`\b(?:je paie|je paye|on paie|on paye|paye|paie) [^.!?\d]{0,20}${N}${UNIT}[^.!?\d]{0,40}\b(?:j'ai|je recois|j'obtiens|on a|je suis a|je plafonne a)\b[^.!?\d]{0,10}${N}${UNIT}`)],
  },
  de: {
    got: [],
    paid: [new RegExp(String.raw`\b(?:zahle|bezahle|zahlen|bezahlen) [^.!?\d]{0,20}${N}${UNIT}[^.!?\d]{0,40}\b(?:komme auf|kommen auf|bekomme|kriege|habe|ankommen|kommen an)\b[^.!?\d]{0,10}${N}${UNIT}`)],
  },
  es: {
    got: [],
    paid: [new RegExp(String.raw`\b(?:pago|pagamos|pagando|pague) [^.!?\d]{0,20}${N}${UNIT}[^.!?\d]{0,40}\b(?:me llegan|llegan|tengo|me dan|recibo|me da)\b[^.!?\d]{0,10}${N}${UNIT}`)],
  },
};

/** The figure in megabits: gigabits count a thousand; a figure without a unit takes the other figure's. */
function megabits(figure: string, unit: string | undefined, otherUnit: string | undefined): number {
  const value = Number(figure.replace(',', '.'));
  const u = unit ?? otherUnit ?? '';
  return u.startsWith('g') ? value * 1000 : value;
}

/** The speed got and the one paid, in megabits, of each of `shapes` the post matches, in their order. */
function* figures(folded: string, { got, paid }: { got: RegExp[]; paid: RegExp[] }): Generator<{ got: number; paid: number }> {
  for (const re of got) {
    const m = re.exec(folded);
    if (m) yield { got: megabits(m[1], m[2], m[4]), paid: megabits(m[3], m[4], m[2]) };
  }
  for (const re of paid) {
    const m = re.exec(folded);
    if (m) yield { got: megabits(m[3], m[4], m[2]), paid: megabits(m[1], m[2], m[4]) };
  }
}

/** Whether the post tells a speed got under half of the one paid for. */
export function speedShortfall(folded: string, lang: Lang4): boolean {
  for (const s of figures(folded, SHAPES[lang])) if (s.got * 2 < s.paid) return true;
  return false;
}

/** Whether the post tells a speed got of 90 % of the one paid or more: the figures are no trouble of themselves. */
export function speedMet(folded: string): boolean {
  if (!/\d/.test(folded)) return false;
  // The first figures any language's shapes read.
  for (const shapes of Object.values(SHAPES)) for (const s of figures(folded, shapes)) return s.paid > 0 && s.got >= 0.9 * s.paid;
  return false;
}
