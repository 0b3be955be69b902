// Plain reports of a fault in words the complaint lexicon lacks (accent-folded): noises ("squealing", "grincent"),
// smells ("sentait le tabac", "roch nach Rauch", "olía a humo"), food that made a pet ill, tastes of cardboard, a
// chain that slips, a promise broken ("on m'avait promis…", "hat mir versprochen…"), a wait counted in a status
// ("lleva doce días en 'en revisión'"), a night without heating. complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

const NUMBER = '(?:\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|six|seven|eight|nine|ten|zwei|drei|vier|funf|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince)';

export const FAULTS: Record<Lang4, RegExp[]> = {
  fr: [
    /\b(?:grince|grincent|couine|couinent)\b/,
    /\bsentai(?:t|ent) (?:le tabac|la cigarette|la fumee|mauvais|l'humidite|le moisi|l'egout)\b/,
    /\bon (?:m'avait|nous avait|m'a|nous a) promis\b/,
  ],
  en: [
    /\b(?:gave|made|making|left) (?:me|us|him|her|them|my \w+|our \w+) (?:an upset stomach|sick|ill|poorly)\b/,
    /\b(?:slips?|slipping|squeal\w*|grinding|rattl\w*)\b[^.!?]{0,30}\b(?:every time|constantly|all the time|like mad|already)\b/,
    // "doesn't taste like cardboard" praises
    /(?<!(?:n't|\bnot|\bnever) )\btasted? (?:of|like) (?:cardboard|soap|plastic|chemicals|nothing)\b/,
  ],
  de: [/\b(?:hat|hatte|haben) (?:mir|uns) versprochen\b/, /\broch nach (?:rauch|zigarette\w*|tabak|schimmel|abfluss)\b/, /\bquietsch\w*\b/],
  es: [
    /\bolia a (?:tabaco|humo|moho|humedad|alcantarilla)\b/,
    /\bsin (?:agua caliente|calefaccion|aire acondicionado)\b/,
    new RegExp(`\\blleva ${NUMBER} (?:dias|semanas|meses) (?:en|sin|esperando)\\b`),
  ],
};
