// Links to the Markdown report's own headings: GitHub (and most renderers) give each heading an id made from its
// text, so the contents and the action plan link to headings by computing that id the same way.

/**
 * The anchor GitHub gives a heading whose rendered text is `text` (github-slugger): lower case, every character
 * but letters, marks, digits, connectors, spaces and hyphens removed, spaces turned into hyphens.
 */
export function headingAnchor(text: string): string {
  return `#${text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-')}`;
}
