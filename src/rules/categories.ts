// The scoring categories of the website audit, with their titles in each report language.
import type { Localized } from './types.js';

export interface CategoryMeta {
  id: string;
  title: Localized;
  description: Localized;
}

/** Report order. A rule set gives each category its weight. */
export const CATEGORIES: CategoryMeta[] = [
  {
    id: 'presence',
    title: { en: 'Social presence', fr: 'Présence sociale' },
    description: {
      en: 'Which social networks the brand presents as its own, and whether it does so consistently.',
      fr: 'Les réseaux sociaux que la marque présente comme les siens, et leur cohérence.',
    },
  },
  {
    id: 'support',
    title: { en: 'Support area', fr: 'Espace service client' },
    description: {
      en: 'How easily customers reach help, self-service and the community, and whether support leads to social care.',
      fr: "La facilité d'accès à l'aide, au self-service et à la communauté, et le lien du support vers les réseaux.",
    },
  },
  {
    id: 'contact',
    title: { en: 'Contact channels', fr: 'Canaux de contact' },
    description: {
      en: 'The ways to reach the brand, real-time ones included, and the response times it commits to.',
      fr: 'Les moyens de joindre la marque, dont le temps réel, et les délais de réponse promis.',
    },
  },
  {
    id: 'reactivity',
    title: { en: 'Reactivity', fr: 'Réactivité' },
    description: {
      en: 'Whether fans who ask the brand a question on its social accounts get an answer, and how fast.',
      fr: 'Les questions posées à la marque sur ses réseaux obtiennent-elles une réponse, et en combien de temps.',
    },
  },
  {
    id: 'listening',
    title: { en: 'Listening', fr: 'Écoute' },
    description: {
      en: 'Whether the brand asks its community for opinions and ideas, and answers complaints.',
      fr: 'La marque sollicite-t-elle l’avis de sa communauté, et répond-elle aux réclamations.',
    },
  },
  {
    id: 'recognition',
    title: { en: 'Recognition', fr: 'Reconnaissance' },
    description: {
      en: 'Whether the brand thanks, names and features its fans and shares their content.',
      fr: 'La marque remercie-t-elle, cite-t-elle et met-elle en avant ses fans et leurs contenus.',
    },
  },
  {
    id: 'interaction',
    title: { en: 'Interaction', fr: 'Interaction' },
    description: {
      en: 'Whether fans talk to each other on the brand’s spaces.',
      fr: 'Les fans échangent-ils entre eux sur les espaces de la marque.',
    },
  },
  {
    id: 'relevance',
    title: { en: 'Posting relevance', fr: 'Pertinence des publications' },
    description: {
      en: 'How often and how recently the brand posts, and whether its posts are worth reading.',
      fr: 'La fréquence et la fraîcheur des publications, et leur intérêt pour les lecteurs.',
    },
  },
  {
    id: 'social-help',
    title: { en: 'Help on social networks', fr: 'Aide sur les réseaux sociaux' },
    description: {
      en: 'Whether the social profiles lead customers to help: a support contact in the bio, a dedicated support account.',
      fr: 'Les profils sociaux mènent-ils à l’aide : contact support dans la bio, compte dédié au service client.',
    },
  },
  {
    id: 'trust',
    title: { en: 'Trust and legal', fr: 'Confiance et mentions légales' },
    description: {
      en: 'Terms, legal notice, privacy policy and secure transport.',
      fr: 'CGV/CGU, mentions légales, politique de confidentialité et transport sécurisé.',
    },
  },
];

/** Looks a category up by id. */
export function categoryMeta(id: string): CategoryMeta | undefined {
  return CATEGORIES.find((c) => c.id === id);
}
