// Opening hours stated by a site: JSON-LD (openingHoursSpecification, openingHours, a ContactPoint's hoursAvailable)
// and sentences in fr/en/de/es; the site's pick for the audit, with the time zone its language points to.
import { describe, expect, it } from 'vitest';
import { findJsonLdHours, findTextHours, siteBusinessHours, zoneOfLanguage } from '../../../src/collect/site/opening-hours.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import type { PageRecord } from '../../../src/snapshot/types.js';

const week = (days: number[], opens: string, closes: string) => days.map((day) => ({ day, opens, closes }));
const MON_FRI = [1, 2, 3, 4, 5];

describe('findTextHours', () => {
  it.each([
    ['Notre service client vous répond du lundi au vendredi de 9h à 18h.', week(MON_FRI, '09:00', '18:00')],
    ['Du lundi au vendredi de 9h30 à 17h30', week(MON_FRI, '09:30', '17:30')],
    ['Kundenservice: Mo–Fr 8–20 Uhr', week(MON_FRI, '08:00', '20:00')],
    ['Montag bis Freitag von 9 bis 18 Uhr', week(MON_FRI, '09:00', '18:00')],
    ['Atención al cliente de lunes a viernes de 9:00 a 18:00', week(MON_FRI, '09:00', '18:00')],
    ['Our team is available Monday to Friday, 9am–6pm.', week(MON_FRI, '09:00', '18:00')],
    [
      'Ouvert du mardi au samedi, de 9 h à 12 h et de 14 h à 19 h.',
      [2, 3, 4, 5, 6].flatMap((day) => [
        { day, opens: '09:00', closes: '12:00' },
        { day, opens: '14:00', closes: '19:00' },
      ]),
    ],
    ['Kundenservice: Montag bis Freitag, 9–17 Uhr', week(MON_FRI, '09:00', '17:00')],
    [
      'Du lundi au vendredi de 9h à 18h et le samedi de 10h à 13h.',
      [...week(MON_FRI, '09:00', '18:00'), ...week([6], '10:00', '13:00')],
    ],
  ])('%s', (text, weekly) => {
    expect(findTextHours(text)).toEqual({ how: 'text', weekly, snippet: text });
  });

  it.each(['Livraison en 24h', 'Service ouvert 24h/24', 'Réponse sous 48 h', 'Le 12 mars de 9h à 18h, portes ouvertes'])(
    'finds no hours in %s',
    (text) => {
      expect(findTextHours(text)).toBeUndefined();
    },
  );
});

describe('findJsonLdHours', () => {
  it('reads openingHoursSpecification with schema.org day URLs and seconds', () => {
    const script = JSON.stringify({
      '@type': 'Organization',
      contactPoint: {
        '@type': 'ContactPoint',
        hoursAvailable: [{ '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Monday', 'Tuesday'], opens: '09:00:00', closes: '18:00:00' }],
      },
    });
    expect(findJsonLdHours(script)?.weekly).toEqual(week([1, 2], '09:00', '18:00'));
  });

  it('reads openingHours strings and skips seasonal specifications', () => {
    const script = JSON.stringify({
      '@graph': [
        { '@type': 'Store', openingHours: ['Mo-Fr 09:00-18:00', 'Sa 10:00-13:00'] },
        { '@type': 'Store', openingHoursSpecification: { dayOfWeek: 'Sunday', opens: '10:00', closes: '12:00', validFrom: '2026-12-01', validThrough: '2026-12-24' } },
      ],
    });
    expect(findJsonLdHours(script)?.weekly).toEqual([...week(MON_FRI, '09:00', '18:00'), ...week([6], '10:00', '13:00')]);
  });

  it('is undefined for JSON-LD without hours or broken JSON', () => {
    expect(findJsonLdHours('{"@type":"Organization","name":"X"}')).toBeUndefined();
    expect(findJsonLdHours('{not json')).toBeUndefined();
  });
});

describe('analyzePage', () => {
  it('prefers JSON-LD over the text of the same page', () => {
    const html = `<html lang="fr"><head><script type="application/ld+json">{"@type":"Organization","openingHours":"Mo-Fr 08:00-20:00"}</script></head>
      <body><p>Du lundi au vendredi de 9h à 18h.</p></body></html>`;
    expect(analyzePage(html, 'https://www.x.test/contact').facts.openingHours).toMatchObject({ how: 'json-ld', weekly: week(MON_FRI, '08:00', '20:00') });
  });
});

describe('siteBusinessHours', () => {
  const page = (url: string, kinds: PageRecord['kinds'], how: 'json-ld' | 'text', opens: string, lang = 'fr-FR'): PageRecord => ({
    url,
    status: 200,
    depth: 1,
    fetchMs: 1,
    https: true,
    lang,
    kinds,
    facts: { socials: [], links: [], contacts: [], vendors: [], promises: [], hasSearch: false, openingHours: { how, weekly: week(MON_FRI, opens, '18:00'), snippet: 's' } },
  });

  it('picks the contact page’s JSON-LD, in the zone of the page’s language', () => {
    const hours = siteBusinessHours([page('https://x.test/', [], 'text', '07:00'), page('https://x.test/contact', ['contact'], 'json-ld', '09:00')]);
    expect(hours).toMatchObject({ source: 'site', url: 'https://x.test/contact', how: 'json-ld', timeZone: 'Europe/Paris', timeZoneFrom: 'site-language' });
    expect(hours?.weekly[0].opens).toBe('09:00');
  });

  it('uses the brand file’s zone when given, and UTC when the language names no place', () => {
    expect(siteBusinessHours([page('https://x.test/', [], 'text', '09:00')], 'Europe/Brussels')).toMatchObject({ timeZone: 'Europe/Brussels', timeZoneFrom: 'brand-file' });
    expect(siteBusinessHours([page('https://x.test/', [], 'text', '09:00', 'en')])).toMatchObject({ timeZone: 'UTC', timeZoneFrom: 'default' });
  });

  it('is undefined when no page states hours', () => {
    expect(siteBusinessHours([])).toBeUndefined();
  });

  it.each([
    ['fr', 'Europe/Paris'],
    ['de-AT', 'Europe/Vienna'],
    ['es', 'Europe/Madrid'],
    ['en-GB', 'Europe/London'],
    ['en', undefined],
  ])('zoneOfLanguage(%s) = %s', (lang, zone) => {
    expect(zoneOfLanguage(lang)).toBe(zone);
  });
});
