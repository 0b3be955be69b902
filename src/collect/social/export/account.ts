// The export's platform and account: from the file, from the caller, or both (then they must agree).
import { LIVE_PLATFORMS, type ClosedNetwork, type Platform } from '../../../snapshot/types.js';
import { exportError } from './errors.js';

// Consultants write "twitter"; the tool calls it x (twitter.com and x.com are both x).
const PLATFORM_ALIASES: Record<string, Platform> = { twitter: 'x' };

/** Platforms an export can be about: the live ones (a closed network has no conversations to audit). */
export type LivePlatform = Exclude<Platform, ClosedNetwork>;

/** Where a platform's public profile lives, for the Conversation's url when the export does not give one. */
const PROFILE_URL: Record<LivePlatform, (handle: string) => string> = {
  facebook: (h) => `https://www.facebook.com/${h}`,
  x: (h) => `https://x.com/${h}`,
  instagram: (h) => `https://www.instagram.com/${h}`,
  youtube: (h) => `https://www.youtube.com/@${h}`,
  linkedin: (h) => `https://www.linkedin.com/company/${h}`,
  tiktok: (h) => `https://www.tiktok.com/@${h}`,
  pinterest: (h) => `https://www.pinterest.com/${h}`,
  threads: (h) => `https://www.threads.net/@${h}`,
  bluesky: (h) => `https://bsky.app/profile/${h}`,
  mastodon: (h) => {
    const [name, server] = h.split('@');
    return server ? `https://${server}/@${name}` : '';
  },
  snapchat: (h) => `https://www.snapchat.com/add/${h}`,
  whatsapp: (h) => `https://wa.me/${h}`,
  telegram: (h) => `https://t.me/${h}`,
  xing: (h) => `https://www.xing.com/pages/${h}`,
};

/** The account an export is about. */
export interface ExportAccount {
  platform: LivePlatform;
  handle: string;
  url: string;
}

/** Lower-cased handle without a leading @ (how handles are compared and stored). */
export function normHandle(handle: string): string {
  return handle.trim().replace(/^@/, '').toLowerCase();
}

/** A platform id from what a file or a user wrote ("Twitter" → x), or undefined when it names none. */
export function normPlatform(value: string): LivePlatform | undefined {
  const v = value.trim().toLowerCase();
  const p = PLATFORM_ALIASES[v] ?? v;
  return (LIVE_PLATFORMS as readonly string[]).includes(p) ? (p as LivePlatform) : undefined;
}

/** The profile URL built from platform and handle. */
export function profileUrl(platform: LivePlatform, handle: string): string {
  return PROFILE_URL[platform](handle);
}

/** Picks the platform from the file and the options; they must agree when both say. */
export function resolvePlatform(fromFile: string | undefined, fromOpts: string | undefined, file: string, line: number): LivePlatform {
  const given = [fromFile, fromOpts].filter((p): p is string => p !== undefined && p.trim() !== '');
  if (given.length === 0) throw exportError(file, line, 'no platform: the export must name one (or the caller must pass it)');
  const platforms = given.map((p) => {
    const platform = normPlatform(p);
    if (!platform) throw exportError(file, line, `platform "${p}" is not one of ${LIVE_PLATFORMS.join(', ')}`);
    return platform;
  });
  if (platforms.length === 2 && platforms[0] !== platforms[1]) {
    throw exportError(file, line, `the file says platform "${platforms[0]}" but "${platforms[1]}" was asked for`);
  }
  return platforms[0];
}

/** Picks the brand's handle from the file and the options; they must agree when both say. */
export function resolveHandle(fromFile: string | undefined, fromOpts: string | undefined, file: string, line: number): string {
  const given = [fromFile, fromOpts].filter((h): h is string => h !== undefined && normHandle(h) !== '').map(normHandle);
  if (given.length === 0) throw exportError(file, line, "no account: the export must give the brand's handle (or the caller must pass it)");
  if (given.length === 2 && given[0] !== given[1]) {
    throw exportError(file, line, `the file says account "${given[0]}" but "${given[1]}" was asked for`);
  }
  return given[0];
}
