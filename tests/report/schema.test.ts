// Tests for schema/audit-report.schema.json: real reports validate, broken ones do not, enums follow the TS types.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { renderJson } from '../../src/report/json.js';
import { REPORT_SCHEMA_VERSION, RESPONSE_BUCKETS, type AuditReport, type SocialAccountSummary } from '../../src/report/types.js';
import { PLATFORMS } from '../../src/snapshot/types.js';
import { sampleReport } from './sample-report.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'audit-report.schema.json'), 'utf8'));
// Strict mode makes ajv reject unknown keywords and ambiguous constructs, so a typo in the schema fails here.
// ajv is CommonJS: under NodeNext the default import is module.exports, whose `default` is the class.
const ajv = new Ajv2020.default({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats.default(ajv);
const validate = ajv.compile<AuditReport>(schema);

const GOLDEN_DIR = path.join(ROOT, 'tests', 'golden');
const goldens = readdirSync(GOLDEN_DIR)
  .filter((f) => f.endsWith('.report.json'))
  .sort();

function errorsOf(value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath} ${e.message}`);
}

function socialSummary(): SocialAccountSummary {
  return {
    platform: 'bluesky',
    handle: 'acme.bsky.social',
    url: 'https://bsky.app/profile/acme.bsky.social',
    source: 'bluesky',
    status: 'partial',
    message: 'stopped at --max-posts 200',
    window: { from: '2025-02-10T10:04:30.000Z', to: '2025-03-12T10:04:30.000Z', days: 30 },
    postsRead: 200,
    brandPosts: 41,
    fanPosts: 159,
    questions: 12,
    unanswered: 3,
    unansweredRatio: 0.25,
    medianResponseMinutes: 95,
    responseBuckets: RESPONSE_BUCKETS.map((bucket, i) => ({ bucket, count: i })),
    cadence: [
      { week: '2025-03-03', posts: 9 },
      { week: '2025-03-10', posts: 2 },
    ],
    unansweredQuestions: [{ text: 'Where is my order?', createdAt: '2025-03-01T08:00:00.000Z', author: 'fan.bsky.social' }],
  };
}

describe('audit-report.schema.json', () => {
  it('is a draft 2020-12 schema whose enums and version follow the TypeScript types', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.properties.schemaVersion.const).toBe(REPORT_SCHEMA_VERSION);
    expect(schema.$defs.account.properties.platform.enum).toEqual([...PLATFORMS]);
    expect(schema.$defs.socialAccountSummary.properties.responseBuckets.items.properties.bucket.enum).toEqual([
      ...RESPONSE_BUCKETS,
    ]);
    // Every key of the report type is described, and only those (the list is checked against a real report).
    expect(Object.keys(schema.properties).sort()).toEqual([...Object.keys(sampleReport()), 'social'].sort());
  });

  it.each(goldens)('accepts the golden report %s, as stored and as renderJson writes it', (file) => {
    const report = JSON.parse(readFileSync(path.join(GOLDEN_DIR, file), 'utf8')) as AuditReport;
    expect(errorsOf(report)).toEqual([]);
    expect(errorsOf(JSON.parse(renderJson(report)))).toEqual([]);
  });

  it('accepts a freshly built report, the sample report and a report with a social audit', async () => {
    // Imported here so that the rest of this file still runs while another part of the pipeline is being changed.
    const { loadSnapshot } = await import('../../src/snapshot/io.js');
    const { auditSnapshot } = await import('../../src/index.js');
    const snapshot = loadSnapshot(path.join(ROOT, 'fixtures', 'snapshots', 'vieux-bazar.json'));
    expect(errorsOf(JSON.parse(renderJson(auditSnapshot(snapshot, 'default', 'fr'))))).toEqual([]);
    expect(errorsOf(JSON.parse(renderJson(sampleReport())))).toEqual([]);
    const social = { ...sampleReport(), social: { accounts: [socialSummary()] } };
    expect(errorsOf(social)).toEqual([]);
    const unscored = { ...sampleReport(), score: null, grade: null, band: null };
    unscored.categories = unscored.categories.map((c) => ({ ...c, score: null }));
    expect(errorsOf(unscored)).toEqual([]);
  });

  type Mutation = [string, (r: Record<string, any>) => void, string];
  const broken: Mutation[] = [
    ['a missing score', (r) => delete r.score, " must have required property 'score'"],
    ['a status of "maybe"', (r) => (r.rules[0].status = 'maybe'), '/rules/0/status must be equal to one of the allowed values'],
    ['a score of 120', (r) => (r.score = 120), '/score must be <= 100'],
    ['a rule score above 1', (r) => (r.rules[1].score = 50), '/rules/1/score must be <= 1'],
    ['a negative category score', (r) => (r.categories[0].score = -1), '/categories/0/score must be >= 0'],
    ['an unknown grade', (r) => (r.grade = 'Z'), '/grade must be equal to one of the allowed values'],
    ['an unknown language', (r) => (r.lang = 'de'), '/lang must be equal to one of the allowed values'],
    ['an unknown band', (r) => (r.band = 'great'), '/band must be equal to one of the allowed values'],
    ['an extra top-level field', (r) => (r.extra = true), ' must NOT have additional properties'],
    ['an extra rule field', (r) => (r.rules[0].severity = 'high'), '/rules/0 must NOT have additional properties'],
    ['a score as a string', (r) => (r.score = '55.1'), '/score must be number,null'],
    ['a fractional page count', (r) => (r.site.pagesCrawled = 2.5), '/site/pagesCrawled must be integer'],
    ['a bad timestamp', (r) => (r.collectedAt = 'yesterday'), '/collectedAt must match format "date-time"'],
    ['an unknown platform', (r) => (r.accounts[0].platform = 'myspace'), '/accounts/0/platform must be equal to one of the allowed values'],
    ['data that is not an object', (r) => (r.rules[0].data = 'x'), '/rules/0/data must be object'],
    ['a newer schema version', (r) => (r.schemaVersion = 2), '/schemaVersion must be equal to constant'],
    ['social without accounts', (r) => (r.social = {}), "/social must have required property 'accounts'"],
    [
      'a social summary with an unknown bucket',
      (r) => {
        const s = socialSummary() as any;
        s.responseBuckets[0].bucket = 'soon';
        r.social = { accounts: [s] };
      },
      '/social/accounts/0/responseBuckets/0/bucket must be equal to one of the allowed values',
    ],
    [
      'a social summary with 21 unanswered questions',
      (r) => {
        const s = socialSummary();
        s.unansweredQuestions = Array.from({ length: 21 }, () => s.unansweredQuestions[0]);
        r.social = { accounts: [s] };
      },
      '/social/accounts/0/unansweredQuestions must NOT have more than 20 items',
    ],
  ];
  it.each(broken)('rejects %s', (_, mutate, expected) => {
    const report = JSON.parse(readFileSync(path.join(GOLDEN_DIR, goldens[0]), 'utf8'));
    mutate(report);
    expect(errorsOf(report)).toContain(expected);
  });
});
