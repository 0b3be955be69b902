// The HTML contents list: one anchor link per section present, in document order (they stay links in the PDF).
import type { Translator } from '../../locale/translator.js';
import type { SectionId } from '../document/anchors.js';
import { say } from './parts.js';

/** The catalogue key of each section's title. */
const TITLE_KEYS: Record<SectionId, string> = {
  summary: 'summary.title',
  scores: 'section.categories',
  actions: 'actions.title',
  findings: 'findings.title',
  met: 'findings.metTitle',
  accounts: 'section.accounts',
  social: 'section.social',
  methodology: 'methodology.title',
};

/** The contents, linking the given sections (those the document holds), in the order given. */
export function contentsNav(tr: Translator, sections: readonly SectionId[]): string {
  const items = sections.map((id) => `<li><a href="#${id}">${say(tr, TITLE_KEYS[id])}</a></li>`).join('');
  return `<nav class="contents" aria-labelledby="contents-title"><h2 id="contents-title">${say(tr, 'contents.title')}</h2><ol>${items}</ol></nav>`;
}
