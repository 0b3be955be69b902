// The rule registry: every rule, imported explicitly and sorted by id (ESLint style), so the list is reviewable.
import type { Rule } from './types.js';
import { rule as accountsConsistent } from './accounts-consistent.js';
import { rule as closedNetworkLinks } from './closed-network-links.js';
import { rule as communitySpace } from './community-space.js';
import { rule as complaintsAnswered } from './complaints-answered.js';
import { rule as contactChannels } from './contact-channels.js';
import { rule as crossPosting } from './cross-posting.js';
import { rule as engagementRate } from './engagement-rate.js';
import { rule as fanInteraction } from './fan-interaction.js';
import { rule as fanRecognition } from './fan-recognition.js';
import { rule as legalNoticePrivacy } from './legal-notice-privacy.js';
import { rule as listeningAsksOpinions } from './listening-asks-opinions.js';
import { rule as officialAccounts } from './official-accounts.js';
import { rule as onTopicPosts } from './on-topic-posts.js';
import { rule as postingCadence } from './posting-cadence.js';
import { rule as promiseKept } from './promise-kept.js';
import { rule as realtimeChannel } from './realtime-channel.js';
import { rule as responseTime } from './response-time.js';
import { rule as responseTimePromise } from './response-time-promise.js';
import { rule as selfService } from './self-service.js';
import { rule as siteHttps } from './site-https.js';
import { rule as socialHelpInBio } from './social-help-in-bio.js';
import { rule as supportAccount } from './support-account.js';
import { rule as supportLinksToSocial } from './support-links-to-social.js';
import { rule as supportMobileReady } from './support-mobile-ready.js';
import { rule as supportReachable } from './support-reachable.js';
import { rule as termsUpdated } from './terms-updated.js';
import { rule as unansweredQuestions } from './unanswered-questions.js';
import { rule as valuablePosts } from './valuable-posts.js';

/** Every rule, sorted by id. */
export const RULES: Rule[] = [
  accountsConsistent,
  closedNetworkLinks,
  communitySpace,
  complaintsAnswered,
  contactChannels,
  crossPosting,
  engagementRate,
  fanInteraction,
  fanRecognition,
  legalNoticePrivacy,
  listeningAsksOpinions,
  officialAccounts,
  onTopicPosts,
  postingCadence,
  promiseKept,
  realtimeChannel,
  responseTime,
  responseTimePromise,
  selfService,
  siteHttps,
  socialHelpInBio,
  supportAccount,
  supportLinksToSocial,
  supportMobileReady,
  supportReachable,
  termsUpdated,
  unansweredQuestions,
  valuablePosts,
];

const BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

/** The rule with this id, or undefined when no rule has it. */
export function getRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}
