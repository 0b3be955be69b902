// Test support for rule tests: builders of minimal valid snapshots, pages and accounts, and a case-table runner.
import { describe, expect, it } from 'vitest';
import type {
  Account,
  AccountEvidence,
  BrandSnapshot,
  PageFacts,
  PageKind,
  PageRecord,
  Platform,
} from '../../src/snapshot/types.js';
import { SNAPSHOT_SCHEMA_VERSION } from '../../src/snapshot/types.js';
import type { OptionValue, Rule, RuleOutcome, RuleStatus } from '../../src/rules/types.js';

export const SITE = 'https://brand.example';
export const COLLECTED_AT = '2026-06-15T12:00:00.000Z';

/** Page facts with nothing found, overridable field by field. */
export function facts(overrides: Partial<PageFacts> = {}): PageFacts {
  return { socials: [], links: [], contacts: [], vendors: [], promises: [], hasSearch: false, ...overrides };
}

/** A page that was read. `path` is relative to SITE unless it is a full URL. */
export function page(path: string, overrides: Partial<PageRecord> = {}): PageRecord {
  const url = path.startsWith('http') ? path : `${SITE}${path}`;
  return {
    url,
    status: 200,
    depth: 1,
    fetchMs: 10,
    https: url.startsWith('https:'),
    viewport: 'width=device-width, initial-scale=1',
    kinds: [],
    facts: facts(),
    ...overrides,
  };
}

/** The start page (depth 0). */
export function startPage(overrides: Partial<PageRecord> = {}): PageRecord {
  return page('/', { depth: 0, title: 'Brand — home', ...overrides });
}

/** A read page of the given kinds. */
export function kindPage(path: string, kinds: PageKind[], overrides: Partial<PageRecord> = {}): PageRecord {
  return page(path, { kinds, ...overrides });
}

/** A page the crawl could not read. */
export function failedPage(path: string, overrides: Partial<PageRecord> = {}): PageRecord {
  const { facts: _facts, ...rest } = page(path, { status: 500, ...overrides });
  return { error: { code: 'http-500', message: 'Internal Server Error' }, ...rest };
}

/** An account, official unless told otherwise, seen on the start page's footer unless evidence is given. */
export function account(
  platform: Platform,
  handle: string,
  evidence: Partial<AccountEvidence>[] = [{}],
  official = true,
): Account {
  return {
    platform,
    handle,
    url: `https://${platform}.example/${handle}`,
    official,
    reason: official ? 'linked from the footer' : 'linked from an article',
    evidence: evidence.map((e) => ({ pageUrl: `${SITE}/`, how: 'link', placement: 'footer', ...e })),
  };
}

/** A minimal valid snapshot holding the given pages (a readable start page when none are given) and accounts. */
export function snapshot(
  pages: PageRecord[] = [startPage()],
  accounts: Account[] = [],
  overrides: Partial<BrandSnapshot> = {},
): BrandSnapshot {
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    collectedAt: COLLECTED_AT,
    tool: { name: 'brand-audit', version: '0.0.0-test' },
    target: { url: `${SITE}/`, domain: 'brand.example', brandName: 'Brand' },
    site: {
      startUrl: `${SITE}/`,
      pages,
      robots: null,
      errors: [],
      limits: { maxPages: 50, maxDepth: 3, truncated: false },
    },
    accounts,
    conversations: [],
    sources: [{ source: 'site', ok: true }],
    ...overrides,
  };
}

/** The placeholders a message template uses, in the runner's syntax ({{name}} or {{a.b}}). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]);
}

/** Runs a rule with its default options, overridden by `options`. */
export function run(rule: Rule, snap: BrandSnapshot, options: Record<string, OptionValue> = {}): RuleOutcome {
  return rule.evaluate(snap, { ...rule.meta.defaultOptions, ...options });
}

export interface RuleCase {
  name: string;
  snapshot: BrandSnapshot;
  options?: Record<string, OptionValue>;
  status: RuleStatus;
  messageId: string;
  data: Record<string, unknown>;
  /** Checked when given; na cases are always checked to be null. */
  score?: number;
  /** URLs that must appear in the evidence, in any order. */
  evidence?: string[];
}

/**
 * Runs a table of cases against a rule: status, messageId, data (exactly), score and evidence URLs; that every
 * placeholder of the message is in the data; that non-na results carry evidence; and, once all cases have run,
 * that every message of the rule was produced by some case.
 */
export function ruleCases(rule: Rule, cases: RuleCase[]): void {
  describe(rule.meta.id, () => {
    const produced = new Set<string>();
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const out = run(rule, c.snapshot, c.options);
      produced.add(out.messageId);
      expect(out.status).toBe(c.status);
      expect(out.messageId).toBe(c.messageId);
      expect(out.data).toEqual(c.data);
      if (c.status === 'na') expect(out.score).toBeNull();
      else {
        expect(out.score).toBeGreaterThanOrEqual(0);
        expect(out.score).toBeLessThanOrEqual(1);
        expect(out.evidence.length).toBeGreaterThan(0);
      }
      if (c.score !== undefined) expect(out.score).toBeCloseTo(c.score, 5);
      if (c.status === 'pass') expect(out.score).toBe(1);
      for (const url of c.evidence ?? []) expect(out.evidence.map((e) => e.url)).toContain(url);
      const template = rule.meta.messages[out.messageId];
      expect(template, `message ${out.messageId}`).toBeDefined();
      for (const name of [...placeholders(template.en), ...placeholders(template.fr)]) {
        expect(out.data, `placeholder {{${name}}} of ${out.messageId}`).toHaveProperty(name);
      }
      // Outcomes are plain JSON: they are saved in reports and compared with baselines.
      expect(JSON.parse(JSON.stringify(out))).toEqual(out);
    });
    it('produces every message it declares', () => {
      expect([...produced].sort()).toEqual(Object.keys(rule.meta.messages).sort());
    });
  });
}
