// The Meta Graph API as the Facebook and Instagram sources read it: URLs under one version, the token in the
// Authorization header, `paging.next` links followed on the API's own host only (and stripped of `access_token`),
// error codes turned into notes (token, permission, throttling), and the usage headers that say when to slow down.
import type { Note } from '../../snapshot/types.js';
import { note } from '../codes.js';
import { apiBase, budgetOf, type Failure, SourceFailure, statusForHttp, unexpected } from './common.js';
import { Pager } from './budget.js';
import { getWithToken, isObject, pause } from './token-api.js';
import type { FoundToken } from './tokens.js';
import type { SourceContext } from './types.js';

export const GRAPH_DEFAULT_API = 'https://graph.facebook.com';
/** The Graph API version the fields and shapes were written against (REFERENCE.md). */
export const GRAPH_VERSION = 'v21.0';

/** Above this share of the app's (or the Page's) quota, requests are spaced out (Meta's dashboards warn at 90%). */
export const SLOW_DOWN_PERCENT = 90;
/** At this share the quota is spent: the next call would be refused, so reading stops with what was read. */
const STOP_PERCENT = 100;
/** Pause between requests once the quota is above SLOW_DOWN_PERCENT. */
export const SLOW_DOWN_MS = 2_000;
/**
 * The one wait after a throttling error before trying again, when Meta does not say how long access is lost for.
 * Longer outages (estimated_time_to_regain_access above a minute) are not waited for: reading stops at once.
 */
export const THROTTLE_WAIT_MS = 30_000;
const MAX_WAIT_MINUTES = 1;

/** Why a Graph request failed, for the source to decide whether the whole account or one part is lost. */
export type GraphFailureKind = 'token' | 'permission' | 'throttled' | 'not-found' | 'other';

export type GraphPlatform = 'facebook' | 'instagram';

/** The `error` object of a Graph API error body. */
interface GraphErrorBody {
  code?: number;
  error_subcode?: number;
  type?: string;
}

/** The error of a Graph body (`{ error: { message, type, code, error_subcode, fbtrace_id } }`); the message is not kept. */
export function graphError(body: unknown): GraphErrorBody | undefined {
  if (!isObject(body) || !isObject(body.error)) return undefined;
  const e = body.error;
  return {
    ...(typeof e.code === 'number' ? { code: e.code } : {}),
    ...(typeof e.error_subcode === 'number' ? { error_subcode: e.error_subcode } : {}),
    ...(typeof e.type === 'string' ? { type: e.type } : {}),
  };
}

// 4 app, 17 user, 32 Page, 613 custom rate limits; 80001–80014 business use case limits (Pages, Instagram…).
export function isThrottleCode(code: number | undefined): boolean {
  return code !== undefined && ([4, 17, 32, 613].includes(code) || (code >= 80000 && code <= 80014));
}

// 10 "permission denied" and the 200–299 family ("requires pages_read_engagement"…).
export function isPermissionCode(code: number | undefined): boolean {
  return code !== undefined && (code === 10 || (code >= 200 && code <= 299));
}

/** 190 is the token: 463 expired, 467 (and anything else) invalid or revoked. */
const TOKEN_CODE = 190;
const EXPIRED_SUBCODE = 463;

/** What the usage headers say: the highest share of any quota used (percent), and how long access is lost for. */
export interface GraphUsage {
  percent: number;
  regainMinutes?: number;
}

function parseJsonHeader(value: string | undefined): unknown {
  if (!value) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

function percentsOf(v: unknown): number[] {
  if (!isObject(v)) return [];
  return ['call_count', 'total_cputime', 'total_time', 'acc_id_util_pct']
    .map((k) => v[k])
    .filter((n): n is number => typeof n === 'number' && Number.isFinite(n));
}

/**
 * Reads `X-App-Usage` and `X-Page-Usage` (`{ call_count, total_cputime, total_time }`, percentages) and
 * `X-Business-Use-Case-Usage` (`{ "<id>": [{ type, call_count, …, estimated_time_to_regain_access }] }`).
 */
export function readUsage(headers: Record<string, string>): GraphUsage {
  const percents: number[] = [];
  let regain: number | undefined;
  for (const name of ['x-app-usage', 'x-page-usage']) percents.push(...percentsOf(parseJsonHeader(headers[name])));
  const buc = parseJsonHeader(headers['x-business-use-case-usage']);
  if (isObject(buc)) {
    for (const list of Object.values(buc)) {
      for (const entry of Array.isArray(list) ? list : []) {
        percents.push(...percentsOf(entry));
        const m = isObject(entry) ? entry.estimated_time_to_regain_access : undefined;
        if (typeof m === 'number' && Number.isFinite(m) && m >= 0) regain = Math.max(regain ?? 0, m);
      }
    }
  }
  return { percent: percents.length > 0 ? Math.max(...percents) : 0, ...(regain !== undefined ? { regainMinutes: regain } : {}) };
}

/** A SourceFailure that says which kind of Graph failure it was. */
/**
 * A Graph source's status once reading stopped: a rate limit after some posts were read is `partial` (what was read
 * is kept); any other failure keeps its own status; without one, `partial` when a list stopped short, else `ok`.
 */
export function graphStatus(failure: Failure | undefined, postsRead: number, stoppedShort: boolean): Failure['status'] {
  if (failure) return failure.status === 'rate-limited' && postsRead > 0 ? 'partial' : failure.status;
  return stoppedShort ? 'partial' : 'ok';
}

/** The ids of a Graph page's items, for its Pager to tell a page that adds nothing. */
export function pageKeys(page: unknown): string[] {
  const data = isObject(page) && Array.isArray(page.data) ? page.data : [];
  return data.map((item: unknown) => (isObject(item) && typeof item.id === 'string' ? item.id : ''));
}

export class GraphFailure extends SourceFailure {
  readonly kind: GraphFailureKind;
  constructor(status: Failure['status'], reason: Note, kind: GraphFailureKind, httpStatus?: number) {
    super(status, reason, httpStatus !== undefined ? { httpStatus } : {});
    this.kind = kind;
  }
}

/**
 * Reads one account's Graph API data with one token. Keeps what the source reports about throttling and paging
 * (`notes`, `partial`); a failure is thrown as a GraphFailure whose note names the platform and what to do.
 */
/** One page of a Graph list: its items and the link to the next page. */
export interface GraphList<T> {
  data?: T[];
  paging?: { cursors?: { before?: string; after?: string }; next?: string };
}

export class GraphReader {
  readonly base: string;
  readonly notes: Note[] = [];
  /** Something was left unread: a foreign paging link, or throttling that stopped reading. */
  partial = false;
  private spacing = 0;
  private spent = false;
  private slowNoted = false;

  constructor(
    private readonly ctx: SourceContext,
    readonly platform: GraphPlatform,
    private readonly token: FoundToken,
  ) {
    this.base = apiBase(ctx.env, 'BRAND_AUDIT_GRAPH_API', GRAPH_DEFAULT_API);
  }

  /** `<base>/v21.0/<path>?<params>`; the token is never a parameter. */
  url(path: string, params: Record<string, string> = {}): string {
    const query = new URLSearchParams(params).toString();
    return `${this.base}/${GRAPH_VERSION}/${path}${query ? `?${query}` : ''}`;
  }

  /**
   * GETs a Graph URL (built by `url` or taken from `next`) and returns its JSON object. Throttling errors are waited
   * out once when Meta says access comes back within a minute (or does not say); otherwise, or when they come back,
   * reading stops. Usage at or above 90% spaces the following requests; at 100% no request is sent any more.
   */
  async get<T>(url: string, endpoint: string): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      if (this.spent) throw this.throttled(endpoint);
      await pause(this.ctx, this.spacing);
      const res = await getWithToken<T>(this.ctx, url, this.token.token, endpoint);
      const usage = readUsage(res.headers);
      if (res.status >= 200 && res.status < 300) {
        this.observe(usage);
        if (!isObject(res.data)) throw unexpected(endpoint);
        return res.data;
      }
      const error = graphError(res.data);
      if (isThrottleCode(error?.code) || res.status === 429) {
        const regain = usage.regainMinutes;
        if (attempt === 0 && (regain === undefined || regain <= MAX_WAIT_MINUTES)) {
          this.slowDown(usage.percent);
          await pause(this.ctx, regain ? regain * 60_000 : THROTTLE_WAIT_MS);
          continue;
        }
        this.spent = true;
        throw this.throttled(endpoint, error?.code);
      }
      throw this.failure(res.status, error, endpoint);
    }
  }

  /** The guard of one list of this account (budget.ts): its pages and time, repeated cursors, pages that add nothing. */
  pager(endpoint: string): Pager {
    return new Pager(budgetOf(this.ctx), endpoint);
  }

  /**
   * Every item of a Graph list: `first` (an embedded or fetched page), then each `paging.next`, under the list's
   * pager; at most `max` items (`capped` when more were there). A malformed entry (null, a string) is skipped.
   */
  async readList<T>(first: GraphList<T> | undefined, endpoint: string, max: number): Promise<{ items: T[]; capped: boolean }> {
    const items: T[] = [];
    let page = first;
    const pager = this.pager(endpoint);
    while (page) {
      for (const item of Array.isArray(page.data) ? page.data : []) {
        if (!isObject(item)) continue;
        if (items.length >= max) return { items, capped: true };
        items.push(item);
      }
      // Bounded: a cursor that changes on every page, with empty or repeated pages, stops at its first repeat.
      const next = this.next(page);
      const verdict = pager.after(pageKeys(page), next);
      if (!verdict.next) {
        this.stopped(verdict.note);
        break;
      }
      const refused = pager.before();
      if (refused) {
        this.stopped(refused);
        break;
      }
      page = await this.get<GraphList<T>>(next!, endpoint);
    }
    return { items, capped: false };
  }

  /** Records why a list stopped before its end (a Pager's note): the data is partial, and the note, once, says why. */
  stopped(reason: Note | undefined): void {
    if (!reason) return;
    this.partial = true;
    if (!this.notes.some((n) => n.code === reason.code)) this.notes.push(reason);
  }

  /**
   * The next page of a Graph list (`paging.next`), to follow with `get`: only on the API's host (a recorded or
   * mirrored answer pointing at graph.facebook.com is moved onto the configured base), `access_token` removed.
   * A link to any other host is not followed: reading that list stops there and the data is marked partial.
   */
  next(list: unknown): string | undefined {
    const raw = isObject(list) && isObject(list.paging) && typeof list.paging.next === 'string' ? list.paging.next : undefined;
    if (!raw) return undefined;
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return undefined;
    }
    const base = new URL(this.base);
    if (url.origin !== base.origin) {
      if (url.origin !== new URL(GRAPH_DEFAULT_API).origin) {
        this.partial = true;
        if (!this.notes.some((n) => n.code === 'graph.foreign-next-page')) this.notes.push(note('graph.foreign-next-page', { host: url.hostname }));
        return undefined;
      }
      url = new URL(`${this.base}${url.pathname}${url.search}`);
    }
    url.searchParams.delete('access_token');
    return url.href;
  }

  private observe(usage: GraphUsage): void {
    if (usage.percent >= STOP_PERCENT) this.spent = true;
    else if (usage.percent >= SLOW_DOWN_PERCENT) this.slowDown(usage.percent);
  }

  private slowDown(percent: number): void {
    this.spacing = Math.max(this.spacing, SLOW_DOWN_MS);
    if (this.slowNoted) return;
    this.slowNoted = true;
    this.notes.push(note('graph.slowed-down', { platform: this.platform, percent: Math.round(percent) }));
  }

  private throttled(endpoint: string, apiCode?: number): GraphFailure {
    return new GraphFailure('rate-limited', note('graph.rate-limited', { platform: this.platform, endpoint, apiCode: apiCode ?? 0 }), 'throttled');
  }

  /** The failure an error answer means; its note names the platform and, for token problems, the variable to fix. */
  private failure(status: number, error: GraphErrorBody | undefined, endpoint: string): GraphFailure {
    const variable = this.token.variable;
    const code = error?.code;
    const fb = this.platform === 'facebook';
    if (code === TOKEN_CODE) {
      const expired = error?.error_subcode === EXPIRED_SUBCODE;
      const reason = expired
        ? fb
          ? note('facebook.token-expired', { variable })
          : note('instagram.token-expired', { variable })
        : fb
          ? note('facebook.token-invalid', { variable })
          : note('instagram.token-invalid', { variable });
      return new GraphFailure('error', reason, 'token', status);
    }
    if (isPermissionCode(code)) {
      const reason = fb
        ? note('facebook.permission-missing', { variable, endpoint, apiCode: code! })
        : note('instagram.permission-missing', { variable, endpoint, apiCode: code! });
      return new GraphFailure('error', reason, 'permission', status);
    }
    // 803: "some of the aliases you requested do not exist"; 100/33: the object does not exist or cannot be read.
    if (code === 803 || (code === 100 && error?.error_subcode === 33) || status === 404) {
      return new GraphFailure('not-found', note('graph.not-found', { platform: this.platform, endpoint }), 'not-found', status);
    }
    const mapped = statusForHttp(status);
    return new GraphFailure(mapped === 'ok' ? 'error' : mapped, note('graph.api-error', { platform: this.platform, endpoint, status, apiCode: code ?? 0 }), 'other', status);
  }
}
