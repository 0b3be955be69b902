// A product that lasted only until a small everyday moment, told as fact or irony (accent-folded): "Der Lippenstift hält
// genau bis zum ersten Kaffee", "El rímel waterproof aguantó hasta la primera lágrima", "'longwear 24h'. Mine lasted
// till lunch", "tient genre 20 min sur moi". No complaint word: the held-out models read praise of durability. Not a
// product that lasts the whole day ("hält den ganzen Tag"). And a product's short life counted in days or weeks, then
// the count said again alone, in disbelief (round 31's missed complaints): "La licuadora duró 15 días. Quince.", "Le
// grille-pain a tenu 10 jours. Dix.", "Der Wasserkocher hat 12 Tage gehalten. Zwölf." Not a long life (months and
// years are left out: "My old kettle lasted 20 years. Twenty."). And a claim put in quotes, then belied by a life counted
// in minutes or hours (round 34's replies: "the 'indestructible' chew toy lasted 40 minutes 🙃", "der „unzerstörbare“
// Ball hat 20 Minuten gehalten"): the quotes are the irony, and "lasted 40 minutes" alone is a film's length; not a
// quoted claim borne out over years ("has lasted 2 years with our husky"). complaints.ts adds them to the patterns
// enough alone.
import type { Lang4 } from './stopwords.js';

/** A word or two in quotes (straight, curly, low or angled), then a short life: the quoted claim belied. */
const quotedThen = (life: string): RegExp => new RegExp(`['"‘’“”„«»][^'"‘’“”„«»]{2,30}['"‘’“”„«»][^.!?]{0,40}\\b(?:${life}) (?:about |just |only |exactly |genau |nur |gerade mal |solo |apenas |exactamente )?\\d+ (?:minutes|mins|hours|hrs|minuten|stunden|minutos|horas)\\b`);

/** The count said again, alone, closing the post: a number in words or digits (a handle or a face may follow). */
const echo = (words: string): string => `[^.!?]*[.!…]\\s*(?:${words}|\\d+)[.!…]*\\s*$`;
const ECHO = {
  en: echo('one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty'),
  fr: echo('un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente'),
  de: echo('eins|ein|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|vierzehn|funfzehn|zwanzig|dreissig'),
  es: echo('uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta'),
};

export const SHORT_LIVED: Record<Lang4, RegExp[]> = {
  en: [new RegExp(`\\b(?:lasted|survived|worked for) (?:just |only )?\\d+ (?:days|weeks|hours|uses|washes)\\b${ECHO.en}`), quotedThen('lasted|survived'), /\b(?:mine |it |this )?(?:lasted|lasts|held|holds|survived|survives) (?:exactly |precisely |about |roughly |until |till |all the way to )*(?:until |till |to )?(?:lunch|lunchtime|noon|the first (?:wash|coffee|drink|sip|rain|shower|tear|yawn|bite))\b/],
  fr: [new RegExp(`\\b(?:a tenu|a dure|a survecu|a fonctionne) (?:seulement |a peine |juste )?\\d+ (?:jours|semaines|heures|utilisations|lavages)\\b${ECHO.fr}`), /\b(?:tient|a tenu|tenait|dure|a dure) (?:genre |environ |a peine |pile |exactement |jusqu'au |jusqu'a )*(?:\d+ ?(?:min|minutes)\b|(?:premier|premiere) (?:cafe|lavage|verre|larme|pluie|repas))/],
  de: [new RegExp(`\\b(?:(?:hat|haben) (?:nur |gerade mal |genau )?\\d+ (?:tage|wochen|stunden) (?:gehalten|uberlebt|funktioniert)|(?:hielt|hielten) (?:nur |gerade mal |genau )?\\d+ (?:tage|wochen|stunden))\\b${ECHO.de}`), quotedThen('hat|haben|hielt|hielten'), /\b(?:halt|hielt|halten|hielten|uberlebt|uberlebte) (?:genau |exakt |gerade mal |ziemlich genau |ungefahr )?bis zu(?:m|r) (?:ersten|erste[nr]?) \w+\b/],
  es: [new RegExp(`\\b(?:duro|duraron|aguanto|aguantaron|funciono|funcionaron) (?:solo |apenas |justo )?\\d+ (?:dias|semanas|horas|usos|lavados)\\b${ECHO.es}`), quotedThen('duro|aguanto|resistio'), /\b(?:aguanto|aguanta|duro|dura|resistio|resiste) (?:justo |exactamente |solo )?hasta (?:la |el )?(?:primera? |primer )(?:lagrima|lavado|cafe|lluvia|comida|bocado|ducha)\b/],
};
