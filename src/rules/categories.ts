// The scoring categories, in report order; their titles and descriptions live in locales/<lang>/categories.json.

/** Report order. A rule set gives each category its weight. */
export const CATEGORY_IDS: string[] = [
  'presence',
  'support',
  'contact',
  'reactivity',
  'listening',
  'recognition',
  'interaction',
  'relevance',
  'social-help',
  'trust',
];
