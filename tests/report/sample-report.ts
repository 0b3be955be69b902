// A hand-written AuditReport for the formatter tests: every status, a failing rule with many evidence items,
// failed pages, crawl problems, an unavailable source, a truncated crawl and some hostile scraped text. The report
// is language-neutral (ids + data): formatters render it in whatever language a test asks for. Scores, bands,
// counts, severity and gain come from the real scorer, so they agree with each other as in a real report.
import type { AuditReport } from '../../src/report/types.js';
import type { RuleRun } from '../../src/rules/types.js';
import { computeScores } from '../../src/scoring/score.js';
import { responseStats } from '../../src/computed/social-summary.js';

/** A page title a hostile site could serve: an OSC window-title change, a clear-screen CSI, then markup. */
export const HOSTILE_TITLE = '\u001b]0;pwned\u0007\u001b[2J<script>';

/** Category weights of the sample rule set (presence and support count most). */
export const SAMPLE_CATEGORY_WEIGHTS = { presence: { weight: 3 }, support: { weight: 3 }, contact: { weight: 2 }, trust: { weight: 1 } };

function runs(): RuleRun[] {
  return [
    {
      id: 'official-accounts',
      category: 'presence',
      status: 'pass',
      score: 1,
      weight: 3,
      messageId: 'enough',
      data: { platform: ['facebook', 'x', 'instagram'] },
      evidence: [
        { url: 'https://www.acme.example/', note: { id: 'account-linked', data: { platform: 'facebook', handle: 'acme', placement: 'footer' } } },
      ],
    },
    {
      id: 'accounts-consistent',
      category: 'presence',
      status: 'warn',
      score: 0.5,
      weight: 1,
      messageId: 'inconsistent',
      data: { platform: ['x'] },
      evidence: [
        {
          url: 'https://www.acme.example/blog/1',
          snippet: 'Suivez-nous sur X',
          note: { id: 'linked', data: { platform: 'x', handle: 'acme_fr', placement: 'article' } },
        },
      ],
    },
    {
      id: 'support-links-to-social',
      category: 'support',
      status: 'fail',
      score: 0,
      weight: 3,
      messageId: 'not-linked',
      data: { supportPages: 7 },
      evidence: Array.from({ length: 7 }, (_, i) => ({
        url: `https://www.acme.example/help/topic-${i + 1}`,
        snippet: i === 0 ? HOSTILE_TITLE : `Help topic ${i + 1}: returns and refunds`,
        note: { id: 'no-link', data: { platform: ['facebook', 'x'] } },
      })),
    },
    {
      id: 'self-service',
      category: 'support',
      status: 'na',
      score: null,
      weight: 2,
      messageId: 'site-unreadable',
      data: {},
      evidence: [],
    },
    {
      id: 'realtime-channel',
      category: 'contact',
      status: 'error',
      score: null,
      weight: 2,
      messageId: 'runner.threw',
      data: { error: 'unexpected contact value' },
      evidence: [],
    },
    {
      id: 'response-time-promise',
      category: 'contact',
      status: 'pass',
      score: 1,
      weight: 2,
      messageId: 'within-limit',
      data: { bestHours: 24 },
      evidence: [
        { url: 'https://www.acme.example/contact', snippet: 'We reply within 24 hours', note: { id: 'promised-delay', data: { hours: 24 } } },
      ],
    },
    {
      id: 'legal-notice-privacy',
      category: 'trust',
      status: 'fail',
      score: 0,
      weight: 2,
      messageId: 'neither',
      data: {},
      evidence: [
        {
          url: 'https://www.acme.example/a/very/long/path/that/goes/on/and/on/to/make/sure/wrapping/works/in/a/hundred/columns?with=query&and=more',
          note: { id: 'no-legal-link' },
        },
      ],
    },
    {
      id: 'site-https',
      category: 'trust',
      status: 'pass',
      score: 1,
      weight: 1,
      messageId: 'all-https',
      data: { pages: 25 },
      evidence: [],
    },
  ];
}

/**
 * A fresh sample report. Overall 55.1: (87.5×3 + 0×3 + 100×2 + 33.3×1) ÷ 9; band average, grade D. Category
 * scores: presence 87.5, support 0, contact 100, trust 33.3.
 */
export function sampleReport(): AuditReport {
  const scores = computeScores(runs(), SAMPLE_CATEGORY_WEIGHTS);
  return {
    schemaVersion: 2,
    tool: { name: 'brand-audit', version: '0.1.0' },
    target: { url: 'https://www.acme.example/', domain: 'acme.example', brandName: 'Acme' },
    generatedAt: '2025-03-12T10:05:00.000Z',
    collectedAt: '2025-03-12T10:04:30.000Z',
    // The rule set's title is its author's words: formatters show it as written.
    ruleSet: { id: 'default', title: 'Customer-care audit', source: 'builtin:default' },
    score: scores.score,
    grade: scores.grade,
    band: scores.band,
    counts: scores.counts,
    categories: scores.categories,
    rules: scores.rules,
    accounts: [
      {
        platform: 'x',
        handle: 'acme_fr',
        url: 'https://x.com/acme_fr',
        official: false,
        reason: { code: 'site.account.unrelated-link', data: { placement: 'article', pages: 1 } },
        evidence: [{ pageUrl: 'https://www.acme.example/blog/1', how: 'link', placement: 'article' }],
      },
      {
        platform: 'facebook',
        handle: 'acme',
        url: 'https://www.facebook.com/acme',
        official: true,
        reason: { code: 'site.account.placement', data: { placement: 'footer', pages: 25 } },
        evidence: [{ pageUrl: 'https://www.acme.example/', how: 'link', placement: 'footer' }],
      },
      {
        platform: 'youtube',
        handle: '\u001b[31mevil\u001b[0m',
        url: 'https://www.youtube.com/@evil',
        official: false,
        reason: { code: 'site.account.unrelated-link', data: { placement: 'body', pages: 1 } },
        evidence: [{ pageUrl: 'https://www.acme.example/blog/2', how: 'link', placement: 'body' }],
      },
    ],
    site: {
      pagesCrawled: 25,
      pagesFailed: 2,
      truncated: true,
      maxPages: 25,
      supportPages: [{ url: 'https://www.acme.example/help', depth: 1, kinds: ['help'] }],
      failedPages: [
        { url: 'https://www.acme.example/faq', depth: 1, error: { code: 'http-404', data: { status: 404 } } },
        { url: 'https://help.acme.example/', depth: 2, error: { code: 'timeout', data: { seconds: 15 } } },
      ],
      errors: [{ code: 'max-pages', data: { maxPages: 25, unread: 12 } }],
    },
    sources: [
      { source: 'site', ok: true },
      { source: 'bluesky', ok: false, notes: [{ code: 'social.profile-missing', data: { status: 404 } }] },
    ],
  };
}

/** Monday-based weeks of the sample social window (13 weeks ending the week of 10 March 2025), oldest first. */
const SAMPLE_WEEKS = Array.from({ length: 13 }, (_, i) => new Date(Date.UTC(2024, 11, 9 + 7 * i)).toISOString().slice(0, 10));

const EMPTY_BUCKETS = (): { bucket: 'under-1h' | '1-4h' | '4-24h' | '1-3d' | 'over-3d'; count: number }[] => [
  { bucket: 'under-1h', count: 0 },
  { bucket: '1-4h', count: 0 },
  { bucket: '4-24h', count: 0 },
  { bucket: '1-3d', count: 0 },
  { bucket: 'over-3d', count: 0 },
];

/**
 * The sample report with a social audit: a Bluesky account read in full (questions, unanswered ones, response
 * times, weekly cadence, one hostile question with a `javascript:` link), a Mastodon account read in part, a quiet
 * Discourse community (read, no question, no brand post) and a YouTube channel that needs a token (nothing read).
 */
const BLUESKY_ALL = [
  12, 18, 25, 30, 41, 55, 62, 75, 90, 110, 130, 150, 180, 190, 220, 300, 420, 600, 800, 1000, 1200, 1400, 1500, 2000, 3000, 5000,
];
const BLUESKY_BUSINESS = [12, 18, 20, 25, 30, 41, 45, 55, 62, 75, 90, 95, 110, 130, 150, 180, 190, 200, 220, 240, 300, 420, 480, 540, 600, 900];
const BLUESKY_OUT_OF_HOURS = [600, 800, 1000, 1200, 1400, 1500, 2000, 3000];

export function sampleSocialReport(): AuditReport {
  const report = sampleReport();
  const window = { from: '2024-12-10T10:04:30.000Z', to: '2025-03-12T10:04:30.000Z', days: 92 };
  report.social = {
    graceHours: 24,
    businessHours: {
      source: 'site',
      url: 'https://www.acme.example/contact',
      how: 'json-ld',
      snippet: 'Mo-Fr 09:00-18:00',
      timeZone: 'Europe/Paris',
      timeZoneFrom: 'site-language',
      weekly: [1, 2, 3, 4, 5].map((day) => ({ day, opens: '09:00', closes: '18:00' })),
      holidays: [],
    },
    accounts: [
      {
        platform: 'bluesky',
        handle: 'acme.bsky.social',
        url: 'https://bsky.app/profile/acme.bsky.social',
        source: 'bluesky',
        status: 'ok',
        notes: [],
        window,
        postsRead: 214,
        brandPosts: 61,
        fanPosts: 153,
        questions: 40,
        unanswered: 14,
        undetermined: 0,
        unansweredRatio: 14 / 40,
        medianResponseMinutes: 185,
        // 26 answered questions: the median of the 13th and 14th is (180 + 190) ÷ 2.
        responseMinutes: [
          12, 18, 25, 30, 41, 55, 62, 75, 90, 110, 130, 150, 180, 190, 220, 300, 420, 600, 800, 1000, 1200, 1400, 1500, 2000,
          3000, 5000,
        ],
        // Business hours 9:00–18:00 Paris: the night's questions wait less in business time than on the clock.
        businessResponseMinutes: BLUESKY_BUSINESS,
        outOfHoursResponseMinutes: BLUESKY_OUT_OF_HOURS,
        responseTimes: { allHours: responseStats(BLUESKY_ALL), businessHours: responseStats(BLUESKY_BUSINESS), outOfHours: responseStats(BLUESKY_OUT_OF_HOURS) },
        responseBuckets: [
          { bucket: 'under-1h', count: 6 },
          { bucket: '1-4h', count: 9 },
          { bucket: '4-24h', count: 7 },
          { bucket: '1-3d', count: 3 },
          { bucket: 'over-3d', count: 1 },
        ],
        cadence: SAMPLE_WEEKS.map((week, i) => ({ week, posts: [4, 6, 2, 0, 5, 7, 6, 3, 5, 8, 4, 6, 5][i] })),
        unansweredQuestions: [
          {
            text: 'Où en est ma commande n° 4521 ? Passée il y a trois semaines.',
            url: 'https://bsky.app/profile/jeanne.bsky.social/post/3kx1',
            createdAt: '2025-03-08T18:20:00.000Z',
            author: 'jeanne.bsky.social',
          },
          {
            text: '<img src=x onerror=alert(1)> does the warranty cover | this?',
            url: 'javascript:alert(1)',
            createdAt: '2025-02-27T09:02:00.000Z',
            author: 'mallory.example',
          },
          {
            text: 'Do you deliver to Belgium?',
            createdAt: '2025-02-11T14:45:00.000Z',
            author: 'paul.bsky.social',
          },
        ],
        answeredQuestions: [
          {
            text: 'My parcel never arrived, who do I contact?',
            url: 'https://bsky.app/profile/marc.bsky.social/post/3kq2',
            createdAt: '2025-01-20T08:00:00.000Z',
            author: 'marc.bsky.social',
            replyMinutes: 5000,
          },
          {
            text: 'Is the store in Lyon open on Sunday?',
            url: 'https://bsky.app/profile/lea.bsky.social/post/3kr7',
            createdAt: '2025-02-03T12:30:00.000Z',
            author: 'lea.bsky.social',
            replyMinutes: 3000,
          },
        ],
      },
      {
        platform: 'mastodon',
        handle: 'acme@social.example',
        url: 'https://social.example/@acme',
        source: 'mastodon',
        status: 'partial',
        notes: [{ code: 'social.max-posts', data: { maxPosts: 200 } }],
        window,
        postsRead: 200,
        brandPosts: 180,
        fanPosts: 20,
        questions: 5,
        unanswered: 0,
        undetermined: 0,
        unansweredRatio: 0,
        medianResponseMinutes: 42,
        responseMinutes: [10, 30, 42, 50, 95],
        businessResponseMinutes: [5, 20, 30, 40, 60],
        outOfHoursResponseMinutes: [42],
        responseTimes: { allHours: responseStats([10, 30, 42, 50, 95]), businessHours: responseStats([5, 20, 30, 40, 60]), outOfHours: responseStats([42]) },
        responseBuckets: [
          { bucket: 'under-1h', count: 4 },
          { bucket: '1-4h', count: 1 },
          { bucket: '4-24h', count: 0 },
          { bucket: '1-3d', count: 0 },
          { bucket: 'over-3d', count: 0 },
        ],
        cadence: SAMPLE_WEEKS.map((week, i) => ({ week, posts: [12, 15, 14, 18, 11, 16, 13, 17, 12, 14, 15, 10, 13][i] })),
        unansweredQuestions: [],
        answeredQuestions: [
          { text: 'Can I change my delivery address?', createdAt: '2025-03-01T09:00:00.000Z', author: 'anne@social.example', replyMinutes: 95 },
        ],
      },
      {
        platform: 'discourse',
        handle: 'community.acme.example',
        url: 'https://community.acme.example/',
        source: 'discourse',
        status: 'ok',
        notes: [],
        window,
        postsRead: 3,
        brandPosts: 0,
        fanPosts: 3,
        questions: 0,
        unanswered: 0,
        undetermined: 0,
        unansweredRatio: null,
        medianResponseMinutes: null,
        responseMinutes: [],
        businessResponseMinutes: [],
        outOfHoursResponseMinutes: [],
        responseTimes: { allHours: responseStats([]), businessHours: responseStats([]), outOfHours: responseStats([]) },
        responseBuckets: EMPTY_BUCKETS(),
        cadence: SAMPLE_WEEKS.map((week) => ({ week, posts: 0 })),
        unansweredQuestions: [],
        answeredQuestions: [],
      },
      {
        platform: 'youtube',
        handle: 'acme',
        url: 'https://www.youtube.com/@acme',
        source: 'none',
        status: 'auth-required',
        notes: [{ code: 'youtube.no-api-key' }],
        window,
        postsRead: 0,
        brandPosts: 0,
        fanPosts: 0,
        questions: 0,
        unanswered: 0,
        undetermined: 0,
        unansweredRatio: null,
        medianResponseMinutes: null,
        responseMinutes: [],
        businessResponseMinutes: [],
        outOfHoursResponseMinutes: [],
        responseTimes: { allHours: responseStats([]), businessHours: responseStats([]), outOfHours: responseStats([]) },
        responseBuckets: EMPTY_BUCKETS(),
        cadence: [],
        unansweredQuestions: [],
        answeredQuestions: [],
      },
    ],
  };
  return report;
}
