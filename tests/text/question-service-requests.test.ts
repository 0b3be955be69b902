// Requests to be called back or contacted, and for a service on the poster's own account, in posts written for these
// tests: questions whatever the complaint beside them, with or without a mark; beside the near misses that ask nothing
// (a request needs its asking words; advice on the brand's own ways is no service asked).
import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../src/text/index.js';
import { postText } from '../../src/text/post-text.js';
import { asksForService } from '../../src/text/question-service-requests.js';

type Lang = 'fr' | 'en' | 'de' | 'es';
const asks = (text: string, lang: Lang): boolean => asksForService(postText(text, lang).folded);

describe('a request to be called back or for a service on the poster\'s account', () => {
  it.each([
    ['Third bill in a row with the wrong meter reading. Please call me tomorrow morning.', 'en'],
    ['Been on hold for an hour, can someone just ring me back', 'en'],
    ['Charged twice for the same concert tickets. Please refund the second payment.', 'en'],
    ['My parcel shows delivered but never arrived, order 55120. Kindly check and revert', 'en'],
    ["Troisième relance pour la même facture. Merci de me recontacter rapidement.", 'fr'],
    ['Je souhaiterais être rappelé au sujet de mon contrat, mon numéro est dans mon dossier', 'fr'],
    ['Seit drei Wochen kein Internet. Bitte um Rückruf, Kundennummer per PN.', 'de'],
    ['Die Rechnung ist doppelt so hoch wie sonst. Bitte um Klärung.', 'de'],
    ['Würde mich freuen, wenn mich endlich jemand zurückruft, Vertrag 4410.', 'de'],
    ['Me cobraron dos veces la cuota. Necesito que alguien me llame hoy.', 'es'],
    ['Les escribí cuatro correos sin respuesta. Agradecería que alguien se pusiera en contacto conmigo.', 'es'],
  ] as const)('asks: %j (%s)', (text, lang) => {
    expect(asks(text, lang)).toBe(true);
    expect(isQuestion(text, lang)).toBe(true);
  });

  it.each([
    // no asking words: a statement of what happened, or a turn of phrase
    ['Call me crazy but the new recipe is even better', 'en'],
    ['They promised to call me back and never did. Never again.', 'en'],
    ['Ils ne m\'ont jamais rappelé, trois semaines plus tard toujours rien', 'fr'],
    ['Die Hotline ruft mich nie zurück, unglaublich', 'de'],
    ['Nadie me llama desde hace una semana, qué servicio', 'es'],
    // advice on the brand's own ways, not a service on the poster's account
    ['Drove 40 minutes and the doors were locked. Please update your opening hours.', 'en'],
    ['Great food as always but pls fix your packaging, the sauce leaked everywhere', 'en'],
  ] as const)('asks nothing by it: %j (%s)', (text, lang) => {
    expect(asks(text, lang)).toBe(false);
  });
});
