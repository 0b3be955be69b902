// A question whether a cover or a warranty pays for a mishap (accent-folded): "petite question : l'assurance casse
// marche aussi si mon fils s'assoit sur les lunettes ?", "does the screen cover still work if the dog knocks my phone
// into the bath?", "greift die Versicherung auch, wenn mein Kater das Tablet vom Tisch wirft?", "¿el seguro cubre
// también si mi hija me rompe la pantalla?" (round 32). The mishap is supposed, not the brand's: the question is
// removed from the complaint text with the other removals (complaints.ts), up to its question mark — or to the
// sentence's end after a question announced ("petite question:", round 32 asked without a mark; a statement such as
// "the warranty doesn't cover it if…" is no question and stays) — and a trouble told besides still counts.
import type { Lang4 } from './stopwords.js';

/** A cover asked about: its question mark, or the sentence's end after a question announced. */
function asked(lead: string, body: string): RegExp {
  return new RegExp(String.raw`${body}[^.!?]*\?|\b(?:${lead})\s?:?\s[^.!?]*?${body}[^.!?]*`);
}

export const COVER_QUESTIONS: Record<Lang4, RegExp[]> = {
  en: [asked('quick question|question|just wondering', String.raw`\b(?:cover|insurance|warranty|guarantee|protection|plan)\b[^.!?]{0,25}\b(?:work|apply|count|cover|pay out)\b[^.!?]{0,15}\bif\b`)],
  fr: [asked('petite question|question|une question', String.raw`\b(?:assurance|garantie|protection|formule)\b[^.!?]{0,25}\b(?:marche|fonctionne|couvre|s'applique|joue|prend en charge)\b[^.!?]{0,15}\bsi\b`)],
  de: [asked('kurze frage|frage', String.raw`\b(?:versicherung|garantie|schutz|schutzbrief|gewahrleistung)\b[^.!?]{0,25}\b(?:greift|gilt|zahlt|deckt|ubernimmt)\b[^.!?]{0,20}\b(?:wenn|falls)\b`)],
  es: [asked('una pregunta|pregunta|una duda|consulta', String.raw`\b(?:seguro|garantia|proteccion|cobertura)\b[^.!?]{0,25}\b(?:cubre|vale|sirve|aplica|paga)\b[^.!?]{0,20}\bsi\b`)],
};
