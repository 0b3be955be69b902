// Part of `npm run build`, after tsc: bundles the CLI (dist/cli.js and what it imports, libraries included) into
// dist/bundle/, which bin/brand-audit.js runs. Node then reads a few large files instead of resolving and loading
// hundreds of small modules at every start (~0.15 s of CPU on a demo audit). ESM with code splitting keeps each
// command's implementation in its own chunk, loaded only when the command runs (src/cli/lazy.ts), so --version and
// --help still load commander and the flag definitions only. The library API (dist/index.js and its types) is
// untouched: only the bin uses the bundle.
//
// Two things a bundle would otherwise break:
// - Paths found from `import.meta.url` (locales/, rules/, schema/, package.json, the precompiled validators, modules
//   loaded through createRequire): in each of the project's modules it is replaced by the URL of that module's own
//   file in dist/, so they resolve exactly as they do unbundled.
// - `require` in the bundled CommonJS libraries: an ESM chunk has none, so each chunk defines one.
// undici's parts (src/http/dispatcher.ts loads the files a crawl needs through createRequire, which esbuild cannot
// follow) are bundled too: their ~35 files, resolved, read and wrapped one by one, cost ~25 ms of CPU at every audit.
// The dispatcher's own `require` is dropped from the bundle so that esbuild sees, and bundles, its require() calls;
// they stay lazy (each CommonJS module runs on its first require), so the proxy agent still loads only when a proxy is
// set. Tests run src/, where the same calls load undici from node_modules.
// Library lines are rewritten: string-width's emoji pattern (`/^\p{RGI_Emoji}$/v`), which V8 validates, building
// its whole set of emoji sequences, when it parses the file (~15 ms of CPU at every audit and report, though the
// terminal report needs it only for text beyond the common one-column characters, src/report/format-helpers.ts),
// is built on its first use instead: the same pattern, the same tests. And a grapheme of one code point is tested
// against `\p{Emoji_Presentation}` less the regional indicators, which is what RGI_Emoji holds of single code points
// (the same answer for every code point: tests/e2e/bundle-edits.test.ts), so that the whole set (~20 ms of CPU to
// build) is built only for a report that shows an emoji sequence; one emoji in a post is reason enough to measure
// each grapheme of its line. So is its grapheme segmenter: the first
// Intl.Segmenter of a process loads ICU's break rules (~9 ms), which a report made of one-column text never needs.
// And undici's HTTP/2 client (with node:http2) is required on the first h2 connection, never made by the crawler;
// commander's node:child_process when a command runs as an executable (never); and undici's ClientDestroyedError is made
// without a stack trace (LIBRARY_EDITS says why).
// tinyld (language detection of social posts) is written beside the chunks as tinyld.cjs, with the n-gram tables of
// the four languages the detector asks it about (src/text/language.ts passes `only`) and no others: loading its 62
// languages cost ~0.12 s of CPU and ~50 MB at every audit with posts, these four, decoded at build, ~0.007 s. Its
// answers are the same, since with `only` it reads the other languages' entries only to skip them
// (tests/e2e/bundle-edits.test.ts compares both on the labelled posts); it stays a separate file, loaded on the
// first post that needs it.
// tldts (registrable domains) has its public suffix trie's tables worked out by the build and written as base64
// strings, instead of array literals and a pass over the trie at every load (precomputedTldts says why).
// The same modules are also written as one CommonJS script, dist/bundle/cli.cjs (no code splitting in CommonJS), which
// the bin runs for the commands that do work, with V8's code cache for it made by scripts/code-cache.mjs (run here,
// last): bin/load-cli.js says why. Its modules still run when first imported (esbuild wraps those loaded by import()
// or require), and `import.meta.url` is the script's own URL, rewritten in each module as above. It is written in
// ASCII (scripts/ascii-source.mjs), which the bin reads without decoding UTF-8.
// playwright-core (PDF output only, 7 MB, with its own files beside it) stays in node_modules.
// dist/bundle/packages.json lists the libraries each chunk holds, for tests/e2e/startup-modules.test.ts, which checks
// what each command loads.
import { build } from 'esbuild';
import { realpathSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { asciiSource } from './ascii-source.mjs';
import { latin1FastPatterns } from './latin1-patterns.mjs';
import { patternSourceLiterals } from './pattern-sources.mjs';
import { SCRIPT_END, SCRIPT_START } from '../bin/load-cli.js';

const DIST = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'dist');
const OUT = path.join(DIST, 'bundle');

/** Compiled modules whose createRequire'd libraries are bundled: their local `require` is removed (see above). */
const BUNDLED_REQUIRES = new Map([[path.join(DIST, 'http', 'dispatcher.js'), 'const require = createRequire(import.meta.url);']]);

/** The trimmed tinyld (see above), as the bundle requires it: a file beside the chunks, CommonJS like tinyld's own. */
const TINYLD_FILE = 'tinyld.cjs';
/** Compiled modules whose createRequire'd library is a file of the bundle: exact text → replacement. */
const BUNDLE_FILE_REQUIRES = new Map([
  [path.join(DIST, 'text', 'language.js'), ["createRequire(import.meta.url)('tinyld')", `require('./${TINYLD_FILE}')`]],
]);

/**
 * Static imports of the project's own modules made on demand in both builds: each becomes a require() at the call
 * that needs the module (kept once required: esbuild's require of an ES module copies its exports at each call),
 * which esbuild bundles as a call running the module and its imports the first time.
 * src/computed/text-layer.ts (the text detectors, ~15-20 ms of CPU to load, which a website-only audit never uses)
 * says why; tests/e2e/text-on-demand.test.ts checks it. File → [exact text, replacement] pairs.
 */
const ON_DEMAND_IMPORTS = new Map([
  [
    path.join(DIST, 'computed', 'text-layer.js'),
    [
      ["import * as text from '../text/index.js';", 'let text;'],
      ['return text;', "return (text ??= require('../text/index.js'));"],
    ],
  ],
]);

/** The bundle's own files (above) stay requires, resolved beside the chunk at run time. */
const bundleFiles = {
  name: 'bundle-files',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^\\./${TINYLD_FILE.replace('.', '\\.')}$`) }, (args) => ({ path: args.path, external: true }));
  },
};

/**
 * In cli.cjs (the script with V8's code cache, see below) the libraries an audit loads on first use are bundled rather
 * than required from their files: the trimmed tinyld (written to dist/bundle/ before that build), luxon (business
 * hours; src/computed/business-hours.ts requires it where it is needed) and the text models' packed tables (each a
 * module holding one string: src/text/packed-tables.ts). Required as files, each was compiled at every audit that
 * used it (~2-5 ms of CPU each for the demo audit); bundled, their code is in the cache. They stay lazy:
 * esbuild wraps a CommonJS module in a function run on its first require(), so an audit without posts or business
 * hours still never runs them. The ES module chunks (--help, --version, the module trace of
 * tests/e2e/startup-modules.test.ts) keep requiring them from their files.
 */
const CJS_BUNDLED_REQUIRES = new Map([
  [path.join(DIST, 'computed', 'business-hours.js'), ["createRequire(import.meta.url)('luxon')", "require('luxon')"]],
  ...['question', 'complaint'].map((model) => {
    const file = `./${model}-model.prebuilt.cjs`;
    return [path.join(DIST, 'text', `${model}-model.js`), [`createRequire(import.meta.url)('${file}')`, `require('${file}')`]];
  }),
]);
/**
 * In cli.cjs, values the build works out once from what the script holds (file → [exact text, replacement] pairs).
 * The text models' fingerprints: each model module checks that its packed tables hold its shipped weights by hashing
 * them (src/text/packed-tables.ts, packFingerprint), which loaded node:crypto (~3 ms of CPU) and hashed ~0.5 MB at
 * every audit with posts. The script holds both as they are now, so the fingerprint the check would compute is this
 * one: the check itself is unchanged (tables packed from other weights are still refused), and the demo's audit no
 * longer loads node:crypto (tests/e2e/crypto-on-demand.test.ts).
 */
const CJS_BUILD_CONSTANTS = new Map(
  await Promise.all(
    ['question', 'complaint'].map(async (model) => {
      const file = path.join(DIST, 'text', `${model}-model.js`);
      const fingerprint = (await import(pathToFileURL(file).href))[`${model}ModelFingerprint`]();
      const name = `${model}ModelFingerprint`;
      return [file, [[`lazyTables(packedModule, ${name}, `, `lazyTables(packedModule, () => ${JSON.stringify(fingerprint)}, `]]];
    }),
  ),
);
/**
 * In cli.cjs, the text models' weights as the features and weights texts of their data modules (~1.2 MB of the
 * script's ~7 MB): the script's packed tables hold them (their fingerprint is the one above), so an audit reads them
 * only if those tables were refused, and yet the script held them as string constants, which V8 also wrote into the
 * code cache (the data modules run at every audit with posts): both files were ~1.2 MB longer to read, and the cache
 * to deserialize, at every audit. In the script each of the two is a getter reading `<model>-model.weights.json`
 * (written here, beside the script) on first use; the ES module chunks and the library keep the constants.
 */
const MODEL_WEIGHTS = ['question', 'complaint'].map((model) => ({
  file: path.join(DIST, 'text', `${model}-model.data.js`),
  json: `${model}-model.weights.json`,
  constant: `${model.toUpperCase()}_MODEL`,
}));
/** MODEL_WEIGHTS's files (name → text), written beside cli.cjs. */
const MODEL_WEIGHTS_FILES = new Map();
for (const { file, json, constant } of MODEL_WEIGHTS) {
  const text = await readFile(file, 'utf8');
  const lines = /^ {4}features: ".*",\n {4}weights: ".*",?$/m.exec(text);
  if (!lines) throw new Error(`${file}: the features and weights lines not found; update MODEL_WEIGHTS`);
  const data = (await import(pathToFileURL(file).href))[constant];
  MODEL_WEIGHTS_FILES.set(json, JSON.stringify({ features: data.features, weights: data.weights }));
  const read = `__modelWeights(${JSON.stringify(json)})`;
  const getters = `    get features() {\n      return ${read}.features;\n    },\n    get weights() {\n      return ${read}.weights;\n    },`;
  CJS_BUILD_CONSTANTS.set(file, [...(CJS_BUILD_CONSTANTS.get(file) ?? []), [lines[0], getters]]);
}
/** The script's reader of MODEL_WEIGHTS's files (its banner): each file parsed once, on first use. */
const MODEL_WEIGHTS_READER =
  "const __modelWeightsRead = new Map(); const __modelWeights = (name) => { let read = __modelWeightsRead.get(name); if (read === undefined) { read = JSON.parse(require('node:fs').readFileSync(new URL(name, __bundleUrl), 'utf8')); __modelWeightsRead.set(name, read); } return read; };";
const cjsBundleFiles = {
  name: 'cjs-bundle-files',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^\\./${TINYLD_FILE.replace('.', '\\.')}$`) }, () => ({ path: path.join(OUT, TINYLD_FILE) }));
  },
};

/**
 * Rewrites import.meta.url in the project's compiled modules to the URL of their own file, relative to the chunk, the
 * requires of `bundleFileRequires` (file → [exact text, replacement]) and the texts of `constants` (file → [exact
 * text, replacement] pairs); the literals of their patternSources lists written as objects (scripts/pattern-sources.mjs),
 * and their patterns with property classes given a Latin-1 twin (scripts/latin1-patterns.mjs).
 */
const moduleUrls = (bundleFileRequires, constants = new Map()) => ({
  name: 'keep-module-urls',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!args.path.startsWith(DIST + path.sep)) return undefined;
      const read = await readFile(args.path, 'utf8');
      let text = latin1FastPatterns(patternSourceLiterals(read, args.path), args.path, DIST);
      const fileRequire = bundleFileRequires.get(args.path);
      if (fileRequire) {
        if (!text.includes(fileRequire[0])) throw new Error(`${args.path}: "${fileRequire[0]}" not found; update BUNDLE_FILE_REQUIRES`);
        text = text.replace(fileRequire[0], () => fileRequire[1]);
      }
      const onDemand = ON_DEMAND_IMPORTS.get(args.path);
      for (const [from, to] of onDemand ?? []) {
        if (!text.includes(from)) throw new Error(`${args.path}: "${from}" not found; update ON_DEMAND_IMPORTS`);
        text = text.replace(from, () => to);
      }
      const constant = constants.get(args.path);
      for (const [from, to] of constant ?? []) {
        if (!text.includes(from)) throw new Error(`${args.path}: "${from}" not found; update CJS_BUILD_CONSTANTS`);
        text = text.replace(from, () => to);
      }
      const localRequire = BUNDLED_REQUIRES.get(args.path);
      if (localRequire) {
        if (!text.includes(localRequire)) throw new Error(`${args.path}: "${localRequire}" not found; update BUNDLED_REQUIRES`);
        text = text.replace(localRequire, '').replace(/^import \{ createRequire \} from 'node:module';$/m, '');
      }
      if (!text.includes('import.meta.url')) return localRequire || fileRequire || onDemand || constant || text !== read ? { contents: text, loader: 'js' } : undefined;
      const own = path.relative(OUT, args.path).split(path.sep).join('/');
      return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(own)}, import.meta.url).href`), loader: 'js' };
    });
  },
});

/** Library source rewritten for the bundle: the file (as the CLI imports it) → [exact text, replacement] pairs. */
const LIBRARY_EDITS = new Map([
  [
    // commander's node:child_process (with node:dgram and the rest it loads, ~6 ms of CPU at every start, --help and
    // --version included), required when a command runs as its own executable, which this CLI never declares.
    path.join(path.dirname(realpathSync(createRequire(import.meta.url).resolve('commander'))), 'lib', 'command.js'),
    [["const childProcess = require('node:child_process');", "let childProcessModule;\nconst childProcess = { spawn: (...args) => (childProcessModule ??= require('node:child_process')).spawn(...args) };"]],
  ],
  [
    // undici's HTTP/2 client, and node:http2 with it (~4 ms of CPU), loaded when a connection negotiates h2 (only
    // with allowH2, which the crawler never sets) rather than with the HTTP/1.1 client at every audit.
    realpathSync(createRequire(import.meta.url).resolve('undici/lib/dispatcher/client.js')),
    [["const connectH2 = require('./client-h2.js')", "let h2Connector;\nconst connectH2 = (client, socket) => (h2Connector ??= require('./client-h2.js'))(client, socket)"]],
  ],
  [
    // undici's ClientDestroyedError, made for each connection when an agent closes, is made without a stack trace:
    // Node reads the stack of an error a socket is destroyed with, and building one trace of this 4 MB script made V8
    // count the lines of the whole script (~5-15 ms of CPU at the end of every audit). It says the client was closed;
    // where in undici is of no use, and no report or message shows it.
    path.join(path.dirname(realpathSync(createRequire(import.meta.url).resolve('undici'))), 'lib', 'core', 'errors.js'),
    [
      [
        "class ClientDestroyedError extends UndiciError {\n  constructor (message) {\n    super(message)\n",
        "class ClientDestroyedError extends UndiciError {\n  constructor (message) {\n    const stackTraceLimit = Error.stackTraceLimit\n    Error.stackTraceLimit = 0\n    try {\n      super(message)\n    } finally {\n      Error.stackTraceLimit = stackTraceLimit\n    }\n",
      ],
    ],
  ],
  [
    realpathSync(fileURLToPath(import.meta.resolve('string-width'))),
    [
      [
        'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;',
        "let rgiEmojiPattern;\nconst singleEmojiPattern = /^(?![\\u{1F1E6}-\\u{1F1FF}])\\p{Emoji_Presentation}$/u;\nconst rgiEmojiRegex = { test: (s) => (s.length === 1 || (s.length === 2 && s.codePointAt(0) > 0xffff) ? singleEmojiPattern : (rgiEmojiPattern ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v'))).test(s) };",
      ],
      ['const segmenter = new Intl.Segmenter();', 'let graphemeSegmenter;\nconst segmenter = { segment: (s) => (graphemeSegmenter ??= new Intl.Segmenter()).segment(s) };'],
    ],
  ],
  [
    // dom-serializer (cheerio's and domutils' serializer) imports its three escapers from entities 4's index, whose
    // decode module builds entities 4's HTML decode table at load (a 50,000-code-unit string split and mapped into a
    // Uint16Array, ~1.5-2 ms of every audit's start, the demo's included): nothing in the CLI decodes with entities 4
    // (htmlparser2 decodes with its own entities). The same three functions, from the module that defines them.
    realpathSync(fileURLToPath(import.meta.resolve('dom-serializer'))),
    [['import { encodeXML, escapeAttribute, escapeText } from "entities";', 'import { encodeXML, escapeAttribute, escapeText } from "entities/lib/escape.js";']],
  ],
]);

/**
 * tldts (registrable domains) with its public suffix trie ready at load. Its tables are typed arrays written as array
 * literals (~30,000 numbers) and, at load, a pass over every edge of the trie works out where each label starts in the
 * label text, a hash of each label and each node's wildcard edge: ~3-10 ms of CPU at every audit, the pass running
 * once, in the interpreter. Here the build runs tldts's own code for those tables (its module, evaluated with the
 * tables returned) and writes all seven as base64 strings, decoded at load into the same typed arrays; the lookups
 * that read them are unchanged (tests/e2e/bundle-edits.test.ts compares the bundle's answers with tldts's).
 */
async function precomputedTldts(file) {
  const text = await readFile(file, 'utf8');
  const literal = (name) => {
    const m = new RegExp(`const ${name} = /\\*#__PURE__\\*/ new (Uint8Array|Uint16Array)\\(\\[[0-9, ]*\\]\\);`).exec(text);
    if (!m || text.indexOf(m[0], m.index + 1) >= 0) throw new Error(`${file}: tldts's table ${name} not found (library updated?); update precomputedTldts`);
    return m[0];
  };
  const literals = ['nodeFlags', 'edgeStart', 'edgeLength', 'edgeChild'].map((name) => [name, literal(name)]);
  const [passStart, passEnd] = ['const edgeOffset = new Uint32Array(numberOfEdges);', '// Result of the last `walk`'];
  const from = text.indexOf(passStart);
  const to = text.indexOf(passEnd, from);
  if (from < 0 || to < 0 || text.indexOf(passStart, from + 1) >= 0) throw new Error(`${file}: tldts's load-time pass not found (library updated?); update precomputedTldts`);
  const names = [...literals.map(([name]) => name), 'edgeOffset', 'edgeHash', 'wildcardEdge'];
  const tables = vm.runInThisContext(`(function (exports, require, module) {${text}\nreturn { ${names.join(', ')} };\n})`)({}, createRequire(file), { exports: {} });
  // Little-endian bytes; a big-endian machine swaps each element's bytes back as it decodes.
  const decl = (name) => {
    const table = tables[name];
    if (!ArrayBuffer.isView(table)) throw new Error(`${file}: tldts's ${name} is not a typed array; update precomputedTldts`);
    return `const ${name} = __tldtsTable(${JSON.stringify(Buffer.from(table.buffer, table.byteOffset, table.byteLength).toString('base64'))}, ${table.constructor.name});`;
  };
  const helper =
    'const __tldtsTable = (base64, Type) => {\n' +
    '  const bytes = Buffer.from(base64, "base64");\n' +
    '  const table = new Type(bytes.length / Type.BYTES_PER_ELEMENT);\n' +
    '  const view = new Uint8Array(table.buffer);\n' +
    '  view.set(bytes);\n' +
    '  if (Type.BYTES_PER_ELEMENT > 1 && new Uint8Array(Uint16Array.of(1).buffer)[0] === 0) for (let at = 0; at < view.length; at += Type.BYTES_PER_ELEMENT) view.subarray(at, at + Type.BYTES_PER_ELEMENT).reverse();\n' +
    '  return table;\n' +
    '};\n';
  let out = `${text.slice(0, from)}${['edgeOffset', 'edgeHash', 'wildcardEdge'].map(decl).join('\n')}\n${text.slice(to)}`;
  literals.forEach(([name, whole], i) => {
    out = out.replace(whole, () => `${i === 0 ? helper : ''}${decl(name)}`);
  });
  return out;
}

/** Library files rewritten whole for the bundle: the file (as the CLI imports it) → its new text. */
const LIBRARY_TRANSFORMS = new Map([[realpathSync(createRequire(import.meta.url).resolve('tldts')), precomputedTldts]]);

const editLibraries = {
  name: 'edit-libraries',
  setup(b) {
    b.onLoad({ filter: /node_modules[\\/].*\.js$/ }, async (args) => {
      const transform = LIBRARY_TRANSFORMS.get(args.path);
      if (transform) return { contents: await transform(args.path), loader: 'js', resolveDir: path.dirname(args.path) };
      const edits = LIBRARY_EDITS.get(args.path);
      if (!edits) return undefined;
      let text = await readFile(args.path, 'utf8');
      for (const [from, to] of edits) {
        if (!text.includes(from)) throw new Error(`${args.path}: "${from}" not found (library updated?); update LIBRARY_EDITS`);
        text = text.replace(from, () => to);
      }
      return { contents: text, loader: 'js', resolveDir: path.dirname(args.path) };
    });
  },
};

/**
 * tinyld's CommonJS build with its tables cut to `langs` (ISO 639-1). The tables are one object literal, `X`:
 * `uniques` maps an n-gram found in one language only to that language's number (base 36), `multiples` maps an
 * n-gram to 4-character groups, the language's number and its weight (2 base-36 digits each). Entries of other
 * languages go; an n-gram left with none goes too. tinyld decodes them at load into `r0` (language codes, weights
 * as numbers): that is done here too, once, and `r0` is read with JSON.parse, which builds the same objects.
 */
async function trimmedTinyld(langs) {
  const libRequire = createRequire(import.meta.url);
  const file = realpathSync(libRequire.resolve('tinyld'));
  const text = await readFile(file, 'utf8');
  const [start, end] = ['var X={id:"tinyld-dict",', ';var a0='];
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  if (from < 0 || to < 0 || text.indexOf(start, from + 1) >= 0) throw new Error(`${file}: tinyld's tables not found (library updated?); update trimmedTinyld`);
  const tables = vm.runInNewContext(`(${text.slice(from + 'var X='.length, to)})`);
  const tinyld = libRequire(file);
  // Language numbers count from 1 in the order of supportedLanguages (ISO 639-3).
  const keep = new Set(langs.map((lang) => tinyld.supportedLanguages.indexOf(tinyld.toISO3(lang)) + 1));
  if (keep.has(0) || keep.size !== langs.length) throw new Error(`${file}: languages ${langs.join(', ')} not all supported`);
  const uniques = {};
  for (const [gram, lang] of Object.entries(tables.uniques)) if (keep.has(parseInt(String(lang), 36))) uniques[gram] = lang;
  const multiples = {};
  for (const [gram, groups] of Object.entries(tables.multiples)) {
    if (groups.length % 4 !== 0) throw new Error(`${file}: n-gram ${JSON.stringify(gram)} has groups of other than 4 characters`);
    const kept = (groups.match(/.{4}/g) ?? []).filter((g) => keep.has(parseInt(g.slice(0, 2), 36)));
    if (kept.length > 0) multiples[gram] = kept.join('');
  }
  const decoder =
    'var v=X,r0={uniques:Object.fromEntries(Object.entries(v.uniques).map(a=>[a[0],C[parseInt(a[1].toString(),36)]])),multiples:Object.fromEntries(Object.entries(v.multiples).map(a=>{let e=Object.fromEntries(a[1].match(/(.{1,4})/g)?.map(n=>{let[o,t]=n.match(/(.{1,2})/g);return[C[parseInt(o,36)],parseInt(t,36)]})||[]);return[a[0],e]}))},';
  if (text.indexOf(decoder, to) < 0) throw new Error(`${file}: tinyld's table decoder not found (library updated?); update trimmedTinyld`);
  const code = (n) => tinyld.supportedLanguages[parseInt(n, 36) - 1];
  const decoded = {
    uniques: Object.fromEntries(Object.entries(uniques).map(([gram, lang]) => [gram, code(String(lang))])),
    multiples: Object.fromEntries(Object.entries(multiples).map(([gram, groups]) => [gram, Object.fromEntries(groups.match(/.{4}/g).map((g) => [code(g.slice(0, 2)), parseInt(g.slice(2), 36)]))])),
  };
  // X keeps the unique n-grams' keys, which tinyld reads beside r0 (B0).
  return (
    text.slice(0, from) +
    `var X=${JSON.stringify({ id: tables.id, multiples: {}, uniques })}` +
    text.slice(to).replace(decoder, () => `var v=X,r0=JSON.parse(${JSON.stringify(JSON.stringify(decoded))}),`)
  );
}

/**
 * Regular expression literals with Unicode property escapes (`/\p{L}+/gu`) are left as literals. For a node20 target
 * esbuild writes each as `new RegExp("…", "gu")`, which Node 20 does not need (V8 has read them since Node 10), and
 * which, in a function, builds its pattern object through the constructor at every call: the text detectors' word and
 * letter scans, the hashtag and mention strips, run for each post and clause. The same patterns.
 */
const SUPPORTED = { 'regexp-unicode-property-escapes': true };

await rm(OUT, { recursive: true, force: true });
const result = await build({
  entryPoints: [path.join(DIST, 'cli.js')],
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  supported: SUPPORTED,
  external: ['playwright-core'],
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  plugins: [bundleFiles, moduleUrls(BUNDLE_FILE_REQUIRES), editLibraries],
  logLevel: 'warning',
  metafile: true,
});

const packages = {};
for (const [output, { inputs }] of Object.entries(result.metafile.outputs)) {
  const names = new Set();
  for (const input of Object.keys(inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(input);
    if (m) names.add(m[1]);
  }
  packages[path.basename(output)] = [...names].sort();
}
const { LANGS } = await import(pathToFileURL(path.join(DIST, 'text', 'stopwords.js')).href);
await writeFile(path.join(OUT, TINYLD_FILE), await trimmedTinyld([...LANGS]));
packages[TINYLD_FILE] = ['tinyld'];
await writeFile(path.join(OUT, 'packages.json'), `${JSON.stringify(packages, null, 1)}\n`);

for (const [name, text] of MODEL_WEIGHTS_FILES) await writeFile(path.join(OUT, name), text);
await build({
  entryPoints: [path.join(DIST, 'cli.js')],
  outfile: path.join(OUT, 'cli.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  supported: SUPPORTED,
  external: ['playwright-core'],
  define: { 'import.meta.url': '__bundleUrl' },
  // Strict, as the ES module chunks are.
  banner: { js: `'use strict'; const __bundleUrl = require('node:url').pathToFileURL(__filename).href; ${MODEL_WEIGHTS_READER}` },
  plugins: [cjsBundleFiles, moduleUrls(new Map([...BUNDLE_FILE_REQUIRES, ...CJS_BUNDLED_REQUIRES]), CJS_BUILD_CONSTANTS), editLibraries],
  logLevel: 'warning',
});
// bin/load-cli.js passes the script its import() as `__import` (it says why).
{
  const file = path.join(OUT, 'cli.cjs');
  const text = (await readFile(file, 'utf8')).replaceAll('await import(', 'await __import(');
  // Any other import() call (not a type in a comment, `{import('…')}`) would fail at run time: stop the build.
  const other = /(?<![{\w$.])import\(/.exec(text);
  if (other) throw new Error(`${file}: an import() call not written \`await import(\`, at ${other.index}: update bundle-cli.mjs`);
  // In ASCII, which the bin reads ~20 ms faster (scripts/ascii-source.mjs says why and how), and inside the wrapper the
  // bin compiles it in (bin/load-cli.js, SCRIPT_START), which V8 then reads as the file holds it.
  await writeFile(file, `${SCRIPT_START}${asciiSource(text, file)}${SCRIPT_END}`);
}

/**
 * The commander program alone (dist/cli.js and its static imports: commander and the flag definitions), as one
 * CommonJS script, dist/bundle/program.cjs, which the bin runs for the argument lists commander answers by itself
 * (help and version: bin/load-cli.js, answeredByCommander). Loaded as the ES module chunks, those imports are ~20
 * chunk files, each resolved, read, compiled and linked by Node's ES module loader (~0.7 ms of CPU each at every
 * --help and --version), and one of them loaded node:crypto, another node:dns, for commands that never ran. Its
 * import() calls, the commands' implementations, are never reached for those arguments: each is left pointing at the
 * compiled module of dist/ it names, so that it still loads the right file. scripts/code-cache.mjs makes its code cache.
 */
const PROGRAM_FILE = 'program.cjs';
const commandsFromDist = {
  name: 'commands-from-dist',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const relative = path.relative(OUT, path.resolve(args.resolveDir, args.path)).split(path.sep).join('/');
      return { path: relative.startsWith('.') ? relative : `./${relative}`, external: true };
    });
  },
};
await build({
  entryPoints: [path.join(DIST, 'cli.js')],
  outfile: path.join(OUT, PROGRAM_FILE),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  supported: SUPPORTED,
  external: ['playwright-core'],
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "'use strict'; const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [commandsFromDist, moduleUrls(BUNDLE_FILE_REQUIRES), editLibraries],
  logLevel: 'warning',
});
// As cli.cjs: its import() calls renamed `__import` (bin/load-cli.js, compileProgram) and the text in the wrapper.
{
  const file = path.join(OUT, PROGRAM_FILE);
  const calls = /(?<![{\w$.])import\(/g;
  const text = (await readFile(file, 'utf8')).replace(calls, '__import(');
  await writeFile(file, `${SCRIPT_START}${asciiSource(text, file)}${SCRIPT_END}`);
}
execFileSync(process.execPath, [path.join(path.dirname(fileURLToPath(import.meta.url)), 'code-cache.mjs')], { stdio: 'inherit' });
execFileSync(process.execPath, [path.join(path.dirname(fileURLToPath(import.meta.url)), 'code-cache.mjs'), 'site'], { stdio: 'inherit' });
execFileSync(process.execPath, [path.join(path.dirname(fileURLToPath(import.meta.url)), 'code-cache.mjs'), 'program'], { stdio: 'inherit' });
