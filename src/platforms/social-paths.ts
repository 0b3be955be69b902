// Profile path rules per social platform: which paths name an account, how the handle is normalised, canonical URLs.
import type { Platform } from '../snapshot/types.js';
import { withoutWww } from './without-www.js';

/** A profile URL reduced to its platform, normalised handle and canonical https URL. */
export interface SocialUrl {
  platform: Platform;
  /** Lower-cased where the platform is case-insensitive; no leading @; mastodon as `name@server`. */
  handle: string;
  url: string;
  /** Set when the handle came from a follow button or a share link's `via=` rather than a profile link. */
  how?: 'intent-follow' | 'share-via';
}

/** Hosts that use `/@name` paths but are not fediverse servers. */
const NOT_MASTODON = new Set([
  'medium.com', 'substack.com', 'vimeo.com', 'twitch.tv', 'soundcloud.com', 'github.com', 'npmjs.com', 'unpkg.com', 'jsdelivr.net', 'esm.sh', 'skypack.dev',
  'flipboard.com', 'hashnode.com', 'hashnode.dev', 'producthunt.com', 'gitlab.com',
]);

type Parser = (segs: string[], url: URL) => SocialUrl | null;

const lower = (s: string): string => s.toLowerCase();

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
const stripAt = (s: string): string => s.replace(/^@/, '');

function make(platform: Platform, handle: string, url: string, how?: SocialUrl['how']): SocialUrl {
  return how ? { platform, handle, url, how } : { platform, handle, url };
}

// Reserved first path segments per platform: site pages, not accounts.
const FB_RESERVED = new Set(
  (
    'home home.php login login.php logout.php search hashtag explore legal privacy policies policy.php help about ' +
    'settings watch feed sharer sharer.php share share.php dialog plugins tr 2008 l.php story.php permalink.php ' +
    'photo.php photo photos video.php videos reel reels stories notes events groups marketplace gaming business ads ' +
    'fundraisers messages friends bookmarks recover r.php signup campaign terms terms.php careers media live places ' +
    'public directory developers badges privacy_center notifications saved memories offers jobs lite mobile apps ' +
    'ajax dyi checkpoint composer ufi messenger unsupportedbrowser index.php cookies reg watchparty hashtags'
  ).split(' '),
);
const FB_POST_TABS = new Set(['posts', 'videos', 'video', 'photos', 'photo', 'photo.php', 'permalink', 'permalink.php', 'story.php', 'reel', 'reels', 'live', 'watch', 'media_set', 'notes', 'events', 'activity', 'albums']);
const FB_HANDLE = /^[\p{L}\p{N}._-]+$/u;

function facebook(segs: string[], url: URL): SocialUrl | null {
  // Old hash-bang links (facebook.com/#!/brand, home.php#!/pages/Name/123, "!" percent-encoded too): the profile is
  // the fragment's path, read as a URL of its own.
  const hash = safeDecode(url.hash);
  if (hash.startsWith('#!/') && (segs.length === 0 || (segs.length === 1 && /^(home|index)\.php$/i.test(segs[0])))) {
    const inner = new URL(hash.slice(2), 'https://www.facebook.com');
    const innerSegs = inner.pathname.split('/').map((x) => safeDecode(x).trim()).filter(Boolean);
    return innerSegs.length > 0 ? facebook(innerSegs, inner) : null;
  }
  const [a, b, c, d] = segs.map(lower);
  const byId = (id: string | null | undefined): SocialUrl | null =>
    id && /^\d{5,20}$/.test(id) ? make('facebook', id, `https://www.facebook.com/profile.php?id=${id}`) : null;
  if (!a) return null;
  if (a === 'profile.php') return byId(url.searchParams.get('id'));
  if (a === 'people') return segs.length === 3 ? byId(c) : null;
  if (a === 'pages') {
    // /pages/Name/123, /pages/category/Cat/Name-123, or a bare /pages/Name.
    if (b === 'category') return byId(/(\d{5,20})$/.exec(d ?? '')?.[1]) ?? null;
    if (c) return byId(c);
    return b && FB_HANDLE.test(b) ? make('facebook', b, `https://www.facebook.com/${b}`) : null;
  }
  const [name, tab] = a === 'pg' ? [b, c] : [a, b];
  if (!name || FB_RESERVED.has(name) || name.endsWith('.php') || !FB_HANDLE.test(name)) return null;
  // The legacy page form names the page's own tab (facebook.com/pg/<name>/posts/, /pg/<name>/photos/): the page itself,
  // as a branch's card links it (round 31); a post or an album under it carries a further segment.
  const pageTab = a === 'pg' && segs.length === 3;
  if (tab && !pageTab && (FB_POST_TABS.has(tab) || tab.startsWith('photo'))) return null;
  if (/^\d{5,20}$/.test(name)) return byId(name);
  return make('facebook', name, `https://www.facebook.com/${name}`);
}

const X_RESERVED = new Set(
  (
    'home login logout signup search hashtag explore i intent share settings privacy tos legal about notifications ' +
    'messages compose widgets account download help jobs rules following followers lists topics communities oauth ' +
    'search-advanced web sw.js home.php status statuses en fr de es'
  ).split(' '),
);
const X_TABS = new Set(['with_replies', 'media', 'likes', 'highlights', 'followers', 'following', 'verified_followers', 'articles']);
const X_HANDLE = /^[A-Za-z0-9_]{1,15}$/;

function xProfile(name: string | null | undefined, how?: SocialUrl['how']): SocialUrl | null {
  const handle = stripAt((name ?? '').trim());
  return X_HANDLE.test(handle) ? make('x', lower(handle), `https://x.com/${lower(handle)}`, how) : null;
}

function x(segs: string[], url: URL): SocialUrl | null {
  let path = segs.map(lower);
  // Old hash-bang profile links: twitter.com/#!/brand, also written with the "!" percent-encoded (#%21/brand).
  const hash = safeDecode(url.hash);
  if (path.length === 0 && hash.startsWith('#!/')) path = hash.slice(3).split(/[/?]/).filter(Boolean).map(lower);
  const [a, b] = path;
  if (!a) return null;
  if (a === 'intent' && (b === 'follow' || b === 'user')) return xProfile(url.searchParams.get('screen_name'), 'intent-follow');
  if (a === 'intent' || a === 'share') return xProfile(url.searchParams.get('via'), 'share-via');
  if (X_RESERVED.has(a) || path.length > 2 || (b && !X_TABS.has(b))) return null;
  return xProfile(a);
}

const IG_RESERVED = new Set(
  (
    'p reel reels tv stories explore accounts about legal developer direct web privacy help emails challenge session ' +
    'terms press static graphql api share popular oauth'
  ).split(' '),
);
const IG_TABS = new Set(['tagged', 'reels', 'guides', 'channel', 'feed']);

function instagram(segs: string[]): SocialUrl | null {
  const [a, b] = segs.map(lower);
  if (!a || IG_RESERVED.has(a) || segs.length > 2 || (b && !IG_TABS.has(b))) return null;
  const handle = stripAt(a);
  return /^[a-z0-9._]{1,30}$/.test(handle) ? make('instagram', handle, `https://www.instagram.com/${handle}`) : null;
}

const YT_RESERVED = new Set(
  (
    'watch embed shorts results feed playlist live v redirect t about account signin premium kids howyoutubeworks ' +
    'creators ads yt s hashtag post clip attribution_link gaming music movies trending upload logout new index sw.js ' +
    'iframe_api player_api api oembed privacy terms legal help settings search explore home e'
  ).split(' '),
);
// Channel ids are case-sensitive: UC + 22 base64url characters.
const YT_CHANNEL_ID = /^UC[A-Za-z0-9_-]{22}$/;
const YT_TABS = new Set(['videos', 'featured', 'about', 'shorts', 'streams', 'playlists', 'community', 'channels', 'live', 'podcasts', 'releases', 'store', 'posts']);

function youtube(segs: string[], url: URL): SocialUrl | null {
  const [a0, b0, c0] = segs;
  if (!a0) return null;
  const a = lower(a0);
  const tabOk = (tab: string | undefined, extra: number): boolean => segs.length <= extra && (!tab || YT_TABS.has(lower(tab)));
  if (a === 'subscription_center') {
    // Subscribe buttons name a legacy user name or, as often, a channel id (add_user=UC…, add_user_id=UC…).
    const user = (url.searchParams.get('add_user') ?? url.searchParams.get('add_user_id') ?? '').trim();
    if (YT_CHANNEL_ID.test(user)) return make('youtube', user, `https://www.youtube.com/channel/${user}`, 'intent-follow');
    return user && /^[A-Za-z0-9._-]+$/.test(user) ? make('youtube', lower(user), `https://www.youtube.com/user/${lower(user)}`, 'intent-follow') : null;
  }
  if (a0.startsWith('@')) {
    const handle = lower(a0.slice(1));
    return tabOk(b0, 2) && /^[\p{L}\p{N}._-]{3,30}$/u.test(handle) ? make('youtube', handle, `https://www.youtube.com/@${handle}`) : null;
  }
  if (a === 'channel') {
    return b0 && YT_CHANNEL_ID.test(b0) && tabOk(c0, 3) ? make('youtube', b0, `https://www.youtube.com/channel/${b0}`) : null;
  }
  if (a === 'user' || a === 'c') {
    const handle = lower(b0 ?? '');
    return handle && /^[\p{L}\p{N}._-]+$/u.test(handle) && tabOk(c0, 3) ? make('youtube', handle, `https://www.youtube.com/${a}/${handle}`) : null;
  }
  if (YT_RESERVED.has(a) || !tabOk(b0, 2) || !/^[\p{L}\p{N}._-]+$/u.test(a)) return null;
  return make('youtube', a, `https://www.youtube.com/${a}`);
}

const LI_KINDS = new Set(['company', 'showcase', 'in', 'school']);

function linkedin(segs: string[]): SocialUrl | null {
  const [a, b] = segs.map(lower);
  if (!a || !b || !LI_KINDS.has(a) || !/^[\p{L}\p{N}._-]+$/u.test(b)) return null;
  return make('linkedin', b, `https://www.linkedin.com/${a}/${encodeURIComponent(b)}`);
}

function atProfile(platform: Platform, base: string, segs: string[], blocked: Set<string>, pattern: RegExp): SocialUrl | null {
  const [a, b] = segs.map(lower);
  if (!a?.startsWith('@') || segs.length > 2 || (b && blocked.has(b)) || (b && platform === 'tiktok')) return null;
  const handle = a.slice(1);
  return pattern.test(handle) ? make(platform, handle, `${base}/@${handle}`) : null;
}

const tiktok: Parser = (segs) => atProfile('tiktok', 'https://www.tiktok.com', segs, new Set(), /^[a-z0-9._]{2,24}$/);
const threads: Parser = (segs) => atProfile('threads', 'https://www.threads.com', segs, new Set(['post']), /^[a-z0-9._]{1,30}$/);

const PIN_RESERVED = new Set(
  (
    'pin search ideas today explore business login logout signup _ settings about categories topics news_hub homefeed ' +
    'resource oauth privacy terms help videos shopping board'
  ).split(' '),
);

function pinterest(segs: string[]): SocialUrl | null {
  const [a] = segs.map(lower);
  if (!a || PIN_RESERVED.has(a) || segs.length > 3 || !/^[a-z0-9_]{3,30}$/.test(a)) return null;
  return make('pinterest', a, `https://www.pinterest.com/${a}`);
}

const BSKY_HANDLE = /^(([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?|did:(plc|web):[a-z0-9._:%-]+)$/;

function bluesky(segs: string[]): SocialUrl | null {
  const [a, b, c] = segs.map(lower);
  if (a !== 'profile' || !b || segs.length > 3 || (c && c !== 'followers' && c !== 'follows')) return null;
  const handle = stripAt(b);
  return BSKY_HANDLE.test(handle) ? make('bluesky', handle, `https://bsky.app/profile/${handle}`) : null;
}

function snapchat(segs: string[]): SocialUrl | null {
  const [a, b] = segs.map(lower);
  const name = a === 'add' && segs.length === 2 ? b : a?.startsWith('@') && segs.length === 1 ? a.slice(1) : undefined;
  return name && /^[a-z][a-z0-9._-]{1,30}$/.test(name) ? make('snapchat', name, `https://www.snapchat.com/add/${name}`) : null;
}

function whatsappNumber(raw: string | null | undefined): SocialUrl | null {
  // Business links carry the number in international format; people write it with +, spaces or dashes.
  if (!raw || !/^\+?[\d\s().-]+$/.test(raw)) return null;
  const digits = raw.replace(/\D/g, '');
  return digits.length >= 6 && digits.length <= 15 ? make('whatsapp', digits, `https://wa.me/${digits}`) : null;
}

function whatsapp(segs: string[], url: URL): SocialUrl | null {
  const host = url.hostname.toLowerCase();
  if (host === 'wa.me') return segs.length === 1 ? whatsappNumber(segs[0]) : null;
  const [a, b] = segs.map(lower);
  if (host.startsWith('api.')) return a === 'send' && segs.length === 1 ? whatsappNumber(url.searchParams.get('phone')) : null;
  // WhatsApp Channels (broadcast accounts) have case-sensitive ids.
  if (a === 'channel' && b && segs.length === 2 && /^[A-Za-z0-9]{10,40}$/.test(segs[1])) {
    return make('whatsapp', `channel/${segs[1]}`, `https://whatsapp.com/channel/${segs[1]}`);
  }
  return null;
}

const TG_RESERVED = new Set('share joinchat addstickers addemoji addtheme proxy socks login iv setlanguage bg confirmphone contact invoice c boost'.split(' '));

function telegram(segs: string[]): SocialUrl | null {
  const path = lower(segs[0] ?? '') === 's' ? segs.slice(1) : segs;
  const name = lower(path[0] ?? '');
  if (path.length !== 1 || TG_RESERVED.has(name) || !/^[a-z][a-z0-9_]{3,31}$/.test(name)) return null;
  return make('telegram', name, `https://t.me/${name}`);
}

function xing(segs: string[]): SocialUrl | null {
  const [a, b] = segs.map(lower);
  if (!b || (a !== 'pages' && a !== 'companies' && a !== 'company') || !/^[\p{L}\p{N}._-]+$/u.test(b)) return null;
  return make('xing', b, `https://www.xing.com/${a === 'pages' ? 'pages' : 'companies'}/${b}`);
}

const MASTODON_RESERVED = new Set('login sign_in sign_up new edit password me profile settings account register auth'.split(' '));
const MASTODON_NAME = /^[a-z0-9_]([a-z0-9_.-]{0,62}[a-z0-9_])?$/;

/**
 * Large public fediverse servers (Mastodon and compatible software: Misskey also serves /@name), as listed by
 * joinmastodon.org and fedidb.org, general and regional (German, French, Spanish-speaking) ones. Any host whose first
 * label is mastodon, mstdn, masto, toot or fedi counts too (FEDIVERSE_LABEL). A `/@name` page elsewhere is only a
 * candidate: many sites use the same path for their own member pages (a forum, Flipboard, Hashnode…), so it counts
 * when the link says rel="me" or the server answers NodeInfo.
 */
const FEDIVERSE_SERVERS = new Set(
  (
    'mastodon.social mastodon.online mstdn.social mas.to mastodon.world fosstodon.org hachyderm.io infosec.exchange ' +
    'techhub.social mastodon.cloud mastodon.xyz mastodon.art mastodon.green social.coop chaos.social troet.cafe ' +
    'norden.social det.social social.tchncs.de mastodon.uno mastodon.nl toot.community universeodon.com masto.ai ' +
    'mstdn.ca mastodon.scot mastodon.ie mastodon.au aus.social sfba.social c.im todon.eu mstdn.jp pawoo.net ' +
    'botsin.space tech.lgbt ioc.exchange newsie.social journa.host mastodon.sdf.org social.vivaldi.net ' +
    'mastodonapp.uk piaille.fr framapiaf.org mamot.fr eldritch.cafe social.bund.de social.network.europa.eu ' +
    'respublicae.eu mastodon.lol mstdn.party mastodon.nz mastodon.top kolektiva.social sigmoid.social mathstodon.xyz ' +
    'fediscience.org scholar.social ruby.social phpc.social front-end.social indieweb.social vmst.io mindly.social ' +
    'zirk.us wandering.shop writing.exchange social.linux.pizza social.treehouse.systems climatejustice.social ' +
    'mastodontech.de nrw.social sueden.social muenchen.social bildung.social mastouille.fr pouet.chapril.org ' +
    'tkz.one mast.lat misskey.io'
  ).split(' '),
);
/** First labels that name a fediverse server: mastodon.example.org, mstdn.example.jp, toot.example.net. */
const FEDIVERSE_LABEL = /^(?:mastodon|mstdn|masto|toot|fedi|fediverse)$/;

/** True when the host is a known fediverse server, or is named like one. */
export function isFediverseServer(host: string): boolean {
  const h = withoutWww(host.toLowerCase());
  return FEDIVERSE_SERVERS.has(h) || FEDIVERSE_LABEL.test(h.split('.')[0] ?? '');
}

/**
 * A fediverse profile path on any host: exactly `/@name` (or `/@name@home.server`) or `/users/name`, as
 * `name@server`. Whether the host is a fediverse server at all is for the caller to decide (see isFediverseServer).
 */
export function fediverseProfile(url: URL, host: string, domain: string, segs: string[]): SocialUrl | null {
  if (NOT_MASTODON.has(domain) || NOT_MASTODON.has(host)) return null;
  const server = url.host.toLowerCase();
  let name: string | undefined;
  let home = server;
  if (segs.length === 1 && segs[0].startsWith('@')) {
    const [user, remote] = lower(segs[0].slice(1)).split('@');
    name = user;
    if (remote !== undefined) {
      if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(remote)) return null;
      home = remote;
    }
  } else if (segs.length === 2 && lower(segs[0]) === 'users' && !MASTODON_RESERVED.has(lower(segs[1]))) {
    name = lower(segs[1]);
  }
  if (!name || !MASTODON_NAME.test(name)) return null;
  return make('mastodon', `${name}@${home}`, `https://${home}/@${name}`);
}

/** A profile on a fediverse server: known servers only (see FEDIVERSE_SERVERS). */
export function mastodon(url: URL, host: string, domain: string, segs: string[]): SocialUrl | null {
  return isFediverseServer(host) ? fediverseProfile(url, host, domain, segs) : null;
}

// Closed networks: their profile links are recognised so that the report can ask for their removal.

const GPLUS_RESERVED = new Set('share communities collections explore photos settings apps hangouts events stream'.split(' '));

/** Google+: /+Name, /123456789012345678901 (a 21-digit id), optionally after /u/0/ or /b/<page id>/, plus a tab. */
function googlePlus(segs: string[]): SocialUrl | null {
  let path = segs;
  if (lower(path[0] ?? '') === 'u' && /^\d$/.test(path[1] ?? '')) path = path.slice(2);
  if (lower(path[0] ?? '') === 'b' && /^\d{10,25}$/.test(path[1] ?? '')) path = path.length > 2 ? path.slice(2) : path.slice(1);
  const [a, tab] = path;
  if (!a || GPLUS_RESERVED.has(lower(a)) || path.length > 2 || (tab && !/^(posts|about|videos|photos)$/i.test(tab))) return null;
  if (/^\d{10,25}$/.test(a)) return make('google-plus', a, `https://plus.google.com/${a}`);
  return /^\+[\p{L}\p{N}._-]{2,}$/u.test(a) ? make('google-plus', lower(a), `https://plus.google.com/${lower(a)}`) : null;
}

const VINE_RESERVED = new Set('v tags channels popular-now explore about terms privacy jobs api'.split(' '));

/** Vine: /name or /u/<numeric id>; /v/… are videos. */
function vine(segs: string[]): SocialUrl | null {
  const [a, b] = segs.map(lower);
  if (a === 'u') return b && /^\d{5,25}$/.test(b) && segs.length === 2 ? make('vine', `u/${b}`, `https://vine.co/u/${b}`) : null;
  if (!a || segs.length > 1 || VINE_RESERVED.has(a) || !/^[a-z0-9._-]{2,40}$/.test(a)) return null;
  return make('vine', a, `https://vine.co/${a}`);
}

const PERISCOPE_RESERVED = new Set('w about tos privacy help account login i broadcasts'.split(' '));

/** Periscope (periscope.tv, pscp.tv): /name; /w/… are broadcasts. */
function periscope(segs: string[]): SocialUrl | null {
  const [a] = segs.map(lower);
  if (!a || segs.length > 1 || PERISCOPE_RESERVED.has(a) || !/^[a-z0-9_]{1,30}$/.test(a)) return null;
  return make('periscope', a, `https://www.periscope.tv/${a}`);
}

/** Profile path rules per platform (mastodon has no fixed host: see `mastodon`). */
export const PROFILE_PARSERS: Record<Platform, Parser> = {
  facebook,
  x,
  instagram,
  youtube,
  linkedin,
  tiktok,
  pinterest,
  threads,
  bluesky,
  mastodon: () => null,
  snapchat,
  whatsapp,
  telegram,
  xing,
  'google-plus': googlePlus,
  vine,
  periscope,
};
