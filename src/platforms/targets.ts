// What to read besides the site: declared social accounts and conversation exports. Shared by the brand-file
// loader (config), which builds them, and the social collectors (collect/social), which read them.
import type { Platform } from '../snapshot/types.js';
import { parseFediverseUrl, parseSocialUrl } from './social-url.js';

/** The account to read, as discovered on the site or declared in the brand file. */
export interface SocialTarget {
  platform: Platform | 'discourse';
  handle: string;
  /** Profile (or community) URL. */
  url: string;
}

/** Platforms read through their API with a token the user supplies (docs/platforms.md). */
export const TOKEN_PLATFORMS = ['facebook', 'instagram', 'x'] as const;
export type TokenPlatform = (typeof TOKEN_PLATFORMS)[number];

/** The environment variables a brand file names for its tokens (`tokens: { facebook: ACME_FB_TOKEN }`): names only. */
export type TokenVariables = Partial<Record<TokenPlatform, string>>;

/** A conversation export to read (docs/exports.md). */
export interface ExportSpec {
  /** Absolute path (relative paths in a brand file resolve against the brand file's folder). */
  path: string;
  platform?: string;
  account?: string;
  /** CSV delimiter (',', ';', tab); guessed from the header line when absent. */
  delimiter?: string;
  /** The file's encoding (a WHATWG label such as windows-1252 or utf-16le); UTF-8 when absent, a BOM always wins. */
  encoding?: string;
}

/** The profile URL a bare handle stands for on each platform; null when the handle cannot be one. */
export function profileUrl(platform: Platform, handle: string): string | null {
  const h = handle.replace(/^@/, '');
  switch (platform) {
    case 'facebook':
      return `https://www.facebook.com/${h}`;
    case 'x':
      return `https://x.com/${h}`;
    case 'instagram':
      return `https://www.instagram.com/${h}`;
    case 'youtube':
      return /^UC[\w-]{22}$/.test(h) ? `https://www.youtube.com/channel/${h}` : `https://www.youtube.com/@${h}`;
    case 'linkedin':
      return `https://www.linkedin.com/company/${h}`;
    case 'tiktok':
      return `https://www.tiktok.com/@${h}`;
    case 'pinterest':
      return `https://www.pinterest.com/${h}`;
    case 'threads':
      return `https://www.threads.net/@${h}`;
    case 'bluesky':
      return `https://bsky.app/profile/${h}`;
    case 'mastodon': {
      const m = /^([^@\s]+)@([^@\s]+\.[^@\s]+)$/.exec(h);
      return m ? `https://${m[2]}/@${m[1]}` : null;
    }
    case 'snapchat':
      return `https://www.snapchat.com/add/${h}`;
    case 'whatsapp':
      return `https://wa.me/${h.replace(/[^\d]/g, '')}`;
    case 'telegram':
      return `https://t.me/${h}`;
    case 'xing':
      return `https://www.xing.com/pages/${h}`;
    // Closed networks: nothing left to read or link to.
    case 'google-plus':
    case 'vine':
    case 'periscope':
      return null;
  }
}

/**
 * A declared account ("maisonexemple", "@name@server" or a profile URL) as a target with its canonical URL, or
 * null when the value is not an account of that platform.
 */
export function socialTarget(platform: Platform, value: string): SocialTarget | null {
  const v = value.trim();
  const asUrl = /^https?:\/\//i.test(v) ? v : profileUrl(platform, v);
  // A declared Mastodon account may live on any server: the brand file vouches for it, as rel="me" does on a page.
  const parsed = asUrl ? (parseSocialUrl(asUrl) ?? (platform === 'mastodon' ? parseFediverseUrl(asUrl) : null)) : null;
  if (!parsed || parsed.platform !== platform) return null;
  return { platform, handle: parsed.handle, url: parsed.url };
}
