// Which build of the CLI the bin runs. scripts/bundle-cli.mjs writes it into dist/bundle/:
// - program.cjs, the commander program alone (commander and the flag definitions, one CommonJS script), with V8's
//   code cache for it (program.code-cache): for help and the version (answeredByCommander);
// - cli.js and its chunks (ES modules, each command's implementation loaded when the command runs): for other
//   arguments that hold help or version flags (answersAlone), which may still run a command;
// - cli.cjs, the whole CLI as one CommonJS script, with V8's code cache for it (cli.<tag>.code-cache, written by
//   scripts/code-cache.mjs at build time): for the commands that do work. Node 20 cannot give V8 a code cache for ES
//   modules, and compiling the CLI's code (parsing the chunks, then each function on its first call) was ~120 ms of
//   an audit's main-thread CPU; with the cache V8 reads the bytecode of what a demo audit ran instead.
// The cache is V8's own check of what it was made from: its file name carries v8.cachedDataVersionTag() (V8's
// version and the flags set, which differ for another Node or other flags: no file, no cache), and V8 rejects data
// made for another source or flags (script.cachedDataRejected): either way the script compiles as it would without
// one, with the same behaviour. Nothing is written at run time.
// Node's modules taken as CommonJS (process.getBuiltinModule), not imported: an ES import of a built-in makes its
// module facade, which reads every export, lazy getters included — node:fs's loaded Node's streams and fs/promises
// (with readline), node:buffer's its File, node:module's the source maps: ~2-3 ms of each start that --version and
// --help never use.
const { isAscii } = process.getBuiltinModule('node:buffer');
const { readFileSync } = process.getBuiltinModule('node:fs');
const { createRequire } = process.getBuiltinModule('node:module');
const vm = process.getBuiltinModule('node:vm');
const { fileURLToPath } = process.getBuiltinModule('node:url');

const BUNDLE = fileURLToPath(new URL('../dist/bundle/', import.meta.url));
const WHOLE = `${BUNDLE}cli.cjs`;

/** Arguments for which the CLI answers without loading a command: the ES module chunks load less for them. */
const ANSWERS_ALONE = new Set(['-h', '--help', '-V', '--version', 'help']);

/** Whether these arguments (process.argv.slice(2)) are answered without running a command: no arguments, help or version. */
export const answersAlone = (args) => args.length === 0 || args.some((arg) => ANSWERS_ALONE.has(arg));

/**
 * The code cache's file for this V8 and these flags: `cli` made after a demo audit, `site` after a website-only one
 * (websiteOnly). node:v8 is required here, not imported by this module: loading it is ~2 ms that --version and
 * --help, which never read the cache, would pay.
 */
export const codeCacheFile = (kind = 'cli') =>
  `${BUNDLE}cli.${createRequire(import.meta.url)('node:v8').cachedDataVersionTag()}${kind === 'site' ? '.site' : ''}.code-cache`;

/**
 * Whether these arguments run a website-only audit (`audit … --no-social`), which reads its own code cache: the demo
 * audit's holds the bytecode of the social sources, text detectors and post rules too (5 MB), all of it deserialised
 * at every start whether it runs or not; a website-only audit's holds what such an audit runs (2 MB): ~15-20 ms of
 * CPU and ~3 MB of peak RSS less for a 300-page audit (docs/performance.md). Any other command, or an audit whose
 * social stage a configuration turns off, reads the demo's, with the same behaviour either way.
 */
export const websiteOnly = (args) => args[0] === 'audit' && args.includes('--no-social');

/**
 * A script's text. The build writes cli.cjs in ASCII (scripts/ascii-source.mjs), which is read as Latin-1, the same
 * characters: decoding its 4 MB as UTF-8 took ~20 ms, for a string of two bytes a character. Any other text (a build
 * that wrote something else) is read as UTF-8.
 */
function readSource(file) {
  const bytes = readFileSync(file);
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/**
 * Node's own CommonJS wrapper, and `__import` for the script's import() calls (playwright-core; a JavaScript
 * configuration file, by its absolute URL), which the build renames: a vm.Script's own import() needs Node's
 * --experimental-vm-modules, or prints an experimental warning. compileWholeCli's import() resolves them as the
 * script's would: the same package, and absolute URLs. The build writes cli.cjs inside it (scripts/bundle-cli.mjs),
 * so that V8 compiles the file's text as read: the text joined to the wrapper at run time was a string of two parts,
 * which V8 copied whole into its heap (6 MB) before compiling it.
 */
export const SCRIPT_START = '(function (exports, require, module, __filename, __dirname, __import) {';
export const SCRIPT_END = '\n})';

/** The script V8 compiles: cli.cjs's text, in the wrapper (which a file written otherwise is put in here). */
function wrappedSource(text) {
  return text.startsWith(SCRIPT_START) && text.endsWith(SCRIPT_END) ? text : `${SCRIPT_START}${text}${SCRIPT_END}`;
}

/**
 * A script of the bundle compiled (with the first of its code caches, `cacheFiles`, there is for this V8) and run as a
 * CommonJS module.
 */
function compileScript(file, cacheFiles, importer) {
  let cachedData;
  for (const cacheFile of cacheFiles) {
    try {
      cachedData = readFileSync(cacheFile);
      break;
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(wrappedSource(readSource(file)), {
    filename: file,
    cachedData,
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, BUNDLE, importer);
  return { exports: module.exports, script };
}

/**
 * cli.cjs compiled (with the code cache when there is one for this V8; a `site` cache missing, the demo's) and run as
 * Node runs a CommonJS module: its exports, and the vm.Script (for scripts/code-cache.mjs, which makes the caches
 * from it, and passes null for none).
 */
export function compileWholeCli(cacheFile = codeCacheFile()) {
  const files = cacheFile === codeCacheFile('site') ? [cacheFile, codeCacheFile()] : [cacheFile];
  return compileScript(WHOLE, files, (specifier) => import(specifier));
}

const PROGRAM = `${BUNDLE}program.cjs`;
const PROGRAM_URL = new URL('../dist/bundle/program.cjs', import.meta.url);

/**
 * The code cache of program.cjs (scripts/code-cache.mjs makes it after help and version have run). Its name does not
 * carry v8.cachedDataVersionTag(), which would load node:v8 (~2 ms) at every --help and --version: V8 checks the data
 * itself, and rejects data made by another V8 or under other flags (the bin sets none for help and version); the
 * script then compiles as it would without it.
 */
export const PROGRAM_CODE_CACHE = `${BUNDLE}program.code-cache`;

/**
 * program.cjs (scripts/bundle-cli.mjs says what it holds) compiled with its code cache, and run: its exports, and the
 * vm.Script. Its import() calls name dist/'s modules relative to the script.
 */
export function compileProgram(cacheFile = PROGRAM_CODE_CACHE) {
  return compileScript(PROGRAM, [cacheFile], (specifier) => import(specifier.startsWith('.') ? new URL(specifier, PROGRAM_URL).href : specifier));
}

const HELP = new Set(['-h', '--help']);

/**
 * Whether commander answers these arguments (process.argv.slice(2)) by itself, with help or the version, whatever
 * they hold: none; `--help`, `-h`, `help`, `--version` or `-V` alone; a word then `--help` or `-h` (a command's help,
 * or commander's error for an unknown command); `help` then a word. No command runs for them, so none of the commands'
 * implementations loads. Other lists holding these words (`demo --brand help`) may run a command.
 */
export function answeredByCommander(args) {
  if (args.length === 0) return true;
  if (args.length === 1) return ANSWERS_ALONE.has(args[0]);
  if (args.length !== 2 || args[0].startsWith('-')) return false;
  return args[0] === 'help' ? !args[1].startsWith('-') : HELP.has(args[1]);
}

/**
 * The CLI's main() and reportCrash(), from the build that suits these arguments (process.argv.slice(2)): for help and
 * the version, the commander program alone (dist/bundle/program.cjs: scripts/bundle-cli.mjs says why) with its code
 * cache; for other arguments that run no command, the ES module chunks; for commands, the
 * whole CLI with its code cache. BRAND_AUDIT_NO_CODE_CACHE runs the chunks for all.
 */
export async function loadCli(args) {
  if (process.env.BRAND_AUDIT_NO_CODE_CACHE) return import('../dist/bundle/cli.js');
  if (answeredByCommander(args)) return compileProgram().exports;
  if (answersAlone(args)) return import('../dist/bundle/cli.js');
  return compileWholeCli(codeCacheFile(websiteOnly(args) ? 'site' : 'cli')).exports;
}
