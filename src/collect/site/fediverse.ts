// Which servers linked as /@name or /users/name are fediverse servers: those that answer NodeInfo, the discovery
// document every Mastodon-compatible server publishes (https://nodeinfo.diaspora.software/protocol).
import type { HttpClient } from '../../http/client.js';
import type { PageRecord } from '../../snapshot/types.js';

/** Servers asked per audit: a page listing dozens of /@name links to one odd host asks it once; more hosts are not worth the wait. */
const MAX_SERVERS = 5;
/** The rel of a NodeInfo schema link in /.well-known/nodeinfo ("http://nodeinfo.diaspora.software/ns/schema/2.0"). */
const NODEINFO_REL = /^https?:\/\/nodeinfo\.diaspora\.software\/ns\/schema\/\d/;

/** The servers of the fediverse candidates found on the pages, most linked first. */
export function candidateServers(pages: readonly PageRecord[]): string[] {
  const seen = new Map<string, number>();
  for (const page of pages) {
    for (const f of page.facts?.socials ?? []) {
      if (f.how !== 'fediverse-candidate') continue;
      const server = f.handle.split('@')[1];
      if (server) seen.set(server, (seen.get(server) ?? 0) + 1);
    }
  }
  return [...seen].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([server]) => server);
}

/** True when the server's /.well-known/nodeinfo lists a NodeInfo schema; any failure (network, 404, HTML) is a no. */
async function answersNodeInfo(http: HttpClient, server: string): Promise<boolean> {
  try {
    const res = await http.fetchJson<{ links?: { rel?: unknown }[] }>(`https://${server}/.well-known/nodeinfo`);
    const links = res.status === 200 && Array.isArray(res.data?.links) ? res.data.links : [];
    return links.some((l) => typeof l?.rel === 'string' && NODEINFO_REL.test(l.rel));
  } catch {
    return false;
  }
}

/**
 * The candidate servers (at most MAX_SERVERS, most linked first) that answer NodeInfo. Their /@name links are then
 * Mastodon accounts; the others (Flipboard, Hashnode, forums, a site's member pages) are not accounts at all.
 */
export async function verifyFediverseServers(pages: readonly PageRecord[], http: HttpClient): Promise<Set<string>> {
  const servers = candidateServers(pages).slice(0, MAX_SERVERS);
  const answers = await Promise.all(servers.map(async (server) => [server, await answersNodeInfo(http, server)] as const));
  return new Set(answers.filter(([, ok]) => ok).map(([server]) => server));
}
