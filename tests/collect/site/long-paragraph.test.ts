// A link or a handle named past the first 240 characters of a long paragraph: its context is its own sentence, so the
// readings of the words leading to it (own-desk.ts, unit-desk.ts) see them; and a card headed by the brand's name.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { saysOwnDesk } from '../../../src/collect/site/own-desk.js';
import { headsBrandCard, saysOwnUnit } from '../../../src/collect/site/own-unit.js';

const URL = 'https://www.kowhaipoly.test/study/';
const FILLER =
  'The library on level two is open from 8am to 9pm on weekdays and from 10am to 4pm on Saturdays during trimester. You can borrow laptops for the day, book group study rooms online, and print, scan or copy with your student card. ';

function finding(html: string, handle: string) {
  const f = analyzePage(`<!doctype html><html><body><main>${html}</main></body></html>`, URL).facts.socials.find((s) => s.handle === handle);
  if (!f) throw new Error(`no finding for ${handle}`);
  return f;
}

describe('context of a link deep in a long paragraph', () => {
  it('keeps the sentence leading to a handle named without a link', () => {
    const f = finding(`<p>${FILLER}For quick questions, the Library's help desk also answers on X at @kp_askalib until late.</p>`, 'kp_askalib');
    expect(f.context).toContain("the Library's help desk also answers on X at @kp_askalib until late.");
    expect(f.context!.length).toBeLessThanOrEqual(240);
    expect(saysOwnDesk(f)).toBe(true);
  });

  it('keeps the sentence leading to a link', () => {
    const f = finding(`<p>${FILLER}Near the end, our careers service posts vacancies on Instagram at <a href="https://www.instagram.com/kp_mahi/">@kp_mahi</a> every week.</p>`, 'kp_mahi');
    expect(f.context).toContain('our careers service posts vacancies on Instagram at @kp_mahi every week.');
    expect(saysOwnDesk(f)).toBe(true);
  });

  it('keeps the paragraph start where the link stands within it, and for a container that is no paragraph', () => {
    const early = finding(`<p>Our careers service posts on Instagram at <a href="https://www.instagram.com/kp_mahi/">@kp_mahi</a>. ${FILLER}</p>`, 'kp_mahi');
    expect(early.context!.startsWith('Our careers service posts')).toBe(true);
    const div = finding(`<div>${FILLER}${FILLER}<span>Jobs</span> <a href="https://www.instagram.com/kp_mahi/">@kp_mahi</a></div>`, 'kp_mahi');
    expect(div.context!.startsWith('The library on level two')).toBe(true);
  });

  it('reads a council desk, a partner workshop and a person there as before: not the brand', () => {
    const council = finding(`<p>${FILLER}For street parking, the city council's parking team answers on X at @tcc_parking on weekdays.</p>`, 'tcc_parking');
    expect(saysOwnDesk(council)).toBe(false);
    const partner = finding(`<p>${FILLER}Nous faisons appel à un atelier partenaire ; l'équipe de l'atelier partenaire publie sur Instagram : @atelier.textile.fr.</p>`, 'atelier.textile.fr');
    expect(saysOwnDesk(partner)).toBe(false);
  });

  it('reads a handle given unlinked as "follow us as @…", "síguenos como @…"', () => {
    expect(saysOwnDesk(finding(`<p>${FILLER}News in te reo comes first; on Instagram, follow us as @kowhai.reo for all of it.</p>`, 'kowhai.reo'))).toBe(true);
    expect(saysOwnDesk(finding(`<p>${FILLER}Las novedades de las oficinas las publicamos en Instagram: síguenos como @mvl.canarias.</p>`, 'mvl.canarias'))).toBe(true);
  });
});

describe('headsBrandCard', () => {
  it("reads a card headed by the brand's name beside a place or a part", () => {
    expect(headsBrandCard({ heading: 'La Milpa Coyoacán', context: 'La Milpa Coyoacán AV. FRANCISCO SOSA 58 Martes a domingo.' }, 'Taquería La Milpa')).toBe(true);
    expect(headsBrandCard({ heading: 'El Comal de La Milpa', context: 'El Comal de La Milpa Santa Fe. Comida corrida.' }, 'Taquería La Milpa')).toBe(true);
    expect(headsBrandCard({ heading: 'Cerro Alumbre Export', context: 'Cerro Alumbre Export Comercio exterior.' }, 'Bodega Cerro Alumbre')).toBe(true);
  });

  it('leaves a foundation, a friends’ society, another name and a text that is no card alone', () => {
    expect(headsBrandCard({ heading: 'Carrigmore University Foundation', context: 'Carrigmore University Foundation A registered charity.' }, 'Carrigmore University')).toBe(false);
    expect(headsBrandCard({ heading: 'Amigos de Los Aromos', context: 'Amigos de Los Aromos Asociación.' }, 'Panadería Los Aromos')).toBe(false);
    expect(headsBrandCard({ heading: 'Molino La Estrella', context: 'Molino La Estrella Proveedor.' }, 'Panadería Los Aromos')).toBe(false);
    expect(headsBrandCard({ heading: 'Locales', context: 'Los Aromos Providencia Av. Pedro de Valdivia.' }, 'Panadería Los Aromos')).toBe(false);
  });

  it('is not enough where the card names a franchise or another operator', () => {
    const franchise = { snippet: 'Instagram', heading: 'Los Aromos Viña del Mar', context: 'Los Aromos Viña del Mar FRANQUICIA · Operada por Inversiones Costa SpA. Instagram' };
    expect(headsBrandCard(franchise, 'Panadería Los Aromos')).toBe(true);
    expect(saysOwnUnit(franchise, 'Panadería Los Aromos')).toBe(false);
    const own = { snippet: 'Instagram', heading: 'Los Aromos Providencia', context: 'Los Aromos Providencia Lunes a sábado de 7:00 a 21:00. Instagram' };
    expect(saysOwnUnit(own, 'Panadería Los Aromos')).toBe(true);
    expect(saysOwnUnit(own)).toBe(false);
  });
});
