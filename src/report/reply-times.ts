// Reply times and opening hours as every format writes them: the opening hours the audit counted business time with
// (and where they came from), and an account's reply times all hours, in business hours and for questions asked out
// of hours. Plain text in the rendering language; each formatter escapes it for its own output.
import type { Translator } from '../locale/translator.js';
import type { ResponseStats, SocialAccountSummary, SocialSummary } from '../computed/types.js';
import type { OpeningInterval } from '../snapshot/types.js';

/** "Mon–Fri 09:00–18:00; Sat 10:00–13:00": days with the same intervals grouped, consecutive ones as a range. */
export function weekText(tr: Translator, weekly: readonly OpeningInterval[]): string {
  const dayName = (d: number): string => tr.t(`hours.day.${d}`);
  const spans = (d: number): string =>
    weekly
      .filter((i) => i.day === d)
      .sort((a, b) => (a.opens < b.opens ? -1 : 1))
      .map((i) => `${i.opens}–${i.closes}`)
      .join(', ');
  const groups: { from: number; to: number; spans: string }[] = [];
  for (let d = 1; d <= 7; d++) {
    const s = spans(d);
    if (s === '') continue;
    const last = groups.at(-1);
    if (last && last.spans === s && last.to === d - 1) last.to = d;
    else groups.push({ from: d, to: d, spans: s });
  }
  return groups
    .map((g) => `${g.from === g.to ? dayName(g.from) : `${dayName(g.from)}–${dayName(g.to)}`} ${g.spans}`)
    .join('; ');
}

/**
 * The opening hours sentence: the week, the time zone, where they came from (brand file or a page of the site) and
 * the holidays; or, without hours, that reply times are counted on the clock only.
 */
export function hoursText(tr: Translator, social: Pick<SocialSummary, 'businessHours'>): string {
  const hours = social.businessHours;
  if (!hours) return tr.t('hours.unknown');
  return tr.t('hours.known', {
    week: weekText(tr, hours.weekly),
    zone: hours.timeZone,
    origin: hours.source === 'brand-file' ? 'file' : hours.timeZoneFrom === 'site-language' ? 'siteLanguage' : hours.timeZoneFrom === 'brand-file' ? 'siteFileZone' : 'siteUtc',
    holidays: hours.holidays.length,
  });
}

/** The page the hours were read on, when they came from the site. */
export function hoursPage(social: Pick<SocialSummary, 'businessHours'>): string | undefined {
  return social.businessHours?.source === 'site' ? social.businessHours.url : undefined;
}

function statsText(tr: Translator, key: string, stats: ResponseStats): string {
  if (stats.answered === 0 || stats.medianMinutes === null) return tr.t(`hours.${key}None`);
  return tr.t(`hours.${key}`, {
    answered: stats.answered,
    median: tr.duration(stats.medianMinutes),
    hour: tr.percent(stats.withinHourShare ?? 0),
    day: tr.percent(stats.within24hShare ?? 0),
  });
}

/**
 * An account's reply times, one clause per way of counting: all hours, then — when opening hours are known —
 * business hours and the questions asked out of hours. Undefined when nothing was answered there.
 */
export function replyTimesParts(tr: Translator, a: Pick<SocialAccountSummary, 'responseTimes'>): string[] | undefined {
  const times = a.responseTimes;
  if (!times || times.allHours.answered === 0) return undefined;
  const parts = [statsText(tr, 'allHours', times.allHours)];
  if (times.businessHours) parts.push(statsText(tr, 'businessHours', times.businessHours));
  if (times.outOfHours) parts.push(statsText(tr, 'outOfHours', times.outOfHours));
  return parts;
}

/** replyTimesParts joined in one line ("All hours: … · Business hours: … · Asked out of hours: …"). */
export function replyTimesText(tr: Translator, a: Pick<SocialAccountSummary, 'responseTimes'>): string | undefined {
  return replyTimesParts(tr, a)?.join(' · ');
}
