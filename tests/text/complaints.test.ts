// Complaint detection: problem phrases in four languages, negated satisfaction, angry punctuation; not mere negatives.
import { describe, expect, it } from 'vitest';
import { isComplaint } from '../../src/text/index.js';
import { complaintText, patternsComplain } from '../../src/text/complaints.js';
import { postText } from '../../src/text/post-text.js';
import type { Lang4 } from '../../src/text/stopwords.js';

/** The patterns' verdict alone in `lang` (the model reads words of every language and is not restricted). */
const patternsSay = (text: string, lang: Lang4 | 'und'): boolean => {
  const post = postText(text, lang);
  return patternsComplain(post, complaintText(post, lang), lang);
};

describe('isComplaint', () => {
  it.each([
    // fr
    ['Toujours pas reçu ma commande du 3 mars'],
    ['Colis perdu, merci La Poste et merci à vous'],
    ['Trois semaines pour un remboursement, franchement'],
    ['Je demande un remboursement, le vase est fêlé'],
    ['Inadmissible.'],
    ['Très déçue par la qualité des draps'],
    ['SAV injoignable depuis lundi'],
    ['PAS CONTENTE DU TOUT, commande incomplète'],
    ['Où est ma commande ???'],
    // en
    ['Still waiting for my order'],
    ['The lamp arrived broken'],
    ['I want a refund'],
    ['Terrible experience with the delivery'],
    ['Worst customer service ever'],
    ['This shop is the worst.'],
    ['Not happy with the towels at all'],
    ['WHERE IS MY ORDER'],
    // de
    ['Die Vase kam kaputt an'],
    ['Immer noch nicht geliefert'],
    ['Meine Reklamation läuft seit einem Monat'],
    ['Ich möchte eine Rückerstattung, der Bezug ist eingelaufen'],
    ['Nicht zufrieden mit der Lieferung'],
    ['UNVERSCHÄMT!!! Seit 3 Wochen keine Antwort'],
    // es
    ['Todavía no he recibido mi pedido'],
    ['El jarrón llegó roto'],
    ['Quiero un reembolso'],
    ['Mi queja sigue sin respuesta'],
    ['No estoy contenta con las sábanas'],
    ['¡¡¡INACEPTABLE!!! Tres semanas sin noticias'],
    // complaints without complaint words
    ['Le pied de la table est arrivé en deux morceaux. Super.'],
    ["J'ai commandé le 2 mai, on est le 28 et toujours rien."],
    ['Ordered on the 3rd, it is the 25th today and nothing.'],
    ['Der Stuhl wackelt schon nach einer Woche'],
    ['Pedí el 2 de mayo, hoy es 30 y nada.'],
  ])('complains: %j', (text) => {
    expect(isComplaint(text)).toBe(true);
  });

  it.each([
    // polite posts with negative words
    ['Pas de souci, merci pour la réponse rapide !'],
    ['Jamais déçue par vos bougies 😍'],
    ['Rien à redire, livraison rapide'],
    ['Pas mal du tout ce nouveau tapis'],
    ['No problem at all, thanks for sorting it so quickly'],
    ['Never disappointed by your candles'],
    ['The worst part is choosing which colour to buy 😂'],
    ["I'm torn between the sage and the rust"],
    ['Kein Problem, danke für die schnelle Antwort!'],
    ['Nicht schlecht, die neue Kollektion'],
    ['Sin problema, gracias por la respuesta'],
    ['Nunca me decepcionan vuestras velas'],
    ['No está nada mal la nueva colección'],
    // praise that mentions a refund, neutral questions, enthusiasm
    ['Service client au top, remboursement reçu en 48 h'],
    ['Toller Service, die Rückerstattung kam sofort'],
    ['Où en est ma commande n°45821'],
    ["J'adore !!!"],
    ['EST-CE QUE VOUS LIVREZ LE SAMEDI'],
    ['Nouvelle collection disponible en boutique'],
    [''],
  ])('does not complain: %j', (text) => {
    expect(isComplaint(text)).toBe(false);
  });

  it('restricts the patterns to the language given', () => {
    expect(patternsSay('Die Vase kam kaputt an', 'de')).toBe(true);
    expect(patternsSay('Die Vase kam kaputt an', 'es')).toBe(false);
    expect(patternsSay('Die Vase kam kaputt an', 'und')).toBe(true);
    expect(isComplaint('Die Vase kam kaputt an', 'de')).toBe(true);
  });
});

describe('isComplaint: the error classes of issue 11', () => {
  it.each([
    // sarcasm
    ['Great, another delay… thanks for nothing', 'en'],
    ["Super, l'appli est encore plus lente… Chapeau.", 'fr'],
    ['Na toll, schon wieder Verspätung', 'de'],
    ['Genial, otro retraso más, gracias por nada', 'es'],
    // complaints phrased as questions
    ["Your website has been down all morning, what's going on?", 'en'],
    ['Why is my card being declined', 'en'],
    ['¿Me pueden llamar? Tengo un problema con la factura', 'es'],
    // plain reports of a problem
    ['My internet is down', 'en'],
    ['Still no delivery slots', 'en'],
    ['Problem with printhead', 'en'],
    ["You've paralysed my phone with your update", 'en'],
    ['Mein Internet ist seit heute Morgen weg', 'de'],
    ['Problème avec la tête d’impression depuis hier', 'fr'],
    // reproaches
    ['Vous êtes sérieux là ? 60€ de frais de port ?!', 'fr'],
    ['Maybe hire people who can see?', 'en'],
    // money taken twice, noises, price rises and ironic closings with no word of trouble
    ['You charged my subscription twice in one month', 'en'],
    ['Le lave-linge neuf fait un bruit de tracteur', 'fr'],
    ['Der Trockner rattert seit dem ersten Tag', 'de'],
    ['Qué detalle, otra subida del precio', 'es'],
    ['love how the queue to the tills never moves', 'en'],
  ] as const)('complains: %j (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });

  it.each([
    // sarcasm markers alone are praise
    ['Super, merci !!!', 'fr'],
    ['Great, thanks!!!', 'en'],
    ['Will order again!!!', 'en'],
    ['Every time I wear it I get compliments!!!', 'en'],
    // solved, negated and hypothetical problems
    ['I had an issue with sizing but returns were painless', 'en'],
    ["J'avais un souci de taille, échangé en deux jours, merci l'équipe", 'fr'],
    ['Merci de m’indiquer si la garantie couvre les taches', 'fr'],
    ['Pas de problème avec le transporteur cette fois', 'fr'],
    // a mock reproach opening praise
    ['Vous êtes sérieux ? Ce moelleux au chocolat est délicieux', 'fr'],
    ['Are you serious? This candle smells amazing', 'en'],
    ['Ist das euer Ernst? Die neue Torte ist mega lecker', 'de'],
    ['¿En serio? Este helado está riquísimo', 'es'],
    // a question about a fee, and thanks to someone
    ['Is there a fee to change the delivery date?', 'en'],
    ['Peut-on payer en plusieurs fois sans frais ?', 'fr'],
    ['Big thanks to the courier who waited ten minutes while I got dressed', 'en'],
  ] as const)('does not complain: %j (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });
});

describe('isComplaint on the round-11 classes', () => {
  it.each([
    // a figure asked back in outrage
    ['12 € de frais de port ?! Pour une bougie ?!', 'fr'],
    ['£6 for a coffee?? In a paper cup??', 'en'],
    ['4,90 € Gebühr?! Für eine Überweisung?!', 'de'],
    ['¿¿30€ por facturar una maleta??', 'es'],
    // a complaint asked as "why did you charge me"
    ['Pourquoi avez-vous prélevé mon abonnement deux fois ?', 'fr'],
    ['Why have you charged me for a month I cancelled?', 'en'],
    ['Warum habt ihr mir die Lieferung doppelt berechnet?', 'de'],
    ['¿Por qué me habéis cobrado el envío si era gratis?', 'es'],
    // an ironic decision, the old recipe wanted back, endless loading
    ["Quelle riche idée de fermer l'agence du village.", 'fr'],
    ['What a genius move to scrap the late train.', 'en'],
    ['Was für eine tolle Idee, den Nachtbus zu streichen.', 'de'],
    ['Qué gran idea cerrar la oficina del pueblo.', 'es'],
    ["Rendez-nous l'ancienne recette svp", 'fr'],
    ['Bring back the old packaging, the new one leaks', 'en'],
    ['Die Seite zeigt seit einer Stunde nur den Ladebalken', 'de'],
    ['La app se queda cargando al abrirla', 'es'],
  ] as const)('complains: %j (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });

  it.each([
    // a problem solved and praised; a problem solved in a question is still a problem
    ['La conseillère a tout réglé en deux minutes, top', 'fr'],
    ['Your agent sorted my refund in five minutes, legend', 'en'],
    ['Der Techniker hat alles in zehn Minuten repariert, danke!', 'de'],
    ['Me solucionaron lo del cargo en el momento, gracias', 'es'],
    // praise in question form, a fee asked about, genuine praise of an idea
    ["Pourquoi je n'ai pas testé ce sérum plus tôt ?", 'fr'],
    ["Why didn't I try this hot sauce sooner?", 'en'],
    ['Fallen für die Kartenzahlung im Ausland Gebühren an?', 'de'],
    ['Is the admin fee charged once or every month?', 'en'],
    ['What a great idea to add a kids menu!', 'en'],
  ] as const)('does not complain: %j (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });

  it('still complains when the solving is only asked for', () => {
    expect(isComplaint('Me han cobrado dos veces el mismo pedido, ¿cómo lo soluciono?', 'es')).toBe(true);
    expect(isComplaint('They said it would be fixed by Monday and it still does not work', 'en')).toBe(true);
  });
});

describe('isComplaint on the round-12 classes: sarcasm without a trouble word', () => {
  it.each([
    ['Bravo, encore une soirée debout dans le couloir du TER. Du grand art.', 'fr'],
    ['Chapeau, l\'abonnement prend encore 3 € et les séries disparaissent. Merci infiniment.', 'fr'],
    ['Well that\'s another lunch break spent listening to hold music. Cheers.', 'en'],
    ['Wonderful, my next-day parcel is now on day four. Cheers for that.', 'en'],
    ['Ganz großes Kino: dritte Woche in Folge fällt der Bus um 7:10 aus. Respekt.', 'de'],
    ['Respekt, drei Tage für eine Antwort auf eine einfache Frage.', 'de'],
    ['Chapó, tres semanas para contestar un correo.', 'es'],
    ['Estupendo, me suben la cuota otra vez. Justo lo que me hacía falta.', 'es'],
  ] as const)('the patterns complain: %j (%s)', (text, lang) => {
    expect(patternsSay(text, lang)).toBe(true);
  });

  it.each([
    ["Bravo à l'équipe du magasin de Nantes, accueil impeccable. Du grand art.", 'fr'],
    ['Brilliant, the parcel came a day early. Cheers!', 'en'],
    ['Ganz großes Kino, die neue Staffel! Respekt an das ganze Team.', 'de'],
    ['Läuft bei euch, die neue Filiale ist jeden Tag voll!', 'de'],
    ['Qué maravilla de tarta, justo lo que necesitaba para el cumple. ¡Gracias, de verdad!', 'es'],
  ] as const)('does not complain: %j (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });
});

describe('isComplaint on the round-12 classes: plain reports in everyday words', () => {
  it.each([
    ['Le wifi de l\'hôtel marchait à peine, impossible de faire une visio.', 'fr'],
    ['La chambre était belle, par contre la douche froide trois soirs de suite, dommage.', 'fr'],
    ['Il sort de l\'eau marron du robinet depuis les travaux.', 'fr'],
    ['Ordered a green kettle, a white one arrived.', 'en'],
    ['Half the links in the app menu lead nowhere.', 'en'],
    ['My toaster gave up the ghost after three months.', 'en'],
    ['Der Gutscheincode funktioniert im Warenkorb nicht.', 'de'],
    ['Das Spiel friert ständig beim Speichern ein.', 'de'],
    ['Der Wasserkocher hat nach zwei Monaten den Geist aufgegeben.', 'de'],
    ['La tele se queda congelada cada vez que cambio de canal.', 'es'],
    ['El wifi del hotel apenas funcionaba, una pena.', 'es'],
    ['@VoltaMobile no bars at all in the flat since Tuesday', 'en'],
  ] as const)('the patterns complain: %j (%s)', (text, lang) => {
    expect(patternsSay(text, lang)).toBe(true);
  });

  it.each([
    // solved, praise with a regret, a competitor's trouble that spares the brand, a thing that died elsewhere
    ['Le code promo est bien passé, merci pour la remise !', 'fr'],
    ['Chez le concurrent la livraison a pris trois semaines, contrairement à vous.', 'fr'],
    ['Ordered a green kettle, it arrived the next morning. Lovely.', 'en'],
    ['The other supermarket\'s app crashes every single day, not you though, yours is flawless.', 'en'],
    ['My old phone from another brand finally gave up the ghost, so I\'m here for a new one!', 'en'],
    ['Schade, dass das Festival schon vorbei ist, es war großartig.', 'de'],
    ['Bei der Konkurrenz kam das Paket kaputt an, zum Glück nicht bei euch.', 'de'],
    ['En la competencia el pedido llegó roto, por suerte con vosotros no.', 'es'],
    ['Una pena que no tengáis tienda en Vigo, me encanta la marca.', 'es'],
  ] as const)('does not complain: %j (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });
});

describe('isComplaint on the round-12 classes: complaints phrased as questions', () => {
  it.each([
    ['Vous vous moquez de nous ? 12 € pour changer de siège ?!', 'fr'],
    ['Vous savez que les toilettes du TER sont fermées depuis Dijon ?', 'fr'],
    ['Le technicien compte venir quand, exactement ? C\'était prévu mardi.', 'fr'],
    ['You do realise the lift at platform 4 has been out of order for a month?', 'en'],
    ['Seriously, £60 to change a name on the booking?', 'en'],
    ['so when is the engineer actually turning up? third day of waiting', 'en'],
    ['Warum zeigt meine Abrechnung das Doppelte vom letzten Monat?', 'de'],
    ['Euch ist schon klar, dass die Toiletten im ICE seit Hamburg abgesperrt sind?', 'de'],
    ['¿Se ha caído la red otra vez en Sevilla?', 'es'],
    ['¿Cuándo piensa venir el técnico de verdad? Era el lunes.', 'es'],
  ] as const)('the patterns complain: %j (%s)', (text, lang) => {
    expect(patternsSay(text, lang)).toBe(true);
  });

  it.each([
    // a fee asked about, a visit asked about, a warranty asked about
    ['C\'est combien pour changer de siège ?', 'fr'],
    ['Petite question : la garantie couvre-t-elle une vitre fendue ?', 'fr'],
    ['Is it £15 to print a boarding pass at the airport?', 'en'],
    ['Does the warranty cover a cracked screen?', 'en'],
    ['Kostet die Sitzplatzreservierung 5 Euro?', 'de'],
    ['¿Cuánto cuesta cambiar el nombre del billete?', 'es'],
  ] as const)('the patterns do not complain: %j (%s)', (text, lang) => {
    expect(patternsSay(text, lang)).toBe(false);
  });
});

describe('isComplaint on the round-12 classes: threats to leave', () => {
  it.each([
    ['Si ça continue je résilie et je passe chez la concurrence.', 'fr'],
    ['Je commence sérieusement à regarder ailleurs, vos tarifs deviennent indécents.', 'fr'],
    ['Keep this up and I\'m switching to another provider.', 'en'],
    ['Ten years a customer and this is how you treat me? I\'m done.', 'en'],
    ['Wenn das so weitergeht, kündige ich und wechsle zur Konkurrenz.', 'de'],
    ['Ich schaue mich ernsthaft nach einem anderen Anbieter um.', 'de'],
    ['Como esto siga así me doy de baja y me voy a la competencia.', 'es'],
    ['Diez años de cliente y me tratáis así. Me voy.', 'es'],
  ] as const)('the patterns complain: %j (%s)', (text, lang) => {
    expect(patternsSay(text, lang)).toBe(true);
  });

  it.each([
    // cancelling asked about, leaving a competitor for the brand, "done" with something else
    ['Comment je résilie si je déménage à l\'étranger ?', 'fr'],
    ['J\'ai quitté mon ancien opérateur pour vous et je ne regrette pas !', 'fr'],
    ['How do I close my account if I\'m moving abroad?', 'en'],
    ['I\'m done with my exams so treating myself to your new boots!', 'en'],
    ['Wie kündige ich den Vertrag, wenn ich ins Ausland ziehe?', 'de'],
    ['¿Cómo me doy de baja si me mudo al extranjero?', 'es'],
  ] as const)('the patterns do not complain: %j (%s)', (text, lang) => {
    expect(patternsSay(text, lang)).toBe(false);
  });
});

describe('isComplaint on the round-12 classes: a refund or replacement that came quickly', () => {
  it.each([
    ['Remboursement reçu en 3 jours, service au top.', 'fr'],
    ['Replacement arrived within 48 hours, no fuss at all.', 'en'],
    ['Erstattung war nach 2 Tagen auf dem Konto, top Service.', 'de'],
    ['Reembolso recibido en 3 días, servicio de diez.', 'es'],
  ] as const)('does not complain: %j (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });

  it.each([
    ['Refund finally landed after 7 weeks of chasing.', 'en'],
    ['@MarketHallStores refund landed in 2 days but only half of it', 'en'],
    ['Erstattung kam erst nach zwei Monaten und drei Mahnungen.', 'de'],
  ] as const)('still complains when it came late or short: %j (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });
});
