// Round 14's error classes, in posts written for these tests (not taken from the round): reported speech, Spanish
// exclamations, rhetorical and reproachful questions, praise seeking agreement, polite requests, indirect and regional
// questions; sarcasm, threats to leave, plain fault reports, and troubles that are not the brand's.
import { describe, expect, it } from 'vitest';
import { isComplaint, isQuestion } from '../../src/text/index.js';
import { withoutReportedQuestions } from '../../src/text/quoted-speech.js';

describe('reported speech: a question quoted after a verb of asking or saying', () => {
  it.each([
    ["Mon fils m'a demandé « on peut rester encore une heure ? » et on est restés, journée parfaite", 'fr'],
    ['Quand mon neveu a demandé « c’est quand le prochain spectacle ? » toute la salle a ri', 'fr'],
    ["My niece asked 'is this a castle?' as soon as we arrived, what a place", 'en'],
    ['When my son asked "can we come back tomorrow?" I knew we had picked the right hotel', 'en'],
    ['Mein Neffe fragte „Ist das ein echtes Schloss?“ und wollte gar nicht mehr weg', 'de'],
    ["Mi sobrina preguntó '¿esto es un castillo?' nada más llegar, gracias por todo", 'es'],
  ] as const)('is no question: %j (%s)', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(false);
  });

  it.each([
    // the poster's own question beside the quoted one
    ["Ma fille m'a demandé « on peut revenir ? » : vous ouvrez le dimanche ?", 'fr'],
    ["My son asked 'is the slide open in winter?' and I couldn't tell him, is it?", 'en'],
    ['Meine Tochter fragte „Dürfen wir wieder hin?“ – habt ihr am Montag geöffnet?', 'de'],
    ["Mi hijo preguntó '¿hay piscina?' y no supe qué decirle, ¿la hay?", 'es'],
    // a time clause that asks
    ['Quand vous ouvrez la nouvelle boutique', 'fr'],
    ['When does the new shop open', 'en'],
  ] as const)('still asks: %j (%s)', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(true);
  });

  it('blanks only the quoted question, and only after a reporting verb', () => {
    expect(withoutReportedQuestions("my kid asked 'why is it so loud?' best present ever")).toBe('my kid asked best present ever');
    expect(withoutReportedQuestions("the app says 'are you sure?' then crashes")).toBe('the app says then crashes');
    expect(withoutReportedQuestions("the screen shows 'retry?' forever")).toBe("the screen shows 'retry?' forever");
    expect(withoutReportedQuestions('is it open?')).toBe('is it open?');
  });
});

describe('exclamations that open like questions, without a mark', () => {
  it.each([
    ['Qué terraza tan bonita, volveremos en verano', 'es'],
    ['Qué tienda más chula, enhorabuena por la apertura', 'es'],
    ['Qué calor hace en la cola, pero merece la pena', 'es'],
    ['Cuánto talento en el concierto de anoche', 'es'],
    ["Qu'est-ce qu'il fait bon dans votre nouvelle boutique", 'fr'],
  ] as const)('is no question: %j (%s)', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(false);
  });

  it.each([
    ['Qué tan grande es la sala del segundo piso', 'es'],
    ['Cuántos días tarda el envío a Canarias', 'es'],
    ['Qué colores quedan en la talla M', 'es'],
    ["Qu'est-ce qu'il faut pour s'inscrire à l'atelier", 'fr'],
  ] as const)('still asks: %j (%s)', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(true);
  });
});

describe('rhetorical and reproachful questions', () => {
  it.each([
    ["Vous avez déjà essayé de joindre votre propre standard ? Bon courage.", 'fr'],
    ["Ça vous arrive de répondre au téléphone ou c'est décoratif ?", 'fr'],
    ["C'est quand même dingue de payer la livraison deux fois, non ?", 'fr'],
    ['What is the point of a chat that closes at 5pm?', 'en'],
    ['You seriously expect people to queue two hours for a refund?', 'en'],
    ['Ob ihr wohl auch mal an die Pendler denkt?', 'de'],
    ['Wofür zahle ich eigentlich die Grundgebühr?', 'de'],
    ['¿Quién fue el genio que quitó los bancos de la estación?', 'es'],
    ['¿Y cuándo pensabais decir que subía la cuota?', 'es'],
  ] as const)('is no question and complains: %j (%s)', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(false);
    expect(isComplaint(text, lang)).toBe(true);
  });

  it.each([
    ['Who designs these parking meters, honestly?', 'en'],
    ['Why would anyone buy bread anywhere else, honestly', 'en'],
  ] as const)('is no question: %j (%s)', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(false);
  });

  it('a question closed by "honestly" praises as often as it reproaches: no complaint by itself', () => {
    expect(isComplaint('Why would anyone buy bread anywhere else, honestly', 'en')).toBe(false);
  });

  it.each([
    ["Ça vous arrive de proposer des ateliers pour les enfants ?", 'fr'],
    ['Who designed the new poster? I would love to hire them', 'en'],
    ['Do you think the boots run small?', 'en'],
    ['Ob ihr am Ostermontag geöffnet habt?', 'de'],
    ['¿Para cuándo está prevista la reapertura?', 'es'],
    ['¿Para qué sirve el botón verde de la app?', 'es'],
  ] as const)('still asks: %j (%s)', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(true);
    expect(isComplaint(text, lang)).toBe(false);
  });
});

describe('praise that seeks agreement, and credit handed out', () => {
  it.each([
    ["N'est-ce pas que le feu d'artifice était magnifique ?", 'fr'],
    ['Isn’t this new terrace gorgeous?', 'en'],
    ['Wasn’t the choir brilliant though?', 'en'],
    ['Ist das nicht herrlich, so ein Frühstück am See?', 'de'],
    ['Hab ich recht, dass eure Brezeln die besten sind?', 'de'],
    ['Läuft bei euch, oder? Schon wieder ein neuer Laden', 'de'],
    ['¿Verdad que el flan de la casa es otro nivel?', 'es'],
    ['¿No es una maravilla la nueva terraza?', 'es'],
    ['Whose idea was the night market? Give them a raise', 'en'],
    ['¿De quién fue la idea de la terraza? Un aplauso', 'es'],
  ] as const)('is no question: %j (%s)', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(false);
    expect(isComplaint(text, lang)).toBe(false);
  });

  it.each([
    ['Isn’t the museum open on Mondays?', 'en'],
    ["N'est-ce pas que vous fermez plus tôt le samedi ?", 'fr'],
    ['Hab ich recht, dass ihr montags zu habt?', 'de'],
    ['¿Verdad que abrís el festivo?', 'es'],
    ['Whose idea was the pop-up shop? I would like to book a stand', 'en'],
  ] as const)('still asks: %j (%s)', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(true);
  });

  it('a credit question over a sarcastic "bravo" stays a reproach', () => {
    expect(isComplaint("Qui a eu l'idée de fermer le guichet le samedi ? Bravo.", 'fr')).toBe(true);
  });
});

describe('polite requests and indirect questions without a mark', () => {
  it.each([
    ["Vous pouvez m'envoyer le bon de retour svp", 'fr'],
    ['Merci de me confirmer si la séance de 18h est maintenue', 'fr'],
    ['Kindly confirm the new delivery date for my order', 'en'],
    ['I wonder whether you still sell the blue mugs', 'en'],
    ['My neighbour asked if you deliver on Sundays, so I’m asking here', 'en'],
    ['Bitte um Rückmeldung, ob mein Antrag angekommen ist', 'de'],
    ['Ich hätte gern gewusst, wann der Kurs beginnt', 'de'],
    ['Que alguien me explique cómo se activa la tarjeta', 'es'],
    ['xfa digan si hay entradas para el domingo', 'es'],
  ] as const)('asks: %j (%s)', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(true);
  });

  it.each([
    ['Vous pouvez être fiers de vos apprentis', 'fr'],
    ['I wonder how I ever managed without this kettle', 'en'],
    ['Kindly note that I loved every minute', 'en'],
    ['Bitte um mehr Sitzplätze im Sommer', 'de'],
    ['Ich hätte gern gewusst, dass ihr umgezogen seid', 'de'],
    ['Digan lo que digan, el mejor pan de la ciudad', 'es'],
    ['Una hora al teléfono para que me digan que escriba un email', 'es'],
  ] as const)('is no question: %j (%s)', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(false);
  });
});

describe('regional and spoken questions without a mark', () => {
  it.each([
    ["Servus, habt's ihr am Feiertag offen", 'de'],
    ["Wisst's ihr, wann die Seilbahn wieder fährt", 'de'],
    ['A qué hora empieza la visita guiada', 'es'],
    ['En qué planta están los probadores', 'es'],
    ['a alguien más le pasa que no llegan los correos', 'es'],
    ["Ça arrive à quelqu'un d'autre que la carte soit refusée", 'fr'],
    ['wen does the late show start', 'en'],
  ] as const)('asks: %j (%s)', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(true);
  });

  it.each([
    ["Macht's gut, bis zum nächsten Sommer", 'de'],
    ["Ihr habt's einfach drauf", 'de'],
    ['A que no sabéis quién ha ganado', 'es'],
    ['Ça arrive à tout le monde, merci pour le geste', 'fr'],
    ['went to the late show, loved it', 'en'],
  ] as const)('is no question: %j (%s)', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(false);
  });
});

describe('complaints: sarcasm without a trouble word', () => {
  it.each([
    ['Super, la borne de recharge indiquée sur votre carte était en panne. Merci pour la balade.', 'fr'],
    ['Ah bah bravo, dix jours pour un changement d’adresse', 'fr'],
    ["So 'unlimited' streaming stops after 10 hours. Interesting definition of unlimited.", 'en'],
    ["Love how the 'quick' checkout now takes longer than the normal one. Real innovation.", 'en'],
    ["Interessante Definition von 'kostenlos', wenn man 4 Euro Versand zahlt.", 'de'],
    ["Curiosa definición de 'entrega en 24 horas' la vuestra.", 'es'],
  ] as const)('complains: %j (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });

  it.each([
    ["Bravo à toute l'équipe pour la fête de quartier", 'fr'],
    ['Love how the app remembers my favourite seat', 'en'],
  ] as const)('does not complain: %j (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });
});

describe('complaints: the customer leaves', () => {
  it.each([
    ["Je change d'opérateur, deuxième panne ce mois-ci", 'fr'],
    ["I'm switching providers after this week's outages", 'en'],
    ['Ich kündige, das reicht jetzt', 'de'],
    ['Me doy de baja, otra vez me habéis cobrado dos veces', 'es'],
  ] as const)('complains: %j (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });

  it.each([
    ['Switched to you from my old provider last spring, no regrets', 'en'],
    ['Bin zu euch gewechselt und total zufrieden', 'de'],
    ['Me cambié a vosotros el año pasado y genial', 'es'],
  ] as const)('does not complain: %j (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });
});

describe('complaints: plain fault reports', () => {
  it.each([
    ['Les freins grincent depuis la révision', 'fr'],
    ["On m'avait promis un devis sous 48 h, toujours rien", 'fr'],
    ['The new dog food made my puppy sick twice', 'en'],
    ['The brakes have been squealing like mad since the service', 'en'],
    ['Die Hotline hat mir versprochen, dass der Techniker morgens kommt – jetzt ist es Abend', 'de'],
    ['La habitación olía a tabaco', 'es'],
    ['Mi devolución lleva diez días en tramitación', 'es'],
  ] as const)('complains: %j (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });

  it.each([
    ["Still the only cereal bar that doesn't taste like cardboard", 'en'],
    ['Ihr habt versprochen, dass im Mai eröffnet wird – ich freue mich!', 'de'],
  ] as const)('does not complain: %j (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });
});

describe('complaints: troubles that are not the brand’s', () => {
  it.each([
    ['Semaine épuisante, heureusement que votre café existe', 'fr'],
    ['Terrible commute, thankfully your flat whites exist', 'en'],
    ['Der Flug war eine Katastrophe, aber dafür war euer Frühstück ein Traum', 'de'],
    ['Mi antiguo gimnasio tenía las máquinas rotas cada semana. Con vosotros todo perfecto.', 'es'],
  ] as const)('does not complain: %j (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });

  it.each([
    ['Your app crashed twice at the till today, thankfully I had cash on me', 'en'],
    ['Vuestro pedido llegó roto, menos mal que el repartidor fue amable', 'es'],
    ["Je passe à la concurrence, votre appli plante tous les jours. L'ancienne version marchait.", 'fr'],
  ] as const)('still complains: %j (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });
});

describe('questions answered by their poster with a mock or eager "sure"', () => {
  it.each([
    ['Paying £4 to print a boarding pass? Sure, why not, it’s only money.', 'en'],
    ['8 € pour un câble ? Mais bien sûr, et puis quoi encore.', 'fr'],
    ['Fünf Euro für eine Tüte? Klar doch, warum auch nicht.', 'de'],
    ['¿Cobrar por el agua del grifo? Claro que sí, faltaría más.', 'es'],
  ] as const)('is no question and complains: %j (%s)', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(false);
    expect(isComplaint(text, lang)).toBe(true);
  });

  it('an eager "sure, why not" asks nothing and complains of nothing', () => {
    expect(isQuestion('Pizza night on Friday? Sure, why not, see you there!', 'en')).toBe(false);
    expect(isComplaint('Pizza night on Friday? Sure, why not, see you there!', 'en')).toBe(false);
  });

  it.each([
    ['Can I bring my dog to the terrace? Sure would be nice', 'en'],
    ['Habt ihr am Montag offen? Wäre super', 'de'],
  ] as const)('still asks: %j (%s)', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(true);
  });
});

describe('complaints: trouble words that complain of nothing', () => {
  it.each([
    ["Ma fille m'a demandé pourquoi la mer est salée et je ne savais pas quoi répondre, super aquarium", 'fr'],
    ['Mein Sohn fragte, warum Bienen summen, ich wusste keine Antwort – tolles Museum', 'de'],
    ['Mi hija me preguntó por qué brillan las estrellas y no supe qué responder, planetario precioso', 'es'],
  ] as const)('does not complain: %j (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });

  it.each([
    ['Seit zehn Tagen keine Antwort auf meine Mail', 'de'],
    ['Toujours sans chauffage trois jours après la panne, personne ne rappelle', 'fr'],
  ] as const)('still complains: %j (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });
});
