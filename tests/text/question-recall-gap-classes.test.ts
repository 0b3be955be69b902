// The question classes written after round 29 for the recall the last unseen round lacked (French and customer care),
// in posts beside near misses of the other label (the same posts are in fixtures/text/question-class-posts.json): French
// recourse asked among complaint words, which the question model vetoed; French questions with their question word in
// place; customer-care requests told as statements.
import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../src/text/index.js';
import { postText } from '../../src/text/post-text.js';
import { asksHelpDesk } from '../../src/text/question-care-requests.js';
import { asksInSitu } from '../../src/text/question-in-situ.js';
import { asksConfirmation } from '../../src/text/question-confirmations.js';
import { asksRecourse } from '../../src/text/question-recourse.js';

type Lang = 'fr' | 'en';
const folded = (text: string, lang: Lang): string => postText(text, lang).folded;

/** Each class: posts that ask, posts that ask nothing. */
const CLASSES: Record<string, { asks: [string, Lang][]; not: [string, Lang][] }> = {
  'recourse asked among complaint words': {
    asks: [
      ['Franchement déçue du service, je peux parler à un responsable ?', 'fr'],
      ['Super déçu 😞 le gâteau était sec. Vous remboursez dans ce cas ?', 'fr'],
      ['Une honte ce SAV. Qui je dois contacter pour être remboursé ?', 'fr'],
      ["Inadmissible, deux heures d'attente au téléphone. Il y a un autre numéro ?", 'fr'],
      ['Brellis live chat keeps saying offline. Is there another way to reach support? Order 55102', 'en'],
    ],
    not: [
      ['Trois semaines pour un remboursement, vous vous moquez de qui ?', 'fr'],
      ['Une semaine sans réseau, vous trouvez ça normal ? Bravo.', 'fr'],
    ],
  },
  'a French question with its word in place': {
    asks: [
      ['sa marche comment le parrainage', 'fr'],
      ['je m’adresse à qui pour une réclamation', 'fr'],
      ['Ma commande est partie ou pas encore', 'fr'],
      ['ça vous dérange si je passe récupérer ma commande à 19h', 'fr'],
      ["c'est toujours d'actualité le code BIENVENUE", 'fr'],
    ],
    not: [
      ['les enfants adorent, ils en redemandent', 'fr'],
      ["on fait comment pour s'en passer maintenant, c'est trop bon", 'fr'],
      ['le magasin ferme à 19h le samedi, c’est noté', 'fr'],
    ],
  },
  'a customer-care request told as a statement': {
    asks: [
      ["@QuickCart_Care order 55120 arrived with a cracked screen, I'd like a replacement", 'en'],
      ["@Aerwyn_Air my flight was cancelled and I'd like my money back, booking QX77LM", 'en'],
      ["@Parcelia_Help parcel PX9921 stuck at the depot for a week. I'd like it redelivered or refunded", 'en'],
      ['@HearthGasHelp meter reading submitted twice and still an estimated bill. Someone needs to look at this', 'en'],
      ['@NimbusBroadband third engineer no-show. I expect a call back today', 'en'],
      ["@StellarStream_Help can't log in on the TV app since yesterday, error 503. Help", 'en'],
    ],
    not: [
      ["Three hours on hold. I'd like a refund for my wasted evening too, thanks 🙄", 'en'],
      ['@HearthGasHelp someone needs to give your call centre staff a raise, lovely people', 'en'],
      ["@NimbusBroadband engineer finally turned up, all working. I expect I'll be streaming all night", 'en'],
      ['@Truvo_Bank card unblocked in minutes, cheers', 'en'],
      ['@MossRetail swapped the M for an L in store, no fuss', 'en'],
    ],
  },
};

describe.each(Object.entries(CLASSES))('%s', (_name, { asks, not }) => {
  it.each(asks)('asks: %j (%s)', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(true);
  });
  it.each(not)('asks nothing: %j (%s)', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(false);
  });
});

describe('the forms each class is read by', () => {
  it.each([
    ['Franchement déçue du service, je peux parler à un responsable ?', 'fr', true],
    ['Super déçu, le gâteau était sec. Vous remboursez dans ce cas ?', 'fr', true],
    ['Il y a un autre numéro ?', 'fr', true],
    ['can I speak to a manager please, third call today', 'en', true],
    ['vous remboursez jamais rien', 'fr', false],
    ['il y a un autre numéro sur le site, je vais essayer', 'fr', false],
    ['les nouveaux clients peuvent parler de leur expérience', 'fr', false],
  ] as [string, Lang, boolean][])('recourse: %j (%s) -> %s', (text, lang, expected) => {
    expect(asksRecourse(folded(text, lang))).toBe(expected);
  });

  it.each([
    ['sa marche comment le parrainage', 'fr', true],
    ['ça fonctionne comment pour les retours', 'fr', true],
    ['on contacte qui pour une facture', 'fr', true],
    ['la commande est prête ou pas encore', 'fr', true],
    ['ça se passe comment, c’est trop bien ici', 'fr', false],
    ['je passe aujourd’hui ou demain, on verra', 'fr', false],
    ['le code est toujours valable, super', 'fr', false],
  ] as [string, Lang, boolean][])('in situ: %j (%s) -> %s', (text, lang, expected) => {
    expect(asksInSitu(folded(text, lang))).toBe(expected);
  });

  it.each([
    ["I'd like a replacement for order 55120", 'en', true],
    ['I would like a refund for my cancelled train', 'en', true],
    ["I'd like my account closed", 'en', true],
    ['someone needs to check my meter', 'en', true],
    ['I expect a reply by Friday', 'en', true],
    ['router dead again since lunch. help', 'en', true],
    ["I'd like a refund for my wasted evening too, thanks", 'en', false],
    ["I'd like to say the new app is great", 'en', false],
    ['someone needs to give the staff a raise', 'en', false],
    ["I expect I'll be back next week", 'en', false],
    ['thanks for the help', 'en', false],
  ] as [string, Lang, boolean][])('care request: %j (%s) -> %s', (text, lang, expected) => {
    expect(asksHelpDesk(folded(text, lang))).toBe(expected);
  });

  it.each([
    ["C'est normal que le colis soit à Roissy depuis hier ? Il vient de Chine", 'fr', true],
    ['Banque Aurore, vous avez bien reçu mes justificatifs ? Ça fait 3 fois que je les envoie', 'fr', true],
    ['Vous comptez rembourser une partie ?', 'fr', true],
    ['Y a-tu moyen de parler à un vrai humain ?', 'fr', true],
    ["Dégât des eaux déclaré en mars, toujours pas d'expert. On peut avoir un rdv avant l'été ?", 'fr', true],
    ["Vous comptez réparer l'ascenseur de la gare un jour ou on attend 2030 ?", 'fr', false],
    ["C'est normal que rien ne marche jamais chez vous ou c'est une stratégie ?", 'fr', false],
    ['Vous comptez répondre un jour ?', 'fr', false],
    ["c'est normal que la batterie arrive chargée à 30 %", 'fr', false],
  ] as [string, Lang, boolean][])('confirmation: %j (%s) -> %s', (text, lang, expected) => {
    expect(asksConfirmation(folded(text, lang))).toBe(expected);
  });
});
