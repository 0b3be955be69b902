// The JSON Schema of a saved BrandSnapshot (schema version 2): what loadSnapshot checks before the rules read a file,
// so a hand-edited or truncated snapshot is refused naming the key at fault (`conversations[0]: expected an object`)
// instead of failing deep inside a rule. Published as schema/snapshot.schema.json by `npm run schemas`.
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
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

const facts = obj(['socials', 'links', 'contacts', 'vendors', 'promises', 'hasSearch'], {
  socials: list(obj(['platform', 'handle', 'url', 'how', 'placement'], { platform: str, handle: str, url: str, how: str, placement: str, snippet: str })),
  links: list(obj(['url', 'text', 'placement', 'kinds'], { url: str, text: str, placement: str, kinds: strings })),
  contacts: list(obj(['kind', 'value'], { kind: str, value: str, snippet: str })),
  vendors: list(obj(['vendor', 'category', 'marker'], { vendor: str, category: str, marker: str })),
  promises: list(obj(['text', 'hours'], { text: str, hours: { type: ['number', 'null'] } })),
  lastUpdated: str,
  hasSearch: bool,
});

const page = obj(['url', 'status', 'depth', 'https', 'kinds'], {
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
  facts,
  error: note,
  warnings: list(note),
});

const profile: JsonSchema = {
  type: 'object',
  required: ['exists'],
  properties: { exists: bool, displayName: str, followers: num, posts: num, createdAt: str, lastPostAt: str, bio: str, links: strings },
};

const account = obj(['platform', 'handle', 'url', 'official', 'evidence'], {
  platform,
  handle: str,
  url: str,
  official: bool,
  reason: note,
  evidence: list(obj(['pageUrl', 'how', 'placement'], { pageUrl: str, how: str, placement: str, snippet: str })),
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

/** The schema of a snapshot of the current schema version. */
export function snapshotSchema(): JsonSchema {
  return {
    $schema: DRAFT,
    $id: 'https://brand-audit.dev/schema/snapshot.schema.json',
    title: 'brand-audit snapshot',
    description: 'Everything an audit collected (brand-audit audit --save-snapshot), re-audited offline with brand-audit report or --from-snapshot.',
    type: 'object',
    required: ['schemaVersion', 'collectedAt', 'tool', 'target', 'site', 'accounts'],
    properties: {
      schemaVersion: { const: 2 },
      collectedAt: str,
      tool: obj(['name', 'version'], { name: str, version: str }),
      target: obj(['url', 'domain', 'brandName'], { url: str, domain: str, brandName: str, local: bool }),
      brand: obj(['name', 'keywords', 'windowDays'], { name: str, keywords: strings, language: str, windowDays: num }),
      site: {
        ...obj(['startUrl', 'pages', 'errors', 'limits'], {
        audited: { const: false },
        startUrl: str,
        pages: list(page),
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
      accounts: list(account),
      conversations: list(conversation),
      sources: list(obj(['source', 'ok'], { source: str, ok: bool, notes: list(note) })),
    },
  };
}

// ajv is CommonJS: under NodeNext the default import is module.exports, whose `default` is the class.
const Ajv = AjvModule.default;
let compiled: ValidateFunction | undefined;

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
  compiled ??= new Ajv({ allErrors: false, strict: true, verbose: true }).compile(snapshotSchema());
  if (compiled(data)) return undefined;
  const error = compiled.errors![0];
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
