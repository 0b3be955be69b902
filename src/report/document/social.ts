// Social-audit views both document formats share: the per-account figures table, the reading order of accounts,
// and the sentences that describe an account's window, cadence and questions.
import type { Translator } from '../../locale/translator.js';
import type { SocialAccountSummary } from '../types.js';
import { dayText, doc, noteWords } from './words.js';

/** True when nothing could be read from the account (no public source, token needed, not found…). */
export function isUnread(s: SocialAccountSummary): boolean {
  return s.status !== 'ok' && s.postsRead === 0;
}

/** Accounts with measurements first, then those nothing could be read from; report order otherwise. */
export function socialInReadingOrder(accounts: readonly SocialAccountSummary[]): SocialAccountSummary[] {
  return [...accounts].sort((a, b) => Number(isUnread(a)) - Number(isUnread(b)));
}

/** One figure of the per-account table: its column heading and its value, both in the rendering language. */
export interface SocialFigure {
  label: string;
  value: string;
}

/**
 * The per-account figures (posts read … median response time) in table order, formatted once for the HTML and
 * Markdown tables; '—' where nothing was measured. The unanswered share is a percentage, never a raw ratio.
 */
export function socialFigures(tr: Translator, s: SocialAccountSummary): SocialFigure[] {
  const n = (v: number): string => tr.number(v, 0);
  const unanswered =
    s.unansweredRatio == null ? '—' : doc(tr, 'social.unansweredValue', { count: n(s.unanswered), share: tr.percent(s.unansweredRatio) });
  const median = s.medianResponseMinutes == null ? '—' : tr.duration(s.medianResponseMinutes);
  const figure = (key: string, value: string): SocialFigure => ({ label: doc(tr, `social.${key}`), value });
  // From the brand's posts alone the fans' posts it answered are known, not which were questions: no count to show.
  const questions = s.coverage ? '—' : n(s.questions);
  return [
    figure('postsRead', n(s.postsRead)),
    figure('brandPosts', n(s.brandPosts)),
    figure('fanPosts', n(s.fanPosts)),
    figure('questions', questions),
    figure('unanswered', unanswered),
    figure('median', median),
  ];
}

/** What the collector said about the account (why it was read only in part, why not at all), one sentence each. */
export function socialNotes(tr: Translator, s: SocialAccountSummary): string[] {
  return (s.notes ?? []).map((note) => noteWords(tr, note)).filter(Boolean);
}

/** "From 10 Dec 2024 to 12 Mar 2025 (92 days)". */
export function windowText(tr: Translator, s: SocialAccountSummary): string {
  return doc(tr, 'social.window', { from: dayText(tr, s.window.from), to: dayText(tr, s.window.to), days: s.window.days });
}

/** Answered questions in all the buckets (0 when none was answered). */
export function answeredCount(s: SocialAccountSummary): number {
  return (s.responseBuckets ?? []).reduce((sum, b) => sum + Math.max(0, b.count), 0);
}

/** The sentence describing the weekly cadence (also the chart's accessible label), or undefined without weeks. */
export function cadenceText(tr: Translator, s: SocialAccountSummary): string | undefined {
  const weeks = s.cadence ?? [];
  if (weeks.length === 0) return undefined;
  const values = weeks.map((w) => w.posts);
  return doc(tr, 'social.cadenceChartLabel', {
    from: dayText(tr, weeks[0].week),
    to: dayText(tr, weeks[weeks.length - 1].week),
    total: values.reduce((a, b) => a + b, 0),
    max: Math.max(0, ...values),
  });
}

/** Which sentence stands in for the unanswered questions when none is listed, or undefined when some are. */
export function questionsGap(s: SocialAccountSummary): 'noQuestions' | 'allAnswered' | 'notMeasurableArchive' | 'notMeasurableAuthors' | undefined {
  if (s.coverage === 'brand-posts') return 'notMeasurableArchive';
  if (s.coverage === 'unknown-authors') return 'notMeasurableAuthors';
  if (s.questions === 0) return 'noQuestions';
  if (s.unanswered === 0) return 'allAnswered';
  if ((s.unansweredQuestions ?? []).length === 0) return 'noQuestions';
  return undefined;
}
