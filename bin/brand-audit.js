#!/usr/bin/env node
// Thin shim: the CLI lives in dist/bundle/, dist/cli.js and its imports bundled by `npm run build` (run by `npm ci`
// through the prepare script; scripts/bundle-cli.mjs says why), as ES module chunks and as one script with V8's code
// cache (bin/load-cli.js picks one). V8's flags are set first (bin/v8-flags.js says why each), since some are read
// when code is compiled.
import { answersAlone, loadCli } from './load-cli.js';

// Not for help and version, which run no audit: the regexp flags make the regular expressions they run compile to
// machine code at once (~8 ms of their ~95). Nor is bin/v8-flags.js loaded for them (it loads node:v8, ~2 ms).
const args = process.argv.slice(2);
const alone = answersAlone(args);
const v8Flags = alone && args[0] !== 'audit' ? undefined : await import('./v8-flags.js');
// Node's modules a crawl needs are loaded before the flags, whose setting makes V8 reject Node's own code cache for
// the built-ins loaded after it (bin/builtins-first.js says why).
if (!alone) {
  (await import('./builtins-first.js')).loadBuiltinsFirst(args);
  v8Flags.setCliFlags();
}
const { main, reportCrash } = await loadCli(args);
// A website audit's young generation (bin/v8-flags.js says why), once the code cache is read.
if (args[0] === 'audit') v8Flags.growYoungGeneration(v8Flags.YOUNG_GENERATION_MB);
// The demo's old generation (bin/v8-flags.js says why), once the code cache is read too.
if (args[0] === 'demo' && !alone) v8Flags.growOldGenerationFreely();

// A throw outside the command's promise (an unhandled 'error' event, a timer) is a bug like any other: one line and
// exit 2, not Node's stack trace and exit 1, which a CI job would read as a failed gate.
const crash = (err) => {
  process.exit(reportCrash(err));
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

// Once the command is done and nothing is left to run (its output written, its server and connections closed), the
// process exits at once, with the command's code: left to end by itself, Node would first free its environment and
// V8 its heap, which nothing needs, since the system reclaims the memory of a process that ends (the demo: 24-25 ->
// 14-18 ms from the 'exit' event to the end of the process, --version 8.7 -> 7.1, medians of 25 alternated). 'exit'
// listeners still run, and profiles and coverage asked of Node are still written.
process.once('beforeExit', () => process.exit());

main(process.argv).then((code) => {
  process.exitCode = code;
});
