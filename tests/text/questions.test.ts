// Question detection: '?' (French spacing included), '¿', and interrogative forms without a mark, in four languages.
import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../src/text/index.js';
import { patternsAsk } from '../../src/text/questions.js';
import { postText } from '../../src/text/post-text.js';
import type { Lang4 } from '../../src/text/stopwords.js';

describe('isQuestion', () => {
  it.each([
    // question marks, French typography with U+00A0 and U+202F
    ['Vous livrez en Belgique\u00a0?'],
    ['Il reste des coussins moutarde\u202f?'],
    ['Do you ship to Canada?'],
    ['?'],
    ['dispo ?'],
    ['¿Hacen envíos a Canarias?'],
    ['Hola, ¿aceptáis PayPal'],
    // fr without '?'
    ['comment je fais pour être remboursé'],
    ['Comment on fait pour changer l’adresse'],
    ['est-ce que vous livrez en Belgique'],
    ['est ce que le bois est traité'],
    ['EST-CE QUE VOUS LIVREZ LE SAMEDI'],
    ['Pourquoi ma commande est bloquée'],
    ['Où en est ma commande'],
    ['Quand arrive le plaid gris'],
    ['livrez-vous en Belgique'],
    ['Y a-t-il une boutique à Bordeaux'],
    ['Bonjour, la housse est-elle lavable'],
    ['je voudrais savoir si la table existe en 180'],
    ['Savez-vous quand le plaid revient'],
    ['vous avez des nouvelles de ma commande'],
    ['Possible d’avoir les dimensions svp'],
    ['Le tapis passe en machine ou pas'],
    ["C'est quoi la différence entre les deux"],
    // en without '?'
    ['How do I return an item'],
    ['Can I change my address'],
    ['can you send me the invoice'],
    ['Is there a store in Leeds'],
    ['Does the rug come in grey'],
    ['Any idea when it is back'],
    ['I was wondering if you ship to Ireland'],
    ['Hi, could you tell me the size'],
    ['Quick question: do you gift wrap'],
    ['WHERE IS MY ORDER'],
    // de without '?'
    ['Wie kann ich stornieren'],
    ['Gibt es den Sessel in Grün'],
    ['Können Sie nach Österreich liefern'],
    ['Wann kommt die Lampe wieder'],
    ['Habt ihr eine Filiale in Hamburg'],
    ['Ist der Tisch aus Massivholz'],
    ["Gibt's das auch größer"],
    ['Hallo, bekomme ich eine Rechnung'],
    ['Weiß jemand, ob man die Bezüge waschen kann'],
    // es without '?'
    ['Cómo puedo devolver un pedido'],
    ['Dónde está la tienda de Madrid'],
    ['Cuándo vuelve la lámpara'],
    ['Hay descuento para estudiantes'],
    ['Puedo cambiar la dirección'],
    ['Quisiera saber si la mesa viene montada'],
    ['Hola, me podéis decir cuánto tarda'],
  ])('asks: %j', (text) => {
    expect(isQuestion(text)).toBe(true);
  });

  it.each([
    // URLs with query strings
    ['https://x.fr/?a=1'],
    ['Trouvé ici https://maison-exemple.fr/p/lampe?couleur=blanc'],
    ['Found it www.maison-exemple.com/mugs?color=sage'],
    // exclamations and rhetorical questions
    ['Quelle belle collection !'],
    ['Comment ne pas craquer devant ce fauteuil !!'],
    ['Quand je pense que j’ai hésité à commander, il est parfait'],
    ["Qui n'a jamais rêvé d'un dimanche sous un plaid ? 🧣"],
    ['What a gorgeous table!'],
    ['How cute is this mug'],
    ["Who doesn't love a cosy Sunday? ☕"],
    ['Wie schön!'],
    ['Was für ein toller Teppich'],
    ['Wer liebt keine gemütlichen Sonntage?'],
    ['¡Qué bonito!'],
    ['Qué pena que se haya agotado'],
    ['¿Quién no ama un domingo de manta y café?'],
    // statements that start like questions
    ['merci !'],
    ["Can't wait for the sale"],
    ["Don't miss our spring event"],
    ['Habe gerade bestellt, bin gespannt'],
    ['Danke ihr Lieben, das Paket ist angekommen'],
    ['Am 24.12. sind unsere Filialen bis 14 Uhr geöffnet.'],
    ['Cuando llegue el pedido os cuento qué tal'],
    ['Laissez-vous tenter par notre nouvelle collection'],
    ['Abonnez-vous à la newsletter'],
    ['Dites-nous en commentaire quelle couleur vous préférez 👇'],
    ["Ordered on the 3rd, it's the 25th today and nothing."],
    ['So geht das nicht.'],
    [''],
  ])('does not ask: %j', (text) => {
    expect(isQuestion(text)).toBe(false);
  });

  it('counts no question in a post that opens with a friend\'s handle, in any language; a company desk\'s handle asks', () => {
    for (const text of [
      '@sophie_lm est-ce que tu viens au concert samedi ?',
      '@dan_okafor are you coming to the launch on Friday?',
      '@jana.weiss kommst du morgen mit ins Kino?',
      '@lucia_prt ¿vienes al mercado el domingo?',
    ])
      expect(isQuestion(text)).toBe(false);
    // A company desk's handle, a domain handle, a friend's handle followed by the brand's: the brand is asked.
    for (const text of [
      '@Kelpie_Support est-ce que vous livrez le samedi ?',
      '@Bahnhof_Service fahrt ihr morgen nach Plan?',
      '@atelierlune.bsky.social vous avez des housses en 240x220 ?',
      '@marc_d @atelierlune vous livrez en Suisse ?',
    ])
      expect(isQuestion(text)).toBe(true);
    expect(isQuestion('@marc_d @julie.b on y va samedi ?')).toBe(false);
  });

  it('counts no question in a post counting the attempts it took to be heard; a count of what may be done asks', () => {
    for (const text of [
      'How many calls does it take to get a meter reading corrected?',
      'Combien de relances faut-il pour obtenir un simple avoir ?',
      'Wie viele Anrufe braucht es noch, bis der Techniker kommt?',
      '¿Cuántas llamadas más tengo que hacer para que me cambien la tarifa?',
    ])
      expect(isQuestion(text)).toBe(false);
    for (const text of ['How many times can I change my booking?', 'Combien de fois peut-on utiliser le code promo ?', 'Wie oft kann ich den Tarif wechseln?'])
      expect(isQuestion(text)).toBe(true);
  });

  it('restricts the interrogative forms to the language given', () => {
    const patterns = (text: string, lang: Lang4 | 'und') => patternsAsk(postText(text, lang), lang);
    expect(patterns('Habt ihr eine Filiale in Hamburg', 'de')).toBe(true);
    expect(patterns('Habt ihr eine Filiale in Hamburg', 'fr')).toBe(false);
    // The question model reads words, not a language's forms: a German question read as French still asks.
    expect(isQuestion('Habt ihr eine Filiale in Hamburg', 'fr')).toBe(true);
    expect(isQuestion('Prix ?', 'en')).toBe(true); // a '?' asks in any language
    expect(isQuestion('Livrez-vous en Suisse', 'und')).toBe(true); // 'und' tries all four
  });

  it('finds the question in the second sentence', () => {
    expect(isQuestion('Super produit. Vous livrez en Suisse')).toBe(true);
    expect(isQuestion('Third time I am asking. Hello?')).toBe(true);
  });
});

describe('isQuestion: the error classes of issue 11', () => {
  it.each([
    // indirect questions
    ['Je cherche à savoir si la table existe en chêne', 'fr'],
    ['Dites-moi si vous livrez le samedi', 'fr'],
    ['Would be great to know if the jacket runs small', 'en'],
    ['Trying to find out whether you ship to Norway', 'en'],
    ['Sagt mir bitte, ob ihr samstags geöffnet habt', 'de'],
    ['xfa decidme si hay descuento para estudiantes', 'es'],
    // SMS style
    ['slt vs avez des codes promo svp', 'fr'],
    ['pls can u check my order asap', 'en'],
    ['r u guys hiring', 'en'],
    ['kann mir jmd sagen wann die kollektion kommt', 'de'],
    // a question after a sentence with no punctuation
    ['Been waiting on hold for the last 40 min can I get a refund', 'en'],
    ['Habe gestern bestellt kann ich noch die Adresse ändern', 'de'],
    ['Hice el pedido ayer puedo cambiar la dirección', 'es'],
    // a reproach before a real question
    ['En serio, ¿cuándo me vais a devolver el dinero?', 'es'],
    ["Sérieux, personne pour m'aider ? Commande bloquée", 'fr'],
    // "is that normal?" after a malfunction asks; after a wait it reproaches (below)
    ["Le code ne marche pas sur le panier, c'est normal ?", 'fr'],
    // a restock or an alternative asked without a mark
    ['La veste bleue sera de nouveau disponible en mars', 'fr'],
    ['Will the linen shirt be back in stock soon', 'en'],
    ['Le canapé est livré monté ou en kit', 'fr'],
  ] as const)('asks: %j (%s)', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(true);
  });

  it.each([
    // rhetorical or reproachful questions
    ['Vous êtes sérieux là ? 60€ de frais de port ?!', 'fr'],
    ["Ça fait 10 jours que j'attends, c'est normal ?", 'fr'],
    ['Seit zehn Tagen keine Antwort, ist das normal?', 'de'],
    ['Maybe hire people who can see?', 'en'],
    ['Are you serious? £12 for delivery?!', 'en'],
    ['How many times do I have to send the same photos?', 'en'],
    ['Vielleicht mal Leute einstellen, die lesen können?', 'de'],
    ['¿Y si contratáis a gente que sepa leer una dirección?', 'es'],
    ['Is it just me or is this the comfiest jumper ever', 'en'],
    ['Wondering how I ever lived without this blanket', 'en'],
    // relative and indirect clauses after a statement
    ['Just bought the oak table, which I think is the best one you do', 'en'],
    ['The lamp arrived today, which I found unlikely', 'en'],
    ["J'ai commandé le fauteuil conseillé par ma sœur, qui est parfait", 'fr'],
    ['Lieferung kommt am Dienstag, was mir gut passt', 'de'],
    ['Der Verkäufer hat mir erklärt, wie man das Leder pflegt, top', 'de'],
    ['Wann immer ich im Laden bin, werde ich super beraten', 'de'],
    // telling, not asking
    ["I'll let you know how the colour holds up", 'en'],
    ['Je vous dirai si la couleur tient au lavage', 'fr'],
    ['Tell us which one you would choose 👇', 'en'],
    // an exclamation opened by "qué"
    ['Qué detalle, otra subida del precio', 'es'],
  ] as const)('does not ask: %j (%s)', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(false);
  });
});

describe('isQuestion on the round-11 classes', () => {
  it.each([
    // praise in question form
    ['Comment osez-vous faire un chocolat chaud aussi bon ?', 'fr'],
    ['How dare you make a pizza this good?', 'en'],
    ['Wie könnt ihr es wagen, so gute Brezeln zu backen?', 'de'],
    ['¿Cómo os atrevéis a hacer un flan tan rico?', 'es'],
    ['Why did nobody tell me about this shampoo sooner?', 'en'],
    // a figure asked back with doubled marks, echoes before a short cheer, whoever-clauses, relative clauses
    ['£9 for a candle?? A tiny one??', 'en'],
    ['Soldes ? Enfin ! 😍', 'fr'],
    ['Wer auch immer das Design gemacht hat, Respekt', 'de'],
    ['Die Tasche, die ich für meine Schwester gekauft hatte, behalte ich selbst', 'de'],
    ["Best candle you've ever made, right? 😍", 'en'],
  ] as const)('does not ask: %j (%s)', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(false);
  });

  it.each([
    ['Me confirmáis si el abono sirve para el tren', 'es'],
    ['keen to know whether the sale includes kids sizes', 'en'],
    ['Lohnt sich das Upgrade auf den großen Akku', 'de'],
    ['wat time does the store close on sunday', 'en'],
    // one '?' asks a price, and so does a longer sentence with a figure and '??'
    ['£9 for a candle?', 'en'],
    ["Le compteur affiche 900 kWh en un mois pour un studio de 20m², c'est normal ??", 'fr'],
    // "even" after an auxiliary, a how-to without its accent closing the post
    ['been on the platform an hour is the 9:10 even coming', 'en'],
    ['quiero cambiar la tarifa como lo hago', 'es'],
  ] as const)('asks: %j (%s)', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(true);
  });
});
