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
// Two library lines are rewritten: string-width's emoji pattern (`/^\p{RGI_Emoji}$/v`), which V8 validates, building
// its whole set of emoji sequences, when it parses the file (~15 ms of CPU at every audit and report, though the
// terminal report needs it only for text beyond the common one-column characters, src/report/format-helpers.ts),
// is built on its first use instead: the same pattern, the same tests. So is its grapheme segmenter: the first
// Intl.Segmenter of a process loads ICU's break rules (~9 ms), which a report made of one-column text never needs.
// playwright-core (PDF output only, 7 MB, with its own files beside it) stays in node_modules.
// dist/bundle/packages.json lists the libraries each chunk holds, for tests/e2e/startup-modules.test.ts, which checks
// what each command loads.
import { build } from 'esbuild';
import { realpathSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = path.join(path.dirname(path.dirname(fileURLToPath(import.meta.url))), 'dist');
const OUT = path.join(DIST, 'bundle');

/** Compiled modules whose createRequire'd libraries are bundled: their local `require` is removed (see above). */
const BUNDLED_REQUIRES = new Map([[path.join(DIST, 'http', 'dispatcher.js'), 'const require = createRequire(import.meta.url);']]);

/** Rewrites import.meta.url in the project's compiled modules to the URL of their own file, relative to the chunk. */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!args.path.startsWith(DIST + path.sep)) return undefined;
      let text = await readFile(args.path, 'utf8');
      const localRequire = BUNDLED_REQUIRES.get(args.path);
      if (localRequire) {
        if (!text.includes(localRequire)) throw new Error(`${args.path}: "${localRequire}" not found; update BUNDLED_REQUIRES`);
        text = text.replace(localRequire, '').replace(/^import \{ createRequire \} from 'node:module';$/m, '');
      }
      if (!text.includes('import.meta.url')) return localRequire ? { contents: text, loader: 'js' } : undefined;
      const own = path.relative(OUT, args.path).split(path.sep).join('/');
      return { contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(own)}, import.meta.url).href`), loader: 'js' };
    });
  },
};

/** Library source rewritten for the bundle: the file (as the CLI imports it) → [exact text, replacement] pairs. */
const LIBRARY_EDITS = new Map([
  [
    realpathSync(fileURLToPath(import.meta.resolve('string-width'))),
    [
      [
        'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;',
        "let rgiEmojiPattern;\nconst rgiEmojiRegex = { test: (s) => (rgiEmojiPattern ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')).test(s) };",
      ],
      ['const segmenter = new Intl.Segmenter();', 'let graphemeSegmenter;\nconst segmenter = { segment: (s) => (graphemeSegmenter ??= new Intl.Segmenter()).segment(s) };'],
    ],
  ],
]);

const editLibraries = {
  name: 'edit-libraries',
  setup(b) {
    b.onLoad({ filter: /node_modules[\\/].*\.js$/ }, async (args) => {
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

await rm(OUT, { recursive: true, force: true });
const result = await build({
  entryPoints: [path.join(DIST, 'cli.js')],
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['playwright-core'],
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  plugins: [keepModuleUrls, editLibraries],
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
await writeFile(path.join(OUT, 'packages.json'), `${JSON.stringify(packages, null, 1)}\n`);
