// Saves and loads BrandSnapshots as JSON files: refuses files that are not snapshots or are of a schema this version
// does not know, upgrades version-1 snapshots (English sentences) to notes so they still audit, and unpacks the
// findings version 3 writes once for all pages (pack.ts).
import { readFileSync } from 'node:fs';
import { ConfigError } from '../errors.js';
import { checkInputSize } from '../limits.js';
import { writeFileAtomic } from '../write-file.js';
import { SNAPSHOT_SCHEMA_VERSION, type BrandSnapshot, type Note } from './types.js';
import { packSnapshot, unpackSnapshot } from './pack.js';
import { snapshotProblem } from './schema.js';

/**
 * Writes the snapshot as JSON, whole or not at all (write-file.ts), creating the folder if needed, with what every
 * page repeats written once (pack.ts): compact by default (about half the size of indented JSON, and faster to write
 * and read back), indented with `pretty` for reading or diffing.
 */
export async function saveSnapshot(file: string, snapshot: BrandSnapshot, { pretty = false }: { pretty?: boolean } = {}): Promise<void> {
  const packed = packSnapshot({ ...snapshot, schemaVersion: SNAPSHOT_SCHEMA_VERSION });
  await writeFileAtomic(file, (pretty ? JSON.stringify(packed, null, 2) : JSON.stringify(packed)) + '\n');
}

/** Reads and checks a snapshot file; any problem is a ConfigError naming the file and the key at fault. */
export function loadSnapshot(file: string): BrandSnapshot {
  checkInputSize(file, 'snapshot');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read snapshot: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, file);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`not valid JSON: ${(err as Error).message}`, file);
  }
  return checkSnapshot(data, file);
}

/** Schema versions this brand-audit reads: 1 is upgraded on load, 2 reads as it is, 3 (current) is unpacked. */
const READABLE_VERSIONS = [1, 2, SNAPSHOT_SCHEMA_VERSION];

/**
 * Structural check of a parsed snapshot (the parts the rules rely on); a version-1 snapshot comes back upgraded to
 * the current schema (see `migrateV1`). The input is not modified.
 */
export function checkSnapshot(data: unknown, file = 'snapshot'): BrandSnapshot {
  const bad = (key: string, what: string): never => {
    throw new ConfigError(what, file, undefined, key);
  };
  if (!data || typeof data !== 'object' || Array.isArray(data)) bad('(root)', 'not a brand-audit snapshot (expected a JSON object)');
  const s = data as Record<string, unknown>;
  if (typeof s.schemaVersion !== 'number') bad('schemaVersion', 'not a brand-audit snapshot (no schemaVersion)');
  const version = s.schemaVersion as number;
  if (version > SNAPSHOT_SCHEMA_VERSION)
    bad('schemaVersion', `snapshot schema ${String(version)} is newer than this brand-audit understands (${SNAPSHOT_SCHEMA_VERSION}); upgrade brand-audit`);
  if (!READABLE_VERSIONS.includes(version))
    bad('schemaVersion', `unknown snapshot schema ${String(version)} (this brand-audit reads schemas ${READABLE_VERSIONS.join(', ')})`);
  if (typeof s.collectedAt !== 'string' || Number.isNaN(Date.parse(s.collectedAt))) bad('collectedAt', 'expected an ISO date string');
  const target = s.target as Record<string, unknown> | undefined;
  if (!target || typeof target.url !== 'string' || typeof target.domain !== 'string') bad('target', 'expected { url, domain, brandName }');
  const site = s.site as Record<string, unknown> | undefined;
  if (!site || !Array.isArray(site.pages)) bad('site.pages', 'expected a list of pages');
  (site!.pages as unknown[]).forEach((p, i) => {
    const page = p as Record<string, unknown>;
    if (!page || typeof page.url !== 'string' || typeof page.depth !== 'number' || !Array.isArray(page.kinds))
      bad(`site.pages[${i}]`, 'expected a page with url, depth and kinds');
  });
  if (!Array.isArray(s.accounts)) bad('accounts', 'expected a list of accounts');
  if (s.conversations !== undefined && !Array.isArray(s.conversations)) bad('conversations', 'expected a list');
  if (s.sources !== undefined && !Array.isArray(s.sources)) bad('sources', 'expected a list');
  // Lists a website-only snapshot may lack are added at the end: the file's own key order is kept.
  const snapshot = { ...s, conversations: s.conversations ?? [], sources: s.sources ?? [] } as unknown as BrandSnapshot;
  const current =
    version === 1 ? migrateV1(snapshot) : version >= 3 ? (unpackSnapshot(snapshot as unknown as Record<string, unknown>, bad) as unknown as BrandSnapshot) : snapshot;
  // Every key the rules read, typed: a `null` where a conversation should be is named here, not met by a rule.
  const problem = snapshotProblem(current);
  if (problem) bad(problem.key, problem.message);
  return current;
}

// ---------------------------------------------------------------------------------------------------------------
// Version 1 → 2

/** A sentence of a version-1 snapshot, kept as it was written (its language is whatever the tool wrote then). */
export function legacyNote(text: string): Note {
  return { code: 'legacy-text', data: { text } };
}

type Record1 = Record<string, unknown>;

/**
 * Upgrades a version-1 snapshot: every English sentence becomes a note. Account reasons and page errors were a
 * closed set of sentences, so they get their real code and figures back where the sentence says them all (a French
 * report of an old snapshot is then French); everything else (and any sentence not recognised) becomes a
 * `legacy-text` note carrying the text as written. Returns a new object; the input is not modified.
 */
export function migrateV1(old: BrandSnapshot): BrandSnapshot {
  const s = structuredClone(old) as unknown as Record1;
  s.schemaVersion = SNAPSHOT_SCHEMA_VERSION;
  const site = s.site as Record1;
  for (const page of site.pages as Record1[]) {
    const charset = typeof page.charset === 'string' ? page.charset : 'utf-8';
    if (isRecord(page.error)) page.error = migrateError(page.error, charset)[0];
    if (Array.isArray(page.warnings)) page.warnings = page.warnings.flatMap((w) => (isRecord(w) ? migrateError(w, charset) : [w]));
  }
  if (Array.isArray(site.errors)) site.errors = site.errors.flatMap((e) => (isRecord(e) ? migrateError(e, 'utf-8') : [e]));
  for (const account of s.accounts as Record1[]) {
    if (typeof account.reason === 'string') account.reason = migrateReason(account.reason);
  }
  const items = [...((s.conversations as Record1[]) ?? []), ...((s.sources as Record1[]) ?? [])];
  for (const item of items) {
    if (!isRecord(item) || !('message' in item)) continue;
    const message = item.message;
    const notes = typeof message === 'string' && message.trim() !== '' ? [legacyNote(message)] : undefined;
    // `notes` takes the place of `message`, so a migrated file reads in the order a collected one does.
    for (const [key, value] of Object.entries(item)) {
      delete item[key];
      if (key !== 'message') item[key] = value;
      else if (notes) item.notes = notes;
    }
  }
  return s as unknown as BrandSnapshot;
}

function isRecord(v: unknown): v is Record1 {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const UNITS: Record<string, number> = { bytes: 1, KiB: 1024, MiB: 1024 * 1024 };

/**
 * How each version-1 page error sentence (src/http/errors.ts, collect/site/crawl.ts at schema 1) gives back the
 * figures of its code; a sentence that does not match keeps its words as `legacy-text`.
 */
const ERROR_FIGURES: Record<string, (message: string) => Record<string, unknown> | undefined> = {
  timeout: (m) => {
    const x = /^timeout after ([\d.]+) s$/.exec(m);
    return x ? { seconds: Number(x[1]) } : undefined;
  },
  'too-large': (m) => {
    const x = /^response larger than ([\d.]+) (bytes|KiB|MiB)\b/.exec(m);
    return x ? { maxBytes: Math.round(Number(x[1]) * UNITS[x[2]]) } : undefined;
  },
  dns: (m) => {
    const x = /^DNS lookup failed for (\S+) \((\w+)\)$/.exec(m);
    return x ? { host: x[1], errno: x[2] } : undefined;
  },
  refused: (m) => {
    const x = /^connection refused by (\S+)$/.exec(m);
    return x ? { host: x[1] } : undefined;
  },
  network: (m) => {
    if (!m.startsWith('network error')) return undefined;
    return { errno: /\((\w+)\)$/.exec(m)?.[1] ?? 'unknown' };
  },
  'too-many-redirects': (m) => {
    const x = /^more than (\d+) redirects/.exec(m);
    return x ? { maxRedirects: Number(x[1]) } : undefined;
  },
  'not-html': (m) => {
    const x = /^not an HTML page \((.*)\)$/.exec(m);
    return x ? { contentType: x[1] === 'no content type' ? null : x[1] } : undefined;
  },
  // bad-charset: see migrateError (one sentence could name two labels).
  'max-pages': (m) => {
    const x = /^stopped at --max-pages (\d+); (\d+) more page\(s\) were found but not read$/.exec(m);
    return x ? { maxPages: Number(x[1]), unread: Number(x[2]) } : undefined;
  },
  // Codes whose message takes no figures.
  robots: () => ({}),
  'redirect-loop': () => ({}),
  'bad-url': () => ({}),
  aborted: () => ({}),
  'bad-json': () => ({}),
  'parse-error': () => ({}),
};

/**
 * A version-1 page error or warning `{ code, message }` as notes: its code with figures (a bad-charset sentence naming
 * two labels gives two notes, as collection now does), else the sentence as legacy text. `charset` is the encoding the
 * page was decoded with.
 */
function migrateError(error: Record1, charset: string): Note[] {
  const code = typeof error.code === 'string' ? error.code : 'legacy-text';
  const message = typeof error.message === 'string' ? error.message : '';
  const status = /^http-(\d{3})$/.exec(code);
  if (status) return [{ code, data: { status: Number(status[1]) } }];
  if (code === 'bad-charset') {
    const labels = [...message.matchAll(/unknown charset "(.+?)" (in Content-Type|declared in the document)/g)];
    const rest = message.replace(/unknown charset "(.+?)" (in Content-Type|declared in the document)/g, '').replace(/; decoded as UTF-8/, '');
    if (labels.length > 0 && /^(; )*$/.test(rest)) {
      return labels.map((m) => ({
        code,
        data: { label: m[1], declaredIn: m[2] === 'in Content-Type' ? 'content-type' : 'document', charset },
      }));
    }
  }
  const figures = ERROR_FIGURES[code]?.(message);
  if (figures) return [Object.keys(figures).length > 0 ? { code, data: figures } : { code }];
  // The old code is kept beside the text: nothing the version-1 file said is lost.
  return [{ code: 'legacy-text', data: { text: message || code, legacyCode: code } }];
}

/** Version-1 placement words (collect/site/accounts.ts at schema 1) → placements. */
const PLACEMENT_WORDS: Record<string, string> = {
  '"follow us" block': 'follow-block',
  footer: 'footer',
  header: 'header',
  navigation: 'nav',
  article: 'article',
  body: 'body',
  'page head': 'head',
};

/** The version-1 account reasons, a closed set of sentences, as notes; an unknown one becomes legacy text. */
export function migrateReason(reason: string): Note {
  const fixed: Record<string, string> = {
    'twitter:site meta tag': 'site.account.twitter-site',
    'JSON-LD sameAs': 'site.account.json-ld',
    'rel=me link in the page head': 'site.account.rel-me',
    'follow button': 'site.account.follow-button',
    'handle matches the brand name': 'site.account.brand-name',
    'handle matches the domain': 'site.account.domain',
    'share link via= only, unrelated to the brand': 'site.account.share-via',
  };
  if (fixed[reason]) return { code: fixed[reason] };
  let m = /^seen on (\d+) of (\d+) pages?$/.exec(reason);
  if (m) return { code: 'site.account.repeated', data: { pages: Number(m[1]), analysed: Number(m[2]) } };
  m = /^embedded JSON on (\d+) pages?, unrelated to the brand$/.exec(reason);
  if (m) return { code: 'site.account.unrelated-json', data: { pages: Number(m[1]) } };
  m = /^(.+?) link on (\d+) pages?, unrelated to the brand$/.exec(reason);
  if (m && PLACEMENT_WORDS[m[1]]) return { code: 'site.account.unrelated-link', data: { placement: PLACEMENT_WORDS[m[1]], pages: Number(m[2]) } };
  m = /^(.+?) on (\d+) pages?$/.exec(reason);
  if (m && PLACEMENT_WORDS[m[1]]) return { code: 'site.account.placement', data: { placement: PLACEMENT_WORDS[m[1]], pages: Number(m[2]) } };
  return legacyNote(reason);
}
