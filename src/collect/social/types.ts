// The contract every social source implements: read one account over the audit window into a Conversation.
import type { HttpClient } from '../../http/client.js';
import type { Conversation } from '../../snapshot/types.js';
import type { SocialTarget, TokenVariables } from '../../platforms/targets.js';
import type { SourceBudget } from './budget.js';

/** The account to read, as discovered on the site or declared in the brand file (platforms/targets.ts). */
export type { SocialTarget };

export interface SourceContext {
  /** The project's one HTTP layer: every request goes through it (timeouts, retries, robots, proxies). */
  http: HttpClient;
  /** Posts older than `from` are not read; `to` is the collection time. */
  window: { from: Date; to: Date; days: number };
  /** Most brand posts to read per account (bounded pagination). */
  maxPosts: number;
  /** Base-URL overrides (BRAND_AUDIT_BLUESKY_API, …) and tokens come from here, never from process.env directly. */
  env: NodeJS.ProcessEnv;
  /**
   * Variables a brand file names for its tokens (`tokens: { facebook: ACME_FB_TOKEN }`): read instead of the default
   * ones (collect/social/tokens.ts). Names only, never a token.
   */
  tokenVariables?: TokenVariables;
  /** Every account this audit reads (Instagram finds its account through the brand's Facebook Page). */
  accounts?: SocialTarget[];
  /** Waits `ms` before a retry or between throttled requests; tests pass one that returns at once and records. */
  sleep?: (ms: number) => Promise<void>;
  /**
   * The account's pages and time (collectSocial gives each account its own); its signal aborts the account's
   * requests. Absent: a default budget (SOURCE_LIMITS).
   */
  budget?: SourceBudget;
}

/**
 * A source never throws for what a platform answers (401/403/404/429/500, malformed JSON): it returns a
 * Conversation whose `status` and `notes` say what happened, with whatever posts it could read.
 */
export type SocialCollector = (target: SocialTarget, ctx: SourceContext) => Promise<Conversation>;
