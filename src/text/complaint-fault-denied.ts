// A fault denied outright (accent-folded): "Not faulty, just don't get on with the size", "pas défectueux, juste trop
// grand", "nicht defekt, nur zu groß", "no está defectuoso, solo que no me gusta" (round 33's false complaint: a return
// asked about, the fault word read as enough alone). Removed from the complaint text with the other stretches that tell
// no complaint (complaints.ts notOurs); a fault told elsewhere in the post still complains.
import type { Lang4 } from './stopwords.js';

export const FAULT_DENIED: Record<Lang4, RegExp[]> = {
  en: [/\b(?:(?:it'?s|it is|it isn'?t|nothing'?s) )?not (?:faulty|defective|damaged|broken)\b(?=\s*[,.;!—-]|\s+(?:just|at all|or anything)\b)/],
  fr: [/\b(?:(?:il|elle) n'est |c'est )?pas (?:defectueu(?:x|se)|abimee?|cassee?)\b(?=\s*[,.;!—-]|\s+(?:juste|du tout|simplement)\b)/],
  de: [/\b(?:(?:es|er|sie) ist )?(?:nicht|nix) (?:defekt|kaputt|beschadigt)\b(?=\s*[,.;!—-]|\s+(?:nur|einfach|gar)\b)/],
  es: [/\bno (?:esta|es|viene|vino) (?:defectuos[oa]|rot[oa]|danad[oa]|estropead[oa])\b(?=\s*[,.;!—-]|\s+(?:solo|simplemente|para nada)\b)/],
};
