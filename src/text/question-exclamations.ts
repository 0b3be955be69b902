// Exclamations that open like questions, written without '!' or '¡': "Qué hotel tan bonito", "Qué calor hace",
// "Cuánta gente", "Qu'est-ce qu'il fait beau". Added to question-patterns.ts's exclamative openings by questions.ts.
import type { Lang4 } from './stopwords.js';
import { perLanguage } from './per-language.js';

/**
 * Per language (French accent-folded, Spanish with its accents), tested at the start of a clause. Made when a language's
 * question patterns are first built (per-language.ts): V8 parses each pattern, and looks its Unicode classes up, as it
 * is made.
 */
export const EXCLAMATIONS: Record<Lang4, RegExp[]> = perLanguage((lang) => TABLE[lang]());

const TABLE: Record<Lang4, () => RegExp[]> = {
  fr: () => [
    // "Qu'est-ce qu'il fait beau", "qu'est-ce qu'on s'est régalés": an intensity, not "what is it that…"
    /^qu'est[- ]ce qu'(?:il fait|il est|elle est|ils sont|elles sont|on est|on s'est|on a|c'est) (?:\p{L}+ )?(?:beau|belle|beaux|belles|chaud|froid|bon|bonne|bons|bonnes|bien|mignon|mignonne|joli|jolie|drole|rigole|ri|regales?|regalees?|marre|fiers?|fieres?|contents?|contentes?|heureux|heureuses)\b/u,
  ],
  en: () => [],
  de: () => [],
  es: () => [
    // "Qué hotel tan bonito", "qué playa más bonita": noun, then "tan"/"más" and the quality admired ("qué tan lejos"
    // asks: no noun between)
    /^(?:qué|que) (?:\p{L}+ ){1,2}(?:tan |más |mas )\p{L}+(?:\s*[,.]|$)/u,
    // the weather and feelings: "qué calor hace", "qué susto", "qué hambre"
    /^(?:qué|que) (?:calor|frío|frio|hambre|sueño|sueno|miedo|susto|nervios|risa|gracia|gozada|envidia|penita)(?!\p{L})/u,
    // "qué de gente", "qué cantidad de cosas"
    /^(?:qué de|que de|qué cantidad de|que cantidad de) \p{L}/u,
    // "cuánta ilusión", "cuánto talento", "cuánto me gusta"
    /^(?:cuánta|cuanta|cuánto|cuanto) (?:gente|ilusión|ilusion|alegría|alegria|emoción|emocion|belleza|paciencia|talento|amor|cariño|carino|arte|nivel)(?!\p{L})/u,
    /^(?:cuánto|cuanto) (?:me|nos|te|os) (?:gusta|gustan|encanta|encantan|alegro|alegra|alegramos|flipa|flipan)(?!\p{L})/u,
  ],
};
