// Social collection: decide which accounts to read (site discovery + brand file + exports), pick each one's
// source, read them in parallel and return one Conversation per account, failures included as data.
import pLimit from 'p-limit';
import type { Account, BrandSnapshot, Conversation, Note, PageRecord, Platform, SourceStatus } from '../../snapshot/types.js';
import { note } from '../codes.js';
import type { SocialCollector, SocialTarget, SourceContext } from './types.js';
import { collectBluesky } from './bluesky.js';
import { collectMastodon } from './mastodon.js';
import { collectYoutube } from './youtube.js';
import { collectDiscourse } from './discourse.js';
import { readExport, type ExportProblem } from './export/index.js';
import { checkProfile } from './profile-check.js';
import type { ExportSpec } from '../../platforms/targets.js';
import { ConfigError } from '../../errors.js';

/** Platforms with public data a CLI can read without an account (REFERENCE.md). */
const PUBLIC_SOURCES: Partial<Record<Platform | 'discourse', SocialCollector>> = {
  bluesky: collectBluesky,
  mastodon: collectMastodon,
  youtube: collectYoutube,
  discourse: collectDiscourse,
};

export interface SocialOptions {
  ctx: SourceContext;
  /** Accounts declared in the brand file: they are read even when the site does not link them. */
  declared: SocialTarget[];
  exports: ExportSpec[];
  /** Check that profile URLs of platforms without data answer (off in the demo, which is offline). */
  checkProfiles: boolean;
  /** Accounts read at once. */
  concurrency?: number;
}

export interface SocialResult {
  conversations: Conversation[];
  /** Export rows that were rejected, for the report's "could not be checked" part. */
  problems: ExportProblem[];
}

/**
 * Reads every official account found on the site, every declared account and every export. Never throws for
 * what a platform answers; an export that cannot be read at all throws (a usage error the CLI reports).
 */
export async function collectSocial(snapshot: BrandSnapshot, opts: SocialOptions): Promise<SocialResult> {
  const problems: SocialResult['problems'] = [];
  const fromExports: Conversation[] = [];
  for (const spec of opts.exports) {
    let read: Awaited<ReturnType<typeof readExport>>;
    try {
      read = await readExport(spec.path, {
        platform: spec.platform,
        account: spec.account,
        ...(spec.delimiter ? { delimiter: spec.delimiter } : {}),
        ...(spec.encoding ? { encoding: spec.encoding } : {}),
      });
    } catch (err) {
      // An export that cannot be read at all is the user's input at fault: a usage error naming file and line.
      if (err instanceof ConfigError) throw err;
      throw new ConfigError(err instanceof Error ? err.message : String(err));
    }
    const { conversation, problems: p } = read;
    fromExports.push(windowed(conversation, opts.ctx));
    problems.push(...p);
  }
  const exported = new Set(fromExports.map((c) => key(c.platform, c.handle)));
  const targets = socialTargets(snapshot.accounts, snapshot.site.pages, opts.declared).filter(
    (t) => !exported.has(key(t.platform, t.handle)),
  );
  const limit = pLimit(opts.concurrency ?? 3);
  const read = await Promise.all(targets.map((t) => limit(() => readTarget(t, opts))));
  return { conversations: [...read, ...fromExports], problems };
}

/**
 * The accounts to read: the site's official accounts, the Discourse communities the site runs, then the brand
 * file's declared accounts (added, or replacing nothing: duplicates are dropped by platform and handle).
 */
export function socialTargets(accounts: Account[], pages: PageRecord[], declared: SocialTarget[]): SocialTarget[] {
  const out = new Map<string, SocialTarget>();
  for (const a of accounts) {
    // A WhatsApp business number is a contact channel, not an account with public posts.
    if (a.official && !a.closed && a.platform !== 'whatsapp') out.set(key(a.platform, a.handle), { platform: a.platform, handle: a.handle, url: a.url });
  }
  for (const page of pages) {
    if (!page.facts?.vendors.some((v) => v.vendor === 'discourse')) continue;
    const origin = new URL(page.finalUrl ?? page.url).origin;
    const handle = new URL(origin).hostname;
    if (![...out.values()].some((t) => t.platform === 'discourse' && t.handle === handle))
      out.set(key('discourse', handle), { platform: 'discourse', handle, url: `${origin}/` });
  }
  for (const t of declared) out.set(key(t.platform, t.handle), t);
  return [...out.values()];
}

async function readTarget(target: SocialTarget, opts: SocialOptions): Promise<Conversation> {
  const collector = PUBLIC_SOURCES[target.platform];
  if (collector) {
    try {
      return await collector(target, opts.ctx);
    } catch {
      // Sources are written not to throw; a bug in one must still not sink the audit (its English message stays out).
      return noData(target, opts.ctx, 'error', [note('social.crashed')]);
    }
  }
  const notes = [note('social.no-public-data', { platform: target.platform })];
  const conv = noData(target, opts.ctx, 'no-source', notes);
  if (opts.checkProfiles && target.platform !== 'discourse') {
    const profile = await checkProfile(target, opts.ctx);
    if (profile) conv.profile = profile.exists === null ? undefined : { exists: profile.exists };
    if (profile?.note) notes.push(profile.note);
  }
  return conv;
}

function noData(target: SocialTarget, ctx: SourceContext, status: Conversation['status'], notes: Note[]): Conversation {
  return {
    platform: target.platform,
    handle: target.handle,
    url: target.url,
    source: 'none',
    status,
    notes,
    window: { from: ctx.window.from.toISOString(), to: ctx.window.to.toISOString(), days: ctx.window.days },
    posts: [],
  };
}

/** Keeps an export's posts inside the audit window (and every reply to a kept post). */
function windowed(conv: Conversation, ctx: SourceContext): Conversation {
  const from = ctx.window.from.getTime();
  const to = ctx.window.to.getTime();
  const kept = new Set(conv.posts.filter((p) => p.root === p.id && inWindow(p.createdAt, from, to)).map((p) => p.id));
  const posts = conv.posts.filter((p) => kept.has(p.root) || (p.root !== p.id && inWindow(p.createdAt, from, to)));
  return { ...conv, window: { from: ctx.window.from.toISOString(), to: ctx.window.to.toISOString(), days: ctx.window.days }, posts };
}

function inWindow(iso: string, from: number, to: number): boolean {
  const t = Date.parse(iso);
  return t >= from && t <= to;
}

/**
 * The source line of each conversation read (`platform:handle`): ok when the account was read (in full or in part),
 * with a `social.read` note (where the posts came from and how many) followed by the conversation's own notes.
 */
export function conversationSources(conversations: Conversation[]): SourceStatus[] {
  return conversations.map((conv) => ({
    source: `${conv.platform}:${conv.handle}`,
    ok: conv.status === 'ok' || conv.status === 'partial',
    notes: [note('social.read', { source: conv.source, posts: conv.posts.length }), ...(conv.notes ?? [])],
  }));
}

function key(platform: string, handle: string): string {
  return `${platform}:${handle.toLowerCase()}`;
}
