// Cases for the social-help-in-bio rule.
import type { Conversation } from '../../src/snapshot/types.js';
import { rule } from '../../src/rules/social-help-in-bio.js';
import { SITE, kindPage, ruleCases, startPage } from './snapshot-builder.js';
import { conversation, failedConversation, skippedEntry, socialSnapshot, unreadableData } from './social-builder.js';

const pages = [startPage(), kindPage('/nous-ecrire', ['contact'])];
const withBio = (platform: Conversation['platform'], bio: string, links: string[] = [], status: Conversation['status'] = 'ok') =>
  conversation({ platform, status, profile: { exists: true, bio, links } });
const toSupportPage = withBio('bluesky', 'Linge de maison depuis 1920.', [`${SITE}/nous-ecrire/`]);
const email = withBio('mastodon', 'Une question ? Écrivez-nous : bonjour@maison.example');
const wording = withBio('youtube', 'Tutos et coulisses. Service client du lundi au vendredi.');
const helpLink = withBio('x', 'Linge de maison.', ['https://help.maison.example/hc/fr']);
const bare = withBio('instagram', 'Linge de maison depuis 1920. Helpful tips every week.', ['https://maison.example/boutique']);
const found = (account: string, how: string, match: string) => ({ account, found: true, how, match });
const missing = (account: string) => ({ account, found: false, how: null, match: null });
const facebook = failedConversation('facebook', 'no-source');

ruleCases(rule, [
  {
    name: 'pass: a support page of the site, an e-mail, words and a help link',
    snapshot: socialSnapshot([toSupportPage, email, wording, helpLink], { pages }),
    status: 'pass',
    messageId: 'everywhere',
    data: {
      profiles: 4,
      withHelp: 4,
      share: 1,
      missing: [],
      accounts: [
        found('bluesky:maison', 'support-page', `${SITE}/nous-ecrire/`),
        found('mastodon:maison', 'email', 'bonjour@maison.example'),
        found('youtube:maison', 'wording', 'Service client'),
        found('x:maison', 'help-link', 'https://help.maison.example/hc/fr'),
      ],
      skipped: [],
    },
    evidence: ['https://bluesky.example/maison', 'https://x.example/maison'],
  },
  {
    name: 'warn: one profile of two (read despite a rate limit) has nothing; "Helpful" is not "help"',
    snapshot: socialSnapshot([email, { ...bare, status: 'rate-limited', notes: [{ code: 'http-429', data: { status: 429 } }] }, facebook], { pages }),
    status: 'warn',
    messageId: 'some',
    score: 0.5,
    data: {
      profiles: 2,
      withHelp: 1,
      share: 0.5,
      missing: ['instagram:maison'],
      accounts: [found('mastodon:maison', 'email', 'bonjour@maison.example'), missing('instagram:maison')],
      skipped: [{ account: 'instagram:maison', status: 'rate-limited' }, skippedEntry(facebook)],
    },
    evidence: ['https://instagram.example/maison'],
  },
  {
    name: 'warn: a mailto link counts as an e-mail',
    snapshot: socialSnapshot([withBio('bluesky', 'Linge de maison.', ['mailto:sav@maison.example']), bare], { pages }),
    status: 'warn',
    messageId: 'some',
    score: 0.5,
    data: {
      profiles: 2,
      withHelp: 1,
      share: 0.5,
      missing: ['instagram:maison'],
      accounts: [found('bluesky:maison', 'email', 'sav@maison.example'), missing('instagram:maison')],
      skipped: [],
    },
  },
  {
    name: 'fail: no profile leads to help',
    snapshot: socialSnapshot([bare, withBio('bluesky', 'Le beau linge, depuis 1920.')], { pages }),
    status: 'fail',
    messageId: 'none',
    score: 0,
    data: {
      profiles: 2,
      withHelp: 0,
      share: 0,
      missing: ['instagram:maison', 'bluesky:maison'],
      accounts: [missing('instagram:maison'), missing('bluesky:maison')],
      skipped: [],
    },
    evidence: ['https://instagram.example/maison'],
  },
  {
    name: 'na: posts were read but no profile',
    snapshot: socialSnapshot([conversation()], { pages }),
    status: 'na',
    messageId: 'no-profile',
    data: { profiles: 0, withHelp: 0, share: null, missing: [], accounts: [], skipped: [] },
    evidence: ['https://bluesky.example/maison'],
  },
  {
    name: 'na: no account could be read',
    snapshot: socialSnapshot([facebook], { pages }),
    status: 'na',
    messageId: 'no-usable-data',
    data: {
      profiles: 0,
      withHelp: 0,
      share: null,
      missing: [],
      accounts: [],
      ...unreadableData(facebook),
    },
  },
]);
