// Alternatives asked without a mark (question-alternatives.ts) ask whatever the question model says; fixed pairs,
// options followed by a comment, and ultimatums (question-ultimatums.ts) ask nothing (the same posts are in
// fixtures/text/question-class-posts.json).
import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../src/text/index.js';
import { postText } from '../../src/text/post-text.js';
import { asksAlternative } from '../../src/text/question-alternatives.js';
import { setsUltimatum } from '../../src/text/question-ultimatums.js';

type Lang = 'fr' | 'en' | 'de' | 'es';
const folded = (text: string, lang: Lang): string => postText(text, lang).folded;

describe('an alternative closing a post without a mark', () => {
  it.each<[string, Lang]>([
    ['livraison ou retrait en magasin pour les soldes', 'fr'],
    ['La table basse arrive montée ou en kit', 'fr'],
    ["le brunch du dimanche c'est sur réservation ou on peut venir comme ça", 'fr'],
    ["la formule mensuelle ou l'annuelle pour quelqu'un qui vient deux fois par semaine", 'fr'],
    ['delivery or pickup for the sale', 'en'],
    ['gift wrap free or extra at the Leeds store', 'en'],
    ['workshop fine for total beginners or better to have some experience', 'en'],
    ['Lieferung oder Abholung beim Sale', 'de'],
    ['Jahresabo oder Monatsabo für jemanden der nur am Wochenende schaut', 'de'],
    ['envío o recogida en tienda para las rebajas', 'es'],
    ['el sofá llega montado o por piezas', 'es'],
  ])('asks: %s', (text, lang) => {
    expect(asksAlternative(folded(text, lang))).toBe(true);
    expect(isQuestion(text, lang)).toBe(true);
  });

  it.each<[string, Lang]>([
    ['Livraison ou retrait, peu importe, le service est toujours top', 'fr'],
    ['tôt ou tard je craquerai pour la lampe 😍', 'fr'],
    ["Thé ou café, j'adore tout chez vous", 'fr'],
    ["Ma voisine m'a demandé où j'avais acheté la lampe", 'fr'],
    ['delivery or pickup, either way you lot are quick 👏', 'en'],
    ["sooner or later I'm buying that lamp 😍", 'en'],
    ['tea or coffee, I love everything on your menu', 'en'],
    ['no receipt or confirmation email, just the charge', 'en'],
    ['Lieferung oder Abholung, egal, ihr seid immer schnell 👍', 'de'],
    ['früher oder später kauf ich mir die Lampe 😍', 'de'],
    ['Kaffee oder Tee, bei euch schmeckt einfach alles', 'de'],
    ['envío o recogida, da igual, siempre rapidísimos 👏', 'es'],
    ['tarde o temprano me compro la lámpara 😍', 'es'],
    ['café o té, en vuestra cafetería todo está buenísimo', 'es'],
  ])('asks nothing: %s', (text, lang) => {
    expect(asksAlternative(folded(text, lang))).toBe(false);
    expect(isQuestion(text, lang)).toBe(false);
  });
});

describe('an ultimatum without a mark', () => {
  it.each<[string, Lang]>([
    ['réglez ça ou je résilie', 'fr'],
    ["sort my bill out or I'm switching providers", 'en'],
    ["@VoltaMobile sort this out or I'm porting my number to another network", 'en'],
    ['o me devolvéis el dinero o os denuncio', 'es'],
  ])('asks nothing: %s', (text, lang) => {
    expect(setsUltimatum(folded(text, lang))).toBe(true);
    expect(asksAlternative(folded(text, lang))).toBe(false);
    expect(isQuestion(text, lang)).toBe(false);
  });

  it('with a mark, the choice is asked', () => {
    expect(isQuestion('can you fix it or do I have to cancel?', 'en')).toBe(true);
  });
});
