// The period a brand is read over, the same for `audit` and for each brand of a `batch`. Precedence, most specific
// first: the command line's --window, --since or --until, else the brand's own window (its brand file or portfolio
// entry), else the configuration file's `window`, `since` or `until` (a project's default), else the collector's
// default of 30 days. Each source says the whole period: one that sets any of the three replaces the ones below it
// as a whole (a brand's `since` is not mixed with the file's `window`).
import type { BrandFile } from '../config/brand-file.js';

/** What the collector is given: a number of days, or a past period; nothing at all means its default. */
export interface CollectWindow {
  windowDays?: number;
  since?: Date;
  until?: Date;
}

/** The window settings of a run: the command line's, and the configuration file's apart. */
export interface RunWindow extends CollectWindow {
  /** The configuration file's window: for the brands that set none. */
  configWindow?: CollectWindow;
}

type BrandOwnWindow = Pick<BrandFile, 'windowDays' | 'windowSet' | 'since' | 'until'>;

const isSet = (w: CollectWindow): boolean => w.windowDays !== undefined || w.since !== undefined || w.until !== undefined;

/** The window one brand is read over (`brand` undefined: a URL or exports audited without a brand file). */
export function brandWindow(o: RunWindow, brand: BrandOwnWindow | undefined): CollectWindow {
  if (isSet(o)) return { windowDays: o.windowDays, since: o.since, until: o.until };
  if (brand?.windowSet) return { windowDays: brand.windowDays, since: brand.since, until: brand.until };
  const config = o.configWindow ?? {};
  return { windowDays: config.windowDays, since: config.since, until: config.until };
}

/**
 * The window a brand's settings hash records beyond its entry (which holds its own window): the command line's, or
 * the configuration file's when it applies to this brand; days as a number, days of a period as yyyy-mm-dd. Without
 * a period it is the window days alone, as results files written before periods were hashed recorded.
 */
export function hashedWindow(o: RunWindow, brand: BrandOwnWindow | undefined): { windowDays?: number; since?: string; until?: string } {
  const applied = isSet(o) ? o : brand?.windowSet ? {} : (o.configWindow ?? {});
  const day = (d: Date | undefined): string | undefined => d?.toISOString().slice(0, 10);
  return { windowDays: applied.windowDays, since: day(applied.since), until: day(applied.until) };
}
