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
