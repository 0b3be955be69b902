// The anchors of the document formats' sections and rule cards, so the contents, the summary and the action plan
// link to the same places in HTML and PDF alike.

/** Section ids, in document order. */
export const SECTIONS = ['summary', 'scores', 'actions', 'findings', 'met', 'accounts', 'social', 'methodology'] as const;
export type SectionId = (typeof SECTIONS)[number];

/** An id made of [a-z0-9-] only: rule and category ids are kebab-case, but a custom rule set may hold anything. */
function slug(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}

/** The anchor of a rule's card (or of its row in the table of criteria met). */
export function ruleAnchor(ruleId: string): string {
  return `rule-${slug(ruleId)}`;
}

/** The anchor of a category's findings. */
export function categoryAnchor(categoryId: string): string {
  return `category-${slug(categoryId)}`;
}
