// Test support for the social rules: builders of posts, threads, questions and conversations on top of the
// snapshot builder, with times counted back from the snapshot's collection time.
import type {
  BrandSnapshot,
  Conversation,
  ConversationStatus,
  Note,
  PageRecord,
  Platform,
  Post,
  SocialSource,
} from '../../src/snapshot/types.js';
import { COLLECTED_AT, snapshot, startPage } from './snapshot-builder.js';

export { COLLECTED_AT };

/** The brand's handle on every platform in these tests. */
export const BRAND = 'maison';
/** The audit window of every conversation unless told otherwise (days). */
export const WINDOW_DAYS = 30;

const HOUR_MS = 3_600_000;

/** The ISO time `hours` before collection. */
export function hoursAgo(hours: number): string {
  return new Date(Date.parse(COLLECTED_AT) - hours * HOUR_MS).toISOString();
}

/** The ISO time `days` before collection. */
export function daysAgo(days: number): string {
  return hoursAgo(days * 24);
}

/** What a post spec may set; the rest is filled in (root by the conversation builder, platform from it too). */
export interface PostExtra {
  replyTo?: string;
  url?: string | null;
  likes?: number;
  replies?: number;
  reposts?: number;
  repostOf?: Post['repostOf'];
  kind?: Post['kind'];
}

function makePost(id: string, role: Post['author']['role'], handle: string, text: string, hours: number, extra: PostExtra): Post {
  const post: Post = {
    id,
    platform: 'bluesky',
    author: { id: `id-${handle}`, handle, role },
    createdAt: hoursAgo(hours),
    text,
    root: id,
    metrics: { likes: extra.likes ?? 0, replies: extra.replies ?? 0, reposts: extra.reposts ?? 0 },
  };
  if (extra.url !== null) post.url = extra.url ?? `https://social.example/${handle}/${id}`;
  if (extra.replyTo !== undefined) post.replyTo = extra.replyTo;
  if (extra.repostOf) post.repostOf = extra.repostOf;
  if (extra.kind) post.kind = extra.kind;
  return post;
}

/** A post by the brand, `hours` before collection. */
export function brandPost(id: string, text: string, hours: number, extra: PostExtra = {}): Post {
  return makePost(id, 'brand', BRAND, text, hours, extra);
}

/** A post by a fan, `hours` before collection. */
export function fanPost(id: string, handle: string, text: string, hours: number, extra: PostExtra = {}): Post {
  return makePost(id, 'fan', handle, text, hours, extra);
}

/** A comment whose author the platform did not give (a Facebook comment without `from`). */
export function hiddenPost(id: string, text: string, hours: number, extra: PostExtra = {}): Post {
  return makePost(id, 'unknown', '', text, hours, extra);
}

/** The brand reposting a fan's post. */
export function fanRepost(id: string, fanHandle: string, text: string, hours: number): Post {
  return brandPost(id, text, hours, { repostOf: { id: `orig-${id}`, handle: fanHandle, role: 'fan' } });
}

export interface QuestionSpec {
  /** Prefix of the ids of the thread's posts: `${id}-root`, `${id}-q`, `${id}-a`. */
  id: string;
  text?: string;
  /** Hours before collection the fan asked. */
  askedHoursAgo: number;
  /** Minutes after the question the brand replied; absent when it never did. */
  answeredAfterMinutes?: number;
  /** The brand's reply sits below a fan's follow-up instead of directly under the question. */
  deep?: boolean;
  /** A reply whose author the platform hid comes `hiddenAfterMinutes` after the question (before any brand reply). */
  hiddenAfterMinutes?: number;
  fan?: string;
}

/**
 * A thread: a brand post, a fan's question under it and, when answered, the brand's reply (directly, or below a
 * follow-up by the same fan when `deep`). The brand post is a day older than the question.
 */
export function questionThread(spec: QuestionSpec): Post[] {
  const fan = spec.fan ?? 'alice';
  const root = brandPost(`${spec.id}-root`, 'Notre nouvelle collection de linge de maison est en ligne.', spec.askedHoursAgo + 24);
  const question = fanPost(`${spec.id}-q`, fan, spec.text ?? 'Comment je fais pour être remboursé', spec.askedHoursAgo, {
    replyTo: root.id,
  });
  const posts = [root, question];
  if (spec.hiddenAfterMinutes !== undefined) {
    posts.push(hiddenPost(`${spec.id}-h`, 'Bonjour, nous vous répondons en message privé.', spec.askedHoursAgo - spec.hiddenAfterMinutes / 60, { replyTo: question.id }));
  }
  if (spec.answeredAfterMinutes === undefined) return posts;
  const answerHours = spec.askedHoursAgo - spec.answeredAfterMinutes / 60;
  let parent = question.id;
  if (spec.deep) {
    const follow = fanPost(`${spec.id}-f`, fan, 'Je précise : commande passée le 3 mai.', spec.askedHoursAgo - spec.answeredAfterMinutes / 120, {
      replyTo: question.id,
    });
    posts.push(follow);
    parent = follow.id;
  }
  posts.push(brandPost(`${spec.id}-a`, 'Bonjour, écrivez-nous en message privé avec votre numéro de commande.', answerHours, { replyTo: parent }));
  return posts;
}

export interface ConversationSpec {
  platform?: Platform | 'discourse';
  handle?: string;
  source?: SocialSource | 'none';
  status?: ConversationStatus;
  /** What the collector said about the account (codes + data). */
  notes?: Note[];
  days?: number;
  profile?: Conversation['profile'];
  coverage?: Conversation['coverage'];
  posts?: Post[];
}

/** Sets each post's platform and thread root (following replyTo to the first post that was read). */
function withRoots(posts: Post[], platform: Post['platform']): Post[] {
  const byId = new Map(posts.map((p) => [p.id, p]));
  return posts.map((p) => {
    let top = p;
    for (let hops = 0; top.replyTo && byId.has(top.replyTo) && hops < 100; hops++) top = byId.get(top.replyTo)!;
    return { ...p, platform, root: top.replyTo ?? top.id };
  });
}

/** A conversation read from one account (bluesky:maison, status ok, a 30-day window unless told otherwise). */
export function conversation(spec: ConversationSpec = {}): Conversation {
  const platform = spec.platform ?? 'bluesky';
  const handle = spec.handle ?? BRAND;
  const days = spec.days ?? WINDOW_DAYS;
  const conv: Conversation = {
    platform,
    handle,
    url: `https://${platform}.example/${handle}`,
    source: spec.source ?? (platform === 'bluesky' || platform === 'mastodon' || platform === 'youtube' || platform === 'discourse' ? platform : 'export'),
    status: spec.status ?? 'ok',
    window: { from: daysAgo(days), to: COLLECTED_AT, days },
    posts: withRoots(spec.posts ?? [], platform),
  };
  if (spec.notes !== undefined) conv.notes = spec.notes;
  if (spec.profile !== undefined) conv.profile = spec.profile;
  if (spec.coverage !== undefined) conv.coverage = spec.coverage;
  return conv;
}

/**
 * An X archive read: the brand's replies, after the given delays in minutes, to fans' posts known only by id,
 * author and time (no text), and a post of its own; coverage `brand-posts`.
 */
export function archiveConversation(answeredAfterMinutes: number[]): Conversation {
  const posts = answeredAfterMinutes.flatMap((m, i) => {
    const asked = 100 + i * 10;
    return [fanPost(`s${i}`, `fan${i}`, '', asked), brandPost(`r${i}`, `@fan${i} Merci, c'est réglé.`, asked - m / 60, { replyTo: `s${i}` })];
  });
  return conversation({ platform: 'x', source: 'export', coverage: 'brand-posts', posts: [brandPost('own', 'Nouvelle collection en ligne.', 50), ...posts] });
}

/** A Graph dump whose comments have no author: a fan's question and an unknown reply, coverage `unknown-authors`. */
export function authorlessConversation(): Conversation {
  const unknown = (id: string, text: string, hours: number, replyTo: string): Post => ({ ...fanPost(id, '', text, hours, { replyTo }), author: { id: '', handle: '', role: 'fan' } });
  return conversation({
    platform: 'facebook',
    source: 'export',
    coverage: 'unknown-authors',
    posts: [brandPost('p', 'Nouvelle collection en ligne.', 200), unknown('c1', 'Livrez-vous en Belgique ?', 150, 'p'), unknown('c2', 'Oui, en trois jours.', 149, 'c1')],
  });
}

/**
 * A conversation that gave nothing (e.g. facebook with neither public data nor an export), with the collector's
 * note saying why (by default: no public data for this platform).
 */
export function failedConversation(
  platform: Platform,
  status: ConversationStatus,
  notes: Note[] = [{ code: 'no-public-data', data: { platform } }],
): Conversation {
  return conversation({ platform, status, notes, source: 'none' });
}

/** A snapshot holding these conversations, optionally with brand keywords and site pages. */
export function socialSnapshot(
  conversations: Conversation[],
  options: { keywords?: string[]; pages?: PageRecord[]; overrides?: Partial<BrandSnapshot> } = {},
): BrandSnapshot {
  return snapshot(options.pages ?? [startPage()], [], {
    conversations,
    brand: { name: 'Maison', keywords: options.keywords ?? [], windowDays: WINDOW_DAYS },
    ...options.overrides,
  });
}

/** `n` brand posts, one a day from `startHours` back, with the given texts (cycled). */
export function brandSeries(prefix: string, n: number, texts: string[], startHours = 30, extra: PostExtra = {}): Post[] {
  return Array.from({ length: n }, (_, i) => brandPost(`${prefix}${i}`, texts[i % texts.length], startHours + i * 24, extra));
}

/** The `skipped` entry a failed conversation gives in rule data. */
export function skippedEntry(conv: Conversation): { account: string; status: ConversationStatus } {
  return { account: `${conv.platform}:${conv.handle}`, status: conv.status };
}

/** The data a conversation rule adds when no account could be read: who was skipped, and their names. */
export function unreadableData(...convs: Conversation[]): { skipped: ReturnType<typeof skippedEntry>[]; unreadable: string[] } {
  return { skipped: convs.map(skippedEntry), unreadable: convs.map((c) => `${c.platform}:${c.handle}`) };
}
