// Care complaints told as bare facts with no complaint word — a visit booked and nobody came
// (complaint-missed-visits.ts), a parcel marked delivered and not there (complaint-delivered-not-here.ts), a bill
// counted again for the same line (complaint-repeat-bills.ts), an app logging out every few minutes
// (complaint-forced-logouts.ts) — and the brand's check quoted and answered with the fault still there
// (complaint-quoted-check-answered.ts). Their near misses, the service that went right and the check answered as fixed,
// stay apart. Class posts of each are in fixtures/text/class-posts.json.
import { describe, expect, it } from 'vitest';
import { isComplaint } from '../../src/text/index.js';

type Lang = 'fr' | 'en' | 'de' | 'es';

describe('complaints told as bare facts', () => {
  it.each<[string, Lang]>([
    ['Engineer booked for 8–12 today, nobody showed.', 'en'],
    ['@BrightwireUK engineer didn\'t show', 'en'],
    ['Technicien attendu ce matin, personne.', 'fr'],
    ['Techniker für 8–12 Uhr angekündigt, keiner gekommen.', 'de'],
    ['Técnico citado de 8 a 12, no vino nadie.', 'es'],
    ['Parcel marked delivered, not here.', 'en'],
    ['Colis marqué livré, pas là.', 'fr'],
    ['Paket als zugestellt markiert, nicht da.', 'de'],
    ['Paquete marcado como entregado, no está.', 'es'],
    ['Third bill this month for the same line.', 'en'],
    ['Tercera factura este mes por la misma línea.', 'es'],
    ['App logs me out every 5 min.', 'en'],
    ['App loggt mich alle 5 Minuten aus', 'de'],
  ])('%s', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });
});

describe('a quoted check answered with the fault still there', () => {
  it.each<[string, Lang]>([
    ['"Have you tried restarting the router?" Yes. Three times.', 'en'],
    ["You asked 'did you try restarting?' yes I did. Three times. The router still blinks red.", 'en'],
    ['« avez-vous redémarré la box ? » oui 3 fois', 'fr'],
    ['„Haben Sie den Router neu gestartet?“ Ja, dreimal.', 'de'],
    ['«¿Ya funciona?» No, igual.', 'es'],
  ])('%s', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });
});

describe('the service that went right, the check answered as fixed', () => {
  it.each<[string, Lang]>([
    ['Engineer booked for 8-12, turned up at 10 and sorted it in twenty minutes', 'en'],
    ['Technicien venu ce matin, tout fonctionne, merci !', 'fr'],
    ['Paket als zugestellt markiert und lag beim Nachbarn, alles gut', 'de'],
    ['Paquete marcado como entregado y ya lo tengo, genial', 'es'],
    ['"Have you tried restarting the router?" yes and that did it, thanks', 'en'],
    ['« avez-vous redémarré la box ? » oui, et ça remarche, merci !', 'fr'],
    ['„Funktioniert es jetzt?“ Ja, alles wieder gut, danke!', 'de'],
    ['«¿Ya funciona?» Sí, perfecto, gracias.', 'es'],
  ])('%s', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });
});
