// Complaint classes of round 39: a low rating drawn in stars (complaint-low-stars.ts), a change 'not in a good way'
// (complaint-not-for-the-better.ts), a bare failure with 'again' and thanks (complaint-again-thanked.ts), a thread whose
// later parts tell the fix (complaint-thread-fixed.ts), two sources asked calmly which is right
// (complaint-which-is-right.ts), an only 'complaint' that is the poster's own indulgence (complaint-mock-gripe.ts), and the wider German forms of money taken after a cancellation, a parcel left with a
// neighbour nobody has, and who tests the updates; beside near misses both ways. New posts of the same forms, not round
// 39's own; the class posts of fixtures/text/class-posts.json hold more.
import { describe, expect, it } from 'vitest';
import { isComplaint } from '../../src/text/index.js';
import { threadEndsFixed } from '../../src/text/complaint-thread-fixed.js';
import { asksWhichIsRight } from '../../src/text/complaint-which-is-right.js';
import { mockGripe } from '../../src/text/complaint-mock-gripe.js';
import { complaintText } from '../../src/text/complaints.js';
import { postText } from '../../src/text/post-text.js';
import type { Lang4 } from '../../src/text/stopwords.js';

const folded = (text: string, lang: Lang4): string => complaintText(postText(text, lang), lang);

describe('a low rating drawn in stars', () => {
  it.each([
    ['★☆☆☆☆ Ne marche plus depuis la mise à jour.', 'fr'],
    ['★★☆☆☆ Meh. Screen dims by itself.', 'en'],
    ['★★☆☆☆ Kabel nach zwei Wochen durch.', 'de'],
    ['@MoviloAyuda ★☆☆☆☆ la funda duró tres días', 'es'],
  ])('reads %j as a complaint', (text, lang) => {
    expect(isComplaint(text, lang as Lang4)).toBe(true);
  });

  it.each([
    ['★★★★★ Charges in an hour, lasts all weekend.', 'en'],
    ['Went from ★★☆☆☆ to ★★★★★ once support replaced the cable, thanks!', 'en'],
    ["Les avis ★☆☆☆☆ sur l'appli me surprennent, chez moi tout marche.", 'fr'],
  ])('does not read %j as one', (text, lang) => {
    expect(isComplaint(text, lang as Lang4)).toBe(false);
  });
});

describe("a change 'not in a good way'", () => {
  it.each([
    ['The new bread tastes different. Not in a good way.', 'en'],
    ["Le shampooing a changé d'odeur, et pas en bien.", 'fr'],
    ['Die Schokolade schmeckt jetzt anders, und nicht im positiven Sinne.', 'de'],
    ['El café sabe distinto desde enero, y no para bien.', 'es'],
  ])('reads %j as a complaint', (text, lang) => {
    expect(isComplaint(text, lang as Lang4)).toBe(true);
  });

  it.each([
    ['The new bread tastes different, in a good way!', 'en'],
    ['El café sabe distinto, pero para bien.', 'es'],
  ])('does not read %j as one', (text, lang) => {
    expect(isComplaint(text, lang as Lang4)).toBe(false);
  });
});

describe("a bare failure, 'again', thanks", () => {
  it.each([
    ['S-Bahn verspätet. Schon wieder. Danke @StadtBahn 👏', 'de'],
    ['Train cancelled. Again. Thanks @NorthRail 👏', 'en'],
    ['Métro en panne. Encore. Merci @MetroLyon', 'fr'],
    ['Autobús retrasado. Otra vez. Gracias @BusCiudad 👏', 'es'],
  ])('reads %j as a complaint', (text, lang) => {
    expect(isComplaint(text, lang as Lang4)).toBe(true);
  });

  it.each([
    ['Wieder gewonnen. Schon wieder. Danke @Tombola 🎉', 'de'],
    ['Upgraded to first class. Again. Thanks @NorthRail 👏', 'en'],
  ])('does not read %j as one', (text, lang) => {
    expect(isComplaint(text, lang as Lang4)).toBe(false);
  });
});

describe('a thread whose later parts tell the fix', () => {
  it.each([
    ["1/2 Chaudière en panne la veille de Noël, on s'attendait au pire.\n2/2 Au final le technicien @ThermoPlus est passé le lendemain matin et l'a réparée. Merci !", 'fr'],
    ['🧵 1/3 Card blocked abroad, no cash.\n2/3 Called @MintBank from the hotel.\n3/3 Unblocked in five minutes. Thank you!', 'en'],
    ['(1/2) Kühlschrank kaputt, alles voller Wasser.\n(2/2) Am Ende hat @KaltWerk ihn in zwei Tagen getauscht. Danke!', 'de'],
    ['1. Se cayó la fibra el domingo.\n2. Al final vinieron el lunes y lo arreglaron. ¡Gracias @FibraSur!', 'es'],
  ])('reads %j as no complaint', (text, lang) => {
    expect(threadEndsFixed('', text)).toBe(true);
    expect(isComplaint(text, lang as Lang4)).toBe(false);
  });

  it.each([
    "1/2 Chaudière en panne la veille de Noël.\n2/2 Technicien passé, réparée, et de nouveau en panne le lendemain. Merci pour rien @ThermoPlus",
    '1/2 Card blocked abroad.\n2/2 Three calls later it is still blocked. Thanks @MintBank',
    '1/3 Lovely stay, staff great.\n2/3 Rooms spotless.\n3/3 But I was charged twice for the minibar, can you look? Thanks',
  ])('does not clear %j', (text) => {
    expect(threadEndsFixed('', text)).toBe(false);
  });

  it('needs parts numbered from 1', () => {
    expect(threadEndsFixed('', 'Boiler died at 2. Fixed by 5. Thanks @ThermoPlus')).toBe(false);
  });
});

describe('two sources asked calmly which is right', () => {
  it.each([
    ['@GridCareUK the app says my meter reading is due on the 3rd, the letter says the 10th. Which one is right?', 'en'],
    ["Sur l'appli la réunion est à 18h, dans le mail à 18h30. Laquelle est la bonne ? @Mairie", 'fr'],
    ['La app dice andén 4 y la pantalla andén 6, ¿cuál es el correcto? @RenfeTren', 'es'],
  ])('reads %j as no complaint', (text, lang) => {
    expect(asksWhichIsRight(folded(text, lang as Lang4))).toBe(true);
    expect(isComplaint(text, lang as Lang4)).toBe(false);
  });

  it.each([
    ["@GridCareUK app says £40, the letter £35, and you've charged £60. Which is right?", 'en'],
    ['Called three times, three different answers. Which one is right?', 'en'],
    ['@Bahn App sagt pünktlich, Anzeige sagt 30 Minuten. Was stimmt denn nun?', 'de'],
  ])('does not clear %j', (text, lang) => {
    expect(asksWhichIsRight(folded(text, lang as Lang4))).toBe(false);
  });
});

describe('wider forms of known faults', () => {
  it.each([
    ['Abo im Mai gekündigt, Bestätigung da. Trotzdem im Juni, Juli und August abgebucht. @Lesezirkel', 'de'],
    ["Laut Tracking beim Nachbarn abgegeben. Ganze Straße gefragt, keiner hat es. @PaketFix", 'de'],
    ["Tracking says left with a neighbour. I've knocked on every door, nobody has it. @SwiftBox", 'en'],
    ['Wer testet eigentlich eure Updates?? @BahnGo', 'de'],
    ['Who tests these updates?? @Fitlytics', 'en'],
  ])('reads %j as a complaint', (text, lang) => {
    expect(isComplaint(text, lang as Lang4)).toBe(true);
  });

  it.each([
    ['Abo im Mai gekündigt, danach wurde nichts mehr abgebucht. Alles korrekt, danke! @Lesezirkel', 'de'],
    ['Laut Tracking beim Nachbarn abgegeben, und da lag es auch. Danke @PaketFix', 'de'],
    ['Who tests these updates?? Whoever it is, give them a raise, flawless @Fitlytics', 'en'],
  ])('does not read %j as one', (text, lang) => {
    expect(isComplaint(text, lang as Lang4)).toBe(false);
  });
});

describe("an only 'complaint' that is the poster's own indulgence", () => {
  it.each([
    ["Love the new @PizzaPronto loyalty app. Only 'complaint': I now order pizza three times a week and my wallet is crying 😂", 'en'],
    ['Seul bémol avec @GlaceNord : je suis totalement accro au sorbet citron 😅', 'fr'],
    ['Einziger Kritikpunkt an @Brotzeit: ich bin süchtig nach euren Brezeln 🥨', 'de'],
  ])('reads %j as no complaint', (text, lang) => {
    expect(mockGripe('', text)).toBe(true);
    expect(isComplaint(text, lang as Lang4)).toBe(false);
  });

  it.each([
    'My only complaint: the pizza came cold, three times a week now. @PizzaPronto',
    "Only complaint is the app, I can't stop it crashing. Wrong order twice. @PizzaPronto",
  ])('does not clear %j, where a real fault is told', (text) => {
    expect(mockGripe('', text)).toBe(false);
  });
});
