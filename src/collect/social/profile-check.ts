// Checks that the profile URL of an account without readable data answers at all: a 404 is worth reporting.
import { HttpError } from '../../http/client.js';
import type { Note } from '../../snapshot/types.js';
import { note } from '../codes.js';
import type { SocialTarget, SourceContext } from './types.js';

export interface ProfileCheck {
  /** true: the profile page answered; false: the platform says it does not exist; null: could not tell. */
  exists: boolean | null;
  note?: Note;
}

/**
 * Fetches the profile page once. Only 404/410 prove an account is gone; a 200 means the URL answers (platforms
 * often show a login wall instead of the profile, so nothing more is concluded). Redirects to a login page, robots
 * exclusions and network failures are "could not tell", said plainly.
 */
export async function checkProfile(target: SocialTarget, ctx: SourceContext): Promise<ProfileCheck> {
  try {
    const res = await ctx.http.fetchText(target.url, { accept: () => false, ...(ctx.budget ? { signal: ctx.budget.signal } : {}) });
    if (res.status === 404 || res.status === 410) return { exists: false, note: note('social.profile-missing', { status: res.status }) };
    if (res.status >= 200 && res.status < 300) {
      if (/login|signin|accounts\/login|checkpoint/i.test(new URL(res.finalUrl).pathname)) return { exists: null, note: note('social.profile-sign-in') };
      return { exists: true, note: note('social.profile-answers') };
    }
    return { exists: null, note: note('social.profile-http', { status: res.status }) };
  } catch (err) {
    if (err instanceof HttpError && err.code === 'robots') return { exists: null, note: note('social.profile-robots', { host: new URL(target.url).hostname }) };
    const failure = err instanceof HttpError ? err.code : 'internal';
    return { exists: null, note: note('social.profile-unchecked', { ...(err instanceof HttpError ? err.data : {}), failure }) };
  }
}
