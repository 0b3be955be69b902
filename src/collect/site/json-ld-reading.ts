// A JSON-LD script read once per site: most sites put the same script (the organisation's node, its sameAs) in the
// head of every page, and each page parsed it and walked its tree five times again (the parent group's names, its
// `@id`s, the other bodies' nodes, the publishers twice) with public-suffix lookups on the way.
import type { OpeningHoursFinding, SocialFinding } from '../../snapshot/types.js';
import { storeIn } from '../../bounded-cache.js';
import { detach } from './memo.js';
import { findJsonLdHours } from './opening-hours.js';
import { findJsonLdSocials, nodeHost, parentGroupNames, parseLenient } from './scripts.js';

/** What a page's analysis reads of one JSON-LD script; every part is read, never changed, by its callers. */
export interface JsonLdReading {
  /** parseLenient's tree. */
  readonly data: unknown;
  /** parentGroupNames of the tree, for the page's URL. */
  readonly names: { readonly parents: readonly string[]; readonly own: readonly string[] };
  /** findJsonLdSocials of the script, for the page's URL. */
  readonly socials: readonly SocialFinding[];
  /** findJsonLdHours of the script, worked out when first asked (most pages find their hours elsewhere or none). */
  hours(): OpeningHoursFinding | undefined;
}

// The readings depend on the script's text and on the page's host alone (scripts.ts reads `pageUrl` only through
// nodeHost). Bounded in entries and in the length of the texts kept: a site whose every page holds a script of its
// own (a product's) misses each time, at the cost of one key, and keeps no more than a few pages' worth.
const READINGS_MAX = 64;
const TEXT_MAX = 16_384;
const readings = new Map<string, JsonLdReading>();

function readScript(text: string, pageUrl: string | undefined): JsonLdReading {
  const data = parseLenient(text);
  let hours: OpeningHoursFinding | undefined;
  let hoursRead = false;
  return {
    data,
    names: parentGroupNames(data, pageUrl),
    socials: findJsonLdSocials(text, data, pageUrl),
    hours() {
      if (!hoursRead) {
        hours = findJsonLdHours(text, data);
        hoursRead = true;
      }
      return hours;
    },
  };
}

/** The reading of a JSON-LD script's text on the page at `pageUrl`, from the site's earlier pages when one held it. */
export function readJsonLd(text: string, pageUrl?: string): JsonLdReading {
  if (text.length > TEXT_MAX) return readScript(text, pageUrl);
  const site = pageUrl === undefined ? '' : nodeHost({ url: pageUrl }) ?? '';
  // The host never holds a newline, so the key names one pair.
  const key = `${site}\n${text}`;
  const known = readings.get(key);
  if (known !== undefined) return known;
  // The text is cut from the page's HTML: the key kept is a copy (memo.ts detach), not a way to keep the page alive.
  return storeIn(readings, READINGS_MAX, detach(key), readScript(text, pageUrl));
}
