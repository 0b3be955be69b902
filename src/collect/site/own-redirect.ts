// The site's own outbound redirect, whose query holds the full address of a social profile: "/out?u=https%3A%2F%2Fwww.
// tiktok.com%2F%40…", "/go?to=https://x.com/…" (round 36's batik label, its sub-label's TikTok only behind the shop's
// own /out?u= link). Site builders and shops count outbound clicks that way; the link is the profile's as much as a
// plain one is. Only the site's own host is unwrapped: another site's redirect is that site's link, which the page
// does not vouch for, and a redirect to one of the site's own pages is no profile.
import { withoutWww } from '../../platforms/without-www.js';

/** Query keys the redirect's target sits under, and a value opening with a scheme, percent-encoded or not. */
const TARGET = /[?&](?:u|url|to|target|redirect)=https?(?::|%3a)/i;
const KEYS = ['u', 'url', 'to', 'target', 'redirect'] as const;

/**
 * The absolute http(s) address a link to the site's own host (`ownHosts`, lower case) redirects to through its query,
 * or null when the link is not such a redirect.
 */
export function ownRedirectTarget(full: URL | null, ownHosts: ReadonlySet<string>): string | null {
  if (!full || !TARGET.test(full.search)) return null;
  const host = withoutWww(full.hostname.toLowerCase());
  if (![...ownHosts].some((own) => withoutWww(own) === host)) return null;
  for (const key of KEYS) {
    const value = full.searchParams.get(key);
    if (value && /^https?:\/\//i.test(value)) return value;
  }
  return null;
}
