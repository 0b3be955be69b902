// Nudges in threads (question-thread-nudges.ts): a reply of a few words chasing what the poster waits on asks, whatever
// the question model says; short replies that say something instead, or tell that the thing came, ask nothing (the same
// posts are in fixtures/text/question-class-posts.json).
import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../src/text/index.js';
import { postText } from '../../src/text/post-text.js';
import { nudgesInThread } from '../../src/text/question-thread-nudges.js';

type Lang = 'fr' | 'en' | 'de' | 'es';
const folded = (text: string, lang: Lang): string => postText(text, lang).folded;

describe('a nudge in a thread', () => {
  it.each<[string, Lang]>([
    ['et donc', 'fr'],
    ['@ColisExpressFR et donc ?? toujours rien', 'fr'],
    ['et mon remboursement alors', 'fr'],
    ['any news', 'en'],
    ['@SwiftParcelHelp and my refund', 'en'],
    ['so what now', 'en'],
    ['and my replacement then', 'en'],
    ['und jetzt', 'de'],
    ['und meine Erstattung', 'de'],
    ['schon was Neues wegen meiner Bestellung', 'de'],
    ['y mi reembolso', 'es'],
    ['@EnviosRapidosES y mi pedido entonces', 'es'],
    ['alguna novedad', 'es'],
    ['y ahora qué', 'es'],
  ])('asks: %s', (text, lang) => {
    expect(nudgesInThread(folded(text, lang))).toBe(true);
    expect(isQuestion(text, lang)).toBe(true);
  });

  it.each<[string, Lang]>([
    ['et donc voilà, commande reçue, merci', 'fr'],
    ['et mon remboursement est arrivé ce matin, merci', 'fr'],
    ['ok merci', 'fr'],
    ['same', 'en'],
    ['ok thx', 'en'],
    ['and my refund came through this morning, thanks', 'en'],
    ['no news yet, will keep you posted', 'en'],
    ['und jetzt auch noch das 🙄', 'de'],
    ['und meine Erstattung kam heute, danke', 'de'],
    ['dito', 'de'],
    ['y mi pedido llegó perfecto, gracias', 'es'],
    ['ok gracias', 'es'],
    ['igual', 'es'],
  ])('asks nothing: %s', (text, lang) => {
    expect(nudgesInThread(folded(text, lang))).toBe(false);
    expect(isQuestion(text, lang)).toBe(false);
  });

  it('a nudge withdrawn in mockery asks nothing (question-rhetoric.ts)', () => {
    expect(isQuestion('@QuickCartCares Any update? Oh wait, there never is.', 'en')).toBe(false);
  });
});
