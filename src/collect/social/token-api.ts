// One GET to an API that needs the user's token (Graph API, X API v2): the token travels in the Authorization
// header only (never in a URL, so never in a note, a log or a snapshot), and the answer comes back whatever its
// status, headers included, for the source to read its error codes and rate-limit headers.
import { setTimeout as sleep } from 'node:timers/promises';
import { budgetOf, describeFailure, SourceFailure, stopIfSpent } from './common.js';
import type { SourceContext } from './types.js';

/** An API answer: status, parsed JSON body (undefined when empty or not JSON) and lower-cased headers. */
export interface TokenAnswer<T> {
  status: number;
  data: T | undefined;
  headers: Record<string, string>;
}

/**
 * GETs `url` with `Authorization: Bearer <token>`. The HTTP layer refuses a redirect to another origin for such a
 * request (`unsafe-redirect`), so the token reaches `url`'s host and no other. Transport failures (timeout, DNS,
 * malformed JSON…) throw a SourceFailure naming `endpoint`; HTTP statuses are returned, not thrown. The account's
 * budget (budget.ts) bounds it: once its time is spent or the audit is interrupted, no request is sent and the one in
 * flight is cancelled, as a 'partial' SourceFailure saying why.
 */
export async function getWithToken<T>(ctx: Pick<SourceContext, 'http' | 'budget'>, url: string, token: string, endpoint: string): Promise<TokenAnswer<T>> {
  const budget = budgetOf(ctx);
  stopIfSpent(budget);
  try {
    const res = await ctx.http.fetchJson<T>(url, { headers: { authorization: `Bearer ${token}` }, signal: budget.signal });
    return { status: res.status, data: res.data, headers: res.headers };
  } catch (err) {
    stopIfSpent(budget);
    // describeFailure keeps the HttpError's code and figures (seconds, host, errno), never its message or URL.
    const failure = describeFailure(err, endpoint);
    throw new SourceFailure(failure.status, failure.note);
  }
}

/**
 * Waits `ms` milliseconds (the context's own sleep when it has one: tests record the waits instead). The account's
 * time running out, or Ctrl-C, ends the wait early: the next request then says why reading stopped.
 */
export async function pause(ctx: Pick<SourceContext, 'sleep' | 'budget'>, ms: number): Promise<void> {
  if (ms <= 0) return;
  if (ctx.sleep) return ctx.sleep(ms);
  await sleep(ms, undefined, ctx.budget ? { signal: ctx.budget.signal } : {}).catch(() => undefined);
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
