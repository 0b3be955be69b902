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
import type { EvidenceNote, OptionValue, Rule, RuleOutcome, RuleStatus } from '../../src/rules/types.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, type Lang } from '../../src/locale/langs.js';
import { LOCALES_DIR, loadCatalogue } from '../../src/locale/catalogue.js';
import { messageArguments } from '../../src/locale/arguments.js';
import { computeSocial } from '../../src/computed/social-summary.js';
import { createPostReadings } from '../../src/computed/post-readings.js';
import { translator } from '../../src/locale/translator.js';
import { noteText, ruleMessage } from '../../src/report/text.js';

/** The languages with a catalogue (the catalogue tests check that every language of LANGS has one). */
const CATALOGUED = LANGS.filter((lang) => existsSync(join(LOCALES_DIR, lang)));

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
  return { error: { code: 'http-500', data: { status: 500 } }, ...rest };
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
    reason: official
      ? { code: 'account.placement', data: { placement: 'footer', pages: 1 } }
      : { code: 'account.unrelated', data: { placement: 'article', pages: 1 } },
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

/** The catalogue text of a rule's message (its own, else the shared one) in one language. */
export function messageText(lang: Lang, ruleId: string, messageId: string): string | undefined {
  const catalogue = loadCatalogue(lang);
  return catalogue.get(`rules.${ruleId}.messages.${messageId}`) ?? catalogue.get(`rules._common.messages.${messageId}`);
}

/**
 * Runs a rule with its default options, overridden by `options`, and the computed artifacts the pipeline would
 * give it (the social summary with the rule set's grace period: the option's, else the default).
 */
export function run(rule: Rule, snap: BrandSnapshot, options: Record<string, OptionValue> = {}): RuleOutcome {
  const merged = { ...rule.meta.defaultOptions, ...options };
  const grace = rule.meta.id === 'unanswered-questions' && typeof merged.graceHours === 'number' ? merged.graceHours : undefined;
  const posts = createPostReadings();
  return rule.evaluate(snap, merged, { computed: { ...computeSocial(snap, grace, posts), posts } });
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
  /** Evidence notes (id and data, exactly) that must appear in the evidence, in any order. */
  notes?: EvidenceNote[];
}

/**
 * Runs a table of cases against a rule: status, messageId, data (exactly), score, evidence URLs and notes; that every
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
      for (const note of c.notes ?? []) expect(out.evidence.map((e) => e.note)).toContainEqual(note);
      expect(rule.meta.messages, `declared message ${out.messageId}`).toContain(out.messageId);
      for (const lang of CATALOGUED) {
        const text = messageText(lang, rule.meta.id, out.messageId);
        expect(text, `${lang} catalogue: message ${out.messageId}`).toBeDefined();
        for (const name of messageArguments(text!)) {
          expect(out.data, `placeholder {${name}} of ${out.messageId} (${lang})`).toHaveProperty(name);
        }
        // The data renders (a plural over a string or a missing figure would throw here, not in a report).
        expect(ruleMessage(translator(lang), { id: rule.meta.id, messageId: out.messageId, data: out.data })).not.toBe('');
      }
      for (const e of out.evidence) {
        if (!e.note) continue;
        produced.add(e.note.id);
        expect(rule.meta.messages, `declared note ${e.note.id}`).toContain(e.note.id);
        for (const lang of CATALOGUED) {
          const text = messageText(lang, rule.meta.id, e.note.id);
          expect(text, `${lang} catalogue: note ${e.note.id}`).toBeDefined();
          for (const name of messageArguments(text!)) expect(e.note.data ?? {}, `placeholder {${name}} of note ${e.note.id}`).toHaveProperty(name);
          expect(noteText(translator(lang), rule.meta.id, e.note)).not.toBe('');
        }
      }
      // Outcomes are plain JSON: they are saved in reports and compared with baselines.
      expect(JSON.parse(JSON.stringify(out))).toEqual(out);
    });
    it('produces every message it declares', () => {
      expect([...produced].sort()).toEqual([...rule.meta.messages].sort());
    });
  });
}
