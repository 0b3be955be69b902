// The period each brand of a batch is read over. Precedence, most specific first: the command line's --window,
// --since or --until (for every brand), else the brand's own window (its portfolio entry or brand file), else the
// configuration file's `window` (a project's default), else the collector's default of 30 days.
import type { BrandFile } from '../../config/brand-file.js';

/** The batch's window settings: the command line's, and the configuration file's default apart. */
export interface BatchWindow {
  windowDays?: number;
  since?: Date;
  until?: Date;
  /** The configuration file's `window`, in days: for the brands that set none. */
  configWindowDays?: number;
}

/** What the collector is given: a number of days, or a past period; nothing at all means its default. */
export interface CollectWindow {
  windowDays?: number;
  since?: Date;
  until?: Date;
}

type BrandOwnWindow = Pick<BrandFile, 'windowDays' | 'windowSet' | 'since' | 'until'>;

const fromCommandLine = (o: BatchWindow): boolean => o.windowDays !== undefined || o.since !== undefined || o.until !== undefined;

/** The window one brand is read over. The command line's replaces the brand's as a whole (--window drops its since/until), as in `audit`. */
export function brandWindow(o: BatchWindow, brand: BrandOwnWindow): CollectWindow {
  if (fromCommandLine(o)) return { windowDays: o.windowDays, since: o.since, until: o.until };
  if (brand.windowSet) return { windowDays: brand.windowDays, since: brand.since, until: brand.until };
  return { windowDays: o.configWindowDays, since: undefined, until: undefined };
}

/**
 * The window days a brand's settings hash records beyond its entry (which holds its own window): the command line's,
 * or the configuration file's when it applies to this brand. Without a configuration file's window this is the
 * command line's alone, as results files written before it recorded.
 */
export function hashedWindowDays(o: BatchWindow, brand: BrandOwnWindow | undefined): number | undefined {
  if (fromCommandLine(o) || brand?.windowSet) return o.windowDays;
  return o.configWindowDays;
}
