// Cases for the cross-posting rule.
import { rule } from '../../src/rules/cross-posting.js';
import { ruleCases } from './snapshot-builder.js';
import { brandPost, conversation, failedConversation, skippedEntry, socialSnapshot, unreadableData } from './social-builder.js';

const SHARED = [
  'Notre nouvelle collection de linge de maison est en ligne, découvrez-la vite.',
  'Conseil du jour : lavez le lin à 30 degrés pour qu’il reste doux.',
  'Les soldes d’été commencent mercredi dans toutes nos boutiques.',
];
const posts = (prefix: string, texts: string[]) => texts.map((t, i) => brandPost(`${prefix}${i}`, t, 24 + i * 24));
const bluesky = (texts: string[]) => conversation({ posts: posts('b', texts) });
const mastodon = (texts: string[]) => conversation({ platform: 'mastodon', posts: posts('m', texts) });
const youtube = failedConversation('youtube', 'not-found', [{ code: 'not-found', data: { platform: 'youtube' } }]);

ruleCases(rule, [
  {
    name: 'pass: one text of four posted on both networks (case and spacing aside); short texts are not compared',
    snapshot: socialSnapshot([
      bluesky([SHARED[0], 'Visite de notre atelier de tissage dans les Vosges cette semaine.', 'Nouveau coloris terracotta pour nos nappes en lin lavé.', 'Les coulisses du shooting de la collection automne.', 'Merci !']),
      mastodon([`  ${SHARED[0].toUpperCase()} `, 'Sur Mastodon, on vous répond aussi en message privé.', 'Notre engagement : du lin cultivé en Normandie.', 'Atelier couture ouvert samedi à Lyon pour les abonnés.', 'Merci !']),
    ]),
    status: 'pass',
    messageId: 'adapted',
    data: { posts: 8, copies: 2, share: 0.25, groups: 1, networks: 2, platforms: ['bluesky', 'mastodon'], windowDays: 30, skipped: [] },
    evidence: ['https://social.example/maison/b0', 'https://social.example/maison/m0'],
  },
  {
    name: 'warn: three texts of four pasted on both networks',
    snapshot: socialSnapshot([
      bluesky([...SHARED, 'Visite de notre atelier de tissage dans les Vosges cette semaine.']),
      mastodon([...SHARED, 'Sur Mastodon, on vous répond aussi en message privé.']),
      youtube,
    ]),
    status: 'warn',
    messageId: 'copied',
    score: 0.25,
    data: { posts: 8, copies: 6, share: 0.75, groups: 3, networks: 2, platforms: ['bluesky', 'mastodon'], windowDays: 30, skipped: [skippedEntry(youtube)] },
    evidence: ['https://social.example/maison/b2', 'https://social.example/maison/m2'],
  },
  {
    name: 'na: two accounts on the same network give nothing to compare',
    snapshot: socialSnapshot([bluesky(SHARED), conversation({ handle: 'maison-pro', posts: posts('p', SHARED) })]),
    status: 'na',
    messageId: 'single-network',
    data: { posts: 6, copies: 0, share: null, groups: 0, networks: 1, platforms: ['bluesky'], windowDays: 30, skipped: [] },
  },
  {
    name: 'na: four posts long enough to compare are too few',
    snapshot: socialSnapshot([bluesky(SHARED.slice(0, 2)), mastodon(SHARED.slice(0, 2))]),
    status: 'na',
    messageId: 'too-few-posts',
    data: { posts: 4, copies: 0, share: null, groups: 0, networks: 2, platforms: ['bluesky', 'mastodon'], windowDays: 30, skipped: [] },
  },
  {
    name: 'na: no account could be read',
    snapshot: socialSnapshot([youtube]),
    status: 'na',
    messageId: 'no-usable-data',
    data: {
      posts: 0,
      copies: 0,
      share: null,
      groups: 0,
      networks: 0,
      platforms: [],
      windowDays: 30,
      ...unreadableData(youtube),
    },
  },
]);
