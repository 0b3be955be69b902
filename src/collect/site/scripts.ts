// Social profiles named inside <script> tags: JSON-LD sameAs, and profile URLs in embedded JSON / JS state.
import { entryKindReader, type EntryKind } from './finder-json.js';
import type { SocialFinding } from '../../snapshot/types.js';
import { parseSocialUrl } from './social-url.js';
import { MEMBERSHIP_KEYS, onOtherSite, onSameSite } from './other-node.js';
import { providedBySite } from './provided-node.js';
import { withoutWww } from '../../platforms/without-www.js';

/** Keys whose values describe people (an article's author, a founder): their sameAs are not the brand's. */
const PERSON_KEYS = new Set([
  'author', 'creator', 'contributor', 'editor', 'founder', 'founders', 'employee', 'employees', 'member', 'members',
  'reviewedBy', 'accountablePerson', 'review', 'reviews', 'actor', 'director', 'character', 'sponsor', 'funder',
  // An event's performers and guests, a work's other makers, and what an article or a review is about: other people
  // and organisations than the site's.
  'performer', 'performers', 'attendee', 'attendees', 'composer', 'lyricist', 'byArtist', 'illustrator', 'translator',
  'athlete', 'coach', 'competitor', 'about', 'mentions', 'itemReviewed', 'knows', 'colleague', 'alumni',
]);

/** Of those, the keys where an organisation is the site signing its own work (an article's author, creator, editor). */
const SIGNING_KEYS = new Set(['author', 'creator', 'editor']);

// Enough for any real page; bounds the work on a hostile or huge inline script.
const MAX_URLS_PER_SCRIPT = 5000;

function typesOf(node: Record<string, unknown>): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/**
 * Calls `visit` on every object node of a parsed JSON-LD tree, parents before their children (nested @graph and arrays
 * included, at most 20 levels deep, as sameAsValues reads them): for the readings that look at each node alone.
 */
function eachNode(node: unknown, visit: (obj: Record<string, unknown>) => void, depth = 0): void {
  if (depth > 20 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) eachNode(item, visit, depth + 1);
    return;
  }
  const obj = node as Record<string, unknown>;
  visit(obj);
  for (const value of Object.values(obj)) eachNode(value, visit, depth + 1);
}

/** Parses JSON-LD leniently: HTML comments, CDATA wrappers, trailing commas and raw control characters are tolerated. */
export function parseLenient(text: string): unknown {
  const stripped = text.replace(/^\s*(\/\/\s*)?(<!--|<!\[CDATA\[)/, '').replace(/(\/\/\s*)?(-->|\]\]>)\s*$/, '');
  try {
    return JSON.parse(stripped);
  } catch {
    // the more forgiving form, made only now (most scripts parse as they are)
  }
  try {
    return JSON.parse(stripped.replace(/,\s*([}\]])/g, '$1').replace(/[\u0000-\u001F]+/g, ' '));
  } catch {
    return undefined;
  }
}

/**
 * schema.org types of a whole organisation rather than one of its places: a node of another type (Store, Bakery,
 * GroceryStore, LocalBusiness, Restaurant…) that names a `parentOrganization` is one shop or branch of it.
 */
const ORGANISATION_TYPES =
  /(?:^|[/:])(?:Organization|Corporation|NGO|OnlineBusiness|OnlineStore|NewsMediaOrganization|SportsOrganization|SportsTeam|EducationalOrganization|GovernmentOrganization|MedicalOrganization|PerformingGroup|Airline|Consortium|Brand|WebSite|WebPage)$/i;

/**
 * A shop's or branch's own node: `branchOf` (schema.org: "the larger organization that this local business is a
 * branch of"), or a local type with a `parentOrganization`. Its sameAs are that shop's accounts — a franchisee's or a
 * partner's, "brand_town" on its page of a chain's site (round 16's "gruenkorb_elsterfeld") — not the chain's.
 */
function isBranchNode(obj: Record<string, unknown>, types: readonly string[], declared = false): boolean {
  if (obj.branchOf !== undefined) return true;
  if (declared) return false;
  if (types.length === 0 || types.some((t) => ORGANISATION_TYPES.test(t))) return false;
  return obj.parentOrganization !== undefined || shopPage(obj.url);
}

/**
 * A local node's `url` that is one page of a site, not its home ("…/magasins/rimouski-saint-germain", "/stores/leeds"):
 * the node describes that shop, as a chain's or a franchise's shop pages do (round 24's "Marché Beaulac Rimouski",
 * whose page names the shop's own Facebook page). A language's home ("/fr/", "/en-us") is the site's.
 */
function shopPage(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  const path = /^https?:\/\/[^/?#]+(\/[^?#]*)?/i.exec(url.trim())?.[1] ?? '';
  const parts = path.split('/').filter(Boolean);
  return parts.length > 1 || (parts.length === 1 && !/^[a-z]{2}(?:[-_][a-z]{2})?$/i.test(parts[0]) && !/^index\.\w+$/i.test(parts[0]));
}

/** What a finding's snippet says of a sameAs read in the brand's parent group's node ("Corporation (parent) sameAs …"). */
export const PARENT_NODE_MARK = '(parent)';

/** Whether a finding was read in the brand's parent group's JSON-LD node (findJsonLdSocials). */
export function namedByParentNode(f: { how: string; snippet?: string; parentNamed?: true }): boolean {
  // …or a link the page labels, or heads, with that group's name alone (parent-label.ts).
  return f.parentNamed === true || (f.how === 'embedded-json' && /^\S+ \(parent\) sameAs /.test(f.snippet ?? ''));
}

/**
 * Whether a JSON-LD sameAs finding was read in a place's node — a Restaurant, Store, FoodEstablishment listed in an
 * ItemList — rather than an organisation's (its snippet opens with the node's first type): such a node names one
 * restaurant's or shop's accounts, a franchisee's as readily as the brand's.
 */
export function namedByPlaceNode(f: { how: string; snippet?: string }): boolean {
  if (f.how !== 'json-ld') return false;
  const type = /^(\S+) sameAs /.exec(f.snippet ?? '')?.[1];
  return type !== undefined && type !== 'Thing' && !ORGANISATION_TYPES.test(type);
}

/**
 * Keys by which an organisation's node names its own parts (schema.org: "the first includes the second"): a hotel
 * group's hotels, a chain's departments, each with its page's url and its own sameAs. The site declares them its own,
 * as no franchisee's page does (round 31's Greek hotel group, whose hotels' handles are unlike its name).
 */
const OWN_PART_KEYS = new Set(['subOrganization', 'department']);

/** One sameAs value and the node naming it: a shop's or branch's (`branch`), or the brand's parent group's (`parent`). */
interface SameAs {
  value: string;
  type: string;
  branch?: boolean;
  parent?: boolean;
}

/**
 * Whether an organisation's node names its own parent group by `parentOrganization`: the site's own organisation, not
 * one of its parts whose node sits on a page of the site (Ipê Invest's "…/investimentos/", whose parent is the bank).
 */
function namesParentGroup(obj: Record<string, unknown>, types: readonly string[]): boolean {
  return obj.parentOrganization !== undefined && types.some((t) => ORGANISATION_TYPES.test(t)) && !shopPage(obj.url);
}

/** The host of a node's `@id` or `url`, if any (without `www.`): a page's `{ url }` gives its site's, as read here. */
export function nodeHost(obj: Record<string, unknown>): string | undefined {
  for (const v of [obj['@id'], obj.url]) {
    const host = typeof v === 'string' ? /^https?:\/\/([^/?#]+)/i.exec(v.trim())?.[1]?.toLowerCase() : undefined;
    if (host) return withoutWww(host);
  }
  return undefined;
}

/**
 * The `@id`s of the parent groups that organisations' nodes name by reference (`"parentOrganization": {"@id": …}`, the
 * group's own node elsewhere in the graph, Yoast-style), when the group's `@id` is on another host than the naming
 * node's: a reference on the same host is the site's own organisation, named by one of its parts.
 */
function parentIds(data: unknown, site: string | undefined): Set<string> {
  const out = new Set<string>();
  eachNode(data, (obj) => {
    if (!namesParentGroup(obj, typesOf(obj))) return;
    const own = nodeHost(obj) ?? site;
    for (const p of Array.isArray(obj.parentOrganization) ? obj.parentOrganization : [obj.parentOrganization]) {
      const ref = p && typeof p === 'object' ? (p as Record<string, unknown>)['@id'] : undefined;
      const host = typeof ref === 'string' ? nodeHost({ '@id': ref }) : undefined;
      if (typeof ref === 'string' && host !== undefined && host !== own && host !== site) out.add(ref);
    }
  });
  return out;
}

/**
 * The organisation nodes of a parsed JSON-LD tree that name accounts and sit on another registrable domain than the
 * site's (other-node.ts onOtherSite: a separate charity's, a league's), when the tree also holds an organisation node on
 * the site's own domain: beside the brand's own node such a node is another body's; with none, it is most often the
 * brand under another address, and is left to the other readings.
 */
function otherSiteNodes(data: unknown, site: string | undefined): Set<object> {
  const others = new Set<object>();
  if (site === undefined) return others;
  let ownSeen = false;
  eachNode(data, (obj) => {
    if (!typesOf(obj).some((t) => ORGANISATION_TYPES.test(t))) return;
    const host = nodeHost(obj);
    if (onSameSite(host, site)) ownSeen = true;
    else if (obj.sameAs !== undefined && onOtherSite(host, site)) others.add(obj);
  });
  return ownSeen ? others : new Set();
}

/**
 * The names of the parent groups the site's own organisation names inline (`"parentOrganization": {"name": …}`) and
 * that organisation's own names, from a parsed JSON-LD script: a group named with no sameAs of its own (round 32's
 * "Danmarks Fælles Radio" over a regional station) is known to the page only by its name, which its icons' heading or
 * label repeats (parent-label.ts). The site's own organisation: one of ORGANISATION_TYPES, or the node its WebSite
 * names as publisher (a RadioStation); a parent on the naming node's own host, or the page's, is the site's own.
 */
export function parentGroupNames(data: unknown, pageUrl?: string): { parents: string[]; own: string[] } {
  const out = { parents: [] as string[], own: [] as string[] };
  const site = pageUrl === undefined ? undefined : nodeHost({ url: pageUrl });
  const publishers = publisherIds(data);
  eachNode(data, (obj) => {
    const published = typeof obj['@id'] === 'string' && publishers.has(obj['@id']);
    if (obj.parentOrganization === undefined || !(namesParentGroup(obj, typesOf(obj)) || published) || typeof obj.name !== 'string') return;
    const ownHost = nodeHost(obj) ?? site;
    for (const p of Array.isArray(obj.parentOrganization) ? obj.parentOrganization : [obj.parentOrganization]) {
      if (!p || typeof p !== 'object') continue;
      const parent = p as Record<string, unknown>;
      const host = nodeHost(parent);
      if (typeof parent.name !== 'string' || (host !== undefined && (host === ownHost || host === site))) continue;
      out.parents.push(parent.name);
      out.own.push(obj.name);
    }
  });
  return out;
}

/**
 * The `@id`s a WebSite (or WebPage) node names as its `publisher`: the site's own organisation, whatever its type. A
 * regional station's RadioStation node naming its network as `parentOrganization` has the shape of a branch's, but the
 * site says it publishes itself (round 32's "…/#station"): its sameAs are the brand's, not one shop's.
 */
function publisherIds(data: unknown): Set<string> {
  const out = new Set<string>();
  eachNode(data, (obj) => {
    const publisher = obj.publisher;
    if (!typesOf(obj).some((t) => /(?:^|[/:])(?:WebSite|WebPage)$/i.test(t)) || !publisher || typeof publisher !== 'object' || Array.isArray(publisher)) return;
    const id = (publisher as Record<string, unknown>)['@id'];
    if (typeof id === 'string') out.add(id);
  });
  return out;
}

/**
 * sameAs values of the organisation-like nodes of a JSON-LD tree (nested @graph and arrays included). `declared`: the
 * node is one of an organisation's own parts (OWN_PART_KEYS), not a branch whose sameAs may be a franchisee's.
 * `parent`: the node is the brand's parent group, named by the brand's own node (`parentOrganization`, nested or by an
 * `@id` listed in `parents`): a group, a holding, an owning city, whose sameAs are its own accounts — round 32's Grupo
 * Cerrado and Kazeki Holdings, round 17's Groupe Presse Sud-Massif — not the brand's. `parents` also holds the nodes
 * themselves of other bodies beside the brand's own (otherSiteNodes), read as groups too.
 */
function sameAsValues(node: unknown, out: SameAs[], parents: ReadonlySet<unknown>, site: string | undefined, depth = 0, declared = false, parent = false, own: ReadonlySet<string> = new Set()): void {
  if (depth > 20 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) sameAsValues(item, out, parents, site, depth + 1, declared, parent, own);
    return;
  }
  const obj = node as Record<string, unknown>;
  const types = typesOf(obj);
  if (types.some((t) => /(?:^|[/:])Person$/i.test(t))) return;
  const same = obj.sameAs;
  const id = obj['@id'];
  const organisation = types.some((t) => ORGANISATION_TYPES.test(t));
  // Another body's node in the site's graph (other-node.ts): an organisation on its own domain, as a parent group is.
  const group = parent || (typeof id === 'string' && parents.has(id)) || parents.has(obj);
  // A node the site's own organisation provides (provided-node.ts) is the brand's own place, as a declared part is.
  const branch = !group && same !== undefined && isBranchNode(obj, types, declared || (typeof id === 'string' && own.has(id)) || providedBySite(obj, site));
  for (const v of Array.isArray(same) ? same : [same]) {
    if (typeof v === 'string') out.push({ value: v, type: types[0] ?? 'Thing', ...(branch ? { branch } : {}), ...(group ? { parent: true } : {}) });
  }
  const ownsParent = namesParentGroup(obj, types);
  for (const [key, value] of Object.entries(obj)) {
    if (key === 'sameAs') continue;
    if (key === 'parentOrganization' && ownsParent) {
      // An inline parent on the naming node's own host, or the page's, is the site's organisation, named by one of its
      // parts (a rugby academy's node naming the union that runs the site).
      const ownHost = nodeHost(obj) ?? site;
      for (const item of Array.isArray(value) ? value : [value]) {
        const host = item && typeof item === 'object' ? nodeHost(item as Record<string, unknown>) : undefined;
        sameAsValues(item, out, parents, site, depth + 1, false, host === undefined || (host !== ownHost && host !== site), own);
      }
      continue;
    }
    // The body the node is a member of (other-node.ts MEMBERSHIP_KEYS): a league, an association, never the brand.
    if (organisation && MEMBERSHIP_KEYS.has(key)) {
      for (const item of Array.isArray(value) ? value : [value]) sameAsValues(item, out, parents, site, depth + 1, false, true, own);
      continue;
    }
    if (PERSON_KEYS.has(key)) {
      // An author that is explicitly an organisation (the brand signing its own article) still counts; an organisation
      // performing, sponsoring, mentioned or reviewed is another one.
      if (!SIGNING_KEYS.has(key)) continue;
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item && typeof item === 'object' && typesOf(item as Record<string, unknown>).some((t) => !/(?:^|[/:])Person$/i.test(t))) sameAsValues(item, out, parents, site, depth + 1, false, group, own);
      }
      continue;
    }
    // A group's own parts (its subOrganization) are read as any organisation's: the brand itself may be listed there.
    const part = organisation && OWN_PART_KEYS.has(key);
    sameAsValues(value, out, parents, site, depth + 1, part, group && !part, own);
  }
}

/**
 * Social profiles listed in a JSON-LD script (`sameAs`, a string or an array, at any depth including @graph), as
 * findings with how 'json-ld' and placement 'head'. People's sameAs (authors, founders) are skipped. Malformed JSON
 * never throws: when the script cannot be parsed, quoted strings after "sameAs" are read directly. `data` is
 * parseLenient(text), when the caller parsed it already (it is read, never changed). `pageUrl`: the page's, whose host
 * is the site's own — a parent group named on it is the site's organisation, not another's.
 */
export function findJsonLdSocials(text: string, data: unknown = parseLenient(text), pageUrl?: string): SocialFinding[] {
  const values: SameAs[] = [];
  if (data !== undefined) {
    const site = pageUrl === undefined ? undefined : nodeHost({ url: pageUrl });
    // The groups' nodes: named by a parent reference, or another body's node beside the brand's own (otherSiteNodes).
    sameAsValues(data, values, new Set<unknown>([...parentIds(data, site), ...otherSiteNodes(data, site)]), site, 0, false, false, publisherIds(data));
  }
  else {
    for (const m of text.matchAll(/"sameAs"\s*:\s*(\[[^\]]*\]?|"(?:[^"\\]|\\.)*")/g)) {
      for (const s of m[1].matchAll(/"((?:[^"\\]|\\.)*)"/g)) values.push({ value: s[1].replace(/\\\//g, '/'), type: 'Thing' });
    }
  }
  const out: SocialFinding[] = [];
  for (const { value, type, branch, parent } of values) {
    const parsed = parseSocialUrl(value);
    if (!parsed || parsed.how === 'share-via') continue;
    // The parent group's sameAs are data about the group: kept, so that its icons beside the brand's in a footer are
    // known for the group's (accounts.ts parentNamed).
    if (parent) {
      out.push({ platform: parsed.platform, handle: parsed.handle, url: parsed.url, how: 'embedded-json', placement: 'script', snippet: `${type} ${PARENT_NODE_MARK} sameAs ${value.trim()}` });
      continue;
    }
    // A shop's own sameAs are data about that shop: read like any profile URL in a script, by handle alone.
    if (branch) {
      out.push({ platform: parsed.platform, handle: parsed.handle, url: parsed.url, how: 'embedded-json', placement: 'script', snippet: `${type} (branch) sameAs ${value.trim()}` });
      continue;
    }
    out.push({ platform: parsed.platform, handle: parsed.handle, url: parsed.url, how: 'json-ld', placement: 'head', snippet: `${type} sameAs ${value.trim()}` });
  }
  return out;
}

/**
 * Profile URLs inside other inline scripts (`window.__INITIAL_STATE__ = {...}`, `<script type="application/json">`),
 * including JSON-escaped slashes (`https:\/\/x.com\/brand`, `\u002F`). Share links are not profiles and are skipped.
 */
export function findEmbeddedSocials(text: string): SocialFinding[] {
  const unescaped = text.replace(/\\u002[fF]/g, '/').replace(/\\\//g, '/');
  const out: SocialFinding[] = [];
  let count = 0;
  // A finder's place marked company-run or franchised in the same blob (finder-json.ts): the place's kind says whose
  // its accounts are, as a card's "Eigene Filiale" or "operated by …" does.
  let kindAt: ((at: number) => EntryKind | null) | undefined;
  for (const m of unescaped.matchAll(/https?:\/\/[^\s"'<>\\()[\]{}|^`,;]+/g)) {
    if (++count > MAX_URLS_PER_SCRIPT) break;
    const found = m[0].replace(/[.:!?]+$/, ''); // sentence punctuation after a URL in a JS string
    const parsed = parseSocialUrl(found);
    if (!parsed || parsed.how) continue;
    kindAt ??= entryKindReader(unescaped);
    const kind = kindAt(m.index);
    out.push({
      platform: parsed.platform,
      handle: parsed.handle,
      url: parsed.url,
      how: 'embedded-json',
      placement: 'script',
      snippet: found,
      ...(kind === 'own' ? { ownBranch: 'card' as const } : kind === 'other' ? { disowned: true as const } : {}),
    });
  }
  return out;
}
