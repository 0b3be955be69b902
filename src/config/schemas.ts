// The JSON Schemas of the YAML files users write: brand files, rule sets, portfolios and configuration files (and of
// saved snapshots, built in snapshot/schema.ts and published with them). Built here (the rule-set
// schema from the rule registry, so every rule id and option is in it), published under schema/ by
// `npm run schemas`, and checked at run time with ajv (config/validate.ts). Editors read the published files
// through the `# yaml-language-server: $schema=` line `brand-audit init` writes.
import { fileURLToPath } from 'node:url';
import { RULES } from '../rules/index.js';
import { CATEGORY_IDS } from '../rules/categories.js';
import { LIVE_PLATFORMS } from '../snapshot/types.js';
import { TOKEN_PLATFORMS } from '../platforms/targets.js';
import { snapshotSchema } from '../snapshot/schema.js';
import type { OptionSchema, OptionValue, Rule } from '../rules/types.js';
import { LANGS } from '../locale/langs.js';
import { FORMATS } from '../report/formats.js';

/** A JSON Schema (draft-07) as a plain object. */
export type JsonSchema = Record<string, unknown>;

/** Where the published schemas live (works from src/ under vitest and from dist/ once built). */
export const SCHEMA_DIR = fileURLToPath(new URL('../../schema/', import.meta.url));

/** The file names of the published schemas, by what they describe. */
export const SCHEMA_FILES = {
  brandFile: 'brand-file.schema.json',
  ruleSet: 'rule-set.schema.json',
  portfolio: 'portfolio.schema.json',
  config: 'config.schema.json',
  snapshot: 'snapshot.schema.json',
} as const;

// Draft-07: what editors (yaml-language-server, VS Code) and ajv's default build all support.
const DRAFT = 'http://json-schema.org/draft-07/schema#';

/** Languages a brand posts in (text detection knows these); not the report language. */
export const BRAND_LANGUAGES = ['fr', 'en', 'de', 'es'] as const;

/** A window such as 30d, 4w or 90 (days); the 1–366 range is checked by parseWindow. */
const WINDOW_PATTERN = '^\\s*\\d+\\s*(d|days?|w|weeks?)?\\s*$';

/** A day such as 2017-10-01 (since/until); that it is a real day is checked by parseDayBound. */
const DAY_PATTERN = '^\\s*\\d{4}-\\d{2}-\\d{2}\\s*$';

/** A relative window (`window:` of brand files and configuration files). */
const WINDOW: JsonSchema = {
  anyOf: [
    { type: 'integer', minimum: 1, maximum: 366 },
    { type: 'string', pattern: WINDOW_PATTERN },
  ],
  errorMessage: 'a number of days such as 30d or 4w (1–366 days)',
};
/** The first and last days of a past period (`since:`, `until:` of brand files and configuration files). */
const SINCE: JsonSchema = { type: 'string', pattern: DAY_PATTERN, errorMessage: 'a day written yyyy-mm-dd such as 2017-10-01' };
const UNTIL: JsonSchema = { type: 'string', pattern: DAY_PATTERN, errorMessage: 'a day written yyyy-mm-dd such as 2017-12-31' };

/** The keys of one brand: a brand file's top level, and an inline portfolio entry. */
function brandProperties(): Record<string, JsonSchema> {
  const handles: JsonSchema = {
    anyOf: [
      { type: 'string', minLength: 1 },
      { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
    ],
    errorMessage: 'a handle, a profile URL, or a list of them',
  };
  return {
    name: { type: 'string', minLength: 1, pattern: '\\S', description: "The brand's name: shown on the report, used to recognise its own accounts." },
    website: {
      type: 'string',
      pattern: '^[hH][tT][tT][pP][sS]?://',
      errorMessage: 'an http(s) URL',
      description: 'The start page of the website audit (http or https URL); leave it out for a social-only audit of the accounts and exports.',
    },
    language: { enum: [...BRAND_LANGUAGES], description: "The language of the brand's posts; detected per post when omitted." },
    window: { ...WINDOW, description: 'How far back to read conversations: 30d (default), 4w, 90…' },
    since: { ...SINCE, description: 'First day (UTC) of a past period to audit, e.g. since: 2017-10-01 with until: 2017-12-31; not with window.' },
    until: { ...UNTIL, description: 'Last day (UTC) of the period, included; alone, the window ends that day.' },
    keywords: {
      anyOf: [
        { type: 'string', minLength: 1 },
        { type: 'array', items: { type: 'string', minLength: 1 } },
      ],
      errorMessage: 'a string or a list of strings',
      description: "The brand's topics, for the on-topic checks (words or short phrases).",
    },
    accounts: {
      type: 'object',
      description: 'Social accounts to add to (or force over) those found on the site: a handle or a profile URL, or a list.',
      additionalProperties: false,
      properties: Object.fromEntries([...LIVE_PLATFORMS, 'discourse'].map((p) => [p, handles])),
    },
    tokens: {
      type: 'object',
      description:
        "Per platform, the NAME of the environment variable holding this brand's API token (e.g. facebook: ACME_FB_TOKEN) — never the token itself (docs/platforms.md).",
      additionalProperties: false,
      properties: Object.fromEntries(
        TOKEN_PLATFORMS.map((p) => [p, { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_]*$', description: `The environment variable holding the ${p} token.` }]),
      ),
    },
    businessHours: {
      type: 'object',
      description:
        "When the brand answers: its time zone, and the days and hours it is open minus holidays (README: Business hours). These win over hours read on the site; with timeZone alone, the site's hours are read in it.",
      additionalProperties: false,
      required: ['timeZone'],
      properties: {
        timeZone: { type: 'string', minLength: 1, description: 'IANA time zone, e.g. Europe/Paris (DST is followed).' },
        days: {
          anyOf: [
            { type: 'string', minLength: 1 },
            { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
          ],
          errorMessage: 'days such as mon-fri, "mon,wed,fri" or [mon, sat]',
          description: 'Open days: mon-fri, "mon,wed,fri" or a list.',
        },
        hours: {
          anyOf: [
            { type: 'string', minLength: 1 },
            { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
          ],
          errorMessage: 'opening hours such as "09:00-18:00" or a list of them',
          description: 'Local opening hours on those days: "09:00-18:00", or ["09:00-12:30", "14:00-18:00"].',
        },
        holidays: {
          type: 'array',
          items: { type: 'string', pattern: DAY_PATTERN },
          errorMessage: 'a list of days written yyyy-mm-dd',
          description: 'Local days closed (public holidays), yyyy-mm-dd.',
        },
      },
    },
    exports: {
      type: 'array',
      description: 'Conversation exports (docs/exports.md); paths are relative to this file.',
      items: {
        anyOf: [
          { type: 'string', minLength: 1 },
          {
            type: 'object',
            additionalProperties: false,
            required: ['path'],
            properties: {
              path: { type: 'string', minLength: 1 },
              platform: { enum: [...LIVE_PLATFORMS] },
              account: { type: 'string', minLength: 1 },
              delimiter: { enum: [',', ';', '\t', 'tab'], description: 'CSV delimiter; guessed from the header line when absent.' },
              encoding: { type: 'string', minLength: 1, description: 'The file encoding (WHATWG label: windows-1252, utf-16le…); UTF-8 when absent.' },
            },
          },
        ],
        errorMessage: 'a path or { path, platform, account, delimiter, encoding }',
      },
    },
  };
}

/** The schema of a brand file (brand.yaml). */
export function brandFileSchema(): JsonSchema {
  return {
    $schema: DRAFT,
    title: 'brand-audit brand file',
    description:
      'A brand to audit: its website, declared social accounts, topics, window and exports (README: Brand files). Without website, a social-only audit of its accounts and exports.',
    type: 'object',
    additionalProperties: false,
    required: ['name'],
    properties: brandProperties(),
  };
}

/** The schema of a portfolio: a list of brands, inline (brand-file keys) or `file:` paths, each with an id and sector. */
export function portfolioSchema(): JsonSchema {
  const shared: Record<string, JsonSchema> = {
    id: {
      type: 'string',
      pattern: '^[a-z0-9][a-z0-9._-]*$',
      description: "A stable id for file names and --resume (lower-case letters, digits, . _ -); derived from the brand's name when omitted.",
    },
    sector: { type: 'string', minLength: 1, description: 'The sector the barometer groups this brand in.' },
  };
  return {
    $schema: DRAFT,
    title: 'brand-audit portfolio',
    description: 'Brands audited in one run by `brand-audit batch`: inline entries with the brand-file keys, or `file:` paths to brand files.',
    type: 'object',
    additionalProperties: false,
    required: ['brands'],
    properties: {
      title: { type: 'string' },
      description: { type: 'string' },
      brands: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          if: { properties: { file: {} }, required: ['file'] },
          then: {
            type: 'object',
            additionalProperties: false,
            properties: { file: { type: 'string', minLength: 1, description: 'A brand file, relative to this portfolio.' }, ...shared },
          },
          else: {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'website'],
            properties: { ...brandProperties(), ...shared },
          },
        },
      },
    },
  };
}

/** A rule option's schema as JSON Schema, with its default for editors. */
export function optionJsonSchema(schema: OptionSchema, def?: OptionValue): JsonSchema {
  const withDefault = (s: JsonSchema): JsonSchema => (def === undefined ? s : { ...s, default: def });
  switch (schema.type) {
    case 'number':
    case 'integer':
      return withDefault({ type: schema.type, ...bounds(schema) });
    case 'boolean':
      return withDefault({ type: 'boolean' });
    case 'string':
      return withDefault(schema.enum ? { type: 'string', enum: [...schema.enum] } : { type: 'string' });
    case 'string[]':
      return withDefault({
        type: 'array',
        items: schema.enum ? { type: 'string', enum: [...schema.enum] } : { type: 'string' },
        ...(schema.minItems !== undefined ? { minItems: schema.minItems } : {}),
      });
  }
}

function bounds(s: { minimum?: number; maximum?: number }): JsonSchema {
  return { ...(s.minimum !== undefined ? { minimum: s.minimum } : {}), ...(s.maximum !== undefined ? { maximum: s.maximum } : {}) };
}

/**
 * The option schema of one option: the rule's own (meta.schema). A rule that has not declared one yet gets the type
 * of its default, so the loader still rejects a wrong type (tests require every option to have a schema).
 */
export function optionSchemaOf(rule: Rule, name: string): OptionSchema {
  const declared = rule.meta.schema?.[name];
  if (declared) return declared;
  const def = rule.meta.defaultOptions[name];
  if (Array.isArray(def)) return { type: 'string[]' };
  if (typeof def === 'boolean') return { type: 'boolean' };
  if (typeof def === 'string') return { type: 'string' };
  return { type: 'number' };
}

/** The option names a rule accepts: those with a default. */
export function optionNames(rule: Rule): string[] {
  return Object.keys(rule.meta.defaultOptions);
}

/** A weight: relative within a category (rules) or across categories; 0 keeps a rule shown but not counted. */
const WEIGHT: JsonSchema = { type: 'number', minimum: 0 };
const CATEGORY: JsonSchema = { type: 'object', additionalProperties: false, properties: { weight: WEIGHT } };

function ruleEntrySchema(rule: Rule): JsonSchema {
  const options = Object.fromEntries(optionNames(rule).map((name) => [name, optionJsonSchema(optionSchemaOf(rule, name), rule.meta.defaultOptions[name])]));
  return {
    anyOf: [
      { enum: ['off', 'on', true, false, null] },
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          weight: WEIGHT,
          options: { type: 'object', additionalProperties: false, properties: options },
        },
      },
    ],
    errorMessage: '`off` or a mapping with weight and/or options',
  };
}

/** The schema of a rule set, with every rule of `rules` (the registry by default) and its options. */
export function ruleSetSchema(rules: Rule[] = RULES): JsonSchema {
  // By code units, as the rule set's rules are (src/config/rule-set.ts says why).
  const sorted = [...rules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0));
  return {
    $schema: DRAFT,
    title: 'brand-audit rule set',
    description: 'Which rules run, their weights and options, and the category weights (README: Rule sets). Generated from the rule registry by `npm run schemas`.',
    type: 'object',
    additionalProperties: false,
    properties: {
      id: { type: 'string', minLength: 1 },
      title: { type: 'string' },
      description: { type: 'string' },
      extends: {
        anyOf: [
          { type: 'string', minLength: 1 },
          { type: 'array', items: { type: 'string', minLength: 1 } },
        ],
        errorMessage: 'a preset name, a path, or a list of them',
        description: 'Presets by name (default, strict) or paths relative to this file; resolved left to right, then this file wins.',
      },
      categories: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(CATEGORY_IDS.map((id) => [id, CATEGORY])),
      },
      rules: {
        type: 'object',
        description: 'Keyed by rule id (`brand-audit rules` lists them): weight and options, or `off`.',
        additionalProperties: false,
        properties: Object.fromEntries(sorted.map((r) => [r.meta.id, ruleEntrySchema(r)])),
      },
      assert: {
        type: 'array',
        description: 'CI gates, same syntax as --assert: score=60, category:support=70, rule:support-reachable=pass.',
        items: { type: 'string', pattern: '^\\s*(score|category:\\s*[\\w-]+|rule:\\s*[\\w-]+)\\s*=\\s*\\S+' },
      },
    },
  };
}

/** An --assert check, as a rule set's `assert:` writes it too. */
const ASSERT_ITEM: JsonSchema = { type: 'string', pattern: '^\\s*(score|category:\\s*[\\w-]+|rule:\\s*[\\w-]+)\\s*=\\s*\\S+' };
/** A --max-drop value: points for the overall score, or rule:<id>=N, category:<id>=N, score=N. */
const MAX_DROP_ITEM: JsonSchema = {
  anyOf: [
    { type: 'number', minimum: 0, maximum: 100 },
    { type: 'string', pattern: '^\\s*((score|rule:\\s*[\\w-]+|category:\\s*[\\w-]+)\\s*=\\s*)?\\d+(\\.\\d+)?\\s*$' },
  ],
  errorMessage: 'points (5), or rule:<id>=N, category:<id>=N',
};
const PATH: JsonSchema = { type: 'string', minLength: 1 };
const oneOrMany = (item: JsonSchema, errorMessage: string): JsonSchema => ({ anyOf: [item, { type: 'array', items: item }], errorMessage });

/**
 * The keys of a configuration file: every `audit` flag under its long name in camelCase (`--max-pages` is
 * `maxPages`, `--no-social` is `social: false`), except the target itself and --from-snapshot; --prepared-by, --logo
 * and --accent are `branding`'s name, logo and accent.
 */
function configProperties(): Record<string, JsonSchema> {
  const described = (schema: JsonSchema, description: string): JsonSchema => ({ ...schema, description });
  return {
    maxPages: described({ type: 'integer', minimum: 1 }, '--max-pages: most pages to read.'),
    depth: described({ type: 'integer', minimum: 0 }, '--depth: most clicks from the start page.'),
    concurrency: described({ type: 'integer', minimum: 1 }, '--concurrency: pages fetched at once.'),
    timeout: described({ type: 'number', exclusiveMinimum: 0 }, '--timeout: per-request timeout in seconds.'),
    userAgent: described({ type: 'string', minLength: 1 }, '--user-agent: the User-Agent header.'),
    ignoreRobots: described({ type: 'boolean' }, '--ignore-robots: do not obey robots.txt.'),
    rules: described({ type: 'string', minLength: 1 }, '--rules: a preset (default, strict) or a rule-set file, relative to this file.'),
    format: described(oneOrMany({ enum: [...FORMATS] }, `a format or a list of formats (${FORMATS.join(', ')})`), '--format: the report format(s); several need outDir.'),
    out: described(PATH, '--out: write the report to this file (relative to this file).'),
    outDir: described(PATH, '--out-dir: write one file per format into this folder (relative to this file).'),
    saveSnapshot: described(PATH, '--save-snapshot: save everything collected to this file (relative to this file).'),
    prettySnapshot: described({ type: 'boolean' }, '--pretty-snapshot: write the saveSnapshot file as indented JSON.'),
    lang: described({ enum: [...LANGS] }, '--lang: the language of the outputs.'),
    failUnder: described({ type: 'number', minimum: 0, maximum: 100 }, '--fail-under: exit 1 when the overall score is below this.'),
    assert: described(oneOrMany(ASSERT_ITEM, 'a check or a list of checks (score=60, category:support=70, rule:site-https=pass)'), '--assert: CI checks.'),
    baseline: described(PATH, '--baseline: a saved JSON report to compare with (relative to this file).'),
    maxDrop: described(oneOrMany(MAX_DROP_ITEM, 'points (5), rule:<id>=N, category:<id>=N, or a list of them'), '--max-drop: how far scores may drop since the baseline.'),
    allowCoverageLoss: described({ type: 'boolean' }, '--allow-coverage-loss: a rule the baseline scored may be n/a, error or gone.'),
    color: described({ type: 'boolean' }, '--no-color when false.'),
    quiet: described({ type: 'boolean' }, '--quiet: no progress or notes on stderr.'),
    verbose: described({ type: 'boolean' }, '--verbose: every evidence line.'),
    brandName: described({ type: 'string', minLength: 1 }, '--brand-name: the brand name.'),
    social: described({ type: 'boolean' }, '--no-social when false: audit the website only.'),
    maxPosts: described({ type: 'integer', minimum: 1 }, '--max-posts: most brand posts read per social account.'),
    sourceTimeout: described({ type: 'number', exclusiveMinimum: 0 }, '--source-timeout: most seconds one social account may take; what was read by then is kept.'),
    window: described(WINDOW, "--window: how far back to read conversations; not with since. A brand's own window, since or until wins over the three of this file."),
    since: described(SINCE, '--since: first day (UTC) of a past period to audit; not with window.'),
    until: described(UNTIL, '--until: last day (UTC) of the period, included; alone, the window (or 30 days) up to it.'),
    export: described(oneOrMany(PATH, 'a path or a list of paths'), '--export: conversation exports (relative to this file).'),
    exportPlatform: described({ enum: [...LIVE_PLATFORMS] }, '--export-platform: platform of CSV exports.'),
    exportAccount: described({ type: 'string', minLength: 1 }, '--export-account: account of CSV exports.'),
    exportDelimiter: described({ enum: [',', ';', '\t', 'tab'] }, '--export-delimiter: CSV delimiter of the exports.'),
    exportEncoding: described({ type: 'string', minLength: 1 }, '--export-encoding: encoding of the exports (WHATWG label).'),
    resolve: described(
      {
        anyOf: [
          { type: 'string', minLength: 1 },
          { type: 'object', additionalProperties: { type: 'string', minLength: 1 } },
        ],
        errorMessage: 'host=address pairs, comma-separated, or a mapping of host to address',
      },
      '--resolve: connect to these addresses instead of DNS.',
    ),
    branding: {
      type: 'object',
      description: "The consultant's branding on the HTML report.",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        name: { type: 'string', minLength: 1, maxLength: 100, description: 'The name shown on the report (an agency, a team).' },
        logo: { type: 'string', minLength: 1, pattern: '\\.(svg|png|jpe?g|gif|webp)$', errorMessage: 'a path to an SVG, PNG, JPEG, GIF or WebP image', description: 'An image file, relative to this file.' },
        accent: { type: 'string', pattern: '^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$', errorMessage: 'a colour such as #0055aa', description: 'The accent colour, #rgb or #rrggbb.' },
      },
    },
  };
}

/** The schema of a configuration file (brand-audit.config.yaml, .brandauditrc…). */
export function configSchema(): JsonSchema {
  return {
    $schema: DRAFT,
    title: 'brand-audit configuration file',
    description: 'Defaults for every flag of `audit` (camelCase names), CI gates, outputs and branding; flags win (README: Configuration file).',
    type: 'object',
    additionalProperties: false,
    properties: configProperties(),
  };
}

/** Every published schema by file name, as `npm run schemas` writes them. */
export function publishedSchemas(): Record<string, JsonSchema> {
  return {
    [SCHEMA_FILES.brandFile]: brandFileSchema(),
    [SCHEMA_FILES.ruleSet]: ruleSetSchema(),
    [SCHEMA_FILES.portfolio]: portfolioSchema(),
    [SCHEMA_FILES.config]: configSchema(),
    [SCHEMA_FILES.snapshot]: snapshotSchema(),
  };
}

/** A schema as written to disk: two-space JSON with a final newline. */
export function schemaText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
