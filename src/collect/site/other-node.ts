// JSON-LD nodes that describe another body than the site's, read beside its own (scripts.ts sameAsValues).
import { getDomainWithoutSuffix } from 'tldts';
import { memoize } from './memo.js';

// A node's host and the site's are the same few on every page of a site, and tldts parses a host anew at each call
// (~1 % of a 300-page audit's CPU, uncached, in the JSON-LD's organisation nodes read on every page).
const registrableName = memoize((host: string): string | null => getDomainWithoutSuffix(host));

/**
 * Keys by which an organisation's node names a body it belongs to, not one of its parts: a club's league, a shop's
 * trade association. schema.org's `memberOf` says the node is a member of the other; the other's sameAs are its own
 * accounts, as a parent group's are (round 33's junior hockey club naming its league, whose X and Instagram also sat
 * in the club's footer under "Proud member of the …").
 */
export const MEMBERSHIP_KEYS = new Set(['memberOf']);

/**
 * Whether an organisation's node is another body's by its own address: its `url` (or `@id`) on a registrable domain
 * whose name differs from the site's. A separate charity listed in the club's graph ("Muskies Foundation", url
 * muskiesfoundation.test on orilliamuskies.test, round 33) carries its own accounts in its sameAs; the brand's own node
 * points at the brand's site, whatever its suffix (brand.de beside brand.com). Nodes without an address, or on a
 * network's host (a node whose url is its Facebook page), say nothing here.
 */
export function onOtherSite(nodeHost: string | undefined, siteHost: string | undefined): boolean {
  if (nodeHost === undefined || siteHost === undefined) return false;
  const node = registrableName(nodeHost);
  const site = registrableName(siteHost);
  if (!node || !site || node === site) return false;
  // A node pointing at a network (facebook.com, instagram.com…) or a link shortener is the brand's profile, not a site.
  if (NETWORK_LABELS.has(node)) return false;
  return true;
}

/**
 * Whether a node's host is the site's own registrable name (brand.de beside brand.com, shop.brand.com): the brand's own
 * node. A lone organisation node whose url is elsewhere (a shop on brandshop.com naming brand.com, a site on a host's
 * subdomain) is most often the brand under another address; only beside the brand's own node does it tell of another
 * body (scripts.ts otherSiteNodes).
 */
export function onSameSite(nodeHost: string | undefined, siteHost: string | undefined): boolean {
  if (nodeHost === undefined || siteHost === undefined) return false;
  const node = registrableName(nodeHost);
  return node !== null && node !== undefined && node === registrableName(siteHost);
}

/** Registrable names of networks and hosts a brand's node may give as its url instead of its own site. */
const NETWORK_LABELS = new Set([
  'facebook', 'instagram', 'twitter', 'x', 'linkedin', 'youtube', 'tiktok', 'pinterest', 'threads', 'bsky', 'linktr',
  'google', 'wikipedia', 'wikidata', 'bit', 'goo', 'tinyurl', 'wa', 'whatsapp', 'medium', 'substack', 'github',
]);
