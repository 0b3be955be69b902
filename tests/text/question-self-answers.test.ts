// Questions their poster answers at once ("Is there anything better…? Didn't think so"), in posts written for these
// tests, beside the near misses that still ask: an answer that says more than yes or no, an answer asked back, a
// question after the answer, a because that explains a request.
import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../src/text/index.js';
import { postText } from '../../src/text/post-text.js';
import { patternsAsk } from '../../src/text/questions.js';
import { questionsSelfAnswered } from '../../src/text/question-self-answers.js';

const patterns = (text: string, lang: 'fr' | 'en' | 'de' | 'es'): boolean => patternsAsk(postText(text, lang), lang);

describe('a question its poster answers in the next sentence', () => {
  it.each([
    ["Is there anything better than a Sunday roast at your place? Didn't think so 😋", 'en'],
    ['Do I need another candle? No. Did I buy three from them anyway? Absolutely 🕯️', 'en'],
    ['Why do I keep coming back to your bakery? Because these croissants are unreal', 'en'],
    ["Est-ce que c'était le meilleur concert de ma vie ? Oui. Merci à toute l'équipe", 'fr'],
    ['Y a-t-il plus rapide que vos virements « instantanés » ? Non. Question suivante.', 'fr'],
    ['Gibt es etwas Schöneres als euren Sonntagsbrunch? Nein. Danke fürs Verwöhnen', 'de'],
    ['¿Hay algo mejor que un asado en su parrilla un domingo? No creo 😋', 'es'],
  ] as const)('asks nothing: %j (%s)', (text, lang) => {
    expect(patterns(text, lang)).toBe(false);
    expect(isQuestion(text, lang)).toBe(false);
  });

  it.each([
    // an answer that says more than yes or no
    ['Is there an outage in Galway? No signal since 2pm', 'en'],
    ['A giveaway? Yes please! Do I need to follow both accounts?', 'en'],
    // an answer asked back
    ['Vous livrez en Belgique ? Non ? Dommage.', 'fr'],
    // a because that explains a request, not a why answered
    ['Can I get a refund? Because it arrived broken', 'en'],
    ['Habt ihr am Montag offen? Ja oder nein reicht mir', 'de'],
    ['¿Cómo se cambia la contraseña? No me llega el SMS', 'es'],
  ] as const)('still asks: %j (%s)', (text, lang) => {
    expect(patterns(text, lang)).toBe(true);
  });

  it('marks the run of questions just before each answer, not the ones after', () => {
    expect([...questionsSelfAnswered(['do i need another', 'no', 'did i buy three', 'absolutely'], [true, false, true, false])]).toEqual([0, 2]);
    expect([...questionsSelfAnswered(['popcorn, blanket', 'is there a better sunday', "didn't think so"], [false, true, false])]).toEqual([1]);
    expect([...questionsSelfAnswered(['vous livrez en belgique', 'non', 'dommage'], [true, true, false])]).toEqual([]);
  });
});
