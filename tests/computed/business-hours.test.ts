// Business-time arithmetic: minutes counted only while the brand is open, open days, out-of-hours questions, around
// midnight, weekends, DST changes, holidays and time zones (instants are written in UTC, hours read in the zone).
import { describe, expect, it } from 'vitest';
import { businessDaysBetween, businessMinutesBetween, hasOpenTime, isOpenAt } from '../../src/computed/business-hours.js';
import type { OpeningHours } from '../../src/snapshot/types.js';

const t = (iso: string): number => Date.parse(iso);
const weekdays = (opens: string, closes: string): OpeningHours['weekly'] => [1, 2, 3, 4, 5].map((day) => ({ day, opens, closes }));
const PARIS: OpeningHours = { timeZone: 'Europe/Paris', weekly: weekdays('09:00', '18:00'), holidays: [] };

describe('businessMinutesBetween', () => {
  it.each([
    // Paris is UTC+1 in winter: 09:00 local is 08:00Z.
    ['inside one open day', '2026-11-03T09:00:00Z', '2026-11-03T10:30:00Z', 90],
    ['asked at 23:00, answered at 09:05 the next morning: 5 minutes', '2026-11-03T22:00:00Z', '2026-11-04T08:05:00Z', 5],
    ['asked just before midnight, answered just after: closed all along', '2026-11-03T22:59:00Z', '2026-11-03T23:01:00Z', 0],
    ['asked at 17:30, answered at 09:30 the next day: 30 + 30 minutes', '2026-11-03T16:30:00Z', '2026-11-04T08:30:00Z', 60],
    ['asked Friday 17:00, answered Monday 10:00: 1 h + 1 h, the weekend not counted', '2026-11-06T16:00:00Z', '2026-11-09T09:00:00Z', 120],
    ['asked Saturday, answered Sunday: 0', '2026-11-07T10:00:00Z', '2026-11-08T15:00:00Z', 0],
    ['a full working week: 5 × 9 h', '2026-11-02T00:00:00Z', '2026-11-07T00:00:00Z', 5 * 540],
    ['a reply before the question counts 0', '2026-11-03T10:00:00Z', '2026-11-03T09:00:00Z', 0],
  ])('%s', (_what, from, to, minutes) => {
    expect(businessMinutesBetween(t(from), t(to), PARIS)).toBeCloseTo(minutes, 6);
  });

  it('skips holidays (Christmas Day, a Friday in 2026)', () => {
    const hours = { ...PARIS, holidays: ['2026-12-25'] };
    // Thursday 17:00 local → Monday 10:00 local: 1 h on Thursday, Friday closed, 1 h on Monday.
    expect(businessMinutesBetween(t('2026-12-24T16:00:00Z'), t('2026-12-28T09:00:00Z'), hours)).toBe(120);
    expect(businessMinutesBetween(t('2026-12-24T16:00:00Z'), t('2026-12-28T09:00:00Z'), PARIS)).toBe(120 + 540);
  });

  it('follows the spring DST change: 09:00 Paris is 08:00Z before and 07:00Z after', () => {
    // Sunday 29 March 2026 the clocks go forward. Friday 27 at 17:00 local (16:00Z) → Monday 30 at 09:30 local (07:30Z).
    expect(businessMinutesBetween(t('2026-03-27T16:00:00Z'), t('2026-03-30T07:30:00Z'), PARIS)).toBe(60 + 30);
  });

  it('follows the autumn DST change, and a 24/7 brand counts the 25-hour day whole', () => {
    // Sunday 25 October 2026 the clocks go back: Monday 26 opens at 08:00Z.
    expect(businessMinutesBetween(t('2026-10-23T15:00:00Z'), t('2026-10-26T08:15:00Z'), PARIS)).toBe(60 + 15);
    const always: OpeningHours = { timeZone: 'Europe/Paris', weekly: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, opens: '00:00', closes: '24:00' })), holidays: [] };
    expect(businessMinutesBetween(t('2026-10-24T22:00:00Z'), t('2026-10-25T23:00:00Z'), always)).toBe(25 * 60);
  });

  it('reads hours in the brand’s zone: 09:00–17:00 New York is 14:00–22:00Z in winter', () => {
    const ny: OpeningHours = { timeZone: 'America/New_York', weekly: weekdays('09:00', '17:00'), holidays: [] };
    expect(businessMinutesBetween(t('2026-11-03T13:00:00Z'), t('2026-11-03T15:00:00Z'), ny)).toBe(60);
    expect(isOpenAt(t('2026-11-03T21:59:00Z'), ny)).toBe(true);
    expect(isOpenAt(t('2026-11-03T22:00:00Z'), ny)).toBe(false);
  });

  it('counts split days (lunch closed) and intervals closing at midnight', () => {
    const split: OpeningHours = {
      timeZone: 'Europe/Berlin',
      weekly: [
        { day: 2, opens: '09:00', closes: '12:00' },
        { day: 2, opens: '14:00', closes: '24:00' },
      ],
      holidays: [],
    };
    // Tuesday 3 November 2026, 11:00 → Wednesday 01:00 local: 1 h in the morning + 10 h from 14:00 to midnight.
    expect(businessMinutesBetween(t('2026-11-03T10:00:00Z'), t('2026-11-04T00:00:00Z'), split)).toBe(660);
  });
});

describe('isOpenAt', () => {
  it.each([
    ['a weekday at 09:00 local, opening instant inside', '2026-11-03T08:00:00Z', true],
    ['18:00 local, closing instant outside', '2026-11-03T17:00:00Z', false],
    ['23:30 local', '2026-11-03T22:30:00Z', false],
    ['Saturday noon', '2026-11-07T11:00:00Z', false],
    ['00:30 Paris on Monday is still Sunday 23:30Z', '2026-11-01T23:30:00Z', false],
  ])('%s', (_what, at, open) => {
    expect(isOpenAt(t(at), PARIS)).toBe(open);
  });

  it('is closed all day on a holiday', () => {
    expect(isOpenAt(t('2026-12-25T10:00:00Z'), { ...PARIS, holidays: ['2026-12-25'] })).toBe(false);
  });
});

describe('businessDaysBetween', () => {
  it.each([
    ['same day', '2026-11-03T08:00:00Z', '2026-11-03T16:00:00Z', 0],
    ['next day', '2026-11-03T08:00:00Z', '2026-11-04T08:00:00Z', 1],
    ['Friday → Monday', '2026-11-06T10:00:00Z', '2026-11-09T10:00:00Z', 1],
    ['Friday → Tuesday', '2026-11-06T10:00:00Z', '2026-11-10T10:00:00Z', 2],
    ['Saturday → Monday', '2026-11-07T10:00:00Z', '2026-11-09T10:00:00Z', 1],
    // 23:30Z on Monday is already Tuesday 00:30 in Paris: the reply at 08:00Z Tuesday is the same local day.
    ['late UTC evening is the next local day', '2026-11-02T23:30:00Z', '2026-11-03T08:00:00Z', 0],
  ])('%s', (_what, from, to, days) => {
    expect(businessDaysBetween(t(from), t(to), PARIS)).toBe(days);
  });

  it('does not count a holiday', () => {
    expect(businessDaysBetween(t('2026-12-24T10:00:00Z'), t('2026-12-28T10:00:00Z'), { ...PARIS, holidays: ['2026-12-25'] })).toBe(1);
  });
});

describe('hasOpenTime', () => {
  it('is false for an empty week', () => {
    expect(hasOpenTime({ timeZone: 'UTC', weekly: [], holidays: [] })).toBe(false);
    expect(hasOpenTime(PARIS)).toBe(true);
  });
});
