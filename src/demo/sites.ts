// The bundled synthetic brands (fixtures/sites) served on 127.0.0.1 for `brand-audit demo`: which brand, where to
// start, and the local stand-ins for the social APIs. Imported by the CLI only; never imports it.
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../errors.js';
import { listBrands, startFixtureServer, type FixtureBrand, type FixtureServer } from './fixture-server.js';

/** The bundled synthetic brand sites (fixtures/sites), shipped with the package. */
export const SITES_DIR = fileURLToPath(new URL('../../fixtures/sites/', import.meta.url));

/** Fixture hosts that stand in for the social APIs in the demo (see fixtures/social/README.md). */
export const DEMO_APIS: Record<string, string> = {
  BRAND_AUDIT_BLUESKY_API: 'bsky-api.test',
  BRAND_AUDIT_MASTODON_API: 'mastodon-api.test',
  BRAND_AUDIT_YOUTUBE_API: 'youtube-api.test',
  BRAND_AUDIT_GRAPH_API: 'graph-api.test',
  BRAND_AUDIT_X_API: 'x-api.test',
};

/**
 * The tokens the demo gives its Facebook, Instagram and X stand-ins: fakes, which mean nothing to the real APIs. They
 * replace any token of the user's environment for the demo run (with the other names the sources read cleared), so
 * a real token is never sent, not even to the local stand-ins.
 */
export const DEMO_TOKENS: Record<string, string | undefined> = {
  FACEBOOK_ACCESS_TOKEN: 'demo-graph-token-for-local-stand-ins',
  META_ACCESS_TOKEN: undefined,
  INSTAGRAM_ACCESS_TOKEN: undefined,
  X_BEARER_TOKEN: 'demo-x-token-for-local-stand-ins',
  TWITTER_BEARER_TOKEN: undefined,
};

/** A running demo: the server, every bundled brand, the chosen one and how to reach it without DNS. */
export interface DemoSites {
  server: FixtureServer;
  brands: FixtureBrand[];
  brand: FixtureBrand;
  /** The chosen brand's start page. */
  startUrl: string;
  /** Base-URL overrides that point the social sources at the local API stand-ins, and the demo's fake tokens. */
  apiEnv: Record<string, string | undefined>;
  /** host=address pairs, as --resolve takes them. */
  resolveSpec: string;
}

/** Starts the fixture server for `slug` (a ConfigError names the bundled brands when there is no such brand). */
export async function startDemoSites(slug: string, root = SITES_DIR): Promise<DemoSites> {
  const brands = listBrands(root);
  const brand = brands.find((b) => b.slug === slug);
  if (!brand) throw new ConfigError(`unknown demo brand "${slug}" (bundled: ${brands.map((b) => b.slug).join(', ')})`);
  const server = await startFixtureServer({ root });
  const apiEnv: Record<string, string | undefined> = {};
  for (const [variable, host] of Object.entries(DEMO_APIS)) if (server.hosts.includes(host)) apiEnv[variable] = server.origin(host);
  // Tokens only when their stand-ins are served: the fakes must never go to the real APIs.
  if (apiEnv.BRAND_AUDIT_GRAPH_API && apiEnv.BRAND_AUDIT_X_API) Object.assign(apiEnv, DEMO_TOKENS);
  return {
    server,
    brands,
    brand,
    startUrl: `${server.origin(brand.start)}/`,
    apiEnv,
    resolveSpec: Object.entries(server.resolve).map(([h, a]) => `${h}=${a}`).join(','),
  };
}
