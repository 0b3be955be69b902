// Question classes of round 30's errors: a thing asked for or a lost thing looked for after a story
// (question-things-asked.ts), polite indirect asks (question-indirect.ts), redress demanded of a desk
// (question-care-requests.ts), desks' handles taken for people's (question-model.ts), and false alarms — a friend's
// plans after a one-word handle (question-friend-plans.ts), a silence reported (question-nobody-tells.ts), a question
// answered "cool cool cool" (question-mock-replies.ts). Each with its near misses. The posts are from round 30 and
// fixtures/text/class-posts.json.
import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../src/text/index.js';
import type { Lang4 } from '../../src/text/stopwords.js';

describe('round 30 questions', () => {
  it.each<[string, Lang4]>([
    ["Mon chien a rongé le câble de recharge de ma Volt-E (oui oui 🙄). Est-ce qu'on peut en commander un seul chez un concessionnaire Autonova ?", 'fr'],
    ["Ce serait possible d'avoir la recette de votre sauce César ? 😇", 'fr'],
    ["Quelqu'un a vu un bonnet rouge ? Je crois que je l'ai oublié au rayon surgelés du Boutik'Azur Part-Dieu samedi 😅", 'fr'],
    ['La subida de la luz es cosa del mercado, ya lo sé, no es culpa vuestra. Solo quería preguntar si hay algún bono social.', 'es'],
    ['Solo quería preguntar si abrís el domingo por la tarde 😊', 'es'],
    ['Schaden vom 12.03. gemeldet (Nr. H-44721), seitdem Funkstille. Würde mich freuen zu erfahren, wer da zuständig ist.', 'de'],
    ['Würde mich freuen zu erfahren, wann die Filiale am Markt wieder öffnet.', 'de'],
    ['@Indrail_Connect PNR 4521873960 still showing RAC 12. Kindly confirm whether berth will be allotted before chart preparation', 'en'],
    ['@Harbourline_Ins could you tell me if my policy covers a windscreen chip repair or only full replacement?', 'en'],
    ["@Velocab_Help driver took a massive detour and I got charged £38 for what's normally a £15 trip. I want a refund.", 'en'],
    ['Kann mir jemand sagen, wann der Techniker kommt?', 'de'],
    ['Cool cool cool, is the new flavour out in Leeds yet?', 'en'],
  ])('%s asks', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(true);
  });

  it.each<[string, Lang4]>([
    ['@pablo ¿nos pillamos el tren de las 8 el sábado?', 'es'],
    ["@sam are we still doing Marlow's on Friday?", 'en'],
    ['@marta ¿quedamos el sábado para ir a la tienda nueva de Lumenia?', 'es'],
    ['@lukas gehen wir morgen zum Flohmarkt bei Kaufwerk?', 'de'],
    ["@chloe on se retrouve devant le Boutik'Azur à 14h ?", 'fr'],
    ['Vornau, mein E-Auto steht seit 5 Wochen wegen eines Softwarefehlers in der Werkstatt und niemand kann mir sagen, wann es fertig ist.', 'de'],
    ['Four days without broadband and nobody can tell me when the engineer is coming.', 'en'],
    ["@OrbitMobile_US y'all really charged me a $35 late fee when autopay failed on YOUR end? cool cool cool", 'en'],
    ['Solo quería decir que el servicio en Brisamar fue genial.', 'es'],
    ['Würde mich freuen, euch bald wieder im Laden zu besuchen!', 'de'],
    ['Kindly note my new address is in my profile now.', 'en'],
    ['Honest question, how did nobody in testing notice the save button does nothing?', 'en'],
  ])('%s asks nothing', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(false);
  });
});
