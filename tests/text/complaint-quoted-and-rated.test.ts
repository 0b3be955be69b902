// Reviews and replies quoting the brand. Unseen round 36 read them as grievances too often: the brand's apology quoted
// then told as answered and thanked (complaint-quoted-apology.ts), and a review rated high whose one fault was made good
// (complaint-rated-mixed.ts), are no complaints; the same quote chased, and the same review with the fault left bad or
// its dissatisfaction told, stay complaints. And the brand's hand-off quoted then mocked as going nowhere is a complaint
// (complaint-quoted-handoff.ts). Class posts of all three are in fixtures/text/class-posts.json.
import { describe, expect, it } from 'vitest';
import { isComplaint } from '../../src/text/index.js';

type Lang = 'fr' | 'en' | 'de' | 'es';

describe('a quoted apology answered, a high rating with its fault made good', () => {
  it.each<[string, Lang]>([
    ["'We're sorry your parcel was lost in transit, a new one is on its way' — it came this morning, thanks a lot!", 'en'],
    ['« Nous sommes désolés, votre commande est arrivée endommagée » — pas de souci, le nouveau colis est arrivé hier, merci !', 'fr'],
    ['„Entschuldigung, Ihr Paket wurde beschädigt zugestellt“ – kein Problem, der Ersatz ist heute angekommen. Danke!', 'de'],
    ['«Lo sentimos, su pedido llegó dañado» — no pasa nada, el nuevo ya me llegó hoy. ¡Gracias!', 'es'],
    ['5/5. Great little hotel, the kettle in our room was broken but reception swapped it within minutes.', 'en'],
    ['4/5 : très bon burger, servi en retard mais encore bien chaud. On reviendra.', 'fr'],
    ['4 Sterne: tolle Ferienwohnung, der Herd war kaputt, aber der Vermieter hat ihn am selben Tag repariert.', 'de'],
    ['9/10. Piso precioso, la lavadora estaba rota pero lo solucionaron esa misma tarde. Repetiremos.', 'es'],
  ])('%s', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });
});

describe('the same quote chased, the same review left bad', () => {
  it.each<[string, Lang]>([
    ['"Sorry, your order was delayed at the depot" — that was ten days ago and it still hasn\'t arrived.', 'en'],
    ['« Toutes nos excuses pour la coupure » — c\'était lundi, toujours pas de réseau.', 'fr'],
    ['4/5. Great little hotel, but the kettle in our room was broken all week and nobody cared.', 'en'],
    ['2/5. Piso precioso, pero la lavadora no funcionó en toda la semana y nadie vino a arreglarla.', 'es'],
    ["'Your complaint has been escalated to a manager' — escalated to where, the moon?", 'en'],
    ['« On a bien transmis au service technique » : transmis à qui, au juste ? Un trou noir ?', 'fr'],
    ['„Ihr Anliegen wurde eskaliert“ – eskaliert wohin denn?', 'de'],
    ['«Hemos trasladado tu caso» — ¿trasladado a quién, si nadie contesta?', 'es'],
  ])('%s', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });
});
