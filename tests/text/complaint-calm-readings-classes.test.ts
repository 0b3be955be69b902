// Complaint false alarms of calm readings, written as class posts first (the same posts are in
// fixtures/text/class-posts.json): a charge of a stated amount asked about calmly (complaint-charge-enquiries.ts),
// another provider's trouble told before the brand's good record (complaint-others-providers.ts), a trouble solved and
// thanked for whose solution the complaint text lost (complaint-own-fault.ts), and praise in trouble words
// (complaint-figurative.ts); beside true complaints that look alike.
import { describe, expect, it } from 'vitest';
import { isComplaint } from '../../src/text/index.js';
import { withoutTroublesElsewhere } from '../../src/text/complaint-elsewhere.js';
import { chargeEnquiry } from '../../src/text/complaint-charge-enquiries.js';
import type { Lang4 } from '../../src/text/stopwords.js';

describe('complaint false alarms of calm readings', () => {
  it.each([
    ["I was charged £4.99 on the 3rd, what is this for?", "en"],
    ["Hi, there's a payment of £12.50 taken on 14 March on my statement, could you tell me what it relates to?", "en"],
    ["Just noticed a £2.99 charge from you on the 1st. Is that the monthly plan? Don't remember what it covers", "en"],
    ["A charge of $9.99 came out on Friday, is that my annual renewal or something else?", "en"],
    ["On m'a prélevé 4,99 € le 3, c'est pour quoi exactement ?", "fr"],
    ["Mir wurden am 3. 4,99 € abgebucht, wofür ist das?", "de"],
    ["Me cobraron 4,99 € el día 3, ¿a qué corresponde?", "es"],
    ["This app is dangerously good, I've planned my whole week with it", "en"],
    ["You killed it again with the new menu 🔥", "en"],
    ["These trainers are stupidly comfortable, wore them all day", "en"],
    ["Criminally underrated shop, the staff are lovely", "en"],
    ["The new update is sick, the dark mode is perfect", "en"],
    ["Cette appli est dangereusement efficace, j'ai tout rangé en un soir", "fr"],
    ["Diese App ist gefährlich gut, ich bestelle viel zu oft", "de"],
    ["Esta app es peligrosamente buena, ya he pedido tres veces esta semana", "es"],
    ["My sister's flight with another airline got cancelled, so glad I booked with you this time", "en"],
    ["My neighbour's broadband has been down all week with his provider, mine with you hasn't dropped once", "en"],
    ["My mate's phone got stolen at the festival, your team had a replacement out to him next day. Legends", "en"],
    ["Had a problem logging in this morning, your chat team sorted it in five minutes. Brilliant service", "en"],
    ["The parcel went to the wrong address but Sam on the phone fixed it and it came the next day, thank you!", "en"],
    ["My card got declined at checkout, turned out my bank had blocked it, your team helped me sort it, five stars", "en"],
    ["Ma voisine n'a plus internet depuis une semaine avec son opérateur, chez vous pas une seule coupure", "fr"],
    ["Bei meinem Nachbarn fällt das Internet mit seinem Anbieter ständig aus, bei euch läuft es seit Jahren stabil", "de"],
    ["Mi vecino lleva una semana sin internet con su compañía, con vosotros ni un solo corte", "es"],
    ["Colis parti à la mauvaise adresse mais Léa au téléphone a tout réglé, reçu le lendemain, merci !", "fr"],
    ["Paket ging an die falsche Adresse, aber Jonas an der Hotline hat alles geklärt, kam am nächsten Tag an. Danke!", "de"],
    ["El paquete fue a una dirección equivocada pero Marta lo solucionó por teléfono y llegó al día siguiente, ¡gracias!", "es"],
  ] as Array<[string, Lang4]>)('%s (%s) is no complaint', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });

  it.each([
    ["I was charged £4.99 on the 3rd and again on the 4th, what is this for?", "en"],
    ["I was charged £4.99 on the 3rd even though I cancelled in May. What is this for??", "en"],
    ["You took £12.50 on 14 March without asking me, I never agreed to that", "en"],
    ["On m'a prélevé 4,99 € le 3 alors que j'ai résilié le mois dernier, c'est pour quoi ?", "fr"],
    ["Mir wurden am 3. und am 4. jeweils 4,99 € abgebucht, wofür bitte?", "de"],
    ["Me cobraron 4,99 € el día 3 aunque ya me había dado de baja, ¿a qué corresponde?", "es"],
    ["This app is dangerously slow since the update", "en"],
    ["My sister's order from you never arrived and nobody answers her emails", "en"],
    ["Had a problem logging in, your chat said it was sorted but it still doesn't work", "en"],
    ["Ma voisine n'a plus internet depuis une semaine, comme moi, vous comptez réparer quand ?", "fr"],
    ["Colis parti à la mauvaise adresse, on m'a dit que c'était réglé mais toujours rien", "fr"],
    ["Die App ist gefährlich langsam geworden seit dem Update", "de"],
  ] as Array<[string, Lang4]>)('%s (%s) is a complaint', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });

  it('reads a charge asked about calmly, not one held against the brand', () => {
    expect(chargeEnquiry('i was charged £4.99 on the 3rd, what is this for?')).toBe(true);
    expect(chargeEnquiry('i was charged £4.99 on the 3rd and again on the 4th, what is this for?')).toBe(false);
    expect(chargeEnquiry('what is this for?')).toBe(false);
  });

  it("removes another provider's trouble only when the rest of the post addresses the brand", () => {
    expect(withoutTroublesElsewhere("my neighbour's broadband has been down all week with his provider, mine with you hasn't dropped once")).not.toContain('down');
    expect(withoutTroublesElsewhere("my sister's order from you never arrived and nobody answers her emails")).toContain('never arrived');
    expect(withoutTroublesElsewhere('another airline lost my bag and nobody cares')).toContain('lost');
  });
});
