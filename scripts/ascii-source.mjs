// Used by scripts/bundle-cli.mjs: dist/bundle/cli.cjs rewritten with every character outside ASCII written as an
// escape, the same program. Why: the bin reads that 4 MB script at every audit (bin/load-cli.js), and a UTF-8 file
// holding a few hundred characters outside Latin-1 (…, ’, € in comments, regular expressions and String.raw patterns)
// has to be decoded into a two-byte string, ~15-20 ms of CPU; an ASCII file is read as Latin-1 in ~1 ms, and V8 keeps
// its source in half the memory. esbuild already escapes string literals (its default `charset: 'ascii'`) but leaves
// comments, regular expression literals and raw template text as written.
//
// Each character is rewritten where it stands, found with TypeScript's parser (a devDependency, as esbuild is):
// - in a comment, a string or an untagged template: `\uXXXX` (a surrogate pair beyond U+FFFF);
// - in a regular expression literal: the literal becomes `new RegExp("…", "flags")` with the same source, escaped in
//   a string. Not escapes in the pattern itself: code reads patterns' `source` (src/text/regex-literals.ts looks the
//   build's answers up by it), which must stay the very text. Each rewritten literal is checked here: the same
//   `source` and `flags` as the literal's own;
// - in the text of a String.raw template: `${"\uXXXX"}`, a substitution that puts the very character back into the
//   result (its raw text would otherwise keep the six characters of the escape);
// anywhere else (an identifier, another tag's template, a character after a backslash in a string): the build stops
// and says where.
import vm from 'node:vm';
import ts from 'typescript';

const NON_ASCII = /[^\x00-\x7f]/gu;

/** `\uXXXX` for each UTF-16 code unit of `char`. */
const unitEscapes = (char) => [...Array(char.length).keys()].map((i) => `\\u${char.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')}`).join('');

/** A JavaScript string literal of `s`, in ASCII. */
const asciiString = (s) => JSON.stringify(s).replace(NON_ASCII, unitEscapes);

/**
 * The token of `sf` (a node without children: a literal, an identifier) whose text holds `pos`, or undefined when
 * `pos` is between tokens (in a comment: a node's range starts with the comments before it).
 */
function tokenAt(sf, pos) {
  let node = sf;
  for (;;) {
    let inner;
    let children = 0;
    ts.forEachChild(node, (child) => {
      children++;
      if (inner === undefined && child.pos <= pos && pos < child.end) inner = child;
    });
    if (inner === undefined) return children > 0 || pos < node.getStart(sf) ? undefined : node;
    node = inner;
  }
}

/** A regular expression literal's token text as `new RegExp(…)`, checked to make the same pattern. */
function regExpCall(literal, where) {
  const slash = literal.lastIndexOf('/');
  const flags = literal.slice(slash + 1);
  const call = `new RegExp(${asciiString(literal.slice(1, slash))}, ${JSON.stringify(flags)})`;
  const [before, after] = [literal, call].map((code) => vm.runInNewContext(code));
  if (before.source !== after.source || before.flags !== after.flags) throw new Error(`${where}: ${literal} is not the same pattern as ${call}`);
  return call;
}

/**
 * How the character at `pos` is written in ASCII: an edit of the source (`from`, `to`, `text`), or throws when that
 * cannot be done without changing the program.
 */
function editAt(sf, text, pos, char, file) {
  const where = () => `${file}:${sf.getLineAndCharacterOfPosition(pos).line + 1}`;
  const token = tokenAt(sf, pos);
  const here = (replacement) => ({ from: pos, to: pos + char.length, text: replacement });
  if (token === undefined) return here(unitEscapes(char)); // a comment (or whitespace, which the check below refuses)
  if (token.kind === ts.SyntaxKind.RegularExpressionLiteral) return { from: token.getStart(sf), to: token.end, text: regExpCall(token.getText(sf), where()) };
  let backslashes = 0;
  while (text[pos - 1 - backslashes] === '\\') backslashes++;
  if (backslashes % 2 === 1) throw new Error(`${where()}: "${char}" after a backslash; write it as an escape in the source`);
  switch (token.kind) {
    case ts.SyntaxKind.StringLiteral:
      return here(unitEscapes(char));
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
    case ts.SyntaxKind.TemplateHead:
    case ts.SyntaxKind.TemplateMiddle:
    case ts.SyntaxKind.TemplateTail: {
      const template = token.kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral ? token : token.parent.kind === ts.SyntaxKind.TemplateSpan ? token.parent.parent : token.parent;
      const tagged = template.parent.kind === ts.SyntaxKind.TaggedTemplateExpression ? template.parent : undefined;
      if (!tagged) return here(unitEscapes(char));
      if (tagged.tag.getText(sf) === 'String.raw') return here(`\${${asciiString(char)}}`);
      throw new Error(`${where()}: "${char}" in a template tagged ${tagged.tag.getText(sf)}; only String.raw is rewritten`);
    }
    default:
      throw new Error(`${where()}: "${char}" in a ${ts.SyntaxKind[token.kind]}; only comments, strings, templates and regular expressions are rewritten`);
  }
}

/** `text` (a CommonJS script) with every non-ASCII character rewritten as above; the text itself when it has none. */
export function asciiSource(text, file) {
  if (!/[^\x00-\x7f]/.test(text)) return text;
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  if (sf.parseDiagnostics?.length) throw new Error(`${file}: TypeScript cannot parse the bundle: ${sf.parseDiagnostics[0].messageText}`);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(NON_ASCII)) {
    if (m.index < last) continue; // inside a regular expression literal already rewritten whole
    const edit = editAt(sf, text, m.index, m[0], file);
    out += text.slice(last, edit.from) + edit.text;
    last = edit.to;
  }
  out += text.slice(last);
  // Whitespace outside ASCII between tokens would now be an escape V8 refuses: a syntax error stops the build here
  // (compiled inside Node's CommonJS wrapper, as bin/load-cli.js runs it).
  new vm.Script(`(function (exports, require, module, __filename, __dirname, __import) {${out}\n})`, { filename: file });
  if (/[^\x00-\x7f]/.test(out)) throw new Error(`${file}: characters outside ASCII left after rewriting`);
  return out;
}
