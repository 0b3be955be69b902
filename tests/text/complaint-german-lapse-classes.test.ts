// German complaint classes from the held-out folds' errors, in posts written for them beside near misses (the posts are
// in fixtures/text/class-posts.json): a machine that no longer does its job, told with its own verb and a separable
// particle or an outage counted (complaint-no-longer-works.ts); being fed up (complaint-fed-up.ts); Swiss and Bavarian
// forms (complaint-regional.ts). Their false alarms: a failure told as gone, how long the poster has used a product told
// beside praise, a former product's trouble, nothing to complain of, weariness of the weather (complaint-trouble-gone.ts,
// complaint-time-in-use.ts, complaint-replaced.ts, complaint-no-trouble.ts, complaint-weather.ts).
import { describe, expect, it } from 'vitest';
import { isComplaint } from '../../src/text/index.js';

type Lang = 'fr' | 'en' | 'de' | 'es';

describe('complaints with no trouble word the patterns knew', () => {
  it.each<[string, Lang]>([
    ['Die Heizung von @WarmTech springt seit Samstag nicht mehr an. Drei Grad draußen.', 'de'],
    ['Unser Kühlschrank von Frostline kühlt nicht mehr richtig, die Milch ist nach einem Tag sauer.', 'de'],
    ['Der neue Akku hält keinen halben Tag mehr durch. Gekauft vor zwei Monaten @Stromzelle', 'de'],
    ['Das WLAN im ICE fällt alle fünf Minuten aus. Zum Arbeiten völlig unbrauchbar.', 'de'],
    ['Der Ticketautomat am Bahnhof Süd gibt kein Wechselgeld raus, hat mir 3 Euro einfach behalten.', 'de'],
    ['Mein E-Bike lädt seit dem Service nicht mehr auf. @Radhaus, was habt ihr da gemacht?', 'de'],
    ['Der Drucker von Tintenwerk druckt nach dem Firmware-Update nicht mehr, nur noch Fehlermeldungen.', 'de'],
    ['Die Spülmaschine schaltet sich mitten im Programm dauernd ab. Erst 4 Monate alt.', 'de'],
    ['Der Fernseher von @Bildhaus schaltet sich ständig von selbst aus.', 'de'],
    ['Das Internet von Netzfix fällt jeden Abend aus, pünktlich um acht.', 'de'],
    ['Ich hab echt die Nase voll von euren ständigen Preiserhöhungen, @Kabelnetz.', 'de'],
    ['Hab die Schnauze gestrichen voll. Dritte Rechnung mit falschem Betrag, @Stadtstrom.', 'de'],
    ['Ich bin es so leid, bei jeder Lieferung von Kistenkönig irgendwas nachzufordern.', 'de'],
    ['Langsam hab ich\'s satt mit eurer Hotline. Jedes Mal 40 Minuten Musik.', 'de'],
    ['Das Paket vo @Kleiderwelt isch immer no nöd cho, scho zwei Wuche.', 'de'],
    ['D\'App vo de Bank goht scho wieder nöd. Chan nöd zahle.', 'de'],
    ['Des Internet geht scho wieder ned, seit in da Früh. @Netzfix', 'de'],
    ['Mei Bestellung is imma no ned do, und keiner gibt a Auskunft.', 'de'],
    ['The heating won\'t come on since Saturday @WarmTech. Three degrees outside.', 'en'],
    ['Honestly fed up to the back teeth with @CableCo\'s price rises.', 'en'],
    ['Le chauffage ne démarre plus depuis samedi @ChaudPlus, il fait 3 degrés dehors.', 'fr'],
    ['J\'en ai ras le bol de vos hausses de prix à répétition @CâbleNet.', 'fr'],
    ['La calefacción no arranca desde el sábado @CalorYa, con 3 grados fuera.', 'es'],
    ['Die Dose von Körnerglück ist super, nur der Deckel bricht dauernd ab. Ärgerlich.', 'de'],
    ['Bei Wolkenspeicher bleibt der Upload ständig hängen, und dafür zahle ich 10 € im Monat.', 'de'],
    ['Der Stream von Filmkiste bricht bei jeder Folge nach zehn Minuten ab.', 'de'],
    ['Neue Banking-App, alle zwei Minuten ausgeloggt. Super Fortschritt.', 'de'],
    ['Seit dem letzten Update funktioniert bei der Fahrplan-App nichts mehr.', 'de'],
    ['Nix geht mehr im Kundenportal von Stadtstrom, seit heute Morgen.', 'de'],
    ['Der Akku vom Kopfhörer hält nach drei Monaten nur noch halb so lange.', 'de'],
    ['Ich find\'s e Frächheit, dass d Parkgebühre im Parkhuus scho wieder ufe sind.', 'de'],
    ['Seit 15 Jahren Kundin bei Stadtstrom, und seit dem Wechsel der Software stimmt keine Rechnung mehr.', 'de'],
  ])('%s', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });
});

describe('their near misses complain of nothing', () => {
  it.each<[string, Lang]>([
    ['Das Training am Donnerstag fällt wegen des Feiertags aus, bis nächste Woche! 💪', 'de'],
    ['Seit dem Update stürzt die App nicht mehr ab, endlich! Danke @Fahrplanfix', 'de'],
    ['Der neue Akku hält locker zwei Tage durch, top @Stromzelle', 'de'],
    ['Nach dem Tausch springt die Heizung sofort an, danke an den Techniker von WarmTech!', 'de'],
    ['Seit dem Router-Tausch fällt das Internet nicht mehr aus. Hat sich gelohnt @Netzfix', 'de'],
    ['Muss ich beim Kühlschrank von Frostline die Tür nach dem Transport erst zwei Stunden zu lassen, bevor er kühlt?', 'de'],
    ['Wer die Nase voll vom Regen hat: bei uns gibt\'s diese Woche Sonne im Glas, alle Säfte 20 % günstiger!', 'de'],
    ['Ich hab die Nase voll vom Winter, zum Glück gibt\'s bei euch heiße Schokolade ☕', 'de'],
    ['Pappsatt nach dem Brunch im Café Linde, ich kann nicht mehr 😄', 'de'],
    ['S\'Paket isch scho do, merci vielmal @Kleiderwelt!', 'de'],
    ['Isch no nöd z\'spät, hüt no bstelle und morn isch\'s do!', 'de'],
    ['Immer noch kein Grund zu meckern, alles super bei @Kistenkönig.', 'de'],
    ['Seit zwei Wochen nutze ich die neue App von der Sparbank und bin begeistert.', 'de'],
    ['Kein Grund zur Klage, die Lieferung kam pünktlich und vollständig.', 'de'],
    ['Fed up with the rain? Our juices are 20% off this week!', 'en'],
    ['Marre de la pluie ? Nos jus sont à -20 % cette semaine !', 'fr'],
    ['¿Harto de la lluvia? Esta semana zumos al 20 % de descuento.', 'es'],
    ['Nichts geht mehr über euren Apfelstrudel, bester im ganzen Viertel!', 'de'],
    ['Der Deckel bricht nie ab, auch nach hundertmal Öffnen. Top Qualität!', 'de'],
    ['Das neue Paket kostet nur noch halb so viel, danke Netzfix!', 'de'],
    ['Seit 15 Jahren Kundin bei Stadtstrom und immer zufrieden.', 'de'],
    ['Verwende das Shampoo seit dem Sommer und meine Haare sind endlich nicht mehr trocken 🙌', 'de'],
    ['Unser Toaster von Brotzeit läuft seit 2015 jeden Morgen. Unkaputtbar.', 'de'],
    ['Regen seit drei Tagen in Köln. Perfekt für einen Filmabend mit Filmkiste 🍿', 'de'],
    ['Mein alter Drucker war kaputt, jetzt hab ich euren und bin total zufrieden @Tintenwerk', 'de'],
    ['Die Fahrplan-App bricht jetzt nicht mehr ab, seit dem Update läuft alles.', 'de'],
  ])('%s', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });
});
