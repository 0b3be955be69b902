// The BrandSnapshot: everything a collection run gathered, as plain JSON, versioned so saved
// snapshots can be re-audited offline by later versions of the tool.

/**
 * Bumped whenever a saved snapshot would be read differently. 3: findings repeated on every page are written once
 * (snapshot/pack.ts); loaded, a snapshot has the same shape as at 2.
 */
export const SNAPSHOT_SCHEMA_VERSION = 3;

/** Social platforms the tool recognises. twitter.com and x.com are both `x`. */
export const PLATFORMS = [
  'facebook',
  'x',
  'instagram',
  'youtube',
  'linkedin',
  'tiktok',
  'pinterest',
  'threads',
  'bluesky',
  'mastodon',
  'snapchat',
  'whatsapp',
  'telegram',
  'xing',
  // Networks that have closed: a link to them is recognised so that the report can ask for its removal.
  'google-plus',
  'vine',
  'periscope',
] as const;
export type Platform = (typeof PLATFORMS)[number];

/**
 * Networks that no longer exist, with the day each closed: Google+ (consumer version shut down 2 April 2019), Vine
 * (app discontinued 17 January 2017), Periscope (shut down 31 March 2021). Their profile links lead nowhere.
 */
export const CLOSED_NETWORKS = { 'google-plus': '2019-04-02', vine: '2017-01-17', periscope: '2021-03-31' } as const;
export type ClosedNetwork = keyof typeof CLOSED_NETWORKS;

/** True when the platform has closed (Google+, Vine, Periscope). */
export function isClosedNetwork(platform: string): platform is ClosedNetwork {
  return Object.hasOwn(CLOSED_NETWORKS, platform);
}

/** The platforms that still exist: those a brand file can declare, a rule set can ask for and a source can read. */
export const LIVE_PLATFORMS = PLATFORMS.filter((p) => !isClosedNetwork(p)) as Exclude<Platform, ClosedNetwork>[];

/** Where on a page a link or marker sits; header/footer/follow blocks are where brands put their own accounts. */
export type Placement = 'header' | 'nav' | 'footer' | 'follow-block' | 'article' | 'body' | 'head' | 'script';

/** How a social account was found on a page. */
export type FoundHow =
  | 'link' // a plain <a href> to a profile
  | 'intent-follow' // twitter.com/intent/follow?screen_name=NAME
  | 'share-via' // a share link's via=NAME parameter
  | 'twitter-site' // <meta name="twitter:site">
  | 'json-ld' // Organization.sameAs and similar
  | 'embedded-json' // a profile URL inside JSON in a <script>
  | 'messaging' // wa.me / t.me business links
  | 'publisher-meta' // <meta property="article:publisher"> or <meta property="fb:pages">
  | 'fediverse-candidate' // a /@name or /users/name page on a server not known to be a fediverse server
  | 'mention'; // "@name" in the page's running text after a network's name ("sur X : @name"), without a link

/** One sighting of a social account on one page. */
export interface SocialFinding {
  platform: Platform;
  /** Normalised handle: lower-cased where the platform is case-insensitive, without a leading @. */
  handle: string;
  /** Canonical profile URL (https, no tracking parameters). */
  url: string;
  how: FoundHow;
  placement: Placement;
  /** Text or attribute near the link, for evidence (trimmed, ≤ 160 chars). */
  snippet?: string;
  /**
   * How many different accounts of this platform the link's block holds, when it is 3 or more: a footer column or a
   * sidebar listing journalists, writers or a team, one profile each, is a list of people, not the brand's accounts.
   */
  crowd?: number;
  /**
   * The text of the smallest block around the link that says more than the link itself (≤ 240 chars), and the nearest
   * heading of its section (≤ 80 chars): what the account model reads beside the rules (account-model.ts).
   */
  context?: string;
  heading?: string;
  /** The link carries rel="me": the page says the profile is its owner's (the Mastodon verification link). */
  relMe?: true;
  /** The text around the link says the account is not the site's: "a fan account, not run by us" (disowned.ts). */
  disowned?: true;
  /**
   * The link's own text, or the heading just before it, names the brand's parent group as the brand's own JSON-LD
   * node names it (`parentOrganization`) and not the brand: the group's account (parent-label.ts).
   */
  parentNamed?: true;
  /** The link sits on a unit's card, known by its role mailbox on the site's domain ("rekry@…": unit-mailbox.ts). */
  unitCard?: true;
  /**
   * The link sits on a place's card the brand says it runs itself: 'card' when the card says so ("Eigene Filiale",
   * "직영점"), 'page' when the page says it of all its places ("Every campus is owned and run by …": run-branch.ts);
   * 'unmarked' when the card names no one else running it, in a finder that marks other cards of its markup as
   * franchised, licensed or independently run (marked-franchise.ts).
   */
  ownBranch?: 'card' | 'page' | 'unmarked';
  /**
   * A handle named in running text whose own sentence names no network, read as the network the sentence before names
   * ("Follow us on X at @brand. Outages are posted on @BrandStatus."): a guess, kept only for a desk of one of the
   * brand's handles on that network (accounts.ts).
   */
  guessed?: true;
}

/** Kinds of page the support and trust rules look for. */
export type PageKind =
  | 'help' // help / aide / Hilfe / ayuda
  | 'contact' // contact / Kontakt / contacto
  | 'faq'
  | 'customer-service' // service client / SAV / Kundenservice / atención al cliente
  | 'help-centre' // a hosted help centre (Zendesk, Freshdesk, …) or help subdomain
  | 'community' // forum / community / communauté
  | 'terms' // CGV / CGU / terms of sale or use / AGB
  | 'legal-notice' // mentions légales / Impressum / legal notice / aviso legal
  | 'privacy'; // privacy / confidentialité / Datenschutz / privacidad

/** A link from a page, kept when it points at a support-like or legal page (the crawl frontier keeps all). */
export interface LinkFinding {
  url: string;
  text: string;
  placement: Placement;
  /** What the link looks like it leads to, from its URL and text. */
  kinds: PageKind[];
}

export type ContactKind = 'email' | 'phone' | 'form' | 'chat' | 'messaging' | 'callback';

/** A way to reach the brand found on a page. */
export interface ContactFinding {
  kind: ContactKind;
  /** e-mail address, phone number, form action, vendor id, messaging URL… */
  value: string;
  snippet?: string;
}

export type VendorCategory = 'helpdesk' | 'chat' | 'community';

/** A help-desk, chat or community platform recognised from a script host or marker. */
export interface VendorFinding {
  vendor: string; // e.g. 'zendesk', 'intercom', 'discourse'
  category: VendorCategory;
  marker: string; // what matched, e.g. 'static.zdassets.com'
}

/** A published response-time commitment ("réponse sous 24 h", "within 2 business days"). */
export interface PromiseFinding {
  text: string;
  /** The promised delay in hours (business days count 24 h each); null when no figure is given. */
  hours: number | null;
  /**
   * The promise in its own terms: "48 h ouvrées" is 48 business hours, "2 business days" 2 business days, "sous
   * 24 h" 24 calendar hours. Absent when no figure is given (and in snapshots written before it was recorded).
   */
  terms?: PromiseTerms;
}

/** A promised delay as published: an amount of a unit, counted in business time or on the clock. */
export interface PromiseTerms {
  amount: number;
  unit: 'minutes' | 'hours' | 'days' | 'weeks';
  /** "ouvrés", "business", "Werktage", "hábiles": counted only while (or on days) the brand is open. */
  business: boolean;
}

/** One opening interval of the week, in the brand's local time. */
export interface OpeningInterval {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  day: number;
  /** Local time "HH:MM". */
  opens: string;
  /** Local time "HH:MM", after `opens`; "24:00" is midnight at the end of the day. */
  closes: string;
}

/** When a brand answers: weekly intervals in a time zone, minus holidays. */
export interface OpeningHours {
  /** IANA time zone, e.g. Europe/Paris: local times and holidays are read there (DST included). */
  timeZone: string;
  weekly: OpeningInterval[];
  /** Local days closed, yyyy-mm-dd. */
  holidays: string[];
}

/** Opening hours as a page of the site states them (no time zone: a page rarely gives one). */
export interface OpeningHoursFinding {
  /** `json-ld`: schema.org openingHoursSpecification / openingHours; `text`: a sentence on the page. */
  how: 'json-ld' | 'text';
  weekly: OpeningInterval[];
  /** What was read, for evidence (≤ 160 chars). */
  snippet: string;
}

/**
 * The opening hours an audit uses and where they came from: the brand file (which wins) or a page of the site, whose
 * time zone is the brand file's when it gives one, else the one the site's language points to.
 */
export interface BusinessHoursRecord extends OpeningHours {
  source: 'brand-file' | 'site';
  /** The page the hours were read on (source `site`). */
  url?: string;
  how?: OpeningHoursFinding['how'];
  snippet?: string;
  /** Where the time zone came from: the brand file, or the site's language (fr → Europe/Paris, …). */
  timeZoneFrom: 'brand-file' | 'site-language' | 'default';
}

/** What page analysis extracted from one HTML page. */
export interface PageFacts {
  socials: SocialFinding[];
  links: LinkFinding[];
  contacts: ContactFinding[];
  vendors: VendorFinding[];
  promises: PromiseFinding[];
  /** Opening hours stated on the page (JSON-LD or text); absent when none. */
  openingHours?: OpeningHoursFinding;
  /**
   * "Last updated" / "Mis à jour le" / "Stand:" date found on the page, ISO yyyy-mm-dd. Only legal pages (terms,
   * legal notice, privacy: by URL, title, first heading or the link texts known when the page was read) are
   * searched for one.
   */
  lastUpdated?: string;
  /** The site-search box, which self-service rules count (Eptica: 72% of sites have one). */
  hasSearch: boolean;
  /**
   * The brand's other names the page gives (other-names.ts): its own JSON-LD node's `alternateName`, `legalName` or
   * `name`, `og:site_name`, or a line's "formerly known as …" (with the words before it as `of`); absent when none.
   */
  otherNames?: OtherName[];
}

/** A name the page gives the site's owner besides the brand's: `of`, the words a line says it of ("Harrow & Finch —"). */
export interface OtherName {
  name: string;
  of?: string;
}

/**
 * A collector's remark as data: a stable code (catalogue key `collect.<code>`) and the values its message takes.
 * Collectors never write sentences; the formatters render notes in the report's language.
 */
export interface Note {
  code: string;
  data?: Record<string, unknown>;
}

/**
 * The catalogue key of a note code: `collect.<code>` (`timeout` → `collect.timeout`, `youtube.no-api-key` →
 * `collect.youtube.no-api-key`), except HTTP status codes (`http-404`, `http-503`…), which share
 * `collect.http-status` and find the status in their data. Formatters word notes through this.
 */
export function noteKey(code: string): string {
  return /^http-\d{3}$/.test(code) ? 'collect.http-status' : `collect.${code}`;
}

/** Why a page (or the site) could not be read: a note whose code is stable (never rename one). */
export interface PageError extends Note {
  /** http-404, http-500, timeout, too-large, not-html, bad-charset, robots, dns, refused, tls, network, redirect-loop… */
  code: string;
}

/** One fetched (or attempted) page. */
export interface PageRecord {
  /** The URL as requested (normalised). */
  url: string;
  /** The URL after redirects, when different. */
  finalUrl?: string;
  status: number | null;
  /** Clicks from the start page (0 = the start page). */
  depth: number;
  /** The page that linked here by the shortest route; absent for the start page. */
  from?: string;
  /** Where that link sat on `from` (header, footer…): tells a prominent route from a footer-only one. */
  via?: Placement;
  fetchMs: number;
  bytes?: number;
  contentType?: string;
  charset?: string;
  title?: string;
  lang?: string;
  https: boolean;
  /** Content of <meta name=viewport>; null when the page has none. */
  viewport?: string | null;
  /** What this page is, from its URL, title and the text of the links that led to it. */
  kinds: PageKind[];
  facts?: PageFacts;
  /** Set when the page could not be read; the page then has no facts. */
  error?: PageError;
  /** Problems that did not stop the page being read (e.g. an unknown charset decoded as UTF-8). */
  warnings?: PageError[];
}

export interface SiteSnapshot {
  /**
   * False for a social-only audit (an export or a brand file without `website:`): no page was read, and the website
   * rules are `na` ("website not audited") rather than failures. Absent when the website was crawled.
   */
  audited?: false;
  startUrl: string;
  pages: PageRecord[];
  robots: { url: string; found: boolean; respected: boolean; disallowedSkipped: string[] } | null;
  /** Site-level problems that are not one page's (e.g. the crawl hit --max-pages). */
  errors: PageError[];
  limits: { maxPages: number; maxDepth: number; truncated: boolean };
}

export interface AccountEvidence {
  pageUrl: string;
  how: FoundHow;
  placement: Placement;
  snippet?: string;
}

/** A social account, merged over all pages where it was seen. */
export interface Account {
  platform: Platform;
  handle: string;
  url: string;
  /** True when the brand presents this account as its own (see collect/site/accounts.ts for the evidence weighed). */
  official: boolean;
  /** Why the account was judged official or not (a note rendered by the formatters). */
  reason: Note;
  /**
   * Set when the profile is on a network that has closed (Google+, Vine, Periscope): the day it closed, yyyy-mm-dd.
   * Such a link leads nowhere; the brand should remove it.
   */
  closed?: string;
  evidence: AccountEvidence[];
  profile?: {
    exists: boolean;
    followers?: number;
    posts?: number;
    lastPostAt?: string;
    bio?: string;
    links?: string[];
  };
}

/** Where a social account's conversations came from. */
export type SocialSource = 'bluesky' | 'mastodon' | 'youtube' | 'discourse' | 'facebook' | 'instagram' | 'x' | 'export';

/** One post, reply or comment on a brand's account, in one shape for every platform. */
export interface Post {
  /** Platform id (Bluesky at:// URI, Mastodon status id, YouTube video id, Discourse post id, export id). */
  id: string;
  url?: string;
  platform: Platform | 'discourse';
  /**
   * `unknown` when the platform did not say who wrote it (a Facebook comment without `from`, read with a token that
   * cannot moderate the Page): never counted as the brand's nor as a fan's.
   */
  author: { id: string; handle: string; role: 'brand' | 'fan' | 'unknown' };
  createdAt: string;
  /** Plain text (HTML stripped, control characters removed). */
  text: string;
  /** The id of the post this one answers; absent for a thread's first post. */
  replyTo?: string;
  /** The id of the thread's first post (its own id for a first post). */
  root: string;
  metrics: { likes: number; replies: number; reposts: number };
  /**
   * Set when this item is the brand reposting (boosting) someone else's post. `id` is empty when the source names
   * only the author (an X archive's retweet reads "RT @name: …").
   */
  repostOf?: { id: string; handle: string; role: 'brand' | 'fan' };
  /** A video upload (YouTube) rather than a text post. */
  kind?: 'post' | 'video' | 'topic';
}

/**
 * What a source could see of the fans' side, when it is less than everything:
 * - `brand-posts`: only the brand's own posts (an X archive, a saved timeline). Fans' posts are known where the brand
 *   replied to them (by id, author and the time an X id carries), so response times are measured, but the posts it
 *   never answered are not in the data: unanswered questions cannot be counted.
 * - `unknown-authors`: the source did not say who wrote the comments (Graph API without Page moderation rights), so
 *   the brand's replies cannot be told from fans' posts: neither answers nor response times can be measured.
 */
export type ConversationCoverage = 'brand-posts' | 'unknown-authors';

/** Why a source could not give (all) the data: shown in reports, never turned into a zero. */
export type ConversationStatus = 'ok' | 'partial' | 'auth-required' | 'not-found' | 'rate-limited' | 'error' | 'no-source';

/**
 * Everything read from one social account (or community) over the audit window: the brand's posts, the
 * threads under them, and fans' posts on the brand's space (Discourse topics, exports).
 */
export interface Conversation {
  platform: Platform | 'discourse';
  handle: string;
  url: string;
  source: SocialSource | 'none';
  status: ConversationStatus;
  /** What went wrong or what is missing, as notes (e.g. `{ code: 'max-posts', data: { maxPosts: 200 } }`). */
  notes?: Note[];
  /** The brand's own id on the platform (Bluesky DID, Mastodon account id…), to tell its replies from fans'. */
  brandId?: string;
  /** Set when the source could not see all of the fans' side (see ConversationCoverage); absent: it could. */
  coverage?: ConversationCoverage;
  window: { from: string; to: string; days: number };
  /**
   * For exports: the time of the newest post of the file, when the data ends before the collection. Questions
   * younger than the grace period at that time are not judged (the file ends before they could be answered).
   */
  dataUntil?: string;
  profile?: {
    exists: boolean;
    displayName?: string;
    followers?: number;
    posts?: number;
    createdAt?: string;
    lastPostAt?: string;
    bio?: string;
    links?: string[];
  };
  posts: Post[];
}

export interface SourceStatus {
  source: string; // 'site', 'bluesky', 'mastodon', …
  ok: boolean;
  notes?: Note[];
}

export interface BrandSnapshot {
  schemaVersion: number;
  /** ISO timestamp; rules use it as "now" so results never depend on the clock. */
  collectedAt: string;
  tool: { name: string; version: string };
  /**
   * `local` is true when the site was reached through a host override or on a loopback address (the demo, tests,
   * a staging copy): transport facts such as HTTPS then say nothing about the real site.
   */
  target: { url: string; domain: string; brandName: string; local?: boolean };
  /** What the brand file said about the brand (social audit); absent for a plain URL audit. */
  brand?: {
    name: string;
    /** The brand's topics, for on-topic checks. */
    keywords: string[];
    language?: string;
    /** The audit window in days (conversations older than this were not read). */
    windowDays: number;
  };
  site: SiteSnapshot;
  accounts: Account[];
  /** Filled by the social audit, one entry per account read; empty for a website-only audit. */
  conversations: Conversation[];
  sources: SourceStatus[];
  /** The brand's opening hours (brand file, else site); absent when neither gives them. */
  businessHours?: BusinessHoursRecord;
}
