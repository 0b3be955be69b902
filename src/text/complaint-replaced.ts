// The poster's former product that broke, told to say the brand's now serves them (accent-folded): "Mein alter Drucker
// war kaputt, jetzt hab ich euren und bin total zufrieden". The trouble word ("kaputt") is the old product's, not the
// brand's. The stretch is removed from the complaint text with the other removals (complaints.ts) only when the post
// goes on to the product the poster has now; "Mein alter Drucker war kaputt, und der neue von euch auch" still complains.
import type { Lang4 } from './stopwords.js';

const DE: RegExp[] = [
  /\bmein(?:e|en)? (?:alte|alter|altes|fruhere|fruherer|fruheres|vorherige|vorheriger|vorheriges)\b[^.!?,]{0,30}\b(?:war|ist|ging|wurde)\b[^.!?,]{0,20}(?=[^.!?]*\b(?:jetzt|nun|seitdem) (?:hab|habe|nutze|fahre|hab ich|habe ich|nutze ich|fahre ich)\b)/,
];

export const REPLACED: Record<Lang4, RegExp[]> = { en: [], fr: [], de: DE, es: [] };
