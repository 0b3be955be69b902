// Bounds how deep HTML nests before it is parsed. Both HTML parsers keep their stack of open elements in a way that
// costs time in proportion to its depth at every tag, so a 5 MiB page of nested <div>s takes hours to parse. Browsers
// bound the tree instead: Blink attaches an element that would sit deeper than 512 levels to the parent of the current
// node (kMaximumHTMLParserDOMTreeDepth), so it becomes a sibling at that depth. This does the same in the markup: before
// a start tag that would go deeper, it closes the current element. Every element and all text are kept.
import { Tokenizer } from 'htmlparser2';

/** Blink's limit: deeper elements are laid flat at this depth, and so read here. */
export const MAX_NESTING = 512;

// What htmlparser2's Parser does in HTML mode, so the depth counted here is the depth it builds: elements that close
// the open one (a new <li> closes the previous <li>, a <div> closes an open <p>), and elements without content.
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t): [string, Set<string>] => [t, new Set(FORM)]),
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset']
    .concat(['figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'])
    .map((t): [string, Set<string>] => [t, new Set(P)]),
]);
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * The markup with nesting bounded to `max` levels, and how many elements were laid flat (0: the markup as given).
 * Depth is counted as htmlparser2 builds the tree (implied end tags, void elements); parse5 builds nearly the same.
 */
export function boundNesting(html: string, max = MAX_NESTING): { html: string; flattened: number } {
  // A tag opens only at "<" and a letter: markup with no more of those than `max` cannot nest deeper, and most pages
  // are read without tokenizing them twice.
  let starts = 0;
  for (let at = html.indexOf('<'); at >= 0 && starts <= max; at = html.indexOf('<', at + 1)) {
    const c = html.charCodeAt(at + 1) | 0x20;
    if (c >= 0x61 && c <= 0x7a) starts++;
  }
  if (starts <= max) return { html, flattened: 0 };
  const names: string[] = [];
  // How many open elements of each name: an end tag with none open is ignored without searching the stack.
  const open = new Map<string, number>();
  // Where to insert an end tag, and which: before a start tag that would go deeper than `max`.
  const inserts: { at: number; tag: string }[] = [];

  const pop = (): string => {
    const name = names.pop()!;
    open.set(name, (open.get(name) ?? 1) - 1);
    return name;
  };

  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: false },
    {
      onopentagname(start, end) {
        const name = html.slice(start, end).toLowerCase();
        const closes = IMPLIES_CLOSE.get(name);
        if (closes) while (names.length > 0 && closes.has(names[names.length - 1])) pop();
        if (VOID.has(name)) return;
        // The element would sit below `max`: close the current one first, so it becomes that one's next sibling.
        if (names.length >= max) inserts.push({ at: start - 1, tag: `</${pop()}>` });
        names.push(name);
        open.set(name, (open.get(name) ?? 0) + 1);
      },
      onclosetag(start, end) {
        const name = html.slice(start, end).toLowerCase();
        if (VOID.has(name) || !open.get(name)) return;
        // Everything above the element closes with it (the parser does the same): each element is popped once.
        while (names.length > 0 && names[names.length - 1] !== name) pop();
        pop();
      },
      onopentagend() {},
      onselfclosingtag() {},
      onattribdata() {},
      onattribentity() {},
      onattribend() {},
      onattribname() {},
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onend() {},
      onprocessinginstruction() {},
      ontext() {},
      ontextentity() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  if (inserts.length === 0) return { html, flattened: 0 };
  const parts: string[] = [];
  let at = 0;
  for (const insert of inserts) {
    parts.push(html.slice(at, insert.at), insert.tag);
    at = insert.at;
  }
  parts.push(html.slice(at));
  return { html: parts.join(''), flattened: inserts.length };
}
