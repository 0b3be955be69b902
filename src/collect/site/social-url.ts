// The crawler's cached view of the social-URL parser (platforms/social-url.ts): header, footer and share links
// repeat on every page of a site, so each distinct URL is parsed once.
import { memoize } from './memo.js';
import { isShareOrNonProfile, parseFediverseUrl, parseSocialUrl as parseUncached, type SocialUrl } from '../../platforms/social-url.js';

export { isShareOrNonProfile, parseFediverseUrl, type SocialUrl };

const parseCached = memoize(parseUncached);

/**
 * True for an href that names a place on the page's own site by its path, query or fragment ("/p/12-chaise.html",
 * "#top", "?page=2", "./plan.html"): the parser reads a link without a scheme as a host only when it opens with a
 * host name's character, and a path-absolute "/…" only when it is scheme-relative ("//…"), so it never makes a profile
 * of one. Most of a shop's links are such paths, each a new string on every page: answered without the cache, whose
 * lookup hashes the whole href.
 */
function ownSitePath(href: string): boolean {
  const c = href.charCodeAt(0);
  return c === 0x23 /* # */ || c === 0x3f /* ? */ || c === 0x2e /* . */ || (c === 0x2f /* / */ && href.charCodeAt(1) !== 0x2f);
}

/**
 * Parses a link or a string found in JSON into a social profile, or returns null when it is not a profile (see
 * platforms/social-url.ts).
 */
export function parseSocialUrl(href: string): SocialUrl | null {
  const parsed = ownSitePath(href) ? null : parseCached(href);
  // A copy, so a caller that edits its result cannot change what the cache hands out next.
  return parsed ? { ...parsed } : null;
}

/**
 * parseSocialUrl's answer before its copy: the object the cache holds, for a caller that keeps it and copies it at
 * each use (analyze.ts, beside each resolved href). Never to be edited.
 */
export function parseSocialUrlShared(href: string): Readonly<SocialUrl> | null {
  return ownSitePath(href) ? null : parseCached(href);
}

/** Whether a link is a social profile (parseSocialUrl would not return null), without copying the parsed URL. */
export function isSocialProfile(href: string): boolean {
  return !ownSitePath(href) && parseCached(href) !== null;
}
