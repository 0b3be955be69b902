// Checks that the profile URL of an account without readable data answers at all: a 404 is worth reporting.
import { HttpError } from '../../http/client.js';
import type { SocialTarget, SourceContext } from './types.js';

export interface ProfileCheck {
  /** true: the profile page answered; false: the platform says it does not exist; null: could not tell. */
  exists: boolean | null;
  note?: string;
}

/**
 * Fetches the profile page once. Only 404/410 prove an account is gone; a 200 means the URL answers (platforms
 * often show a login wall instead of the profile, so nothing more is concluded). Redirects to a login page, robots
 * exclusions and network failures are "could not tell", said plainly.
 */
export async function checkProfile(target: SocialTarget, ctx: SourceContext): Promise<ProfileCheck> {
  try {
    const res = await ctx.http.fetchText(target.url, { accept: () => false });
    if (res.status === 404 || res.status === 410) return { exists: false, note: `the profile URL answers ${res.status}: the account may not exist` };
    if (res.status >= 200 && res.status < 300) {
      if (/login|signin|accounts\/login|checkpoint/i.test(new URL(res.finalUrl).pathname)) return { exists: null, note: 'the platform asks to sign in before showing the profile' };
      return { exists: true, note: 'the profile URL answers' };
    }
    return { exists: null, note: `the profile URL answered HTTP ${res.status}` };
  } catch (err) {
    if (err instanceof HttpError && err.code === 'robots') return { exists: null, note: `robots.txt of ${new URL(target.url).hostname} does not allow checking the profile` };
    return { exists: null, note: `the profile could not be checked (${err instanceof Error ? err.message : String(err)})` };
  }
}
