// X's v1.1 date format, used by account archives (tweets.js) and the research CSV of brand care accounts:
// "Wed Oct 11 06:55:44 +0000 2017".

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const X_DATE = /^(?:mon|tue|wed|thu|fri|sat|sun) (\w{3}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/i;

/**
 * The UTC ISO string of an X v1.1 date ("Wed Oct 11 06:55:44 +0000 2017"), or undefined. Every part is range-checked
 * (Date.parse would roll 31 November over into December), the weekday is not (it is redundant).
 */
export function parseXDate(value: string): string | undefined {
  const m = X_DATE.exec(value.trim());
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[1].toLowerCase());
  const [day, h, mi, s, oh, om, y] = [m[2], m[3], m[4], m[5], m[7], m[8], m[9]].map(Number);
  if (month < 0 || day < 1 || day > new Date(Date.UTC(y, month + 1, 0)).getUTCDate() || h > 23 || mi > 59 || s > 59 || oh > 18 || om > 59) {
    return undefined;
  }
  const offset = (m[6] === '-' ? -1 : 1) * (oh * 60 + om);
  return new Date(Date.UTC(y, month, day, h, mi, s) - offset * 60_000).toISOString();
}
