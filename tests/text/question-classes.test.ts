// Round 12's question error classes, in posts written for these tests (not taken from any labelled set): each class
// with the near misses that must keep asking.
import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../src/text/index.js';

describe('isQuestion: a tag closing praise of something unrivalled, or a reproach', () => {
  it.each([
    ['Rien de tel que votre pain aux noix, non ?', 'fr'],
    ['C’est quand même le meilleur kebab de Lyon, hein ?', 'fr'],
    ['Vous n’êtes pas sérieux avec ce nouveau tarif, hein ?', 'fr'],
    ['Nothing compares to your hot chocolate in winter, right?', 'en'],
    ['Tastiest bagels in the whole of Manchester, no?', 'en'],
    ['You do realise your checkout has been broken since Monday, right?', 'en'],
    ['Es gibt nichts Besseres als euren Apfelstrudel, oder?', 'de'],
    ['Beste Pommes in ganz Köln, oder?', 'de'],
    ['Das ist jetzt aber nicht euer Ernst mit den Gebühren, oder?', 'de'],
    ['No hay nada como vuestras croquetas, ¿verdad?', 'es'],
    ['No lo diréis en serio lo del nuevo horario, ¿no?', 'es'],
  ] as const)('is no question: %j (%s)', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(false);
  });

  it.each([
    ['C’est quand la réouverture du magasin, hein ?', 'fr'],
    ['Quand même, vous livrez le samedi ?', 'fr'],
    ['Best to book a table in advance, right?', 'en'],
    ['Am besten nehme ich die größere Packung, oder?', 'de'],
    ['Es mejor pedir una talla más, ¿verdad?', 'es'],
  ] as const)('asks: %j (%s)', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(true);
  });
});
