// Complaint classes of round 41: a cancellation made hard (complaint-hard-cancellation.ts), a free trial turned into a
// paid plan (complaint-trial-turned-paid.ts), a loyalty programme cut (complaint-loyalty-cut.ts), money taken wrongly
// told to another fan in a thread (complaint-charged-wrongly.ts), sarcasm carried by a hashtag alone
// (complaint-grievance-hashtags.ts), "how hard can it be" rhetoric (complaint-how-hard.ts), praise in scare quotes and
// what it cost (complaint-scare-quoted-praise.ts), a fare penalty for a shut office or a broken machine
// (complaint-fined-anyway.ts), a parcel on the way for days in Swiss German (complaint-stuck-in-transit.ts), folded
// hands begging after a question (complaint-plea-hands.ts), punctuality cheered on (complaint-kept-up-praise.ts); beside
// near misses both ways. New posts of the same forms, not round 41's own; fixtures/text/class-posts.json holds more.
import { describe, expect, it } from 'vitest';
import { isComplaint } from '../../src/text/index.js';
import { cancelledWithEase } from '../../src/text/complaint-hard-cancellation.js';
import { loyaltyCut } from '../../src/text/complaint-loyalty-cut.js';
import { grievanceHashtag } from '../../src/text/complaint-grievance-hashtags.js';
import { pleadingHands } from '../../src/text/complaint-plea-hands.js';
import { keptUpPraise } from '../../src/text/complaint-kept-up-praise.js';
import type { Lang4 } from '../../src/text/stopwords.js';

const complains = (cases: Array<[string, string]>): void => {
  it.each(cases)('reads %j as a complaint', (text, lang) => expect(isComplaint(text, lang as Lang4)).toBe(true));
};
const calm = (cases: Array<[string, string]>): void => {
  it.each(cases)('does not read %j as one', (text, lang) => expect(isComplaint(text, lang as Lang4)).toBe(false));
};

describe('a cancellation made hard', () => {
  complains([
    ['Abo bei LeseLand kündigen? Geht nur per Fax. Ja, Fax.', 'de'],
    ['Para darse de baja de NetPlus solo se puede por burofax, contratar fue un clic.', 'es'],
    ["Résilier chez FibreOuest ? Possible uniquement par courrier, alors qu'on s'abonne en ligne.", 'fr'],
    ['Tried to cancel my PeakFit plan and got transferred between three different agents, none could do it.', 'en'],
  ]);
  calm([
    ['Is it possible to cancel my PeakFit plan online?', 'en'],
    ['Kündigung bei LeseLand in zwei Minuten online erledigt, danke!', 'de'],
  ]);

  it('reads a cancellation done with ease as settled', () => {
    expect(cancelledWithEase('cancelled in two clicks. cheers')).toBe(true);
    expect(cancelledWithEase('cancelled in two clicks but you still charged me')).toBe(false);
  });
});

describe('a free trial turned into a paid plan', () => {
  complains([
    ['My free trial of SoundNest auto-renewed and took £59 for the year.', 'en'],
    ['Mon mois d\'essai chez VoirTout s\'est converti automatiquement en abonnement à 9,99 €.', 'fr'],
    ['Testabo bei Filmwerk automatisch verlängert, 119 € abgebucht.', 'de'],
    ['El periodo de prueba de SerieYa se convirtió solo en una suscripción de pago.', 'es'],
  ]);
  calm([
    ['My SoundNest free trial ends on Sunday: will it switch to the monthly plan by itself?', 'en'],
    ['Fin de l\'essai gratuit VoirTout, je m\'abonne, ça vaut largement le coup.', 'fr'],
  ]);
});

describe('a loyalty programme cut', () => {
  complains([
    ['Dorfbäckerei Klein: jetzt 15 Stempel statt 10 für ein gratis Brot. Toll.', 'de'],
    ['My Skyway miles were wiped when the account went quiet for a year.', 'en'],
    ['Les points de la carte Épicerie Duval expirent désormais après 3 mois au lieu de 12 mois.', 'fr'],
    ['La heladería Polo pasa de 6 a 9 sellos para el helado gratis.', 'es'],
  ]);
  calm([
    ['La heladería Polo pasa de 9 a 6 sellos para el helado gratis, ¡gracias!', 'es'],
    ['Triple Punkte am Samstag bei Dorfbäckerei Klein 🎉', 'de'],
  ]);

  it('reads the figures, not only the words', () => {
    expect(loyaltyCut('passe de 10 a 14 tampons pour un cafe offert')).toBe(true);
    expect(loyaltyCut('passe de 14 a 10 tampons pour un cafe offert')).toBe(false);
    expect(loyaltyCut('les points expirent apres 24 mois au lieu de 12 mois')).toBe(false);
    expect(loyaltyCut('die punkte verfallen nach einem jahr statt nie')).toBe(true);
  });
});

describe('money taken wrongly, told to another fan', () => {
  complains([
    ['@ana_r igual yo, Luzmar me cargó dos veces el recibo de la luz.', 'es'],
    ['@tim_h bei mir genauso, WasserNord hat doppelt abgebucht. Hast du dein Geld schon zurück?', 'de'],
    ['@kat_j same, Parcelio charged me for the insurance that was meant to be free.', 'en'],
  ]);
  calm([
    ['@ana_r a mí Luzmar me devolvió el cargo en dos días, llámales.', 'es'],
    ['@tim_h bei mir hat WasserNord alles richtig abgebucht, vielleicht ein Einzelfall', 'de'],
  ]);
});

describe('sarcasm carried by a hashtag', () => {
  it.each([
    ['Zweimal umgestiegen, kein Anschluss erreicht #DankeFürNichts', true],
    ['Me cambiaron la tarifa sin avisar #GraciasPorNada', true],
    ['Fastest broadband in town #not', true],
    ['Une heure au téléphone #MerciPourRien', true],
    ['Just love this blend #NotSponsored', false],
    ['Quick reply from the team #notcomplaining', false],
  ])('%j: grievance tag %s', (text, expected) => expect(grievanceHashtag(text)).toBe(expected));
});

describe('"how hard can it be" rhetoric', () => {
  complains([
    ['How hard can it be to print the right date on a ticket?', 'en'],
    ['Wie schwer kann es sein, die richtige Größe zu schicken?', 'de'],
    ['Comment peut-on mettre deux mois à rembourser un billet ?', 'fr'],
    ['¿Tan difícil es poner el horario correcto en la web?', 'es'],
  ]);
  calm([
    ['How hard is it to install the app on an older phone?', 'en'],
    ['How hard can it be to choose? Every cake in the Crumbly window looks perfect', 'en'],
    ['¿Es difícil cambiar de tarifa desde la app?', 'es'],
  ]);
});

describe('praise in scare quotes and what it cost', () => {
  complains([
    ["The new checkout is so 'seamless' that it logged me out twice before I could pay.", 'en'],
    ['La web nueva es tan «fácil» que tardé media hora en encontrar el horario.', 'es'],
  ]);
  calm([['La web nueva es tan fácil que encontré el horario en un minuto.', 'es']]);
});

describe('a fare penalty for a shut office or a broken machine', () => {
  complains([
    ['@CityTramHelp validator was broken at Kings Rd and the inspector still fined me £50.', 'en'],
    ['Automat kaputt, Schalter geschlossen, trotzdem 60 € Fahrpreisnacherhebung.', 'de'],
  ]);
  calm([
    ['@CityTramHelp the ticket office was closed but the driver let me buy on board, thanks', 'en'],
    ['@CityTramHelp is the ticket office at Kings Rd open on Sundays?', 'en'],
  ]);
});

describe('a parcel on the way for days, in Swiss German', () => {
  complains([['Mis Päckli isch scho sit 8 Täg undwägs, niemer weiss wo.', 'de']]);
  calm([['Mis Päckli isch undwägs, chunnt morn 👍', 'de']]);
});

describe('folded hands begging after a question', () => {
  it('keeps the trouble before a plea', () => {
    expect(pleadingHands('Bestellung seit 3 Wochen „in Bearbeitung“. Gibt es Neuigkeiten? 🙏')).toBe(true);
    expect(pleadingHands('Vous y êtes pour rien 🙏')).toBe(false);
    expect(isComplaint('Pedido desde hace tres semanas en «procesando». ¿Alguna novedad? 🙏', 'es')).toBe(true);
  });
});

describe('punctuality cheered on', () => {
  it('reads it as praise unless turned', () => {
    expect(keptUpPraise('bus on time every day this week keep it up', 'Bus on time every day this week 👏 keep it up')).toBe(true);
    expect(keptUpPraise('bus late every day this week keep it up', 'Bus late every day this week keep it up 🙄')).toBe(false);
    expect(isComplaint('Tram on time every single morning this month 👏 keep it up Citytram', 'en')).toBe(false);
  });
});
