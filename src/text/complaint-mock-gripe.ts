// The only 'complaint' being how much the poster now spends on or uses what they love (accent-folded): "My only
// 'complaint' is I now order tacos four times a week 😭 my wallet hates you guys", "Seul reproche : je suis devenue
// accro, mon porte-monnaie pleure", "Einziger Kritikpunkt: ich kann nicht mehr aufhören … Mein Geldbeutel leidet", "Mi
// única queja es que ahora voy tres veces por semana". Round 39 gave one such false alarm (en, switching to Spanish):
// the word 'complaint' and the lament read as a grievance. Only the one gripe named, then within a few words the
// poster hooked, spending, or coming back too often; not a real fault after it ("My only complaint is the delivery
// took an hour and the fries were cold", "Seul reproche : … on me l'a oublié"). complaints.ts settledElsewhere reads
// it: one sign at most, and the model does not speak.
import { foldedAsWritten } from './folded-as-written.js';
import { gatedTest } from './gated-test.js';

/** The one gripe named, then the poster's own indulgence. */
const MOCK_GRIPE = gatedTest(
  /\b(?:only ['"\u2018\u2019]?(?:complaint|gripe|issue|problem)|seul (?:reproche|bemol)|einzige[rs]? (?:kritikpunkt|manko|problem)|unica (?:queja|pega))\b[^.!?]{0,100}?(?:\bmy (?:wallet|bank account|bank balance)\b|\b(?:every single day|too often|(?:three|four|five|\d) times a week)\b|\b(?:addicted|hooked)\b|\bcan't (?:stop|put (?:it|them|the \w+) down)\b|\bporte-?monnaie\b|\bportefeuille\b|\baccro\b|\bgeldbeutel\b|\bportemonnaie\b|\bnicht mehr aufhoren\b|\bsuchtig\b|\bcartera\b|\bbilletera\b|\badict[oa]\b|\benganchad[oa]\b|\b(?:tres|cuatro|cinco|\d) veces (?:por|a la) semana\b)/,
);

/** A real fault beside it: the gripe is one after all. */
const FAULT = /\b(?:cold|late|broken|forgot\w*|wrong|froid|oubli\w*|casse|kalt|vergessen|kaputt|frio|derretid[oa]|olvid\w*|roto)\b/;

/** Whether the post's only 'complaint' is the poster's own indulgence in what they praise. */
export function mockGripe(_folded: string, original: string): boolean {
  const written = foldedAsWritten(original);
  return MOCK_GRIPE(written) && !FAULT.test(written);
}
