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
import { collectFacebook } from './facebook.js';
import { collectInstagram } from './instagram.js';
import { collectX } from './x.js';
import { findToken, isFound, isTokenPlatform, type TokenPlatform } from './tokens.js';
import { missingTokenNote } from './token-sources.js';
import type { ExportProblem } from './export/index.js';
import { windowExport, type ExportWindow } from './export/window.js';
import { dedupePosts } from './common.js';
import { withRoots } from './thread-roots.js';
import { checkProfile } from './profile-check.js';
import type { ExportSpec } from '../../platforms/targets.js';
import { ConfigError } from '../../errors.js';
import { SOURCE_LIMITS, SourceBudget } from './budget.js';

export { SOURCE_LIMITS } from './budget.js';

/** Platforms with public data a CLI can read without an account (REFERENCE.md). */
const PUBLIC_SOURCES: Partial<Record<Platform | 'discourse', SocialCollector>> = {
  bluesky: collectBluesky,
  mastodon: collectMastodon,
  youtube: collectYoutube,
  discourse: collectDiscourse,
};

/** Platforms read through their API with a token the user supplies (collect/social/tokens.ts, docs/platforms.md). */
const TOKEN_SOURCES: Record<TokenPlatform, SocialCollector> = {
  facebook: collectFacebook,
  instagram: collectInstagram,
  x: collectX,
};

export interface SocialOptions {
  ctx: SourceContext;
  /** Accounts declared in the brand file: they are read even when the site does not link them. */
  declared: SocialTarget[];
  exports: ExportSpec[];
  /**
   * True when the window is the default one (no --window, --since or --until, nor in the brand file): an export whose
   * posts are all older than it is then audited over the same number of days up to its newest post.
   */
  anchorExports?: boolean;
  /** Check that profile URLs of platforms without data answer (off in the demo, which is offline). */
  checkProfiles: boolean;
  /** Accounts read at once. */
  concurrency?: number;
  /** Seconds one account may take (default SOURCE_LIMITS.seconds); its pages are SOURCE_LIMITS.pages. */
  sourceSeconds?: number;
  /** Interrupts the reading (Ctrl-C): accounts keep what they read and say so. */
  signal?: AbortSignal;
}

export interface SocialResult {
  conversations: Conversation[];
  /** Export rows that were rejected, for the report's "could not be checked" part. */
  problems: ExportProblem[];
}

type ExportReaders = typeof import('./export/index.js');

/** The export readers (CSV parsing, encodings) load only when there are exports to read. */
async function readExport(...args: Parameters<ExportReaders['readExport']>): ReturnType<ExportReaders['readExport']> {
  return (await import('./export/index.js')).readExport(...args);
}

/**
 * Reads every official account found on the site, every declared account and every export. Never throws for
 * what a platform answers; an export that cannot be read at all throws (a usage error the CLI reports).
 */
export async function collectSocial(snapshot: BrandSnapshot, opts: SocialOptions): Promise<SocialResult> {
  const { conversations: fromExports, problems } = await readExports(opts.exports, { window: opts.ctx.window, anchor: opts.anchorExports ?? false });
  const exported = new Set(fromExports.map((c) => key(c.platform, c.handle)));
  const targets = socialTargets(snapshot.accounts, snapshot.site.pages, opts.declared).filter(
    (t) => !exported.has(key(t.platform, t.handle)),
  );
  const limit = pLimit(opts.concurrency ?? 3);
  // Instagram finds its account through the brand's Facebook Page: every source sees the list of accounts read.
  const read = await Promise.all(
    targets.map((t) =>
      limit(() => {
        // Each account's clock starts when it is read, not while it waits for its turn.
        const budget = new SourceBudget({ pages: SOURCE_LIMITS.pages, seconds: opts.sourceSeconds ?? SOURCE_LIMITS.seconds }, opts.signal);
        return readTarget(t, { ...opts, ctx: { ...opts.ctx, accounts: targets, budget } });
      }),
    ),
  );
  return { conversations: [...read, ...fromExports], problems };
}

/**
 * Reads the exports, merges the accounts several files give (an archive in parts, a dump beside a CSV) and applies the
 * window to each group of files that share an account, so the parts of one account are anchored together.
 */
async function readExports(specs: readonly ExportSpec[], window: ExportWindow): Promise<SocialResult> {
  const problems: ExportProblem[] = [];
  const files: Conversation[][] = [];
  for (const spec of specs) {
    try {
      const read = await readExport(spec.path, {
        ...(spec.platform ? { platform: spec.platform } : {}),
        ...(spec.account ? { account: spec.account } : {}),
        ...(spec.delimiter ? { delimiter: spec.delimiter } : {}),
        ...(spec.encoding ? { encoding: spec.encoding } : {}),
      });
      files.push(read.conversations);
      // One push per row: an export can reject hundreds of thousands of rows, too many to spread into arguments.
      for (const problem of read.problems) problems.push(problem);
    } catch (err) {
      // An export that cannot be read at all is the user's input at fault: a usage error naming file and line. A
      // system error while reading is named by its code; anything else is a bug, left to the CLI's internal-error line.
      if (err instanceof ConfigError) throw err;
      const code = (err as NodeJS.ErrnoException | null)?.code;
      if (typeof code === 'string') throw new ConfigError(`cannot read the export: ${code}`, spec.path);
      throw err;
    }
  }
  // Files that share an account form one group (union-find over file indexes).
  const group = files.map((_, i) => i);
  const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i])));
  const owner = new Map<string, number>();
  files.forEach((convs, i) => {
    for (const c of convs) {
      const k = key(c.platform, c.handle);
      const j = owner.get(k);
      if (j === undefined) owner.set(k, i);
      else group[find(i)] = find(j);
    }
  });
  const merged = new Map<string, { conv: Conversation; group: number }>();
  files.forEach((convs, i) => {
    for (const c of convs) {
      const k = key(c.platform, c.handle);
      const seen = merged.get(k);
      merged.set(k, { conv: seen ? mergeExports(seen.conv, c) : c, group: find(i) });
    }
  });
  const conversations: Conversation[] = [];
  for (const g of new Set([...merged.values()].map((m) => m.group))) {
    conversations.push(...windowExport([...merged.values()].filter((m) => m.group === g).map((m) => m.conv), window));
  }
  return { conversations, problems };
}

/** One account read from two exports: posts once each (threads rebuilt), notes of both, the weaker status. */
function mergeExports(a: Conversation, b: Conversation): Conversation {
  const posts = withRoots(dedupePosts([...a.posts, ...b.posts]).map(({ root: _root, ...p }) => p));
  // Fans' posts read by either source make the whole readable, unless one source hid who wrote its comments.
  const coverage = a.coverage === b.coverage ? a.coverage : a.coverage === 'unknown-authors' || b.coverage === 'unknown-authors' ? 'unknown-authors' : undefined;
  const { coverage: _c, ...head } = a;
  return {
    ...head,
    status: a.status === 'ok' && b.status === 'ok' ? 'ok' : 'partial',
    notes: [...(a.notes ?? []), ...(b.notes ?? [])],
    ...(a.brandId ?? b.brandId ? { brandId: a.brandId ?? b.brandId } : {}),
    ...(coverage ? { coverage } : {}),
    window: a.window,
    ...(a.profile ?? b.profile ? { profile: a.profile ?? b.profile } : {}),
    posts: dedupePosts(posts),
  };
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
  const tokenPlatform = isTokenPlatform(target.platform) ? target.platform : undefined;
  const token = tokenPlatform ? findToken(tokenPlatform, opts.ctx) : undefined;
  const collector = PUBLIC_SOURCES[target.platform] ?? (tokenPlatform && token && isFound(token) ? TOKEN_SOURCES[tokenPlatform] : undefined);
  if (collector) {
    try {
      return await collector(target, opts.ctx);
    } catch {
      // Sources are written not to throw; a bug in one must still not sink the audit (its English message stays out).
      return noData(target, opts.ctx, 'error', [note('social.crashed')]);
    }
  }
  // Facebook, Instagram and X without a token: say which variable would let the tool read them.
  const notes = [tokenPlatform && token && !isFound(token) ? missingTokenNote(tokenPlatform, token) : note('social.no-public-data', { platform: target.platform })];
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
