// Round 35's complaint classes, in posts written for them beside near misses (the posts are in
// fixtures/text/class-posts.json), voice-typed as round 35's comments were: a slow or weak connection told as a bare
// figure (complaint-slow-connection.ts), food cold beside a dish gone soggy (complaint-cold-food.ts), a bill not owed
// (complaint-bills-not-owed.ts), an essential missing for a counted span (complaint-days-without.ts), a product's short
// life mocked or its span echoed (complaint-who-needs.ts, complaint-echoed-span.ts). Their false alarms: another
// customer's rudeness (complaint-other-customers.ts), an essential back (complaint-trouble-gone.ts), broken goods
// already replaced and thanked (complaint-replacement-sent.ts).
import { describe, expect, it } from 'vitest';
import { isComplaint } from '../../src/text/index.js';

type Lang = 'fr' | 'en' | 'de' | 'es';

describe('complaints told in round 35\'s forms', () => {
  it.each<[string, Lang]>([
    ['merci pour la fibre ultra rapide 6 minutes pour ouvrir une seule photo 🐌', 'fr'],
    ['génial le réseau chez vous deux barres en plein centre de Bordeaux 👏👏', 'fr'],
    ['le débit s\'effondre tous les soirs à partir de 20h impossible de regarder quoi que ce soit', 'fr'],
    ['love the \'lightning\' wifi, 3 minutes to load a single web page', 'en'],
    ['one bar of signal in the middle of Manchester city centre, stellar coverage 👏', 'en'],
    ['could you look into why my speeds drop to almost nothing every night after 8', 'en'],
    ['Highspeed laut Werbung und 2 Mbit in der Küche 🤡', 'de'],
    ['das ist also euer Gigabit Tarif 5 Minuten um eine Seite zu laden', 'de'],
    ['jeden Abend bricht die Leitung auf fast nichts ein ab acht Uhr geht gar nix mehr', 'de'],
    ['qué maravilla la fibra de 600 megas que tarda 2 minutos en abrir un correo 🐢', 'es'],
    ['el internet va a pedales otra vez justo en hora punta', 'es'],
    ['una sola rayita de cobertura en pleno centro de Madrid muy bien eh 👏', 'es'],
    ['Die Pommes waren lauwarm und das Schnitzel total zäh, Filiale Köln Dom', 'de'],
    ['Burger kalt Pommes labbrig und das für 14 Euro', 'de'],
    ['les frites étaient froides et le burger tout mou restaurant de Lille gare', 'fr'],
    ['chips stone cold and the burger soggy, Leeds station branch', 'en'],
    ['las patatas llegaron frías y la hamburguesa hecha una pasta', 'es'],
    ['Hab seit einer Woche kein Warmwasser mehr und keiner meldet sich', 'de'],
    ['seit 4 Tagen keine Heizung in der Wohnung, wann kommt endlich der Techniker', 'de'],
    ['pas d\'eau chaude depuis 5 jours dans tout l\'immeuble', 'fr'],
    ['no hot water for six days now in the whole block', 'en'],
    ['la facture de gaz a triplé alors qu\'on chauffe pareil que l\'an dernier', 'fr'],
    ['mi contrato terminó en enero y me seguís cobrando la cuota', 'es'],
    ['cancelled my plan back in May and you are still taking money every month', 'en'],
    ['Vertrag im Februar gekündigt und ihr bucht immer noch jeden Monat ab', 'de'],
    ['die Stromrechnung hat sich verdoppelt obwohl wir genauso viel verbrauchen', 'de'],
    ['la factura de luz se ha duplicado y gastamos lo mismo que siempre', 'es'],
    ['die Kassiererin war total unverschämt zu mir und hat mich angeschnauzt', 'de'],
    ['el paquete llegó roto y todavía no me mandaron otro', 'es'],
    ['los cascos dejaron de funcionar a las dos semanas. Dos semanas.', 'es'],
    ['le chargeur a lâché au bout d\'un mois. Un mois.', 'fr'],
    ['earbuds stopped charging after a month. A month.', 'en'],
    ['wer braucht schon Kopfhörer die länger als drei Monate halten 🤡', 'de'],
    ['who needs a phone that lasts more than a year anyway 🙃', 'en'],
  ])('%s', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });
});

describe('their near misses', () => {
  it.each<[string, Lang]>([
    ['la fibre est passée de 300 à 900 mega et tout charge en une seconde merci', 'fr'],
    ['5 barres même dans le métro franchement bravo', 'fr'],
    ['3 Mbit reichen mir völlig zum Zeitunglesen, danke für den günstigen Tarif', 'de'],
    ['loads in 2 seconds flat even at night, best switch I\'ve made', 'en'],
    ['la fibra nueva va volando descarga una peli en un minuto', 'es'],
    ['ist 50 Mbit genug für zwei Leute im Homeoffice', 'de'],
    ['die Pommes waren heiß und knusprig, der Burger saftig, top Filiale Bremen', 'de'],
    ['das Eis war schön kalt genau richtig bei der Hitze', 'de'],
    ['les frites froides c\'est le meilleur snack de minuit, ne me jugez pas 😂', 'fr'],
    ['seit zwei Wochen wieder Warmwasser und Heizung, danke an den Hausmeister', 'de'],
    ['la facture a baissé de moitié depuis qu\'on a changé la chaudière, top', 'fr'],
    ['contract ended in June and the final bill was spot on, thanks for an easy switch', 'en'],
    ['unser Verbrauch hat sich verdoppelt seit das Baby da ist, gibt es einen Familientarif', 'de'],
    ['die Frau neben mir an der Theke war total unverschämt, euer Barista blieb die Ruhe selbst, Hut ab', 'de'],
    ['le monsieur devant moi à la caisse hurlait sur tout le monde, votre caissière est restée adorable bravo', 'fr'],
    ['guy in front of me at the till was so rude and your cashier stayed calm, respect', 'en'],
    ['la señora de delante en la caja fue maleducadísima y vuestra cajera súper tranquila olé', 'es'],
    ['el paquete llegó abollado pero ya me enviaron uno nuevo al día siguiente, mil gracias', 'es'],
    ['la taza llegó rota y ya me mandaron otra, gracias por la rapidez', 'es'],
    ['mug arrived cracked but they\'d already sent a new one by Tuesday, thank you', 'en'],
    ['Tasse kam kaputt an, Ersatz war schon zwei Tage später da, danke', 'de'],
    ['los cascos siguen funcionando después de dos años. Dos años.', 'es'],
    ['wer braucht schon Kaffee wenn man euren Chai hat 😍', 'de'],
  ])('%s', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });
});
