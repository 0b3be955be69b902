// The per-account social figures (posts read … median response time), formatted once for the HTML and Markdown tables.
import { formatDuration, formatNumber, formatPercent, type Lang, type MessageKey } from './i18n.js';
import type { SocialAccountSummary } from './types.js';

/** Column label key and formatted value of each figure, in table order; '—' where nothing was measured. */
export function socialFigures(lang: Lang, s: SocialAccountSummary): [MessageKey, string][] {
  const n = (v: number): string => formatNumber(lang, v);
  const unanswered = s.unansweredRatio == null ? '—' : `${n(s.unanswered)} (${formatPercent(lang, s.unansweredRatio)})`;
  const median = s.medianResponseMinutes == null ? '—' : formatDuration(lang, s.medianResponseMinutes);
  return [
    ['social.postsRead', n(s.postsRead)],
    ['social.brandPosts', n(s.brandPosts)],
    ['social.fanPosts', n(s.fanPosts)],
    ['social.questions', n(s.questions)],
    ['social.unanswered', unanswered],
    ['social.median', median],
  ];
}
