// Complaint classes of round 32's errors and the held-out errors: plain failure facts (a warning light after a service,
// a parcel dumped, goods arrived spoilt, a product failing within months, brown tap water, outages without a verb, a
// speed far under the one paid), and false alarms (the poster without an answer, the weather and a mood, a bad week
// before the brand's bright spot, a cover asked about for a mishap, a trouble swapped and praised). Each with its near
// misses. The posts are from round 32 and fixtures/text/class-posts.json.
import { describe, expect, it } from 'vitest';
import { isComplaint } from '../../src/text/index.js';
import { complaintText, patternPoints } from '../../src/text/complaints.js';
import { speedMet, speedShortfall } from '../../src/text/complaint-speed-shortfall.js';
import { postText } from '../../src/text/post-text.js';
import type { Lang4 } from '../../src/text/stopwords.js';

const points = (text: string, lang: Lang4): number => {
  const post = postText(text, lang);
  return patternPoints(post, complaintText(post, lang), lang);
};

describe('plain failure facts', () => {
  it.each<[string, Lang4]>([
    ['@AutohausBrenner Auto nach der Inspektion abgeholt, jetzt leuchtet die Motorkontrollleuchte. Vorher nicht.', 'de'],
    ['Voiture récupérée après la révision chez @GarageVallon, et maintenant le voyant moteur est allumé. Avant, rien.', 'fr'],
    ['Recogí el coche del taller @MotoresSur ayer y ahora se enciende la luz del motor. Antes no pasaba.', 'es'],
    ['@PaqueteRapido el repartidor dejó mi paquete tirado en la calle 😡', 'es'],
    ['The courier from @ParcelDart left my parcel lying in the road 😡', 'en'],
    ['Der Fahrer von @PaketBlitz hat mein Paket einfach auf die Straße gelegt 😡', 'de'],
    ["Gutted. The @BloomBox flowers for mum's birthday arrived completely wilted 🥀", 'en'],
    ["Les roses @FleurExpress pour l'anniversaire de ma mère sont arrivées toutes fanées.", 'fr'],
    ['Die Blumen von @BlumenBote zum Geburtstag meiner Oma kamen komplett verwelkt an.', 'de'],
    ['@AutoMotoresRio el carro tiene 3 meses y ya le falla el aire acondicionado', 'es'],
    ['The @Voltix laptop is 4 months old and the hinge has already gone.', 'en'],
    ['Die Spülmaschine von @Haushalto ist 2 Monate alt und pumpt schon nicht mehr ab.', 'de'],
    ["@ClearwaterHelp water's coming out the tap brown in Kingsway this morning", 'en'],
    ['Bei uns in Lindenau kommt braunes Wasser aus dem Hahn @StadtwerkeLind', 'de'],
    ['Wow @GameforgeStudios, servers down on launch day, what a surprise 😐', 'en'],
    ['Vaya @JuegosMar, servidores caídos el día del lanzamiento, qué sorpresa 😐', 'es'],
    ['@BancoCeiba la app lleva todo el día sin funcionar', 'es'],
    ['@StreamBoxCares the live match froze right at the penalty 🙃 cheers for that', 'en'],
    ['@AeroPampa perdieron mi valija en Ezeiza y nadie me da bola', 'es'],
    ['@FibreFastCares speeds are 4Mbps on a 500Mbps package. Can someone call me back on the number on my account?', 'en'],
    ['Ich zahle für 250 Mbit bei @Kabelnetz und komme auf 8. Kann mich jemand zurückrufen?', 'de'],
    ["Je paie la fibre 1 Gb chez @FibraNet et j'ai 15 Mb ce soir. Quelqu'un peut me rappeler ?", 'fr'],
  ])('%s is enough alone', (text, lang) => {
    expect(points(text, lang)).toBe(2);
    expect(isComplaint(text, lang)).toBe(true);
  });

  it.each<[string, Lang4]>([
    ['Picked the car up from its service at @Motorhaus, the warning light that bothered me for weeks is finally off. Cheers!', 'en'],
    ['Auto nach der Inspektion abgeholt, die Motorkontrollleuchte ist endlich aus. Danke @AutohausKern!', 'de'],
    ['El repartidor de @EnvioYa dejó el paquete con la vecina como le pedí, genial.', 'es'],
    ['The tulips from @PetalPost lasted two full weeks before they wilted. Impressive.', 'en'],
    ['Mon lave-linge @Lavora a 12 ans et il tourne encore comme au premier jour.', 'fr'],
    ['La nevera de @FrioMax tiene 10 años y sigue enfriando como nueva.', 'es'],
    ['Speeds are 940Mbps on a 900Mbps package, @NetSpan you spoil me.', 'en'],
    ['@StreamNow watched the whole final without a single freeze, thanks for that 👏', 'en'],
    ['Wow @PlayCore, servers up on patch day with no queue at all, what a surprise 😄', 'en'],
  ])('%s is no complaint', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });

  it('reads a shortfall only under half of the speed paid', () => {
    expect(speedShortfall('paying for 900mbps with and getting 12mbps tonight.', 'en')).toBe(true);
    expect(speedShortfall('pago 600 megas con y me llegan 20.', 'es')).toBe(true);
    expect(speedShortfall('paying for 100mbps and getting 80mbps, fair enough.', 'en')).toBe(false);
    expect(speedShortfall('speeds are 940mbps on a 900mbps package', 'en')).toBe(false);
  });

  it('reads a speed got of 90 % of the one paid or more as met, in any language, and nothing without both figures', () => {
    expect(speedMet('speeds tonight: 480mb. paying for 500. just leaving that here')).toBe(true);
    expect(speedMet('speeds are 940mbps on a 900mbps package')).toBe(true);
    expect(speedMet('ich zahle fur 250 mbit und komme auf 240')).toBe(true);
    expect(speedMet('paying for 100mbps and getting 80mbps, fair enough.')).toBe(false);
    expect(speedMet('speeds tonight: 4mb. paying for 300. just leaving that here')).toBe(false);
    expect(speedMet('my 500mb line is down again')).toBe(false);
  });
});

describe('trouble words that are not the brand\'s', () => {
  it.each<[string, Lang4]>([
    ["My son asked me 'why do trains have horns?' on the @HighlandLinkRail today. I had no answer 😂", 'en'],
    ['Ma fille m\'a demandé pourquoi le ciel est bleu dans le train @RailOuest. Je n\'avais aucune réponse 😂', 'fr'],
    ['Mein Sohn fragte im Zug der @Nordbahn, warum Kühe nicht frieren. Ich hatte keine Antwort 😂', 'de'],
    ["Il pleut depuis 3 jours, même mon café @CafeMonts n'arrive pas à me remonter le moral ☔", 'fr'],
    ["It's been raining for a week straight and not even a @BeanBarn flat white can lift my mood ☔", 'en'],
    ['Seit drei Tagen nur Regen, nicht mal der Kakao von @Schokohaus kann meine Laune retten ☔', 'de'],
    ['Rough week: my car broke down on Monday, the boiler died on Wednesday and the dog got sick. The only thing that went right was the @CrumbCo delivery, on time and still warm. Thank you.', 'en'],
    ['Semana horrible: se me rompió el coche el lunes, la caldera el miércoles y el perro enfermo. Lo único que salió bien fue el pedido de @PanDelSol, puntual y calentito. Gracias.', 'es'],
    ["@OptiqueLumen petite question: la garantie casse marche aussi si c'est mon chien qui a mangé les lunettes 😅", 'fr'],
    ['@PhoneSafe quick question, does the screen cover still work if the dog knocks my phone into the bath? 😅', 'en'],
    ['The first jacket was the wrong size, but @ThreadCo swapped it in two days with no fuss. Fits perfectly now.', 'en'],
    ['Al principio la talla no era, pero @ModaSol me la cambió en dos días sin problemas. Ahora perfecto.', 'es'],
  ])('%s is no complaint', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });

  it.each<[string, Lang4]>([
    ["I had no answer from you in three weeks, and the parcel is still missing.", 'en'],
    ["Rough week and @CrumbCo made it worse: the cake for my son's party arrived squashed and nobody picked up the phone. Not impressed.", 'en'],
    ['Was für eine Woche, und @Backstube setzt noch einen drauf: die Torte kam zerdrückt an und am Telefon geht keiner ran.', 'de'],
    ["Apparently the warranty doesn't cover it if the screen cracked by itself. Brilliant.", 'en'],
  ])('%s still complains', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });
});
