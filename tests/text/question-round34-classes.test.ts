// The question classes written after round 34 was read, in posts beside near misses of the other label (the same posts
// are in fixtures/text/question-class-posts.json): whom to turn to and a refund asked in one word
// (question-recourse.ts), a fellow fan asked whether (question-indirect.ts), what a change brings asked in place
// (question-in-situ.ts), whether anyone is on an outage (question-care-requests.ts), a closing "or not" conceded
// (question-concessions.ts), a thing echoed back in scorn (question-scoffed-echo.ts), a rise echoed before leaving
// (question-repeat-rises.ts), "will just …" planned (question-patterns.ts), a feature gone looked for beside time gone
// marvelled at (question-features-gone.ts), and an institution's handle (question-model.ts).
import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../src/text/index.js';
import { postText } from '../../src/text/post-text.js';
import { asksBesidesModel } from '../../src/text/questions.js';
import { asksNothing } from '../../src/text/question-rhetoric.js';
import { concedesEitherWay } from '../../src/text/question-concessions.js';
import { asksFriendsOnly } from '../../src/text/question-model.js';

type Lang = 'fr' | 'en' | 'de' | 'es';
const folded = (text: string, lang: Lang): string => postText(text, lang).folded;

describe('asked in a form whatever the model says', () => {
  it.each<[string, Lang]>([
    ['@PostExpress_DE Sendung steht als zugestellt, ist aber nirgends. An wen wende ich mich', 'de'],
    ['@Stromwerk Zähler seit Montag falsch abgelesen, bei wem beschwere ich mich da', 'de'],
    ['@CorreoVeloz me cobraron dos veces el envío, a quién le reclamo', 'es'],
    ['@LuzNorte el contador marca cualquier cosa desde el lunes, con quién hablo para eso', 'es'],
    ["@ColisRapide colis marqué livré mais rien dans la boîte, à qui je m'adresse", 'fr'],
    ['@ParcelJet says delivered but nothing here, who do I even complain to', 'en'],
    ['@ShopNova order arrived with two items missing but I paid for all five — refund?', 'en'],
    ['@BoutiqueNova il manque deux articles dans le colis, payé plein tarif — remboursement ?', 'fr'],
    ['@TiendaNova faltan dos productos en el pedido y lo pagué entero — ¿reembolso?', 'es'],
    ['@ShopNova_DE zwei Artikel fehlen im Paket, voll bezahlt — Erstattung?', 'de'],
    ['@Lucia_mdq @HeladosDelSur sabés si abren el feriado? 🙏', 'es'],
    ['@Marie_lgr @BrioFournil tu sais si ils livrent à Villeurbanne ? je voudrais commander pour dimanche', 'fr'],
    ['@Jonas_kr @BergRad weißt du ob die auch nach Österreich liefern? will eins für meinen Bruder', 'de'],
    ['@Ellie_w @HighlandFudge did you ever find out if they deliver to Shetland? want to send some to my gran', 'en'],
    ['@TéléPlus pis avec la nouvelle offre, ça change quoi au juste', 'fr'],
    ['@NetLink_Help no broadband at all since the roadworks on monday, is anyone looking at this?', 'en'],
  ])('asks: %s', (text, lang) => {
    expect(asksBesidesModel(folded(text, lang))).toBe(true);
    expect(isQuestion(text, lang)).toBe(true);
  });
  it.each<[string, Lang]>([
    ['@PostExpress_DE hat sich erledigt, ich weiß jetzt, an wen ich mich wende. Danke!', 'de'],
    ['@CorreoVeloz gracias, ya sé a quién le reclamo la próxima vez', 'es'],
    ["@ColisRapide merci, je sais maintenant à qui m'adresser", 'fr'],
    ['@ParcelJet sorted now, I know who to complain to next time', 'en'],
    ['@Lucia_mdq @HeladosDelSur jaja no sabés si reír o llorar con ese sabor nuevo', 'es'],
    ["@Marie_lgr @BrioFournil tu sais si c'est bon, j'en reprends dimanche 😋", 'fr'],
    ['@Jonas_kr @BergRad weißt du, ob ich es bereue? Keine Sekunde, das Rad ist top', 'de'],
    ["@Ellie_w @HighlandFudge I did find out if it's worth the hype. It is.", 'en'],
    ['@TéléPlus le nouveau logo, franchement ça change quoi à ma vie, rien du tout 😂', 'fr'],
    ['@NetLink_Help broadband back since this morning, thanks to whoever was looking at this!', 'en'],
  ])('asks nothing: %s', (text, lang) => {
    expect(asksBesidesModel(folded(text, lang))).toBe(false);
    expect(isQuestion(text, lang)).toBe(false);
  });
});

describe('a closing "or not" asked or conceded (question-concessions.ts, question-patterns.ts)', () => {
  it.each<[string, Lang]>([
    ["@YorkBuses I'm getting the 4 tomorrow whether it's on the diversion or not", 'en'],
    ['@RennesMetro j\'irai au marché lundi, que la ligne B roule ou pas', 'fr'],
    ['@StadtwerkeGraz ich fahr am Feiertag mit dem Rad, egal ob die Linie 6 fährt oder nicht', 'de'],
  ])('concedes: %s', (text, lang) => {
    expect(concedesEitherWay(folded(text, lang))).toBe(true);
    expect(isQuestion(text, lang)).toBe(false);
  });
  it.each<[string, Lang]>([
    ['@YorkBuses number 4 running on the diversion again tomorrow or no', 'en'],
    ['@RennesMetro la ligne B reprend lundi ou pas', 'fr'],
    ['@StadtwerkeGraz fährt die Linie 6 am Feiertag oder nicht', 'de'],
    ["@RennesMetro est-ce que la ligne B reprend lundi ou pas", 'fr'],
  ])('asks: %s', (text, lang) => {
    expect(concedesEitherWay(folded(text, lang))).toBe(false);
    expect(isQuestion(text, lang)).toBe(true);
  });
});

describe('an echo in scorn or before leaving (question-scoffed-echo.ts, question-repeat-rises.ts)', () => {
  it.each<[string, Lang]>([
    ['@ShopNova refund? what refund? three weeks and still nothing', 'en'],
    ['@TeleNube ¿otra subida? ya van tres este año. Me doy de baja', 'es'],
    ['@TeleNube otra subida? ya van 3 este año, me voy a otra compañía', 'es'],
    ["@StreamBox another price rise? that's two this year. cancelling", 'en'],
    ["@BoxTélé encore une hausse ? c'est la deuxième cette année. Je résilie", 'fr'],
    ['@StreamKiste schon wieder eine Preiserhöhung? Die zweite dieses Jahr. Ich kündige', 'de'],
  ])('asks nothing: %s', (text, lang) => {
    expect(asksNothing(folded(text, lang))).toBe(true);
    expect(isQuestion(text, lang)).toBe(false);
  });
  it.each<[string, Lang]>([
    ['@TeleNube ¿otra subida en junio? ¿a cuánto queda la tarifa básica?', 'es'],
    ['@StreamBox another price rise? which plans does it hit?', 'en'],
    ['@ShopNova refund? what refund? when is it actually coming?', 'en'],
  ])('still asks: %s', (text, lang) => {
    expect(asksNothing(folded(text, lang))).toBe(false);
    expect(isQuestion(text, lang)).toBe(true);
  });
});

describe('"will just …" planned after one\'s own fault (question-patterns.ts)', () => {
  it('tells', () => {
    expect(isQuestion('@FreshCart left the milk off my list, my own fault. will just grab some on the way home', 'en')).toBe(false);
  });
  it('a "will you" still asks', () => {
    expect(isQuestion('@FreshCart milk missing from my order. will you refund it or send it tomorrow', 'en')).toBe(true);
  });
});

describe('a feature gone looked for, time gone marvelled at (question-features-gone.ts)', () => {
  it.each<[string, Lang]>([
    ['@FluxTV love the redesign! where did the recently watched row go tho', 'en'],
    ["@FluxTV new app looks great, where's the download button gone", 'en'],
    ['@AppliRadio top la nouvelle version 👍 par contre le mode hors ligne il est passé où', 'fr'],
    ['@AppliDodo super la mise à jour, on peut réactiver les notifications où ?', 'fr'],
    ['@KinoKiste schickes neues Design! wo ist denn der Merkzettel hin', 'de'],
    ['@PelisYa me encanta la app nueva, dónde quedó el botón de descargas', 'es'],
  ])('asks: %s', (text, lang) => {
    expect(asksBesidesModel(folded(text, lang))).toBe(true);
    expect(isQuestion(text, lang)).toBe(true);
  });
  it.each<[string, Lang]>([
    ['@FluxTV binged the whole series this weekend, where did the weekend go lol', 'en'],
    ["@AppliDodo trois épisodes d'affilée, je sais pas où est passée ma soirée 😂", 'fr'],
    ['@KinoKiste ganze Staffel am Stück geschaut, keine Ahnung wo der Sonntag hin ist 😅', 'de'],
    ['@PelisYa maratón de toda la temporada, dónde quedó mi finde jaja', 'es'],
  ])('asks nothing: %s', (text, lang) => {
    expect(asksBesidesModel(folded(text, lang))).toBe(false);
    expect(isQuestion(text, lang)).toBe(false);
  });
});

describe("an institution's handle is no friend's (question-model.ts asksFriendsOnly)", () => {
  it.each<[string, Lang]>([
    ['@Stadtbibliothek_Muenchen gibts eigentlich noch den Onleihe-Zugang für Azubis', 'de'],
    ['@Museo_Malaga hay descuento para estudiantes los domingos', 'es'],
  ])('addresses the institution: %s', (text) => {
    expect(asksFriendsOnly(text)).toBe(false);
  });
  it('a friend named for a town is still a friend', () => {
    expect(asksFriendsOnly('@Lena_Muenchen gehen wir Samstag in die Stadtbibliothek?')).toBe(true);
    expect(isQuestion('@Lena_Muenchen gehen wir Samstag in die Stadtbibliothek?', 'de')).toBe(false);
  });
});
