// One HTML page → title, language, viewport, links for the crawler, and PageFacts (socials, contacts, vendors…).
import { createRequire } from 'node:module';
import { parseDocument } from 'htmlparser2';
import type { AnyNode, Element } from 'domhandler';
import type { FoundHow, PageFacts, PageKind, Placement, SocialFinding } from '../../snapshot/types.js';
import { contactElements, findContacts } from './contacts.js';
import { findLastUpdated } from './dates.js';
import { firstElement, textOf, visibleLines } from './dom.js';
import { baseUrlOf, gather, hasSearchBox, metaContent } from './page-elements.js';
import { classifyLinkBy, classifyPage, urlKinds } from './page-kinds.js';
import { placeLinks, placementOf } from './placement.js';
import { findPromises } from './promises.js';
import { findTextHours } from './opening-hours.js';
import { findEmbeddedSocials } from './scripts.js';
import { readJsonLd, type JsonLdReading } from './json-ld-reading.js';
import { jsonLdOtherNames, pageOtherNames } from './other-names.js';
import { labelsParent, parentNamer } from './parent-label.js';
import { findCredited, findCrowds, findFollowPhrases, findOwnMentions, type LinkSighting } from './crowds.js';
import { boundNesting, MAX_NESTING } from './nesting.js';
import { parseFediverseUrl, parseSocialUrl, parseSocialUrlShared, type SocialUrl } from './social-url.js';
import { ownRedirectTarget } from './own-redirect.js';
import { cleanText, foldAligned, snippet } from './text.js';
import { contextReader } from './link-context.js';
import { mentionReader } from './text-mentions.js';
import { findDisowned } from './disowned.js';
import { onUnitMailboxCard } from './unit-mailbox.js';
import { inBrandFamily } from './brand-family.js';
import { ownBranchReader } from './run-branch.js';
import { unmarkedBranchReader } from './marked-franchise.js';
import { detach, detachStrings } from './memo.js';
import { storeIn } from '../../bounded-cache.js';
import { detectVendors, linkHostMatch, type HostMatch } from './vendors.js';

export interface AnalyzeOptions {
  /** htmlparser2 (default: faster, tolerant) or parse5 (the WHATWG algorithm browsers use). */
  parser?: 'parse5' | 'htmlparser2';
  /** Texts of the links known to lead to this page ("CGV", "Mentions légales"): they can make it a legal page. */
  linkTexts?: string[];
}

/** The pages whose "last updated" date the audit reads (terms-updated); other pages are not searched for one. */
const DATED_KINDS: ReadonlySet<PageKind> = new Set(['terms', 'legal-notice', 'privacy']);

export interface PageLink {
  url: string;
  text: string;
  placement: Placement;
}

export interface PageAnalysis {
  title?: string;
  h1?: string;
  lang?: string;
  viewport: string | null;
  facts: PageFacts;
  /** Every http(s) link of the page, resolved, without fragment; one per URL and placement. */
  links: PageLink[];
  /** Elements that would sit deeper than MAX_NESTING, read at that depth (as browsers lay them out); absent when none. */
  flattened?: number;
  /** Where `<meta http-equiv="refresh" content="N; url=…">` sends the reader (resolved), and after how many seconds. */
  refresh?: { url: string; seconds: number };
  /** Anchors left unread in the middle of a page with more than MAX_ANCHORS; absent when none. */
  anchorsSkipped?: number;
}

/**
 * Anchors analysed per page: the first and the last half of this many (headers and menus open a page, footers with
 * legal and "follow us" links close it). Real pages have a few hundred; a page with 100,000 would otherwise cost
 * seconds and hundreds of megabytes for links the crawl would never read.
 */
export const MAX_ANCHORS = 5000;
/** Lines of visible text analysed per page (a long article has a few hundred; see where it is used). */
export const MAX_TEXT_LINES = 10_000;
/** Links kept as facts per page (support-like and legal links): far above any real page, a bound on a hostile one. */
export const MAX_LINK_FACTS = 500;
/** Social profiles kept per page, for the same reason. */
export const MAX_SOCIAL_FACTS = 200;

/**
 * The target of a meta refresh (`5; url=/new`, `0;URL='https://…'`, `0, url=…`), resolved against `base`; undefined
 * without a URL (a plain reload) or for anything but http(s), as browsers read it (HTML, "shared declarative refresh").
 */
export function refreshTarget(content: string, base: string): { url: string; seconds: number } | undefined {
  const m = /^\s*(\d+(?:\.\d*)?)?\s*[;,]?\s*(?:url\s*=\s*)?(["']?)(.*?)\2\s*$/i.exec(content);
  if (!m || !m[3]) return undefined;
  const url = resolveHttp(m[3], base);
  return url ? { url: url.href, seconds: Number(m[1] ?? 0) } : undefined;
}

let loadWithParse5: typeof import('cheerio').load | undefined;

/**
 * Parses HTML with the chosen parser into its document node: htmlparser2 directly, with HTML (not XML) rules and
 * entities decoded (what cheerio/slim's load builds, without the cheerio object around it, which analysis never
 * used); parse5 through cheerio's full entry point, loaded only when asked for (it also loads parse5's tree adapter,
 * encoding sniffing and cheerio's own undici client: ~0.1 s that the default parser does not need). Its CommonJS
 * build loads synchronously, so the analysis stays a plain function.
 */
function loadHtml(html: string, parser: 'parse5' | 'htmlparser2'): AnyNode {
  if (parser === 'htmlparser2') return parseDocument(html, { xmlMode: false, decodeEntities: true });
  loadWithParse5 ??= (createRequire(import.meta.url)('cheerio') as typeof import('cheerio')).load;
  return loadWithParse5(html).root()[0];
}

/** An attribute's value, '' when absent (both parsers lower-case attribute names in HTML). */
function attr(el: Element, name: string): string {
  return el.attribs[name] ?? '';
}

/** Text a link shows: its text, else aria-label, title or an image's alt. */
function linkText(el: Element): string {
  return (
    cleanText(textOf(el)) ||
    cleanText(el.attribs['aria-label'] ?? '') ||
    cleanText(el.attribs.title ?? '') ||
    cleanText(firstElement(el, (img) => img.name === 'img' && img.attribs.alt !== undefined)?.attribs.alt ?? '') ||
    cleanText(el.attribs.alt ?? '')
  );
}

/** The link resolved against the page, fragment kept (old X links name the account in it: twitter.com/#!/brand). */
function resolveWithHash(href: string, base: string): URL | null {
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * A link's href resolved against its page: the URL (fragment kept), its serialisation, without fragment, and host;
 * then, worked out at the first link that needs them, what the href says as a social profile and what its URL says it
 * leads to (functions of the fields above, kept with them as long as the href's resolution is kept). A page's links
 * asked the caches of both for every anchor, each lookup a cold hash table by then (~0.2-0.4 µs, against ~0.05 µs
 * warm): the kept href answers them for the pages to come.
 */
interface ResolvedHref {
  full: URL | null;
  href: string | null;
  absolute: string | null;
  host: string;
  /** parseSocialUrlShared(href ?? the raw href): never edited, copied at each use. */
  social?: Readonly<SocialUrl> | null;
  /** urlKinds(absolute), once the href was a link of a page. */
  kinds?: readonly PageKind[];
  /** linkHostMatch(host): what the host says of help-centre vendors (detectVendors' linkMatches). */
  vendors?: HostMatch;
  /**
   * classifyLinkBy(kinds, linkText): the kinds of the last page link to this href, read with its text. A site's menus
   * link each URL with the same words from every page, and the text's kinds were one more cold lookup per link (by
   * the text, hashed anew on each page); the same text answers from here. Never edited (see analyzePage's findings).
   */
  linkText?: string;
  linkKinds?: PageKind[];
}

/**
 * Resolved hrefs, kept for the pages to come: a site's header, footer and menus link the same URLs from every page,
 * each resolved (a URL parsed and serialised) for every anchor of every page. Only hrefs whose resolution does not
 * depend on the page's own path are kept: an absolute http(s) URL ("https://…", whatever the base), and one that
 * starts with "/" (path-absolute or scheme-relative: it reads only the base's scheme, credentials, host and port,
 * which key the second map). The URL objects are shared between pages and never edited (see analyzePage); the
 * strings they hand out are the same from page to page, so the maps that look them up next hash each once.
 */
const RESOLVED_ABSOLUTE = new Map<string, ResolvedHref>();
const RESOLVED_BY_ORIGIN = new Map<string, Map<string, ResolvedHref>>();
const RESOLVED_MAX = 4096;
const RESOLVED_ORIGINS_MAX = 64;
const ABSOLUTE_HTTP = /^https?:\/\//i;

function resolveHref(raw: string, base: string, origin: string): ResolvedHref {
  let cache: Map<string, ResolvedHref> | undefined;
  if (ABSOLUTE_HTTP.test(raw)) cache = RESOLVED_ABSOLUTE;
  else if (raw.charCodeAt(0) === 0x2f /* / */) {
    cache = RESOLVED_BY_ORIGIN.get(origin) ?? storeIn(RESOLVED_BY_ORIGIN, RESOLVED_ORIGINS_MAX, origin, new Map());
  }
  const known = cache?.get(raw);
  if (known !== undefined) return known;
  const full = resolveWithHash(raw, base);
  const href = full ? full.href : null;
  const resolved: ResolvedHref = { full, href, absolute: href === null ? null : withoutFragment(href), host: full ? full.hostname.toLowerCase() : '' };
  // The href is cut from the page's HTML: a copy is kept, not the page.
  if (cache !== undefined) storeIn(cache, RESOLVED_MAX, detach(raw), resolved);
  return resolved;
}

function withoutFragment(href: string): string {
  const hash = href.indexOf('#');
  return hash < 0 ? href : href.slice(0, hash);
}

function resolveHttp(href: string, base: string): URL | null {
  const url = resolveWithHash(href, base);
  // Setting the fragment serialises the URL again: only where it has one ("#" marks a serialised URL's fragment).
  if (url && url.href.includes('#')) url.hash = '';
  return url;
}

/** True when a link's rel says it points at the page owner's own profile (the Mastodon verification link). */
function relMe(el: Element): boolean {
  return /(^|\s)me(\s|$)/i.test(attr(el, 'rel'));
}

/** How a social link found in the page body was meant: messaging apps are contact links, not followed profiles. */
function linkHow(parsed: SocialUrl): FoundHow {
  if (parsed.how) return parsed.how;
  return parsed.platform === 'whatsapp' || parsed.platform === 'telegram' ? 'messaging' : 'link';
}

/**
 * Analyses one HTML page. Pure: no network, nothing printed. Malformed HTML and malformed JSON-LD never throw.
 * `pageUrl` is the URL the page was read from (after redirects); links resolve against `<base href>` when present.
 */
export function analyzePage(html: string, pageUrl: string, opts: AnalyzeOptions = {}): PageAnalysis {
  const bounded = boundNesting(html, MAX_NESTING);
  const root = loadHtml(bounded.html, opts.parser ?? 'htmlparser2');
  // One walk of the page for the elements analysis reads and those contact extraction reads.
  const contactEls = contactElements();
  // …and the text nodes naming an account without a link ("Suivez notre SAV sur X : @…").
  const mentionsIn = mentionReader();
  const els = gather(root, (el, name) => {
    contactEls.sort(el, name);
    mentionsIn.visit(el, name);
  });
  const base = baseUrlOf(els, pageUrl);
  const socials = new Map<string, SocialFinding>();
  const addSocial = (f: SocialFinding): void => {
    const key = `${f.platform}|${f.handle}|${f.how}|${f.placement}|${f.crowd ? 'crowd' : ''}|${f.relMe ? 'me' : ''}|${f.disowned ? 'not-ours' : ''}|${f.parentNamed ? 'parent' : ''}|${f.unitCard ? 'unit' : ''}|${f.ownBranch ?? ''}|${f.guessed ? 'guessed' : ''}`;
    if (!socials.has(key) && socials.size < MAX_SOCIAL_FACTS) socials.set(key, f.snippet ? { ...f, snippet: snippet(f.snippet) } : f);
  };

  // Links: the crawler frontier, support-like links and social profiles.
  // One per URL and placement, in the order found; looked up by URL (a URL is linked from a placement or two), as a
  // key joining URL and placement cost a new string, copied whole to be hashed, for every anchor of every page.
  const links: PageLink[] = [];
  const linksByUrl = new Map<string, PageLink[]>();
  const linkAt = (url: string, placement: Placement): PageLink | undefined => {
    const same = linksByUrl.get(url);
    if (same) for (let i = 0; i < same.length; i++) if (same[i].placement === placement) return same[i];
    return undefined;
  };
  const addLink = (link: PageLink): void => {
    links.push(link);
    const same = linksByUrl.get(link.url);
    if (same) same.push(link);
    else linksByUrl.set(link.url, [link]);
  };
  // The resolved href of each link, as `links` holds them (the links made from anchors: the refresh's comes after),
  // its urlKinds worked out.
  const linkHrefs: ResolvedHref[] = [];
  const hrefs: string[] = [];
  const hrefUrls: URL[] = [];
  const hrefMatches: HostMatch[] = [];
  const sightings: LinkSighting[] = [];
  const baseUrl = new URL(base);
  const ownHosts = new Set([new URL(pageUrl).hostname.toLowerCase(), baseUrl.hostname.toLowerCase()]);
  // What a path-absolute href's resolution reads of the base (see resolveHref).
  const origin = `${baseUrl.protocol}//${baseUrl.username}:${baseUrl.password}@${baseUrl.host}`;
  let anchors = els.all.filter((e) => e.name === 'a' || e.name === 'area');
  const anchorsSkipped = Math.max(0, anchors.length - MAX_ANCHORS);
  if (anchorsSkipped > 0) anchors = [...anchors.slice(0, MAX_ANCHORS / 2), ...anchors.slice(-MAX_ANCHORS / 2)];
  anchors = anchors.filter((el) => el.attribs.href !== undefined);
  const placements = placeLinks(root, anchors);
  for (let i = 0; i < anchors.length; i++) {
    const el = anchors[i];
    const raw = el.attribs.href!;
    const text = linkText(el);
    const placement = placements[i];
    const resolved = resolveHref(raw, base, origin);
    const { full, href, absolute, host } = resolved;
    // A profile behind the site's own outbound redirect ("/out?u=<encoded profile URL>": own-redirect.ts).
    const redirected = ownRedirectTarget(full, ownHosts);
    // parseSocialUrl(href ?? raw), its answer kept with the resolved href (see ResolvedHref).
    const social = resolved.social !== undefined ? resolved.social : (resolved.social = parseSocialUrlShared(href ?? raw));
    const parsed = (social === null ? null : { ...social }) ?? (redirected === null ? null : parseSocialUrl(redirected));
    if (parsed) sightings.push({ el, parsed, how: linkHow(parsed), placement, text, relMe: relMe(el) });
    else if (href !== null) {
      // A /@name or /users/name page on another server: a fediverse profile when the link says rel="me", otherwise a
      // candidate that collection checks with NodeInfo. The site's own pages of that shape (member pages) are not.
      const fedi = !ownHosts.has(host) ? parseFediverseUrl(href) : null;
      if (fedi) sightings.push({ el, parsed: fedi, how: relMe(el) ? 'link' : 'fediverse-candidate', placement, text, relMe: relMe(el) });
    }
    if (absolute === null) continue;
    hrefs.push(absolute);
    hrefUrls.push(full!);
    hrefMatches.push((resolved.vendors ??= linkHostMatch(host)));
    const known = linkAt(absolute, placement);
    if (!known) {
      addLink({ url: absolute, text: snippet(text), placement });
      resolved.kinds ??= urlKinds(absolute);
      linkHrefs.push(resolved);
    }
    else if (!known.text && text) known.text = snippet(text);
  }
  const crowds = findCrowds(sightings);
  // A post's author or a maker credited beside a link is someone else, like an embedded post's author; "Follow Jo on
  // X" is kept as evidence for accounts.ts.
  const credited = findCredited(sightings);
  const phrases = findFollowPhrases(sightings);
  // "our video channel" in the page's own running text presents the account as a follow-us block would.
  const ownMentions = findOwnMentions(sightings);
  // "a fan account, not run by us": the page says whose the account is not, whatever its handle.
  const disowned = findDisowned(sightings, pageUrl);
  const contextOf = contextReader();
  // The JSON-LD scripts, parsed once: the parent group the brand's own node names is read with the links (the group's
  // icons labelled or headed by its name, parent-label.ts), their sameAs below.
  const jsonLd = new Map<Element, JsonLdReading>();
  const parentNames = { parents: [] as string[], own: [] as string[] };
  // …and the brand's other names its own nodes give (other-names.ts).
  const jsonLdNames: string[] = [];
  for (const el of els.of('script')) {
    if (attr(el, 'src') || !attr(el, 'type').trim().toLowerCase().startsWith('application/ld+json')) continue;
    const reading = readJsonLd(textOf(el), pageUrl);
    jsonLd.set(el, reading);
    jsonLdNames.push(...jsonLdOtherNames(reading.data, pageUrl));
    const { names } = reading;
    parentNames.parents.push(...names.parents);
    parentNames.own.push(...names.own);
  }
  const namesParent = parentNamer(parentNames);
  // A place's card the brand says it runs itself ("Eigene Filiale", "Every campus is owned and run by …": run-branch.ts).
  const ownBranchOf = ownBranchReader(root, pageUrl);
  // A place's card left unmarked in a finder that marks its franchised places (marked-franchise.ts).
  const unmarkedOf = unmarkedBranchReader(root);
  for (const s of sightings) {
    // findOwnMentions reads only a claim of a desk or handle in an article's text (see there).
    const claimed = (s.placement === 'body' || s.placement === 'article') && ownMentions.has(s);
    // A unit's card, by its role mailbox on the site's domain (unit-mailbox.ts): not one of a list of people's.
    // So is a card under a heading naming the brand's family ("Perkūno šeima", "Our family of brands": brand-family.ts).
    const unitCard =
      s.placement !== 'footer' && s.placement !== 'header' && s.placement !== 'nav' && (onUnitMailboxCard(s.el, pageUrl) || inBrandFamily(s.el, pageUrl));
    // The site's own words outweigh the shape of the page: three help desks in three paragraphs are not three people.
    // A card's own row of links, classed as social ("list-item-content__social"), is a follow block inside the card:
    // read too (round 34's riads), the card's words still deciding.
    const onCard = s.placement === 'body' || s.placement === 'article' || s.placement === 'follow-block';
    const ownBranch = onCard ? (ownBranchOf(s.el) ?? (unmarkedOf(s.el) ? ('unmarked' as const) : null)) : null;
    const crowd = claimed || unitCard || ownBranch === 'card' ? undefined : crowds.get(s);
    const text = phrases.get(s) ?? s.text;
    addSocial({
      platform: s.parsed.platform,
      handle: s.parsed.handle,
      url: s.parsed.url,
      how: s.how,
      placement: credited.has(s) ? 'article' : claimed ? 'follow-block' : s.placement,
      ...(text ? { snippet: text } : {}),
      ...contextOf(s.el, s.text),
      ...(crowd ? { crowd } : {}),
      ...(s.relMe ? { relMe: true as const } : {}),
      ...(disowned.has(s) ? { disowned: true as const } : {}),
      ...(namesParent && s.how === 'link' && labelsParent(s.el, s.text, namesParent) ? { parentNamed: true as const } : {}),
      ...(unitCard ? { unitCard: true as const } : {}),
      ...(ownBranch ? { ownBranch } : {}),
    });
  }

  // Accounts named in the running text without a link, after a network's name: kept only where the page links to no
  // such account (a linked one is read from its links), and once per account.
  const mentions = mentionsIn.mentions();
  if (mentions.length > 0) {
    const named = new Set(Array.from(socials.values(), (f) => `${f.platform}|${f.handle}`));
    for (const m of mentions) {
      const { platform, handle, url } = m.parsed;
      if (named.has(`${platform}|${handle}`)) continue;
      named.add(`${platform}|${handle}`);
      addSocial({ platform, handle, url, how: 'mention', placement: placementOf(m.node), snippet: m.text, ...contextOf(m.node, m.text), ...(m.guessed ? { guessed: true as const } : {}) });
    }
  }

  // <link rel="me"> names the site's own profiles (the Mastodon verification link); <link rel="publisher"> its
  // publisher's page (the Google+ page of the 2010s, left in many heads).
  for (const el of els.of('link')) {
    const rel = /(^|\s)(me|publisher)(\s|$)/i.exec(attr(el, 'rel'))?.[2]?.toLowerCase();
    if (el.attribs.href === undefined || !rel) continue;
    const absolute = resolveHttp(attr(el, 'href'), base);
    const parsed = absolute && parseSocialUrl(absolute.href);
    if (!parsed || parsed.how) continue;
    if (rel === 'me') addSocial({ platform: parsed.platform, handle: parsed.handle, url: parsed.url, how: 'link', placement: 'head', snippet: 'link rel=me' });
    else addSocial({ platform: parsed.platform, handle: parsed.handle, url: parsed.url, how: 'publisher-meta', placement: 'head', snippet: `link rel=publisher ${attr(el, 'href')}` });
  }

  // article:publisher names the publisher's Facebook page (article:author is the journalist's, ignored); fb:pages
  // (and the older fb:page_id) list the ids of the Facebook pages the site belongs to (fb:app_id is an app, not a page).
  const publisher = metaContent(els, 'article:publisher');
  const publisherUrl = publisher && parseSocialUrl(publisher);
  if (publisherUrl && !publisherUrl.how) {
    addSocial({ platform: publisherUrl.platform, handle: publisherUrl.handle, url: publisherUrl.url, how: 'publisher-meta', placement: 'head', snippet: `article:publisher ${publisher}` });
  }
  for (const el of els.of('meta')) {
    const name = (el.attribs.property || el.attribs.name || '').trim().toLowerCase();
    if (name !== 'fb:pages' && name !== 'fb:page_id') continue;
    for (const id of attr(el, 'content').split(/[\s,]+/).filter((v) => /^\d{5,20}$/.test(v))) {
      addSocial({ platform: 'facebook', handle: id, url: `https://www.facebook.com/profile.php?id=${id}`, how: 'publisher-meta', placement: 'head', snippet: `${name} ${id}` });
    }
  }

  // twitter:site names the site's X account; twitter:creator is an article's author and is ignored.
  const twitterSite = metaContent(els, 'twitter:site');
  if (twitterSite) {
    const parsed = parseSocialUrl(/^(https?:)?\/\//i.test(twitterSite) || /\//.test(twitterSite) ? twitterSite : `https://x.com/${twitterSite.replace(/^@/, '')}`);
    if (parsed?.platform === 'x') addSocial({ platform: 'x', handle: parsed.handle, url: parsed.url, how: 'twitter-site', placement: 'head', snippet: `twitter:site ${twitterSite}` });
  }

  const inlineScripts: string[] = [];
  const scriptIds: string[] = [];
  const resources: string[] = [];
  let openingHours: PageFacts['openingHours'];
  for (const el of els.of('script')) {
    const type = attr(el, 'type').trim().toLowerCase();
    const src = attr(el, 'src');
    const id = attr(el, 'id');
    if (id) scriptIds.push(id);
    if (src) {
      const absolute = resolveHttp(src, base);
      if (absolute) resources.push(absolute.href);
      continue;
    }
    const text = textOf(el);
    if (type.startsWith('application/ld+json')) {
      // Read once for both readers, and once for the site's pages that hold the same script (json-ld-reading.ts).
      const reading = jsonLd.get(el) ?? readJsonLd(text, pageUrl);
      for (const f of reading.socials) addSocial(f);
      openingHours ??= reading.hours();
    } else if (text.trim()) {
      inlineScripts.push(text);
      for (const f of findEmbeddedSocials(text)) addSocial(f);
    }
  }
  for (const el of [...els.of('iframe'), ...els.of('link')]) {
    if (el.attribs[el.name === 'link' ? 'href' : 'src'] === undefined) continue;
    if (el.name === 'link' && !/(^|\s)(preconnect|dns-prefetch|preload|prefetch)(\s|$)/i.test(attr(el, 'rel'))) continue;
    const absolute = resolveHttp(attr(el, el.name === 'link' ? 'href' : 'src'), base);
    if (absolute) resources.push(absolute.href);
  }

  const vendors = detectVendors({ resources, inlineScripts, scriptIds, links: hrefs, linkUrls: hrefUrls, linkMatches: hrefMatches, generator: metaContent(els, 'generator') });
  let lines = visibleLines(root);
  // Text is read for promises, dates and contact details: on a page of more lines than any real one (a generated
  // listing), its opening and closing lines, where those are written, as for anchors.
  if (lines.length > MAX_TEXT_LINES) lines = [...lines.slice(0, MAX_TEXT_LINES / 2), ...lines.slice(-MAX_TEXT_LINES / 2)];
  const text = lines.join('\n');
  // Folded once for promises, opening hours and dates (when it folds character for character).
  const folded = foldAligned(text);
  const contacts = findContacts(root, { baseUrl: base, lines, folded, vendors, elements: contactEls.elements });

  const linkFindings: PageFacts['links'] = [];
  for (let i = 0; i < links.length; i++) {
    const link = links[i];
    if (linkFindings.length >= MAX_LINK_FACTS) break;
    // The href's kinds with the last text it was linked by, when it is this link's (see ResolvedHref): the array is
    // shared with the pages to come, and is copied with the rest of the findings below (detachStrings), never edited.
    const href = linkHrefs[i];
    let kinds = href.linkKinds;
    if (kinds === undefined || href.linkText !== link.text) {
      kinds = href.linkKinds = classifyLinkBy(href.kinds!, link.text);
      href.linkText = detach(link.text);
    }
    if (kinds.length > 0) linkFindings.push({ url: link.url, text: link.text, placement: link.placement, kinds });
  }
  // A meta refresh leads somewhere as a link does: the crawler follows it (and the start page's is followed at once).
  const refreshEl = els.of('meta').find((m) => (m.attribs['http-equiv'] ?? '').trim().toLowerCase() === 'refresh');
  const refresh = refreshEl ? refreshTarget(attr(refreshEl, 'content'), base) : undefined;
  if (refresh && !linkAt(refresh.url, 'head')) addLink({ url: refresh.url, text: '', placement: 'head' });

  const facts: PageFacts = {
    socials: [...socials.values()],
    links: linkFindings,
    contacts,
    vendors,
    promises: findPromises(text, folded),
    hasSearch: hasSearchBox(els),
  };
  const otherNames = pageOtherNames(jsonLdNames, metaContent(els, 'og:site_name'), text);
  if (otherNames.length > 0) facts.otherNames = otherNames;
  // JSON-LD states hours for machines, exactly; a sentence is read only when the page has none.
  openingHours ??= findTextHours(text, folded);
  if (openingHours) facts.openingHours = openingHours;

  const firstText = (name: string): string => {
    const el = els.of(name)[0];
    return el ? cleanText(textOf(el)) : '';
  };
  const title = firstText('title');
  const h1 = firstText('h1');
  // Only a page that can be a legal page (its URL, title, first heading or the links to it say so) is searched for
  // a date: folding and scanning the whole text of every other page would find dates no rule reads.
  if (classifyPage(pageUrl, title, h1, opts.linkTexts ?? []).some((k) => DATED_KINDS.has(k))) {
    const lastUpdated = findLastUpdated(text, folded);
    if (lastUpdated) facts.lastUpdated = lastUpdated;
  }

  const htmlEl = els.of('html')[0];
  const lang = cleanText(htmlEl?.attribs.lang ?? htmlEl?.attribs['xml:lang'] ?? '');
  const viewportEl = els.of('meta').find((m) => (m.attribs.name ?? '').trim().toLowerCase() === 'viewport');
  const analysis: PageAnalysis = {
    viewport: viewportEl ? cleanText(attr(viewportEl, 'content')) : null,
    facts,
    links,
  };
  if (title) analysis.title = title;
  if (h1) analysis.h1 = h1;
  if (lang) analysis.lang = lang;
  if (bounded.flattened > 0) analysis.flattened = bounded.flattened;
  if (refresh) analysis.refresh = refresh;
  if (anchorsSkipped > 0) analysis.anchorsSkipped = anchorsSkipped;
  // Texts cut from the page point into its whole HTML: copied, so a crawl keeps what it found, not every page. The
  // links are not: the crawler reads them once, right after, and copies only the few texts it keeps (a new URL's link
  // text): a copy of every link of every page was objects and strings dropped as soon as they were made.
  const kept = detachStrings<PageAnalysis>({ ...analysis, links: [] });
  kept.links = links;
  return kept;
}
