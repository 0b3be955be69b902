import { describe, expect, it } from 'vitest';
import { asksBareEcho } from '../../src/text/question-bare-echo.js';
import { isQuestion } from '../../src/text/questions.js';

describe('a claim quoted back alone and asked', () => {
  it.each([
    ['“Free returns”?', 'en'],
    ['« Livraison offerte » ?', 'fr'],
    ['„Immer frisch“?', 'de'],
    ['¿«Envío gratis»?', 'es'],
  ] as const)('asks: %j (%s)', (text, lang) => {
    expect(asksBareEcho(text)).toBe(true);
    expect(isQuestion(text, lang)).toBe(true);
  });

  it.each([
    // answered by the poster's own case: round 13's complaint
    '“Fibre speeds everywhere”? Mine drops to 1 Mbps every evening.',
    // the quote is not the whole post
    'So “free returns” means £4.99 now?',
    // no mark
    '“Free returns” 😍',
    // an exclamation, not a question
    '« Livraison offerte » !',
  ])('is not the form: %j', (text) => {
    expect(asksBareEcho(text)).toBe(false);
  });
});
