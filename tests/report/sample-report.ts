// A hand-written AuditReport for the formatter tests: every status, a failing rule with many evidence items,
// failed pages, crawl problems, an unavailable source, a truncated crawl and some hostile scraped text.
import type { AuditReport } from '../../src/report/types.js';
import type { RuleResult } from '../../src/rules/types.js';

/** A page title a hostile site could serve: an OSC window-title change, a clear-screen CSI, then markup. */
export const HOSTILE_TITLE = '\u001b]0;pwned\u0007\u001b[2J<script>';

type Lang = 'en' | 'fr';
const L = <T>(lang: Lang, en: T, fr: T): T => (lang === 'fr' ? fr : en);

function rules(lang: Lang): RuleResult[] {
  return [
    {
      id: 'official-accounts-linked',
      category: 'presence',
      status: 'pass',
      score: 1,
      weight: 3,
      title: L(lang, 'The site links to its official social accounts', 'Le site renvoie vers ses comptes sociaux officiels'),
      message: L(lang, '3 official accounts linked from every page.', '3 comptes officiels liés depuis chaque page.'),
      messageId: 'linked',
      data: { count: 3 },
      evidence: [{ url: 'https://www.acme.example/' }],
    },
    {
      id: 'consistent-handles',
      category: 'presence',
      status: 'warn',
      score: 0.5,
      weight: 1,
      title: L(lang, 'Social handles differ from one network to another', 'Les identifiants diffèrent selon les réseaux'),
      message: L(lang, 'Handles differ: acme, acme_fr.', 'Identifiants différents : acme, acme_fr.'),
      messageId: 'differ',
      data: { handles: ['acme', 'acme_fr'] },
      evidence: [{ url: 'https://x.com/acme_fr', snippet: 'Suivez-nous sur X' }],
    },
    {
      id: 'support-links-to-social',
      category: 'support',
      status: 'fail',
      score: 0,
      weight: 3,
      title: L(lang, 'The support area does not point to social care', "L'espace d'aide ne renvoie pas vers les réseaux"),
      message: L(
        lang,
        'None of the 7 support pages links to a social account the brand answers on.',
        "Aucune des 7 pages d'aide ne renvoie vers un compte social où la marque répond.",
      ),
      messageId: 'none',
      data: { pages: 7 },
      evidence: Array.from({ length: 7 }, (_, i) => ({
        url: `https://www.acme.example/help/topic-${i + 1}`,
        snippet: i === 0 ? HOSTILE_TITLE : `Help topic ${i + 1}: returns and refunds`,
      })),
    },
    {
      id: 'help-centre',
      category: 'support',
      status: 'na',
      score: null,
      weight: 2,
      title: L(lang, 'A help centre is reachable', "Un centre d'aide est accessible"),
      message: L(lang, 'No help page could be read, so the help centre was not checked.', "Aucune page d'aide n'a pu être lue."),
      messageId: 'no-pages',
      data: {},
      evidence: [],
    },
    {
      id: 'realtime-channel',
      category: 'contact',
      status: 'error',
      score: null,
      weight: 2,
      title: L(lang, 'A real-time channel is offered', 'Un canal temps réel est proposé'),
      message: L(lang, 'The rule failed: unexpected contact value.', 'La règle a échoué : valeur de contact inattendue.'),
      messageId: 'error',
      data: {},
      evidence: [],
    },
    {
      id: 'response-time-promise',
      category: 'contact',
      status: 'pass',
      score: 1,
      weight: 2,
      title: L(lang, 'A response time is promised', 'Un délai de réponse est annoncé'),
      message: L(lang, 'Promises a reply within 24 h.', 'Promet une réponse sous 24 h.'),
      messageId: 'promise',
      data: { hours: 24 },
      evidence: [{ url: 'https://www.acme.example/contact', snippet: 'We reply within 24 hours' }],
    },
    {
      id: 'legal-notice',
      category: 'trust',
      status: 'fail',
      score: 0,
      weight: 2,
      title: L(lang, 'No legal notice found', 'Aucune mention légale trouvée'),
      message: L(lang, 'No page looks like a legal notice.', 'Aucune page ne ressemble à des mentions légales.'),
      messageId: 'missing',
      data: {},
      evidence: [
        {
          url: 'https://www.acme.example/a/very/long/path/that/goes/on/and/on/to/make/sure/wrapping/works/in/a/hundred/columns?with=query&and=more',
        },
      ],
    },
    {
      id: 'https',
      category: 'trust',
      status: 'pass',
      score: 1,
      weight: 1,
      title: L(lang, 'Pages are served over HTTPS', 'Les pages sont servies en HTTPS'),
      message: L(lang, 'Every page uses HTTPS.', 'Toutes les pages utilisent HTTPS.'),
      messageId: 'all',
      data: {},
      evidence: [],
    },
  ];
}

/** A fresh sample report in `lang` (titles and messages already resolved, as the report builder does). */
export function sampleReport(lang: Lang = 'en'): AuditReport {
  return {
    schemaVersion: 1,
    tool: { name: 'brand-audit', version: '0.1.0' },
    target: { url: 'https://www.acme.example/', domain: 'acme.example', brandName: 'Acme' },
    generatedAt: '2025-03-12T10:05:00.000Z',
    collectedAt: '2025-03-12T10:04:30.000Z',
    lang,
    ruleSet: { id: 'default', title: L(lang, 'Customer-care audit', 'Audit relation client'), source: 'builtin:default' },
    score: 55.1, // (87.5×3 + 0×3 + 100×2 + 33.3×1) ÷ 9, as the scorer would give
    grade: 'C',
    band: 'average',
    categories: [
      {
        id: 'presence',
        title: L(lang, 'Social presence', 'Présence sociale'),
        score: 87.5,
        weight: 3,
        rules: ['official-accounts-linked', 'consistent-handles'],
      },
      {
        id: 'support',
        title: L(lang, 'Support area', 'Espace service client'),
        score: 0,
        weight: 3,
        rules: ['support-links-to-social', 'help-centre'],
      },
      {
        id: 'contact',
        title: L(lang, 'Contact channels', 'Canaux de contact'),
        score: 100,
        weight: 2,
        rules: ['realtime-channel', 'response-time-promise'],
      },
      {
        id: 'trust',
        title: L(lang, 'Trust and legal', 'Confiance et mentions légales'),
        score: 33.3,
        weight: 1,
        rules: ['legal-notice', 'https'],
      },
    ],
    rules: rules(lang),
    accounts: [
      {
        platform: 'x',
        handle: 'acme_fr',
        url: 'https://x.com/acme_fr',
        official: false,
        reason: L(lang, 'linked from one article only', "lié depuis un seul article"),
        evidence: [{ pageUrl: 'https://www.acme.example/blog/1', how: 'link', placement: 'article' }],
      },
      {
        platform: 'facebook',
        handle: 'acme',
        url: 'https://www.facebook.com/acme',
        official: true,
        reason: L(lang, 'in the footer of every page', 'dans le pied de page de chaque page'),
        evidence: [{ pageUrl: 'https://www.acme.example/', how: 'link', placement: 'footer' }],
      },
      {
        platform: 'youtube',
        handle: '\u001b[31mevil\u001b[0m',
        url: 'https://www.youtube.com/@evil',
        official: false,
        reason: 'mentioned in a comment',
        evidence: [{ pageUrl: 'https://www.acme.example/blog/2', how: 'link', placement: 'body' }],
      },
    ],
    site: {
      pagesCrawled: 25,
      pagesFailed: 2,
      truncated: true,
      supportPages: [{ url: 'https://www.acme.example/help', depth: 1, kinds: ['help'] }],
      failedPages: [
        { url: 'https://www.acme.example/faq', depth: 1, error: { code: 'http-404', message: 'Not Found' } },
        { url: 'https://help.acme.example/', depth: 2, error: { code: 'timeout', message: 'No response after 15 s' } },
      ],
      errors: [{ code: 'max-pages', message: 'Stopped after 25 pages' }],
    },
    sources: [
      { source: 'site', ok: true },
      { source: 'bluesky', ok: false, message: 'profile not found' },
    ],
  };
}

/** Monday-based weeks of the sample social window (13 weeks ending the week of 10 March 2025), oldest first. */
const SAMPLE_WEEKS = Array.from({ length: 13 }, (_, i) => new Date(Date.UTC(2024, 11, 9 + 7 * i)).toISOString().slice(0, 10));

/**
 * The sample report with a social audit: a Bluesky account read in full (questions, unanswered ones, response
 * times, weekly cadence, one hostile question with a `javascript:` link), a Mastodon account read in part, a quiet
 * Discourse community (read, no question, no brand post) and a YouTube channel that needs a token (nothing read).
 */
export function sampleSocialReport(lang: Lang = 'en'): AuditReport {
  const report = sampleReport(lang);
  const window = { from: '2024-12-10T10:04:30.000Z', to: '2025-03-12T10:04:30.000Z', days: 92 };
  report.social = {
    accounts: [
      {
        platform: 'bluesky',
        handle: 'acme.bsky.social',
        url: 'https://bsky.app/profile/acme.bsky.social',
        source: 'bluesky',
        status: 'ok',
        window,
        postsRead: 214,
        brandPosts: 61,
        fanPosts: 153,
        questions: 40,
        unanswered: 14,
        unansweredRatio: 0.35,
        medianResponseMinutes: 185,
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
            text: L(lang, 'Where is my order #4521? Ordered three weeks ago.', 'Où en est ma commande n° 4521 ? Passée il y a trois semaines.'),
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
            text: L(lang, 'Do you deliver to Belgium?', 'Livrez-vous en Belgique ?'),
            createdAt: '2025-02-11T14:45:00.000Z',
            author: 'paul.bsky.social',
          },
        ],
      },
      {
        platform: 'mastodon',
        handle: 'acme@social.example',
        url: 'https://social.example/@acme',
        source: 'mastodon',
        status: 'partial',
        message: L(lang, 'stopped at --max-posts 200', 'arrêté à --max-posts 200'),
        window,
        postsRead: 200,
        brandPosts: 180,
        fanPosts: 20,
        questions: 5,
        unanswered: 0,
        unansweredRatio: 0,
        medianResponseMinutes: 42,
        responseBuckets: [
          { bucket: 'under-1h', count: 4 },
          { bucket: '1-4h', count: 1 },
          { bucket: '4-24h', count: 0 },
          { bucket: '1-3d', count: 0 },
          { bucket: 'over-3d', count: 0 },
        ],
        cadence: SAMPLE_WEEKS.map((week, i) => ({ week, posts: [12, 15, 14, 18, 11, 16, 13, 17, 12, 14, 15, 10, 13][i] })),
        unansweredQuestions: [],
      },
      {
        platform: 'discourse',
        handle: 'community.acme.example',
        url: 'https://community.acme.example/',
        source: 'discourse',
        status: 'ok',
        window,
        postsRead: 3,
        brandPosts: 0,
        fanPosts: 3,
        questions: 0,
        unanswered: 0,
        unansweredRatio: null,
        medianResponseMinutes: null,
        responseBuckets: [
          { bucket: 'under-1h', count: 0 },
          { bucket: '1-4h', count: 0 },
          { bucket: '4-24h', count: 0 },
          { bucket: '1-3d', count: 0 },
          { bucket: 'over-3d', count: 0 },
        ],
        cadence: SAMPLE_WEEKS.map((week) => ({ week, posts: 0 })),
        unansweredQuestions: [],
      },
      {
        platform: 'youtube',
        handle: 'acme',
        url: 'https://www.youtube.com/@acme',
        source: 'none',
        status: 'auth-required',
        message: L(lang, 'comments need a YouTube Data API key', 'les commentaires demandent une clé YouTube Data API'),
        window,
        postsRead: 0,
        brandPosts: 0,
        fanPosts: 0,
        questions: 0,
        unanswered: 0,
        unansweredRatio: null,
        medianResponseMinutes: null,
        responseBuckets: [
          { bucket: 'under-1h', count: 0 },
          { bucket: '1-4h', count: 0 },
          { bucket: '4-24h', count: 0 },
          { bucket: '1-3d', count: 0 },
          { bucket: 'over-3d', count: 0 },
        ],
        cadence: [],
        unansweredQuestions: [],
      },
    ],
  };
  return report;
}
