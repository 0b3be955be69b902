// Helpers shared by the social sources: the audit window, text cleaning (Mastodon HTML → text), the Conversation
// builder, and the mapping from HTTP answers and HttpErrors to a ConversationStatus.
import { load } from 'cheerio/slim';
import type { AnyNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { HttpError } from '../../http/errors.js';
import { askedWait } from '../../http/retry.js';
import type { Conversation, ConversationStatus, Note, Post, SocialSource } from '../../snapshot/types.js';
import { note } from '../codes.js';
import { SourceBudget } from './budget.js';
import type { SocialTarget, SourceContext } from './types.js';

export type AuditWindow = SourceContext['window'];

// ---------------------------------------------------------------------------------------------------------------
// Window

/** Milliseconds since the epoch of an ISO date, or NaN when it does not parse. */
function timeOf(iso: string | undefined | null): number {
  return typeof iso === 'string' && iso !== '' ? Date.parse(iso) : Number.NaN;
}

/** The audit window as a Conversation records it (ISO strings). */
export function windowRecord(window: AuditWindow): Conversation['window'] {
  return { from: window.from.toISOString(), to: window.to.toISOString(), days: window.days };
}

/** Where a date falls against the window; 'invalid' when it does not parse (such a post is never kept). */
export function windowPosition(iso: string | undefined | null, window: AuditWindow): 'before' | 'inside' | 'after' | 'invalid' {
  const t = timeOf(iso);
  if (Number.isNaN(t)) return 'invalid';
  if (t < window.from.getTime()) return 'before';
  if (t > window.to.getTime()) return 'after';
  return 'inside';
}

/** Whether a date lies within the window, bounds included. */
export function isInWindow(iso: string | undefined | null, window: AuditWindow): boolean {
  return windowPosition(iso, window) === 'inside';
}

/** Whether a date is older than the window start (pagination over a newest-first feed stops there). */
export function isBeforeWindow(iso: string | undefined | null, window: AuditWindow): boolean {
  return windowPosition(iso, window) === 'before';
}

/** Whether a date is no later than the window end (replies in a thread are kept whatever their age, up to `to`). */
export function isNotAfterWindow(iso: string | undefined | null, window: AuditWindow): boolean {
  const p = windowPosition(iso, window);
  return p === 'before' || p === 'inside';
}

/** Normalises a platform date to a full ISO string (`…Z`); undefined when it does not parse. */
export function toIso(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

// ---------------------------------------------------------------------------------------------------------------
// Text

// C0 and C1 control characters and DEL (tab and line breaks are turned into spaces before this runs).
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
// Bidi overrides and isolates change how a post reads in a terminal or report (CVE-2021-42574); drop them too.
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Line and paragraph separators, and every other whitespace run, become one space: a post is one line of text.
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;

/** Plain one-line text: line breaks and tabs become spaces, control and bidi characters go, spaces collapse. */
export function plainText(text: string | null | undefined): string {
  if (text == null) return '';
  return String(text).replace(BREAKS, ' ').replace(CONTROL, '').replace(BIDI, '').replace(/ {2,}/g, ' ').trim();
}

// Elements after which a reader sees a break: turned into a space so "merci<br>Anne" does not read "merciAnne".
const BLOCK_END = /<\s*br\s*\/?\s*>|<\/\s*(?:p|div|li|blockquote|h[1-6]|pre|tr)\s*>/gi;

/**
 * Mastodon `content` (sanitised HTML) to plain text: tags stripped, entities decoded (named and numeric),
 * `<br>` and paragraph ends kept as spaces, control characters dropped, whitespace collapsed.
 */
export function htmlToText(html: string | null | undefined): string {
  if (html == null || html === '') return '';
  const spaced = String(html).replace(BLOCK_END, (m) => `${m} `);
  // htmlparser2 decodes every HTML5 entity, and its document holds the fragment as it is (no <html>/<body> wrapper).
  return plainText(visibleText(parseDocument(spaced).children));
}

/**
 * The text of parsed nodes with their script and style elements left out: what cheerio/slim read of the same fragment
 * (`load(html, null, false)`, `$('script, style').remove()`, `$.root().text()`: htmlparser2's document, domutils'
 * textContent), without building cheerio's selection classes and compiling the selector for each post (~0.1 ms a
 * post; the demo reads ~60 Mastodon texts).
 */
function visibleText(nodes: AnyNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.data;
    else if ('children' in node && node.type !== 'script' && node.type !== 'style') out += visibleText(node.children);
  }
  return out;
}

// http(s) URLs and www. addresses written in a bio; trailing punctuation is sentence, not URL.
const TEXT_URL = /\b(?:https?:\/\/|www\.)[^\s<>"'«»]+/gi;

/** Web links written as text (bios, descriptions): `https://…` and `www.…` forms, de-duplicated, in order. */
export function textLinks(text: string | null | undefined): string[] {
  if (!text) return [];
  const out = new Set<string>();
  for (const m of String(text).matchAll(TEXT_URL)) {
    const raw = m[0].replace(/[.,;:!?)\]}]+$/, '');
    const url = /^www\./i.test(raw) ? `https://${raw}` : raw;
    try {
      out.add(new URL(url).href);
    } catch {
      // not a URL after all ("www." alone)
    }
  }
  return [...out];
}

/**
 * Web links of an HTML fragment (Mastodon `note` and profile `fields`): every `<a href>` to http(s), mentions and
 * hashtags excluded (they point at profiles and tag pages, not at the brand's help), plus links written as text.
 */
export function htmlLinks(html: string | null | undefined): string[] {
  if (!html) return [];
  const $ = load(String(html), null, false);
  const out = new Set<string>();
  $('a[href]').each((_, el) => {
    const a = $(el);
    if (/\b(?:mention|hashtag)\b/.test(a.attr('class') ?? '') || (a.attr('rel') ?? '').split(/\s+/).includes('tag')) return;
    try {
      const url = new URL(a.attr('href') ?? '');
      if (url.protocol === 'http:' || url.protocol === 'https:') out.add(url.href);
    } catch {
      // relative or malformed href: nothing to follow
    }
  });
  for (const link of textLinks($.root().text())) out.add(link);
  return [...out];
}

/** A non-negative integer count from an API field (missing, negative or non-numeric → 0). */
export function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Failures

/** What stopped a source (or part of it): a status for the Conversation and a note naming the endpoint. */
export interface Failure {
  status: ConversationStatus;
  note: Note;
}

/** Why a source stopped: a status for the Conversation and a note (code and data) saying what happened. */
export class SourceFailure extends Error {
  override name = 'SourceFailure';
  readonly status: ConversationStatus;
  readonly note: Note;
  /** The HTTP status that caused it, when there was one. */
  readonly httpStatus?: number;
  /**
   * The parsed error body, when the server sent JSON (Bluesky's `{ error, message }`), for the source to refine the
   * mapping. Never copied into a note: a body is the server's text (and may echo the request).
   */
  readonly body?: unknown;

  constructor(status: ConversationStatus, reason: Note, extra: { httpStatus?: number; body?: unknown } = {}) {
    // The message is the code, for debugging; what a snapshot keeps is the note.
    super(reason.code);
    this.status = status;
    this.note = reason;
    if (extra.httpStatus !== undefined) this.httpStatus = extra.httpStatus;
    if (extra.body !== undefined) this.body = extra.body;
  }
}

/**
 * The status an HTTP answer means for a source: 401/403 → auth-required (the server wants a sign-in),
 * 404/410 → not-found, 429 → rate-limited (the HTTP layer already waited and retried), anything else → error.
 */
export function statusForHttp(status: number): ConversationStatus {
  if (status === 401 || status === 403) return 'auth-required';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 429) return 'rate-limited';
  return status >= 200 && status < 300 ? 'ok' : 'error';
}

/**
 * The note for a non-2xx answer from `endpoint` (an API method or path, never a full URL). A 429 or 503 whose
 * Retry-After asked for a wait the HTTP layer would not make (or that retries did not outlast) says how long.
 */
export function httpNote(endpoint: string, status: number, headers: Record<string, string> = {}): Note {
  const wait = askedWait(status, headers);
  if (wait !== undefined && wait > 0) return note('limits.retry-after', { endpoint, status, seconds: Math.ceil(wait / 1000) });
  if (status === 429) return note('social.rate-limited', { endpoint, status });
  if (status === 401 || status === 403) return note('social.sign-in-required', { endpoint, status });
  if (status === 404 || status === 410) return note('social.not-found', { endpoint, status });
  return note('social.http-error', { endpoint, status });
}

/**
 * Turns anything a collector caught into a status and note. SourceFailures keep theirs; HttpErrors (network,
 * timeout, robots, malformed JSON…) are 'error' with the endpoint and the failure's code (`failure`, worded by
 * `terms.failure.*`) and figures; anything else (a bug) is 'error' too, without its English message.
 */
export function describeFailure(err: unknown, endpoint = ''): Failure {
  if (err instanceof SourceFailure) return { status: err.status, note: err.note };
  if (err instanceof HttpError) return { status: 'error', note: note('social.request-failed', { ...err.data, endpoint, failure: err.code }) };
  return { status: 'error', note: note('social.crashed', endpoint ? { endpoint } : {}) };
}

/**
 * GETs a JSON endpoint through the project's HTTP layer and returns its parsed body. Throws a SourceFailure for
 * a non-2xx answer (with `httpStatus` and the JSON error body, so a source can refine the mapping), for an empty
 * 2xx body, and for any HttpError (status 'error', note naming `endpoint`).
 */
export async function fetchApi<T>(
  ctx: Pick<SourceContext, 'http' | 'budget'>,
  url: string,
  endpoint: string,
  opts: { keepOrigin?: boolean } = {},
): Promise<{ data: T; headers: Record<string, string>; finalUrl: string }> {
  const budget = budgetOf(ctx);
  let res;
  try {
    stopIfSpent(budget);
    res = await ctx.http.fetchJson<T>(url, { signal: budget.signal, ...(opts.keepOrigin ? { keepOrigin: true } : {}) });
  } catch (err) {
    stopIfSpent(budget);
    const failure = describeFailure(err, endpoint);
    throw new SourceFailure(failure.status, failure.note);
  }
  if (res.status < 200 || res.status >= 300) {
    throw new SourceFailure(statusForHttp(res.status), httpNote(endpoint, res.status, res.headers), {
      httpStatus: res.status,
      body: res.data,
    });
  }
  if (res.data === undefined || res.data === null || typeof res.data !== 'object') {
    throw unexpected(endpoint);
  }
  return { data: res.data, headers: res.headers, finalUrl: res.finalUrl };
}

/** The account's budget (a fresh default one when the caller gave none, as unit tests do). */
export function budgetOf(ctx: Pick<SourceContext, 'budget'>): SourceBudget {
  return ctx.budget ?? new SourceBudget();
}

/**
 * Throws a 'partial' SourceFailure when the account's time is spent or the audit was interrupted: what was read so far
 * is kept, and the note says why reading stopped.
 */
export function stopIfSpent(budget: SourceBudget): void {
  const stop = budget.stop();
  if (stop) throw new SourceFailure('partial', stop);
}

/** An answer without the fields a source needs (an empty body, a list instead of an object…). */
export function unexpected(endpoint: string): SourceFailure {
  return new SourceFailure('error', note('social.unexpected-response', { endpoint }));
}

// ---------------------------------------------------------------------------------------------------------------
// URLs

/** A base URL from an environment override (trailing slashes removed), or the fallback. */
export function apiBase(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const value = env[name]?.trim();
  return (value ? value : fallback).replace(/\/+$/, '');
}

/** The URL of the `rel` link in an HTTP `Link` header (RFC 8288), resolved against `base`; undefined when absent. */
export function linkHeaderUrl(header: string | undefined, rel: string, base: string): string | undefined {
  if (!header) return undefined;
  for (const m of header.matchAll(/<([^>]*)>([^<]*)/g)) {
    const params = m[2];
    const rels = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(params);
    const names = (rels?.[1] ?? rels?.[2] ?? '').toLowerCase().split(/\s+/);
    if (!names.includes(rel.toLowerCase())) continue;
    try {
      return new URL(m[1], base).href;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Conversation

export interface ConversationFields {
  status?: ConversationStatus;
  /** What went wrong or is missing, in order; an empty list is left out. */
  notes?: Note[];
  brandId?: string;
  profile?: Conversation['profile'];
  posts?: Post[];
}

/** Posts without duplicate ids (the first occurrence wins), oldest first, ties by id, for stable snapshots. */
export function dedupePosts(posts: Post[]): Post[] {
  const byId = new Map<string, Post>();
  for (const post of posts) if (!byId.has(post.id)) byId.set(post.id, post);
  return [...byId.values()].sort((a, b) => {
    const d = timeOf(a.createdAt) - timeOf(b.createdAt);
    if (d !== 0 && !Number.isNaN(d)) return d;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/**
 * Builds a Conversation for `target` read by `source` over `window`: status defaults to 'ok', posts are deduped and
 * sorted, and optional fields (notes, brandId, profile) appear only when given.
 */
export function conversation(
  target: SocialTarget,
  source: SocialSource | 'none',
  window: AuditWindow,
  fields: ConversationFields = {},
): Conversation {
  // Key order follows the Conversation type, so saved snapshots read the same whatever the source.
  const conv: Conversation = {
    platform: target.platform,
    handle: target.handle,
    url: target.url,
    source,
    status: fields.status ?? 'ok',
    ...(fields.notes && fields.notes.length > 0 ? { notes: fields.notes } : {}),
    ...(fields.brandId ? { brandId: fields.brandId } : {}),
    window: windowRecord(window),
    ...(fields.profile ? { profile: fields.profile } : {}),
    posts: dedupePosts(fields.posts ?? []),
  };
  return conv;
}
