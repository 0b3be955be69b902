// Which reply times a reactivity rule scores (all hours, or business hours when the brand's opening hours are known)
// and the three sets of figures every such rule puts in its data, flat so messages can quote them.
import type { ResponseClock, ResponseStats, SocialAccountSummary, SocialSummary } from '../../computed/types.js';
import { responseStats } from '../../computed/social-summary.js';

/** The clock a rule scores on, what the rule set asked for, and where the opening hours came from. */
export interface ClockChoice {
  clock: ResponseClock;
  /** The rule set's option: `auto`, `business` or `all`. */
  requested: string;
  /** Where the opening hours came from: the brand `file`, the `site`, or `none` known. */
  hoursFrom: 'file' | 'site' | 'none';
}

/**
 * `auto` scores business hours when opening hours are known, all hours otherwise; `business` without known
 * hours falls back to all hours (the data says so: requested ≠ clock).
 */
export function responseClock(option: string, social: SocialSummary): ClockChoice {
  const hours = social.businessHours ?? null;
  const hoursFrom = hours === null ? 'none' : hours.source === 'brand-file' ? 'file' : 'site';
  const clock: ResponseClock = option !== 'all' && hours ? 'business' : 'all';
  return { clock, requested: option, hoursFrom };
}

function flat(prefix: string, stats: ResponseStats | null): Record<string, number | null> {
  return {
    [`${prefix}Answered`]: stats?.answered ?? 0,
    [`${prefix}MedianMinutes`]: stats?.medianMinutes ?? null,
    [`${prefix}WithinHourShare`]: stats?.withinHourShare ?? null,
    [`${prefix}Within24hShare`]: stats?.within24hShare ?? null,
  };
}

/**
 * The reply-time figures of `accounts` pooled, all hours, in business hours and for questions asked out of hours
 * (the last two null without opening hours), with the clock scored and the hours' source.
 */
export function responseFigures(
  accounts: readonly Pick<SocialAccountSummary, 'responseMinutes' | 'businessResponseMinutes' | 'outOfHoursResponseMinutes'>[],
  choice: ClockChoice,
): Record<string, string | number | null> {
  const known = choice.hoursFrom !== 'none';
  return {
    clock: choice.clock,
    clockRequested: choice.requested,
    hoursFrom: choice.hoursFrom,
    ...flat('allHours', responseStats(accounts.flatMap((a) => a.responseMinutes))),
    ...flat('business', known ? responseStats(accounts.flatMap((a) => a.businessResponseMinutes ?? [])) : null),
    ...flat('outOfHours', known ? responseStats(accounts.flatMap((a) => a.outOfHoursResponseMinutes ?? [])) : null),
  };
}
