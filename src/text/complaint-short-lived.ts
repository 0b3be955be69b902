// A product that lasted only until a small everyday moment, told as fact or irony (accent-folded): "Der Lippenstift hält
// genau bis zum ersten Kaffee", "El rímel waterproof aguantó hasta la primera lágrima", "'longwear 24h'. Mine lasted
// till lunch", "tient genre 20 min sur moi". No complaint word: the held-out models read praise of durability. Not a
// product that lasts the whole day ("hält den ganzen Tag"). complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

export const SHORT_LIVED: Record<Lang4, RegExp[]> = {
  en: [/\b(?:mine |it |this )?(?:lasted|lasts|held|holds|survived|survives) (?:exactly |precisely |about |roughly |until |till |all the way to )*(?:until |till |to )?(?:lunch|lunchtime|noon|the first (?:wash|coffee|drink|sip|rain|shower|tear|yawn|bite))\b/],
  fr: [/\b(?:tient|a tenu|tenait|dure|a dure) (?:genre |environ |a peine |pile |exactement |jusqu'au |jusqu'a )*(?:\d+ ?(?:min|minutes)\b|(?:premier|premiere) (?:cafe|lavage|verre|larme|pluie|repas))/],
  de: [/\b(?:halt|hielt|halten|hielten|uberlebt|uberlebte) (?:genau |exakt |gerade mal |ziemlich genau |ungefahr )?bis zu(?:m|r) (?:ersten|erste[nr]?) \w+\b/],
  es: [/\b(?:aguanto|aguanta|duro|dura|resistio|resiste) (?:justo |exactamente |solo )?hasta (?:la |el )?(?:primera? |primer )(?:lagrima|lavado|cafe|lluvia|comida|bocado|ducha)\b/],
};
