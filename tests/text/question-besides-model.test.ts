// Questions asked in a form whatever the question model says (questions.ts asksBesidesModel), in posts written for these
// tests, beside near misses that ask nothing: indirect questions (question-indirect.ts), a fault checked with other
// users (question-shared-faults.ts), what the poster may get or whom to ask (question-recourse.ts); formal requests for a
// service (question-service-requests.ts); reproachful guesses and products mocked as never tested
// (question-rhetoric.ts); and company handles whose last part names a trade, which address the brand, not a friend.
import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../src/text/index.js';
import { postText } from '../../src/text/post-text.js';
import { asksIndirectly } from '../../src/text/question-indirect.js';
import { checksSharedFault } from '../../src/text/question-shared-faults.js';
import { asksRecourse } from '../../src/text/question-recourse.js';
import { asksForService } from '../../src/text/question-service-requests.js';
import { asksNothing } from '../../src/text/question-rhetoric.js';
import { asksFriendsOnly } from '../../src/text/question-model.js';

type Lang = 'fr' | 'en' | 'de' | 'es';
const folded = (text: string, lang: Lang): string => postText(text, lang).folded;

describe('an indirect question', () => {
  it.each([
    ['Je voudrais savoir si le rayon bio de Rennes a rouvert, toujours fermé samedi dernier', 'fr'],
    ["quelqu'un sait quand les soldes commencent en ligne", 'fr'],
    ["c'est possible de récupérer ma commande au dépôt demain svp", 'fr'],
    ["I'd like to know when the replacement card will be posted, it's been ten days", 'en'],
    ['does anyone know if the car park at the retail park is free on Sundays', 'en'],
    ['Ich würde gern wissen, ob die Filiale am Markt auch Pakete annimmt', 'de'],
    ['Weiß jemand, ob der Nachtzug wegen des Sturms ausfällt', 'de'],
    ['Quisiera saber si el descuento de estudiante vale también en la web', 'es'],
    ['alguien sabe si mañana hay huelga de autobuses', 'es'],
  ] as const)('asks: %j (%s)', (text, lang) => {
    expect(asksIndirectly(folded(text, lang))).toBe(true);
    expect(isQuestion(text, lang)).toBe(true);
  });

  it.each([
    // no question word after the asking words, a wonder, a quote, an answer given at once
    ['I wonder if anyone in that office has ever queued at this counter', 'en'],
    ['My son asked the driver "can you tell me where the sweets are?" 😂 bless him', 'en'],
    ['Me gustaría saber por qué cambiáis la receta cada año. Bueno, ya lo sé: por dinero.', 'es'],
    ['Je me demande bien comment on faisait avant votre appli', 'fr'],
  ] as const)('asks nothing by it: %j (%s)', (text, lang) => {
    expect(asksIndirectly(folded(text, lang))).toBe(false);
  });

  it('still asks nothing when withdrawn at once', () => {
    const text = 'Quelqu\'un sait si la piscine ouvre le lundi ? Ah c\'est bon, trouvé sur le site.';
    expect(asksNothing(folded(text, 'fr'))).toBe(true);
    expect(isQuestion(text, 'fr')).toBe(false);
  });
});

describe('a fault checked with other users', () => {
  it.each([
    ['Is it just me or has the banking app stopped loading statements?', 'en'],
    ["C'est moi ou le site ne charge plus le panier ? Erreur à chaque fois", 'fr'],
    ['Ist das Portal nur bei mir down? Fehler 500 seit heute früh', 'de'],
    ['¿Soy yo o la web no funciona desde la actualización?', 'es'],
  ] as const)('asks: %j (%s)', (text, lang) => {
    expect(checksSharedFault(folded(text, lang))).toBe(true);
    expect(isQuestion(text, lang)).toBe(true);
  });

  it.each([
    ['Is it just me or are the cinnamon buns bigger this month', 'en'],
    ["C'est moi ou le nouveau parfum sent encore meilleur ?", 'fr'],
    ['¿Soy yo o el café de aquí está cada día más rico?', 'es'],
  ] as const)('asks nothing by it: %j (%s)', (text, lang) => {
    expect(checksSharedFault(folded(text, lang))).toBe(false);
  });
});

describe('what the poster may get, or whom to ask', () => {
  it.each([
    ['flight moved by six hours with no notice, am I entitled to a refund on the hotel I booked', 'en'],
    ['Third missing item this month. who do I complain to about the driver', 'en'],
    ["Bus supprimé sans prévenir, ai-je droit à un remboursement du trajet", 'fr'],
    ['Paket kam beschädigt an, habe ich Anspruch auf Ersatz', 'de'],
    ['Me cancelaron la reserva, ¿tengo derecho a algún reembolso?', 'es'],
  ] as const)('asks: %j (%s)', (text, lang) => {
    expect(asksRecourse(folded(text, lang))).toBe(true);
    expect(isQuestion(text, lang)).toBe(true);
  });

  it.each([
    ['Les nouveaux abonnés ont droit à trois mois offerts, les anciens à rien.', 'fr'],
    ['Neukunden haben Anspruch auf Rabatt, wir Stammkunden nie.', 'de'],
  ] as const)('asks nothing by it: %j (%s)', (text, lang) => {
    expect(asksRecourse(folded(text, lang))).toBe(false);
  });
});

describe('a formal request for a service', () => {
  it.each([
    ['Je vous prie de bien vouloir résilier mon abonnement à la fin du mois.', 'fr'],
    ['Vertragsnummer 2219 – Lastschrift doppelt. Bitte erstatten.', 'de'],
    ['Brauche dringend einen Rückruf wegen der Heizung', 'de'],
    ['would you mind resending the invoice for March, it never arrived', 'en'],
    ['Les ruego que cancelen la suscripción a partir de hoy.', 'es'],
  ] as const)('asks: %j (%s)', (text, lang) => {
    expect(asksForService(folded(text, lang))).toBe(true);
    expect(isQuestion(text, lang)).toBe(true);
  });

  it.each([
    ["Je vous prie de m'excuser pour mon message d'hier, j'étais énervé.", 'fr'],
    ['Der Rückruf wurde mir vor zwei Wochen versprochen.', 'de'],
  ] as const)('asks nothing by it: %j (%s)', (text, lang) => {
    expect(asksForService(folded(text, lang))).toBe(false);
  });
});

describe('a reproachful guess, and a product mocked as never tested', () => {
  it.each([
    ['Let me guess, the servers are "under maintenance" again? Every Friday.', 'en'],
    ['who tests these releases? search is broken again', 'en'],
    ['Laissez-moi deviner, encore un retard « indépendant de notre volonté » ?', 'fr'],
    ['Lass mich raten, wieder ein Softwarefehler?', 'de'],
    ['Déjame adivinar, ¿otra vez problemas con el proveedor?', 'es'],
  ] as const)('asks nothing: %j (%s)', (text, lang) => {
    expect(asksNothing(folded(text, lang))).toBe(true);
    expect(isQuestion(text, lang)).toBe(false);
  });

  it.each([
    ['Who tests the new menu before launch? Happy to help', 'en'],
    ['Wer testet die Prototypen? Ich hätte Lust mitzumachen', 'de'],
  ] as const)('is not refused by it: %j (%s)', (text, lang) => {
    expect(asksNothing(folded(text, lang))).toBe(false);
  });
});

describe('a company handle whose last part names a trade', () => {
  it.each([
    ['@Kestrel_Insurance does the policy cover hire cars abroad?'],
    ['@Marbella_Hoteles ¿tenéis parking en el hotel del centro?'],
    ['@Rheintal_Reisen ist die Busreise nach Prag noch buchbar?'],
  ])('addresses the brand: %j', (text) => {
    expect(asksFriendsOnly(text)).toBe(false);
  });

  it.each([['@lucas_m on se voit au match samedi ?'], ['@sara.pz fancy brunch on sunday?']])('asks a friend: %j', (text) => {
    expect(asksFriendsOnly(text)).toBe(true);
  });
});
