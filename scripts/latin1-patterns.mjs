// Used by scripts/bundle-cli.mjs: in the project's compiled modules, each regular expression literal of the `u` flag
// holding a Unicode property class (`\p{L}` and the like), and each pattern made by `new RegExp(…)`, is passed to
// latin1Fast (src/latin1-fast-pattern.ts), which runs it on Latin-1 text through a twin whose property classes
// are written as the Latin-1 characters they match: V8 then compiles no ICU class for the text most pages and posts
// hold (docs/performance.md). Patterns latin1Fast cannot twin are returned as they were; dist/ and the library run
// their patterns as written.
import path from 'node:path';
import ts from 'typescript';

const HELPER = 'latin1-fast-pattern.js';
const NAME = '__latin1Fast';

/** Whether a literal's text (`/…/flags`) is a `u` pattern with a property class. */
function twinnable(literal) {
  const flags = literal.slice(literal.lastIndexOf('/') + 1);
  return flags.includes('u') && /\\[pP]\{/.test(literal);
}

/** `text` (the compiled module at `file`, under `dist`) with its patterns passed to latin1Fast, imported from dist/. */
export function latin1FastPatterns(text, file, dist) {
  const helper = path.join(dist, HELPER);
  if (file === helper || !(text.includes('RegExp(') || /\\[pP]\{/.test(text))) return text;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral && twinnable(node.getText(sf))) {
      edits.push([node.getStart(sf), `${NAME}(`], [node.end, ')']);
    } else if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      edits.push([node.getStart(sf), `${NAME}(`], [node.end, ')']);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  if (edits.length === 0) return text;
  let out = text;
  // From the end, and at one offset the closing text first, so that a pattern inside another's arguments nests.
  for (const [at, insert] of edits.sort((a, b) => b[0] - a[0] || (a[1] === ')' ? -1 : 1))) out = `${out.slice(0, at)}${insert}${out.slice(at)}`;
  let relative = path.relative(path.dirname(file), helper).split(path.sep).join('/');
  if (!relative.startsWith('.')) relative = `./${relative}`;
  return `import { latin1Fast as ${NAME} } from ${JSON.stringify(relative)};\n${out}`;
}
