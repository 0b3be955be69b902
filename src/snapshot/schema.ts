// The JSON Schema of a saved BrandSnapshot (schema versions 2 and 3): what loadSnapshot checks before the rules read a
// file, so a hand-edited or truncated snapshot is refused naming the key at fault (`conversations[0]: expected an
// object`) instead of failing deep inside a rule. Published as schema/snapshot.schema.json by `npm run schemas`, in its
// `file` form (version 3 writes repeated findings once, pack.ts); loadSnapshot checks the `loaded` form, once unpacked.
// The built package carries that check precompiled (ajv standalone code, written by `npm run build` with
// scripts/build-config.mjs): compiling the schema took ~0.1 s of every `report SNAPSHOT` and --from-snapshot run.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import { PLATFORMS } from './types.js';

type JsonSchema = Record<string, unknown>;

const DRAFT = 'http://json-schema.org/draft-07/schema#';

// Objects stay open (additionalProperties) so that a snapshot written by a later minor version still loads; the keys
// the rules read are required and typed.
const str: JsonSchema = { type: 'string' };
const num: JsonSchema = { type: 'number' };
const int: JsonSchema = { type: 'integer', minimum: 0 };
const bool: JsonSchema = { type: 'boolean' };
const strings: JsonSchema = { type: 'array', items: str };
const obj = (required: string[], properties: Record<string, JsonSchema>): JsonSchema => ({ type: 'object', required, properties });
const list = (items: JsonSchema): JsonSchema => ({ type: 'array', items });

const note = obj(['code'], { code: str, data: { type: 'object' } });
const platform: JsonSchema = { type: 'string', enum: [...PLATFORMS, 'discourse'] };

/** What the file may write in place of a finding or an evidence entry (pack.ts), in the `file` form of the schema. */
type Form = 'file' | 'loaded';
const orShared = (form: Form, item: JsonSchema, ref: JsonSchema = int): JsonSchema => (form === 'file' ? { oneOf: [ref, item] } : item);

const social = obj(['platform', 'handle', 'url', 'how', 'placement'], { platform: str, handle: str, url: str, how: str, placement: str, snippet: str });
const link = obj(['url', 'text', 'placement', 'kinds'], { url: str, text: str, placement: str, kinds: strings });

const facts = (form: Form): JsonSchema => obj(['socials', 'links', 'contacts', 'vendors', 'promises', 'hasSearch'], {
  socials: list(orShared(form, social)),
  links: list(orShared(form, link)),
  contacts: list(obj(['kind', 'value'], { kind: str, value: str, snippet: str })),
  vendors: list(obj(['vendor', 'category', 'marker'], { vendor: str, category: str, marker: str })),
  promises: list(obj(['text', 'hours'], { text: str, hours: { type: ['number', 'null'] } })),
  lastUpdated: str,
  hasSearch: bool,
  otherNames: list(obj(['name'], { name: str, of: str })),
});

const page = (form: Form): JsonSchema => obj(['url', 'status', 'depth', 'https', 'kinds'], {
  url: str,
  finalUrl: str,
  status: { type: ['integer', 'null'] },
  depth: int,
  from: str,
  via: str,
  fetchMs: num,
  bytes: num,
  contentType: str,
  charset: str,
  title: str,
  lang: str,
  https: bool,
  viewport: { type: ['string', 'null'] },
  kinds: strings,
  facts: facts(form),
  error: note,
  warnings: list(note),
});

const profile: JsonSchema = {
  type: 'object',
  required: ['exists'],
  properties: { exists: bool, displayName: str, followers: num, posts: num, createdAt: str, lastPostAt: str, bio: str, links: strings },
};

// An evidence entry written by reference: [index in site.pages, index in site.shared.socials].
const evidenceRef: JsonSchema = { type: 'array', items: int, minItems: 2, maxItems: 2 };

const account = (form: Form): JsonSchema => obj(['platform', 'handle', 'url', 'official', 'evidence'], {
  platform,
  handle: str,
  url: str,
  official: bool,
  reason: note,
  evidence: list(orShared(form, obj(['pageUrl', 'how', 'placement'], { pageUrl: str, how: str, placement: str, snippet: str }), evidenceRef)),
  profile,
});

const post = obj(['id', 'platform', 'author', 'createdAt', 'text', 'root', 'metrics'], {
  id: str,
  url: str,
  platform,
  // `unknown`: the platform did not say who wrote it (a Facebook comment read without moderation rights).
  author: obj(['id', 'handle', 'role'], { id: str, handle: str, role: { enum: ['brand', 'fan', 'unknown'] } }),
  createdAt: str,
  text: str,
  replyTo: str,
  root: str,
  metrics: obj(['likes', 'replies', 'reposts'], { likes: num, replies: num, reposts: num }),
  repostOf: obj(['id', 'handle', 'role'], { id: str, handle: str, role: { enum: ['brand', 'fan'] } }),
  kind: { enum: ['post', 'video', 'topic'] },
});

const conversation = obj(['platform', 'handle', 'url', 'source', 'status', 'window', 'posts'], {
  platform,
  handle: str,
  url: str,
  source: str,
  status: { enum: ['ok', 'partial', 'auth-required', 'not-found', 'rate-limited', 'error', 'no-source'] },
  notes: list(note),
  brandId: str,
  coverage: { enum: ['brand-posts', 'unknown-authors'] },
  window: obj(['from', 'to', 'days'], { from: str, to: str, days: num }),
  dataUntil: str,
  profile,
  posts: list(post),
});

/**
 * The schema of a snapshot of schema version 2 or 3: as a file may be written (`file`, published), or as loadSnapshot
 * checks it once unpacked (`loaded`: every finding and evidence entry written out, no shared tables).
 */
export function snapshotSchema(form: Form = 'file'): JsonSchema {
  return {
    $schema: DRAFT,
    $id: 'https://brand-audit.dev/schema/snapshot.schema.json',
    title: 'brand-audit snapshot',
    description: 'Everything an audit collected (brand-audit audit --save-snapshot), re-audited offline with brand-audit report or --from-snapshot.',
    type: 'object',
    required: ['schemaVersion', 'collectedAt', 'tool', 'target', 'site', 'accounts'],
    properties: {
      schemaVersion: { enum: [2, 3] },
      collectedAt: str,
      tool: obj(['name', 'version'], { name: str, version: str }),
      target: obj(['url', 'domain', 'brandName'], { url: str, domain: str, brandName: str, local: bool }),
      brand: obj(['name', 'keywords', 'windowDays'], { name: str, keywords: strings, language: str, windowDays: num }),
      site: {
        ...obj(['startUrl', 'pages', 'errors', 'limits'], {
        audited: { const: false },
        startUrl: str,
        ...(form === 'file' ? { shared: obj([], { socials: list(social), links: list(link) }) } : {}),
        pages: list(page(form)),
        robots: {
          oneOf: [{ type: 'null' }, obj(['url', 'found', 'respected', 'disallowedSkipped'], { url: str, found: bool, respected: bool, disallowedSkipped: strings })],
        },
        errors: list(note),
        limits: obj(['maxPages', 'maxDepth', 'truncated'], { maxPages: num, maxDepth: num, truncated: bool }),
        }),
        // A crawled site has at least its start page; a social-only audit (`audited: false`) has none.
        if: { properties: { audited: { const: false } }, required: ['audited'] },
        else: { properties: { pages: { type: 'array', minItems: 1 } } },
      },
      accounts: list(account(form)),
      conversations: list(conversation),
      sources: list(obj(['source', 'ok'], { source: str, ok: bool, notes: list(note) })),
    },
  };
}

let compiled: ValidateFunction | undefined;

/** The precompiled validator's file, next to this module once built (see scripts/build-config.mjs). */
export const PRECOMPILED_SNAPSHOT_VALIDATOR = fileURLToPath(new URL('./schema-validator.cjs', import.meta.url));

/**
 * The ajv the snapshot check is compiled with, at build time (`code: { source: true }`) or, without a build, at run
 * time: the first error only (a snapshot is machine-written; one key names what is wrong), with its data. ajv is
 * CommonJS: its module.exports' `default` is the class.
 */
export function createSnapshotAjv(extra: Options = {}): InstanceType<typeof import('ajv').default> {
  const Ajv = (createRequire(import.meta.url)('ajv') as typeof import('ajv')).default;
  return new Ajv({ allErrors: false, strict: true, verbose: true, ...extra });
}

/**
 * A schema's fingerprint: a precompiled validator (the snapshot's here, the configuration files' in
 * src/config/validate.ts) is used only for the very schema it was compiled from.
 */
export function schemaFingerprint(schema: JsonSchema): string {
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(JSON.stringify(schema)).digest('hex');
}

/** The snapshot schema's fingerprint (the `loaded` variant unless another is given). */
export function snapshotSchemaFingerprint(schema: JsonSchema = snapshotSchema('loaded')): string {
  return schemaFingerprint(schema);
}

/** What scripts/build-config.mjs writes: the standalone validator, and the fingerprint of the schema it checks. */
type Precompiled = ValidateFunction & { fingerprint?: string };

/**
 * The validator of the `loaded` schema, on the first snapshot read (an audit that saves a snapshot, or none, never
 * reads one): the precompiled one when the build wrote it for this very schema (a schema edited without rebuilding
 * gets a fresh compile, not a stale check), else compiled with ajv.
 */
function validate(): ValidateFunction {
  if (compiled) return compiled;
  const schema = snapshotSchema('loaded');
  const built = existsSync(PRECOMPILED_SNAPSHOT_VALIDATOR)
    ? (createRequire(import.meta.url)(PRECOMPILED_SNAPSHOT_VALIDATOR) as Precompiled)
    : undefined;
  compiled = built && built.fingerprint === snapshotSchemaFingerprint(schema) ? built : createSnapshotAjv().compile(schema);
  return compiled;
}

/** `site.pages[3].url` from ajv's `/site/pages/3/url`. */
function keyOf(error: ErrorObject): string {
  const parts = error.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'required') parts.push(String((error.params as { missingProperty: string }).missingProperty));
  let key = '';
  for (const part of parts) key += /^\d+$/.test(part) ? `[${part}]` : key ? `.${part}` : part;
  return key || '(root)';
}

/** What was found instead, in a few words: `null`, `a string`, `a list`… */
function found(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** The first problem of a (current-version) snapshot against the schema, as a key and a message; undefined when valid. */
export function snapshotProblem(data: unknown): { key: string; message: string } | undefined {
  const check = compiled ?? validate();
  if (check(data)) return undefined;
  const error = check.errors![0];
  const key = keyOf(error);
  switch (error.keyword) {
    case 'required':
      return { key, message: 'missing' };
    case 'type':
      return { key, message: `expected ${String(error.params.type).replace(/,/g, ' or ')}, got ${found(error.data)}` };
    case 'enum':
      return { key, message: `unexpected value ${JSON.stringify(error.data)} (expected one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')})` };
    default:
      return { key, message: error.message ?? 'invalid' };
  }
}
