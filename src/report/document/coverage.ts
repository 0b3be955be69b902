// The methodology and coverage facts both document formats state: what was read (pages, support pages, accounts,
// the social audit's window and posts), each source and its status, and the rule set with its weights — in the
// rendering language, from the report alone.
import type { Translator } from '../../locale/translator.js';
import type { SourceStatus } from '../../snapshot/types.js';
import type { AuditReport } from '../types.js';
import { categoryTitle, ruleSetTitle } from '../text.js';
import { handleText } from './accounts.js';
import { groupRules, ruleTitle } from './rules.js';
import { dayText, doc, noteWords, platformLabel } from './words.js';
import { hoursText } from '../reply-times.js';

/** One "what was read" line: its label and its value, both plain text. */
export interface CoverageRow {
  label: string;
  value: string;
}

/** The social audit's reach: accounts read (ok or partial) over all, their posts, and the widest window. */
function socialValue(tr: Translator, report: AuditReport): string {
  const accounts = report.social?.accounts ?? [];
  if (accounts.length === 0) return doc(tr, 'methodology.socialNone');
  const read = accounts.filter((a) => a.status === 'ok' || a.status === 'partial');
  const windows = (read.length > 0 ? read : accounts).map((a) => a.window);
  const from = windows.map((w) => w.from).sort()[0];
  const to = windows.map((w) => w.to).sort().at(-1)!;
  return doc(tr, 'methodology.socialValue', {
    read: read.length,
    total: accounts.length,
    posts: read.reduce((sum, a) => sum + a.postsRead, 0),
    from: dayText(tr, from),
    to: dayText(tr, to),
    days: Math.max(...windows.map((w) => w.days)),
  });
}

/** What the audit read: the website, its support pages, the accounts it links, the social audit, the date. */
export function coverageRows(tr: Translator, report: AuditReport): CoverageRow[] {
  const official = report.accounts.filter((a) => a.official).length;
  return [
    {
      label: doc(tr, 'methodology.website'),
      value: doc(tr, 'methodology.websiteValue', {
        pages: report.site.pagesCrawled,
        maxPages: report.site.maxPages ?? report.site.pagesCrawled,
        failed: report.site.pagesFailed,
      }),
    },
    { label: doc(tr, 'methodology.supportPages'), value: doc(tr, 'methodology.supportPagesValue', { count: report.site.supportPages.length }) },
    {
      label: doc(tr, 'methodology.accounts'),
      value: doc(tr, 'methodology.accountsValue', { official, mentioned: report.accounts.length - official }),
    },
    { label: doc(tr, 'methodology.socialAudit'), value: socialValue(tr, report) },
    ...replyTimesRow(tr, report),
  ];
}

/**
 * How reply times were counted: the opening hours (and their source) and which clock response-time scored on. None
 * for a website-only audit or a report written before opening hours were recorded.
 */
function replyTimesRow(tr: Translator, report: AuditReport): CoverageRow[] {
  const social = report.social;
  if (!social || social.businessHours === undefined || social.accounts.length === 0) return [];
  const clock = report.rules.find((r) => r.id === 'response-time')?.data.clock;
  const scored = clock === 'business' || clock === 'all' ? ` ${tr.t('hours.scored', { clock })}` : '';
  return [{ label: tr.t('hours.heading'), value: `${hoursText(tr, social)}${scored}` }];
}

/** One source the audit read from, named for a reader ("Website", "Bluesky @acme.bsky.social"), with its notes. */
export interface SourceRow {
  name: string;
  ok: boolean;
  details: string;
}

/** "site" is the website; "bluesky:acme.bsky.social" a platform and an account. */
function sourceName(tr: Translator, source: string): string {
  if (source === 'site') return doc(tr, 'methodology.site');
  const at = source.indexOf(':');
  if (at < 0) return platformLabel(tr, source);
  const platform = source.slice(0, at);
  return `${platformLabel(tr, platform)} ${handleText(platform, source.slice(at + 1))}`;
}

/**
 * The report's sources, and the social accounts of its social summary that no source line names (a report written
 * by another version may lack them), each with its status and notes: every place the audit read from, once.
 */
export function sourcesOf(report: Pick<AuditReport, 'sources' | 'social'>): SourceStatus[] {
  const sources = [...(report.sources ?? [])];
  const named = new Set(sources.map((s) => s.source));
  for (const a of report.social?.accounts ?? []) {
    const source = `${a.platform}:${a.handle}`;
    if (!named.has(source)) sources.push({ source, ok: a.status === 'ok' || a.status === 'partial', notes: a.notes });
  }
  return sources;
}

/** Every source with its status and what its collector said, in report order. */
export function sourceRows(tr: Translator, sources: readonly SourceStatus[]): SourceRow[] {
  return sources.map((s) => ({
    name: sourceName(tr, s.source),
    ok: s.ok,
    details: (s.notes ?? []).map((n) => noteWords(tr, n)).filter(Boolean).join(' · '),
  }));
}

/** A category of the rule set: its title and weight, and its rules' titles with their weights. */
export interface RuleSetRow {
  title: string;
  weight: string;
  rules: string;
}

/** The rule set as a table: per category, its weight, then each rule's (positive) title and weight. */
export function ruleSetRows(tr: Translator, report: AuditReport): RuleSetRow[] {
  return groupRules(tr, report).map((group) => ({
    title: group.category ? categoryTitle(tr, group.category.id) : group.title,
    weight: group.category ? tr.number(group.category.weight) : '—',
    rules: tr.list(
      group.rules.map((r) => doc(tr, 'methodology.criterionWeight', { title: ruleTitle(tr, { id: r.id, status: 'pass' }), weight: tr.number(r.weight) })),
    ),
  }));
}

/** "Qualiweb-style … (default): 26 criteria in 10 categories." */
export function ruleSetIntro(tr: Translator, report: AuditReport): string {
  return doc(tr, 'methodology.ruleSetIntro', {
    title: ruleSetTitle(tr, report.ruleSet),
    id: report.ruleSet.id,
    rules: report.rules.length,
    categories: report.categories.length,
  });
}
