// Every note code the collectors can write into a snapshot, with the data keys its catalogue message may use.
// Collectors never write sentences: a note is `{ code, data }`, worded by the formatters from
// `locales/<lang>/collect…` (see `noteKey` in snapshot/types.ts for the catalogue key of a code).
import type { Note } from '../snapshot/types.js';

/**
 * Note code → the data keys every note of that code carries (its message may use any of them, and no other).
 * Codes without a dot are page and site errors (`PageError.code`, stable: never rename one), worded in
 * `locales/<lang>/collect.json`; `http-<status>` stands for every HTTP status code (`http-404`, `http-503`…), which all
 * share the catalogue key `collect.http-status`. Dotted codes are worded in `locales/<lang>/collect/<area>.json`.
 * Add a code here before emitting it: `note()` only accepts listed codes, and tests/collect/notes.test.ts checks
 * that every listed code has a message in every catalogue that uses only these keys.
 */
export const COLLECTOR_CODES = {
  // Page and site errors (HttpError codes first, as src/http/errors.ts gives them).
  'http-404': ['status'],
  timeout: ['seconds'],
  'too-large': ['maxBytes'],
  dns: ['host'],
  refused: ['host'],
  tls: ['errno'],
  network: ['errno'],
  'redirect-loop': [],
  'too-many-redirects': ['maxRedirects'],
  'unsafe-redirect': ['host'],
  robots: [],
  'bad-url': [],
  aborted: [],
  'bad-json': [],
  'off-origin-redirect': [],
  /** A 429 or 503 asking (Retry-After) for a longer wait than the tool makes: given up at once. */
  'retry-after': ['status', 'seconds'],
  'not-html': ['contentType'],
  'bad-charset': ['label', 'declaredIn', 'charset'],
  'parse-error': [],
  internal: ['url'],
  'max-pages': ['maxPages', 'unread'],
  /** A sentence from a version-1 snapshot, shown as it was written (see snapshot/io.ts). */
  'legacy-text': ['text'],

  // The crawl's start and robots.txt (locales/<lang>/collect/crawl.json).
  'crawl.meta-refresh': ['from', 'to'],
  'crawl.meta-refresh-loop': ['to'],
  'crawl.robots-http': ['url', 'status'],
  'crawl.robots-failed': ['url', 'failure'],

  // Bounds on what one page, the crawl or one account may cost (locales/<lang>/collect/limits.json).
  'limits.links-per-page': ['pages', 'perPage'],
  'limits.frontier': ['dropped', 'frontier'],
  'limits.pages': ['endpoint', 'pages'],
  'limits.cursor-repeated': ['endpoint', 'pages'],
  'limits.no-progress': ['endpoint', 'pages'],
  'limits.time': ['seconds'],
  'limits.interrupted': [],
  'limits.retry-after': ['endpoint', 'status', 'seconds'],
  'limits.thread-depth': ['count', 'depth'],
  'limits.export-posts': ['kept', 'total'],

  // The website crawl: the source line and why an account is (not) the brand's own.
  'site.read': ['pages', 'failed'],
  'site.account.twitter-site': [],
  'site.account.json-ld': [],
  'site.account.placement': ['placement', 'pages'],
  'site.account.rel-me': [],
  'site.account.follow-button': [],
  'site.account.repeated': ['pages', 'analysed'],
  'site.account.brand-name': [],
  'site.account.domain': [],
  'site.account.branch-handle': ['of'],
  'site.account.same-handle': ['of'],
  'site.account.desk-handle': ['of'],
  'site.account.own-account': [],
  'site.account.own-desk': [],
  'site.account.own-unit': [],
  'site.account.former-name': [],
  'site.account.other-name': [],
  'site.account.share-via': [],
  'site.account.unrelated-link': ['placement', 'pages'],
  'site.account.disowned': ['pages'],
  'site.account.fan-handle': [],
  'site.account.personal-profile': [],
  'site.account.other-org': [],
  'site.account.named-body': [],
  'site.account.parent-org': [],
  'site.account.unrelated-json': ['pages'],
  'site.account.publisher-meta': [],
  'site.account.people-list': ['count', 'pages'],
  'site.account.channel-among-others': ['of'],
  'site.account.closed-network': ['closed'],
  'site.account.model-own': ['chance'],
  'site.account.model-other': ['chance'],

  // Social sources in general: the source line, platforms without data, profile checks, failed requests.
  'social.read': ['source', 'posts'],
  'social.no-public-data': ['platform'],
  'social.crashed': [],
  'social.profile-answers': [],
  'social.profile-missing': ['status'],
  'social.profile-sign-in': [],
  'social.profile-http': ['status'],
  'social.profile-robots': ['host'],
  'social.profile-unchecked': ['failure'],
  'social.request-failed': ['endpoint', 'failure'],
  'social.rate-limited': ['endpoint'],
  'social.sign-in-required': ['endpoint', 'status'],
  'social.not-found': ['endpoint', 'status'],
  'social.http-error': ['endpoint', 'status'],
  'social.unexpected-response': ['endpoint'],
  'social.max-posts': ['maxPosts'],
  'social.max-comments': ['maxPosts'],
  /** Facebook, Instagram or X without a token: the variable that would let the tool read the account. */
  'social.needs-token': ['platform', 'variable'],
  /** The variable a brand file names for a token is not set. */
  'social.token-unset': ['platform', 'variable'],

  // The Graph API (Facebook and Instagram): throttling, paging and errors the two sources share.
  'graph.slowed-down': ['platform', 'percent'],
  'graph.rate-limited': ['platform', 'endpoint'],
  'graph.foreign-next-page': ['host'],
  'graph.not-found': ['platform', 'endpoint'],
  'graph.api-error': ['platform', 'endpoint', 'status'],

  // Facebook Pages: token and permission problems name the variable to fix; `from` hidden from the token.
  'facebook.token-expired': ['variable'],
  'facebook.token-invalid': ['variable'],
  'facebook.permission-missing': ['variable', 'endpoint'],
  'facebook.authors-hidden': ['count'],

  // Instagram professional accounts.
  'instagram.token-expired': ['variable'],
  'instagram.token-invalid': ['variable'],
  'instagram.permission-missing': ['variable', 'endpoint'],
  'instagram.no-business-account': ['handle', 'variable'],
  'instagram.authors-hidden': ['count'],

  // X (API v2).
  'x.token-invalid': ['variable'],
  'x.access-denied': ['variable', 'endpoint'],
  'x.rate-limited': ['endpoint', 'resetMinutes'],
  'x.no-account': ['username'],
  'x.partial-errors': ['endpoint', 'count'],

  // Bluesky.
  'bluesky.no-account': ['actor', 'apiError'],
  'bluesky.deleted-skipped': ['count'],
  'bluesky.blocked-skipped': ['count'],
  'bluesky.malformed-skipped': ['count'],
  'bluesky.threads-gone': ['count'],

  // Mastodon.
  'mastodon.bad-address': ['url'],
  'mastodon.no-account': ['name', 'server', 'status'],
  'mastodon.sign-in': ['server', 'endpoint', 'status'],
  'mastodon.foreign-next-page': ['origin'],
  'mastodon.statuses-gone': ['count'],

  // YouTube.
  'youtube.bad-url': ['url'],
  'youtube.no-description': [],
  'youtube.robots-hint': [],
  'youtube.no-channel-id': ['path'],
  'youtube.malformed-feed': ['channelId'],
  'youtube.videos': ['count'],
  'youtube.feed-skipped': ['count'],
  'youtube.feed-limit': ['size'],
  'youtube.no-api-key': [],
  'youtube.comments-partial': [],
  'youtube.comments-disabled': ['count'],

  // Discourse.
  'discourse.bad-url': ['url'],
  'discourse.sign-in': ['endpoint'],
  'discourse.max-topics': ['maxPosts'],
  'discourse.topics': ['count', 'accepted'],
  'discourse.topics-failed': ['count'],

  // Conversation exports (collect/social/export/): the conversation's summary, then one note per rejected row
  // (`export.reply-*`: the row is kept as a thread start). `value` is the value as written in the file (JSON text).
  // Window bounds (`from`, `to`) are days, yyyy-mm-dd (UTC).
  'export.read': ['file', 'count'],
  'export.window-anchored': ['from', 'to', 'days'],
  'export.outside-window': ['count', 'from', 'to'],
  'export.rejected': ['count'],
  'export.problems': ['count'],
  'export.brand-posts': ['count'],
  'export.untimed-replies': ['count'],
  'export.unattributed': ['count'],
  'export.api-error': ['line', 'platform'],
  'export.skipped-items': ['count'],
  'export.more-comments': ['count'],
  'export.no-author': ['count'],
  'export.missing': ['file', 'line', 'field'],
  'export.required': ['file', 'line', 'field', 'value'],
  'export.bad-text': ['file', 'line', 'field', 'value'],
  'export.bad-date': ['file', 'line', 'field', 'value'],
  'export.bad-x-date': ['file', 'line', 'field', 'value'],
  'export.bad-flag': ['file', 'line', 'field', 'value'],
  'export.bad-count': ['file', 'line', 'field', 'value'],
  'export.bad-url': ['file', 'line', 'field', 'value'],
  'export.duplicate-id': ['file', 'line', 'field', 'value', 'firstLine'],
  'export.field-count': ['file', 'line', 'field', 'expected', 'found'],
  'export.bad-quoting': ['file', 'line', 'field', 'column'],
  'export.not-object': ['file', 'line', 'field', 'value'],
  'export.platform-differs': ['file', 'line', 'field', 'value', 'platform'],
  'export.account-differs': ['file', 'line', 'field', 'value', 'account'],
  'export.undecodable': ['file', 'line', 'field', 'encoding'],
  'export.reply-unknown': ['file', 'line', 'field', 'value'],
  'export.reply-rejected': ['file', 'line', 'field', 'value'],
  'export.reply-cycle': ['file', 'line', 'field', 'value'],
  'export.reply-not-text': ['file', 'line', 'field', 'value'],
} as const satisfies Record<string, readonly string[]>;

export type CollectorCode = keyof typeof COLLECTOR_CODES;

/** The data keys a code's notes carry. */
type DataKeys<C extends CollectorCode> = (typeof COLLECTOR_CODES)[C][number];

/** Data for a code: its listed keys (extra keys are kept for debugging, never worded). */
type NoteData<C extends CollectorCode> = Record<DataKeys<C>, unknown> & Record<string, unknown>;

/**
 * A collector note. The code must be listed in COLLECTOR_CODES and the data must hold that code's keys; codes
 * whose message takes no data may still carry some for debugging (an endpoint), or none. Empty data is left out.
 */
export function note<C extends CollectorCode>(
  code: C,
  ...data: [DataKeys<C>] extends [never] ? [data?: Record<string, unknown>] : [data: NoteData<C>]
): Note {
  const values = data[0];
  return values === undefined || Object.keys(values).length === 0 ? { code } : { code, data: values };
}

/** The note of an HTTP error status: code `http-<status>` (stable, e.g. `http-404`), worded by `collect.http-status`. */
export function httpStatusNote(status: number): Note {
  return { code: `http-${status}`, data: { status } };
}

/**
 * The terms kinds collectors' data values use (`terms.<kind>.<value>`), with the values they can take, so tests check
 * the words exist. `failure` is what went wrong with a request (an HttpError code, or `internal` for anything else).
 */
export const COLLECTOR_TERMS = {
  failure: [
    'timeout',
    'too-large',
    'dns',
    'refused',
    'tls',
    'network',
    'redirect-loop',
    'too-many-redirects',
    'unsafe-redirect',
    'robots',
    'bad-url',
    'aborted',
    'bad-json',
    'off-origin-redirect',
    'internal',
  ],
  how: ['link', 'intent-follow', 'share-via', 'twitter-site', 'json-ld', 'embedded-json', 'messaging', 'publisher-meta', 'fediverse-candidate', 'mention'],
} as const;
