// Recognises social profile URLs (every platform in PLATFORMS) and rejects share buttons, posts, embeds and pixels.
// Shared by the crawler (collect/site, which caches it) and the brand-file loader (config), so it sits below both.
import { hostInfo as parseHost } from './host-info.js';
import type { Platform } from '../snapshot/types.js';
import { fediverseProfile, mastodon, PROFILE_PARSERS, type SocialUrl } from './social-paths.js';

export type { SocialUrl };


// Tracking parameters (REFERENCE.md: drop utm_*, fbclid, gclid, hl, ref_src before comparing; igshid/si/feature are
// the Instagram/YouTube share-sheet equivalents).
const TRACKING_PARAM = /^(utm_.*|fbclid|gclid|dclid|msclkid|hl|ref_src|ref_url|ref|igshid|igsh|si|feature|mibextid|_rdr|__tn__)$/i;
/**
 * What a query holding a TRACKING_PARAM key holds, written as it is in the URL: a key starting with one of their
 * beginnings, or a key holding a percent escape (which may spell one). A query without either keeps all its
 * parameters, and is not parsed into URLSearchParams (the share links of product pages, new on every page, hold
 * escapes in their values only).
 */
const MAY_TRACK = /[?&](?:utm_|fbclid|gclid|dclid|msclkid|hl|ref|igsh|si|feature|mibextid|_rdr|__tn__|[^=&]*%)/i;

/** Hosts of social networks that never carry a profile (short video links, SDKs, link shims, widgets). */
const NON_PROFILE_HOSTS = new Set([
  'youtu.be',
  'youtube-nocookie.com',
  'connect.facebook.net',
  'facebook.net',
  'fbcdn.net',
  'l.facebook.com',
  'lm.facebook.com',
  'platform.twitter.com',
  'syndication.twitter.com',
  'cdn.syndication.twimg.com',
  'twimg.com',
  't.co',
  'pin.it',
  'vm.tiktok.com',
  'vt.tiktok.com',
  'web.whatsapp.com',
  'chat.whatsapp.com',
  'static.xx.fbcdn.net',
  'cdninstagram.com',
  'ytimg.com',
  'licdn.com',
  'lnkd.in',
]);


/** What a URL is, before deciding whether it is a profile. */
interface Inspection {
  parsed: SocialUrl | null;
  /** The URL points at a social network or a share scheme (so a null `parsed` means share/post/embed/…). */
  social: boolean;
}

/**
 * Parses a link or a string found in JSON into a social profile, or returns null when it is not a profile
 * (share buttons, posts, videos, embeds, pixels, XML namespaces, reserved pages, mailto:…). A share link's
 * `via=NAME` and an X follow button yield the named account with `how` set.
 */
export function parseSocialUrl(href: string): SocialUrl | null {
  return inspect(href).parsed;
}

/**
 * True when `href` points at a social network or messaging app but is not a profile: a share button, a post, a
 * video, an embed, a plugin, a pixel, `whatsapp://send`, `mailto:?subject=…` (share by e-mail). Share links that
 * name an account with `via=` are still share links. Links to other sites are false.
 */
export function isShareOrNonProfile(href: string): boolean {
  const { parsed, social } = inspect(href);
  return social && (parsed === null || parsed.how === 'share-via');
}

function inspect(href: string): Inspection {
  const raw = href.replace(/^[\s\u00a0\u200b\ufeff]+|[\s\u00a0\u200b\ufeff]+$/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1]?.toLowerCase();
  if (scheme === 'whatsapp' || scheme === 'fb-messenger' || scheme === 'tg' || scheme === 'fb') return { parsed: null, social: true };
  // mailto: with no address is the "share by e-mail" button; a real address is a contact, not a social link.
  if (scheme === 'mailto') return { parsed: null, social: /^mailto:\s*(\?|$)/i.test(raw) };
  const url = toUrl(raw, scheme);
  if (!url) return { parsed: null, social: false };
  if (MAY_TRACK.test(url.search)) for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const info = parseHost(host);
  const domain = info.domain ?? host;
  const sub = info.subdomain ?? '';
  const segs = url.pathname
    .split('/')
    .map((s) => safeDecode(s).trim())
    .filter(Boolean);
  if (NON_PROFILE_HOSTS.has(host) || NON_PROFILE_HOSTS.has(domain)) return { parsed: null, social: true };
  const onPlatform = platformOf(domain, info.domainWithoutSuffix ?? '', sub, segs);
  if (onPlatform === null) return { parsed: mastodon(url, host, domain, segs), social: false };
  if (onPlatform === 'not-profile') return { parsed: null, social: true };
  return { parsed: PROFILE_PARSERS[onPlatform](segs, url), social: true };
}

/**
 * A fediverse-shaped profile URL (`/@name`, `/users/name`) on a host that is not a known social network, whatever the
 * server: for links the page vouches for with rel="me", and for servers checked with NodeInfo. Null otherwise.
 */
export function parseFediverseUrl(href: string): SocialUrl | null {
  const url = toUrl(href.trim(), /^([a-z][a-z0-9+.-]*):/i.exec(href.trim())?.[1]?.toLowerCase());
  if (!url) return null;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const info = parseHost(host);
  const domain = info.domain ?? host;
  const segs = url.pathname
    .split('/')
    .map((s) => safeDecode(s).trim())
    .filter(Boolean);
  if (NON_PROFILE_HOSTS.has(host) || NON_PROFILE_HOSTS.has(domain)) return null;
  if (platformOf(domain, info.domainWithoutSuffix ?? '', info.subdomain ?? '', segs) !== null) return null;
  return fediverseProfile(url, host, domain, segs);
}

function toUrl(raw: string, scheme: string | undefined): URL | null {
  let text = raw;
  if (text.startsWith('//')) text = `https:${text}`;
  else if (!scheme || !/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    // sameAs values and embedded JSON sometimes omit the scheme ("facebook.com/brand"); a bare host needs a dot
    // and a path so that relative paths and words are not mistaken for hosts.
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?\/\S*$/i.test(text)) return null;
    text = `https://${text}`;
  }
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Which platform a host belongs to; 'not-profile' for platform hosts that never carry profiles (APIs, help, ads). */
function platformOf(domain: string, name: string, sub: string, segs: string[]): Platform | 'not-profile' | null {
  const first = sub.split('.')[0] ?? '';
  const plain = sub === '' || sub === 'www';
  const mobile = plain || sub === 'm' || sub === 'mobile';
  switch (domain) {
    case 'facebook.com':
    case 'fb.com':
    case 'fb.me':
      // m., mbasic., web., touch. and country variants (de-de., fr-fr.) serve the same pages.
      return plain || /^(m|mbasic|web|touch|mobile|[a-z]{2}(-[a-z]{2})?)$/.test(sub) ? 'facebook' : 'not-profile';
    case 'twitter.com':
    case 'x.com':
      return mobile ? 'x' : 'not-profile';
    case 'instagram.com':
    case 'instagr.am':
      return mobile ? 'instagram' : 'not-profile';
    case 'youtube.com':
      return mobile || sub === 'music' ? 'youtube' : 'not-profile';
    case 'linkedin.com':
      return plain || /^[a-z]{2}$/.test(sub) ? 'linkedin' : 'not-profile';
    case 'tiktok.com':
      return mobile ? 'tiktok' : 'not-profile';
    case 'threads.net':
    case 'threads.com':
      return plain ? 'threads' : 'not-profile';
    case 'bsky.app':
      return plain ? 'bluesky' : 'not-profile';
    case 'snapchat.com':
      return plain ? 'snapchat' : 'not-profile';
    case 'wa.me':
      return 'whatsapp';
    case 'whatsapp.com':
      return plain || sub === 'api' ? 'whatsapp' : 'not-profile';
    case 't.me':
    case 'telegram.me':
    case 'telegram.dog':
      return plain ? 'telegram' : 'not-profile';
    case 'xing.com':
      return plain ? 'xing' : 'not-profile';
    case 'ogp.me':
      return 'not-profile';
    // Closed networks (see CLOSED_NETWORKS): Google+ also had google.com/+Name short links.
    case 'google.com':
      if (sub === 'plus') return 'google-plus';
      return plain && segs[0]?.startsWith('+') ? 'google-plus' : null;
    case 'vine.co':
      return plain ? 'vine' : 'not-profile';
    case 'periscope.tv':
    case 'pscp.tv':
      return plain ? 'periscope' : 'not-profile';
  }
  if (name === 'pinterest') return plain || /^[a-z]{2}$/.test(first) ? 'pinterest' : 'not-profile';
  return null;
}
