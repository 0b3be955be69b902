// Used by scripts/bundle-cli.mjs: in the project's compiled modules, each regular expression literal given in the array
// of a `patternSources([...])` call (src/text/regex-union.ts) is written as the PatternSource it stands for, an object
// of its `source`, `flags` and `unicode`, the very values the literal's RegExp has. Why: those tables' patterns are only
// read for their source by union and unionTester, which make and run patterns of their own, yet V8 parses a RegExp as
// it is made (its Unicode classes looked up in ICU each time): ~1,000 such literals cost the demo's main thread ~5 ms
// of making, against ~0.3 ms for the objects (docs/performance.md). The source keeps them as literals, which the
// compiler checks; dist/ and the tests run them as written, and patternSources types them as PatternSource, so no
// code can run them.
//
// Only the array's own elements that are literals are written over: anything else in it (a spread, a call that makes a
// pattern) is left as it is. The values come from the literal itself, made here, so no escaping can differ.
import vm from 'node:vm';
import ts from 'typescript';

/** The marker's name, as src/text/regex-union.ts exports it and tsc leaves it in the modules that call it. */
const MARKER = 'patternSources';

/** `text` (a compiled module, `file` its path for errors) with the literals of its patternSources arrays as objects. */
export function patternSourceLiterals(text, file) {
  if (!text.includes(`${MARKER}(`)) return text;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === MARKER) {
      const [list] = node.arguments;
      if (node.arguments.length !== 1 || !ts.isArrayLiteralExpression(list)) {
        throw new Error(`${file}: ${MARKER}() at offset ${node.getStart(sf)} takes one array literal`);
      }
      for (const element of list.elements) {
        if (element.kind !== ts.SyntaxKind.RegularExpressionLiteral) continue;
        const re = vm.runInNewContext(element.getText(sf));
        edits.push([element.getStart(sf), element.end, `{ source: ${JSON.stringify(re.source)}, flags: ${JSON.stringify(re.flags)}, unicode: ${re.unicode} }`]);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  let out = text;
  for (const [from, to, replacement] of edits.sort((a, b) => b[0] - a[0])) out = `${out.slice(0, from)}${replacement}${out.slice(to)}`;
  return out;
}
