// The V8 flags of the command-line tool, set by bin/brand-audit.js before the CLI loads, and by scripts/code-cache.mjs
// before it compiles the CLI (V8's code cache is only accepted under the flags it was made with).
// Taken as CommonJS, not imported (bin/load-cli.js says why).
const { getHeapSpaceStatistics, setFlagsFromString } = process.getBuiltinModule('node:v8');
const { createRequire } = process.getBuiltinModule('node:module');

export function setCliFlags() {
  // Memory of a crawl: by default V8 lets the young generation grow to two 16 MB halves and the old one to several
  // times its live objects, so a 300-page audit peaked at ~140 MB resident and a 3,000-page one at ~265 MB, for ~50
  // and ~100 MB of live objects. Keeping the young generation at its first size and growing the old one by half at
  // each step brings them to ~113 and ~141 MB, for ~5% more CPU (garbage collected sooner). Both flags are read when
  // the heap grows, so they act when set here; --max-semi-space-size is read only at start, and a shebang carrying it
  // (`env -S`) would stop the CLI from starting where env has no -S (BusyBox, as on Alpine). Letting the young
  // generation grow, but only to two 2 MB halves (turning the growth factor to 1 from a 'gc' performance observer once
  // it got there), saved ~9% of a 300-page audit's CPU (~120 young collections instead of ~250), but a batch's peak
  // RSS then grew with its brands (4 at a time: 123 MB at 50 brands, 144 MB at 200, against 117 and 120), and to
  // V8's 16 MB halves it cost ~15-20 MB (the demo 116 MB): not kept.
  // Only the command-line tool sets them: the library never changes its host's V8 flags.
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--heap-growing-percent=50');
  // Compilation: V8 optimises a function after it has run through its interrupt budget of bytecode three times (66 KB
  // by default in Node 20). An audit runs each part of the page analysis a few hundred times, so most of it reached
  // the optimising compiler while hot for a handful of pages, and that compiler's work (compiles, deoptimisations,
  // compiles again, all counted as CPU) cost more than it saved: a first pass of the analysis over the 300 bench pages
  // took twice the CPU of a second. A budget six times larger leaves short-lived work to the baseline code and still
  // optimises what runs throughout: ~7% less CPU for the 300-page audit (scripts/bench.mjs). V8 reads it each time it
  // resets a function's budget, so it acts from here on, on every function.
  setFlagsFromString('--interrupt-budget=400000');
  // Regular expressions: by default V8 compiles a pattern to bytecode on its first run (first rewriting the bytecode
  // through a peephole optimiser), then compiles it again, to machine code, on its second run. Nearly every pattern of
  // the detectors (posts' text, pages' promises and contacts) runs more than once, and each compilation of one of
  // their large alternations costs about as much as the other (most of it spent reading the pattern again and building
  // its Unicode classes, \p{L} and the like), so the bytecode was compiled to be thrown away; the peephole optimiser
  // alone was ~7% of a demo audit's CPU (perf: OptimizeBytecode and its jump tables). Compiling to machine code on the
  // first run: ~100-150 ms less CPU for the demo audit and for 300 pages (scripts/bench.mjs). Same matches: both
  // engines implement the same semantics, V8 picks between them per pattern.
  setFlagsFromString('--no-regexp-tier-up');
  setFlagsFromString('--no-regexp-peephole-optimization');
  // WebAssembly: undici parses HTTP responses with llhttp compiled to WebAssembly, whose parser is one very large
  // function. V8 compiles it first with its baseline compiler (Liftoff), then again with the optimising one (TurboFan)
  // once it is hot, which for that function meant ~100 ms of CPU (on a background thread) and a transient ~30 MB of
  // compiler memory: the peak RSS of every audit, even of one page (110 MB, 74 MB without it). The baseline code parses
  // a page's headers in microseconds all the same (the parser was under 0.1% of a 3,000-page audit's CPU either way).
  // Liftoff only: ~100-140 ms less CPU and 10-20 MB less peak RSS for the demo and 300 pages (scripts/bench.mjs).
  // Read when a module is compiled, so it acts from here on; the same parse, the same answers.
  setFlagsFromString('--liftoff-only');
}

/** The young generation's halves of a website audit, in MB (growYoungGeneration). */
export const YOUNG_GENERATION_MB = 4;

/**
 * The young generation of a website audit (`audit`): it grows, by doubling, to two halves of `maxMb` each, then
 * stays there. setCliFlags keeps it at its first size (1 MB halves), and a crawl makes ~0.6 MB of garbage a page
 * (each page's DOM, its texts, the analysis's arrays): a scavenge every page or two, each copying the page then
 * being analysed, still live, and promoting it to the old generation, where only a full collection frees it. With
 * 4 MB halves most of a page dies young: a 3,000-page audit made ~450 scavenges instead of ~1,900, for ~10% less
 * CPU and ~5 MB more peak RSS (docs/performance.md). --max-semi-space-size is read only as V8 starts, so the growth
 * factor is set to 2, then back to 1 by a 'gc' performance observer once the young generation has that size. Set
 * once the code cache is read (bin/load-cli.js): the growth factor is one of the flags V8 checks a code cache
 * against. Only for `audit`: a batch's peak RSS has its own target (scripts/batch-bench.mjs), and the demo's young
 * generation left to grow gained no main-thread CPU for 14 MB more (docs/performance.md).
 */
export function growYoungGeneration(maxMb) {
  // Required here: --version and --help, which load this module too, never need it.
  const { PerformanceObserver } = createRequire(import.meta.url)('node:perf_hooks');
  const target = 2 * maxMb * 1024 * 1024;
  setFlagsFromString('--semi-space-growth-factor=2');
  const observer = new PerformanceObserver(() => {
    const young = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space');
    if (young === undefined || young.space_size >= target) {
      setFlagsFromString('--semi-space-growth-factor=1');
      observer.disconnect();
    }
  });
  observer.observe({ entryTypes: ['gc'] });
}

/**
 * The old generation of the demo (`demo`): grown by V8's own factor after each full collection rather than by half
 * (setCliFlags's --heap-growing-percent=50). The demo is one fixed, short run (28 pages and the bundled brand's social
 * stand-ins) whose heap ends at ~25 MB: growing by half, V8 ran two or three full collections (marking on the main
 * thread and on a helper), the later ones of objects that live to the end of the run; at V8's factor, one, at start.
 * ~2 MB more peak RSS for ~40 ms less process CPU (docs/performance.md). Set once the code cache is read, like
 * growYoungGeneration, since V8 checks a code cache against the flags; 0 is V8's default (its own factor). Not for
 * `audit` or `batch`, whose heaps grow with their sites and brands and whose peak RSS has targets.
 */
export function growOldGenerationFreely() {
  setFlagsFromString('--heap-growing-percent=0');
}
