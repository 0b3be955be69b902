// How long the poster has used the brand's product or been its customer, told beside praise (accent-folded): "Seit zwei
// Wochen nutze ich die neue App und bin begeistert", "Seit 2012 fahre ich euren Kombi, nie im Stich gelassen", "Seit 15
// Jahren Kundin und immer zufrieden", "Unser Toaster läuft seit 2015 jeden Morgen. Unkaputtbar." The span reads as a
// wait to the patterns (a weak sign) and to the model. Removed from the complaint text with the other removals
// (complaints.ts) only when the post praises after it and does not turn ("aber", "leider", "seitdem", "nur noch"):
// "Seit 15 Jahren Kundin, und seit dem Wechsel stimmt keine Rechnung mehr" keeps its span and its complaint. Sarcasm's
// usual praise ("super", "toll") is not enough: "Seit drei Wochen habe ich kein Internet. Toll." still complains.
import type { Lang4 } from './stopwords.js';

const PRAISED = '(?=[^]*\\b(?:begeistert|zufrieden|glucklich|nie im stich|kein mucks|unkaputtbar|endlich nicht mehr|treu|bleibt so)\\b)';
const NO_TURN = '(?![^]*\\b(?:aber|leider|doch|seitdem|nur noch|bis (?:jetzt|heute|gestern))\\b)';
const USE = 'nutze|benutze|fahre|trage|verwende|kaufe|bestelle|esse|trinke';

const DE: RegExp[] = [
  new RegExp(`\\bseit\\b[^.!?,]{0,25}\\b(?:${USE}) ich\\b${PRAISED}${NO_TURN}`),
  new RegExp(`\\b(?:${USE}|lauft|laufen|kundin|kunde|mitglied)\\b(?: [\\w-]+){0,3}? seit\\b[^.!?,]{0,20}${PRAISED}${NO_TURN}`),
  new RegExp(`\\bseit\\b[^.!?,]{0,15}\\b(?:kundin|kunde|mitglied|dabei)\\b${PRAISED}${NO_TURN}`),
];

export const TIME_IN_USE: Record<Lang4, RegExp[]> = { en: [], fr: [], de: DE, es: [] };
