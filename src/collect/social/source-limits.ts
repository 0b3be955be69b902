// The per-account limits' defaults. A leaf module: the CLI's --help prints them without loading the social sources.

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
