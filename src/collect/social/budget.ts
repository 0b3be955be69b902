// What one account may cost: pages of listings and seconds, and the guard every paginated read goes through, so a
// cursor that changes on every page (with empty or repeated pages) can never make the tool request forever — on a
// quota-billed API least of all.
import type { Note } from '../../snapshot/types.js';
import { note } from '../codes.js';

/** Defaults of the per-account limits (README, "Limits"). */
export const SOURCE_LIMITS = {
  /**
   * Pages of listings (feeds, statuses, comment threads, replies, topic lists) one account may read. An account read
   * to --max-posts 200 needs a handful (100 Bluesky posts or 40 Mastodon statuses a page); a YouTube channel's 15
   * videos a page or two of comments each. 100 leaves room for all that and stops a listing that never ends.
   */
  pages: 100,
  /** Seconds one account may take, every request and retry wait included. */
  seconds: 120,
} as const;

/**
 * The budget of one account: pages left and a deadline. Its `signal` aborts the account's requests when the time runs
 * out or the audit is interrupted (Ctrl-C).
 */
export class SourceBudget {
  readonly signal: AbortSignal;
  private pagesLeft: number;
  private readonly timeout: AbortSignal;

  constructor(
    readonly limits: { pages: number; seconds: number } = SOURCE_LIMITS,
    private readonly interrupt?: AbortSignal,
  ) {
    this.pagesLeft = limits.pages;
    // AbortSignal.timeout does not keep the process alive once the audit is done.
    this.timeout = AbortSignal.timeout(Math.round(limits.seconds * 1000));
    this.signal = interrupt ? AbortSignal.any([interrupt, this.timeout]) : this.timeout;
  }

  /** True once the audit was interrupted. */
  get interrupted(): boolean {
    return this.interrupt?.aborted === true;
  }

  /** True once the account's time is spent. */
  get expired(): boolean {
    return this.timeout.aborted;
  }

  /** Why reading must stop now (interrupted, time spent), or undefined while there is time. */
  stop(): Note | undefined {
    if (this.interrupted) return note('limits.interrupted');
    if (this.expired) return note('limits.time', { seconds: this.limits.seconds });
    return undefined;
  }

  /** Takes one page from the budget; false when none is left. */
  takePage(): boolean {
    if (this.pagesLeft <= 0) return false;
    this.pagesLeft--;
    return true;
  }
}

/** What a Pager says after a page: fetch the next one, or stop (with the note saying why, when it is not the end). */
export type PageVerdict = { next: true } | { next: false; note?: Note };

/**
 * Guards one paginated listing (`endpoint`, an API method or path, never a URL). Before each page: time and page
 * budget. After each page: the list ends without a cursor; it stops, with a note, on a cursor already used or on a
 * page that adds no item not seen before (empty or repeated), since the next one would add nothing either.
 */
export class Pager {
  private pages = 0;
  private readonly cursors = new Set<string>();
  private readonly keys = new Set<string>();

  constructor(
    private readonly budget: SourceBudget,
    private readonly endpoint: string,
  ) {}

  /** Call before fetching a page: undefined to go ahead, else the note saying why not. */
  before(): Note | undefined {
    const stop = this.budget.stop();
    if (stop) return stop;
    if (!this.budget.takePage()) return note('limits.pages', { endpoint: this.endpoint, pages: this.budget.limits.pages });
    this.pages++;
    return undefined;
  }

  /** Call after a page with the keys of its items (ids, whatever the page held) and the cursor it offers. */
  after(keys: Iterable<string>, cursor: string | undefined): PageVerdict {
    let fresh = 0;
    for (const key of keys) {
      if (this.keys.has(key)) continue;
      this.keys.add(key);
      fresh++;
    }
    if (cursor === undefined || cursor === '') return { next: false };
    if (this.cursors.has(cursor)) return { next: false, note: note('limits.cursor-repeated', { endpoint: this.endpoint, pages: this.pages }) };
    if (fresh === 0) return { next: false, note: note('limits.no-progress', { endpoint: this.endpoint, pages: this.pages }) };
    this.cursors.add(cursor);
    return { next: true };
  }
}
