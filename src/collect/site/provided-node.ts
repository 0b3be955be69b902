// A JSON-LD node that names the site's own organisation as its `provider`: a service the brand runs itself.
import { onSameSite } from './other-node.js';
import { withoutWww } from '../../platforms/without-www.js';

/** The host of a JSON-LD reference's `@id` or `url`, without "www.". */
function refHost(ref: unknown): string | undefined {
  if (!ref || typeof ref !== 'object') return undefined;
  const obj = ref as Record<string, unknown>;
  for (const v of [obj['@id'], obj.url]) {
    const host = typeof v === 'string' ? /^https?:\/\/([^/?#]+)/i.exec(v.trim())?.[1]?.toLowerCase() : undefined;
    if (host) return withoutWww(host);
  }
  return undefined;
}

/**
 * Whether a node names the site's own organisation as its `provider` (schema.org: "the service provider, service
 * operator"), by `@id` or inline with a url on the site's registrable domain. A mill's tours or a cooperative's
 * tourism office as a TouristAttraction on a page of its own has the shape of a shop's node (a local type on a
 * sub-page, scripts.ts isBranchNode), whose sameAs may be a franchisee's; a franchised shop names the brand as its
 * `parentOrganization` or `branchOf`, never as the one that provides it, so here the site says it runs the place
 * itself (round 33's "Oleoturismo Olivasur", `"provider": {"@id": "…/#organization"}`). A provider on another
 * domain (an independent guide company) says the opposite, and the node stays another's.
 */
export function providedBySite(obj: Record<string, unknown>, site: string | undefined): boolean {
  const provider = obj.provider;
  if (provider === undefined || site === undefined) return false;
  const refs = Array.isArray(provider) ? provider : [provider];
  return refs.length > 0 && refs.every((ref) => onSameSite(refHost(ref), site));
}
