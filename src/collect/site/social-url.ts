// The crawler's cached view of the social-URL parser (platforms/social-url.ts): header, footer and share links
// repeat on every page of a site, so each distinct URL is parsed once.
import { memoize } from './memo.js';
import { isShareOrNonProfile, parseFediverseUrl, parseSocialUrl as parseUncached, type SocialUrl } from '../../platforms/social-url.js';

export { isShareOrNonProfile, parseFediverseUrl, type SocialUrl };

const parseCached = memoize(parseUncached);

/**
 * Parses a link or a string found in JSON into a social profile, or returns null when it is not a profile (see
 * platforms/social-url.ts).
 */
export function parseSocialUrl(href: string): SocialUrl | null {
  const parsed = parseCached(href);
  // A copy, so a caller that edits its result cannot change what the cache hands out next.
  return parsed ? { ...parsed } : null;
}

/** Whether a link is a social profile (parseSocialUrl would not return null), without copying the parsed URL. */
export function isSocialProfile(href: string): boolean {
  return parseCached(href) !== null;
}
