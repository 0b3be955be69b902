// The consultant's or agency's branding of the document formats: who prepared the report, their logo (embedded as
// a data: URI, so the report still loads nothing) and an accent colour, with the colours derived from it so text
// on the accent and links in the accent keep a readable contrast whatever colour is given.
import { ConfigError } from '../errors.js';

export interface Branding {
  /** The consultant's or agency's name, shown on the cover and in the page footers. */
  preparedBy?: string;
  /** A logo as a base64 data: URI of a PNG, JPEG, GIF, WebP or SVG image (the CLI reads --logo FILE into one). */
  logo?: string;
  /** The accent colour as #rgb or #rrggbb: cover, headings' rules, links, bars of the contents. */
  accent?: string;
}

/** Image types a logo may have: what every browser shows in an <img>, none able to run anything there. */
export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/svg+xml'] as const;

const DATA_URI = /^data:(image\/(?:png|jpeg|gif|webp|svg\+xml));base64,([A-Za-z0-9+/]+={0,2})$/;
const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** `#abc` → `#aabbcc`, lower case; null when `value` is not a hex colour. */
export function parseAccent(value: string): string | null {
  const v = value.trim();
  if (!HEX.test(v)) return null;
  const hex = v.length === 4 ? [...v.slice(1)].map((c) => c + c).join('') : v.slice(1);
  return `#${hex.toLowerCase()}`;
}

/** Whether `uri` is a logo the report may embed: a base64 data: URI of one of LOGO_TYPES. */
export function isLogoDataUri(uri: string): boolean {
  return DATA_URI.test(uri);
}

/**
 * Checks a branding given through the API (the CLI checks its flags with friendlier messages first) and returns
 * it normalised; a bad value is a ConfigError naming the key, never something written into the document.
 */
export function checkBranding(branding: Branding | undefined): Branding {
  if (!branding) return {};
  const out: Branding = {};
  if (branding.preparedBy !== undefined) {
    if (typeof branding.preparedBy !== 'string') throw new ConfigError('branding.preparedBy: expected a name');
    if (branding.preparedBy.trim()) out.preparedBy = branding.preparedBy.trim();
  }
  if (branding.logo !== undefined) {
    if (typeof branding.logo !== 'string' || !isLogoDataUri(branding.logo)) {
      throw new ConfigError(`branding.logo: expected a base64 data: URI of a ${LOGO_TYPES.join(', ')} image`);
    }
    out.logo = branding.logo;
  }
  if (branding.accent !== undefined) {
    const accent = typeof branding.accent === 'string' ? parseAccent(branding.accent) : null;
    if (!accent) throw new ConfigError(`branding.accent: expected a colour such as #1f3a5a, got ${JSON.stringify(branding.accent)}`);
    out.accent = accent;
  }
  return out;
}

type Rgb = [number, number, number];

function rgb(hex: string): Rgb {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function hexOf([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2 relative luminance. */
function luminance(colour: Rgb): number {
  const [r, g, b] = colour.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

export interface Palette {
  /** The accent itself: the cover's ground and the bars' colour. */
  accent: string;
  /** Text on the accent: white or near-black, whichever reads better. */
  onAccent: string;
  /** Secondary text on the accent. */
  onAccentMuted: string;
  /** The accent darkened until it reads on white at 4.5:1 (WCAG AA), for links and headings' marks. */
  ink: string;
}

/** The colours the document derives from an accent. */
export function paletteOf(accent: string): Palette {
  const dark = '#1d2433';
  const light = contrast(accent, '#ffffff') >= contrast(accent, dark);
  let ink = rgb(accent);
  for (let i = 0; i < 40 && contrast(hexOf(ink), '#ffffff') < 4.5; i++) ink = ink.map((c) => c * 0.9) as Rgb;
  return {
    accent,
    onAccent: light ? '#ffffff' : dark,
    onAccentMuted: light ? 'rgba(255,255,255,.8)' : 'rgba(29,36,51,.78)',
    ink: hexOf(ink),
  };
}
