// The opening-hours and reply-time sentences every format shares: days grouped into ranges, the hours' origin, three
// ways of counting per account, and nothing for accounts without answers.
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/locale/translator.js';
import { hoursPage, hoursText, replyTimesParts, replyTimesText, weekText } from '../../src/report/reply-times.js';
import type { BusinessHoursRecord } from '../../src/snapshot/types.js';

const en = translator('en');
const fr = translator('fr');
const week = (days: number[], opens: string, closes: string) => days.map((day) => ({ day, opens, closes }));
const hours: BusinessHoursRecord = {
  source: 'site',
  url: 'https://aide.example.test/contact',
  how: 'json-ld',
  timeZone: 'Europe/Paris',
  timeZoneFrom: 'site-language',
  weekly: [...week([1, 2, 3, 4, 5], '09:00', '18:00'), ...week([6], '10:00', '13:00')],
  holidays: ['2026-12-25'],
};
const stats = (answered: number, medianMinutes: number | null, withinHourShare: number | null, within24hShare: number | null) => ({
  answered,
  medianMinutes,
  withinHourShare,
  within24hShare,
});

describe('weekText', () => {
  it('groups consecutive days with the same hours and lists split days', () => {
    expect(weekText(en, hours.weekly)).toBe('Mon–Fri 09:00–18:00; Sat 10:00–13:00');
    expect(weekText(fr, [...week([1, 3], '09:00', '12:00'), ...week([1, 3], '14:00', '18:00')])).toBe('lun. 09:00–12:00, 14:00–18:00; mer. 09:00–12:00, 14:00–18:00');
  });
});

describe('hoursText', () => {
  it('says where the hours came from, in the rendering language', () => {
    expect(hoursText(en, { businessHours: hours })).toBe(
      'Opening hours: Mon–Fri 09:00–18:00; Sat 10:00–13:00 (Europe/Paris), from the website, time zone from its language, 1 holiday. Business-hours reply times count only the time the brand is open.',
    );
    expect(hoursText(fr, { businessHours: { ...hours, source: 'brand-file', timeZoneFrom: 'brand-file', holidays: [] } })).toContain('selon le fichier de la marque.');
    expect(hoursPage({ businessHours: hours })).toBe('https://aide.example.test/contact');
    expect(hoursPage({ businessHours: { ...hours, source: 'brand-file' } })).toBeUndefined();
  });

  it('says reply times are on the clock only when no hours are known', () => {
    expect(hoursText(en, { businessHours: null })).toMatch(/^Opening hours unknown/);
  });
});

describe('replyTimesText', () => {
  it('gives all hours, business hours and out of hours', () => {
    const text = replyTimesText(en, {
      responseTimes: { allHours: stats(3, 725, 1 / 3, 2 / 3), businessHours: stats(3, 30, 1, 1), outOfHours: stats(1, 725, 0, 1) },
    });
    expect(text).toBe(
      'All hours: median 12 hr 5 min, 33% within 1 h, 67% within 24 h (3 replies) · Business hours: median 30 min, 100% within 1 h, 100% within 24 h · Asked out of hours (1): median 12 hr 5 min, 0% within 1 h, 100% within 24 h',
    );
  });

  it('gives all hours alone without opening hours, a gap for nothing out of hours, nothing without answers', () => {
    expect(replyTimesParts(en, { responseTimes: { allHours: stats(1, 10, 1, 1), businessHours: null, outOfHours: null } })).toEqual([
      'All hours: median 10 min, 100% within 1 h, 100% within 24 h (1 reply)',
    ]);
    expect(replyTimesParts(en, { responseTimes: { allHours: stats(1, 10, 1, 1), businessHours: stats(1, 10, 1, 1), outOfHours: stats(0, null, null, null) } })?.[2]).toBe(
      'Asked out of hours: no reply',
    );
    expect(replyTimesText(en, { responseTimes: { allHours: stats(0, null, null, null), businessHours: null, outOfHours: null } })).toBeUndefined();
  });
});
