// Node's own modules that a crawl needs, loaded before the bin sets V8's flags (bin/v8-flags.js). Node compiles each
// of its built-in modules with the code cache built into its binary, and V8 checks a code cache against the flags set
// (the hash that v8.cachedDataVersionTag() reports): once any flag differs from V8's defaults, every built-in loaded
// afterwards has its cache rejected and is compiled from its source. Loading node:http and the others of a crawl's
// list took ~13 ms of CPU after the flags against ~4 before them, alone in a fresh process (docs/performance.md).
// Only these are loaded: the rest of the bin's commands and arguments load what they need when they need it.
// Loading a built-in module runs nothing of the CLI's and changes no state the CLI reads: the same modules, in another
// order.

/** What `audit` and `demo` load for their HTTP client (undici and the fetch timings), in the order they ask for them. */
const CRAWL = ['perf_hooks', 'os', 'diagnostics_channel', 'net', 'fs/promises', 'timers/promises', 'tty', 'assert', 'http', 'dns'];

/** What the demo's server loads besides: `server.listen` asks for node:cluster, which loads node:child_process. */
const DEMO_SERVER = ['cluster'];

/**
 * What an audit of a site named by an https URL loads besides, for its first connection: node:tls, with node:crypto
 * and its ~20 internal modules. Only where an argument says so: an audit over plain HTTP (the benches' sites, the
 * demo's) never loads them, and a start URL from a configuration file is not known here.
 */
const TLS = ['tls'];

/** The built-in modules these arguments' command will load (process.argv.slice(2)), or none. */
export function builtinsFirst(args) {
  if (args[0] === 'demo') return [...CRAWL, ...DEMO_SERVER];
  if (args[0] !== 'audit' || args.some((arg) => arg === '--from-snapshot' || arg.startsWith('--from-snapshot='))) return [];
  return args.some((arg) => /^https:\/\//i.test(arg)) ? [...CRAWL, ...TLS] : CRAWL;
}

/** Loads them, before any V8 flag is set. */
export function loadBuiltinsFirst(args) {
  for (const name of builtinsFirst(args)) process.getBuiltinModule(`node:${name}`);
}
