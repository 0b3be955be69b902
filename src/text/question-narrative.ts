// Time clauses that open a story, in French, English and Spanish: "Quand ma fille m'a demandé…, j'ai compris",
// "When my son asked…", "Cuando mi hijo preguntó…". Their "quand"/"when"/"cuando" opens no question: a past tense
// follows the subject. (German "Als…" is a subordinating conjunction already: questions.ts DE_SUBORDINATING.)
import type { Lang4 } from './stopwords.js';

/**
 * A clause that starts with "when" + a subject + a past tense, per language (French and English accent-folded,
 * Spanish with its accents, like question-patterns.ts). "Quand vous ouvrez" and "when does it open" still ask.
 */
export const NARRATIVE_OPENING: Record<Lang4, RegExp[]> = {
  fr: [
    /^(?:quand|lorsque|lorsqu') ?(?:j'|je |tu |il |elle |on |nous |ils |elles |mon |ma |mes |notre |nos |le |la |les |l')(?:\S+ ){0,2}?(?:m'a|m'ont|t'a|nous a|nous ont|ai|a|as|avons|ont|suis|sommes|sont) \p{L}+(?:e|ee|es|ees|i|is|it|u|us|t)\b/u,
    /^(?:quand|lorsque|lorsqu') ?(?:j'|je |tu |il |elle |on |nous |ils |elles |mon |ma |mes |notre |nos |le |la |les |l')(?:\S+ ){0,2}?(?:etait|etaient|avait|avaient|m'avait)\b/,
  ],
  en: [
    /^when (?:my|our|his|her|their|the|a|i|we|she|he|they)\b(?: \S+){0,2}? (?:asked|said|told|saw|heard|came|got|went|found|tried|opened|walked|realised|realized|noticed|started|was|were)\b/,
  ],
  de: [],
  es: [
    /^cuando (?:mi|mis|nuestro|nuestra|nuestros|nuestras|el|la|los|las|yo|me|le|les|nos)(?!\p{L})(?: \S+){0,2}? \p{L}+(?:ó|ió|é|í|aba|ía|ieron|aron)(?!\p{L})/u,
  ],
};
