// A pattern made on its first use rather than as its module loads. V8 parses a RegExp as it is made, and looks up in
// ICU each \p{…} class it holds, for every pattern anew (~7 % of the demo's main-thread instructions went to those
// lookups): a pattern with several classes that an audit may never run (a heading's double-barrelled name, a bio's
// e-mail address, a label before a link) is made only when something first tests it, and is then the same object.
export function lazyPattern(make: () => RegExp): () => RegExp {
  let re: RegExp | undefined;
  return () => (re ??= make());
}
