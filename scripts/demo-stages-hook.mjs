// Preloaded into a demo run by scripts/demo-stages.mjs (node --import): marks the stages of `brand-audit demo` as
// the outside sees them, without a line of the CLI changed — Node's start (before this hook runs), the CLI's start-up
// until its demo server answers the first request, the crawl until the first request to a social stand-in (the
// accounts merged in between), the social requests until the last one, what follows until the report's first write
// (the text stage, the rules, the report's rendering), and the rest until the process exits. At each mark: wall time
// since the process began, the main thread's CPU and the process's. The main thread's CPU comes from
// /proc/thread-self/schedstat (nanoseconds; /proc's stat counts 10 ms ticks, too coarse for stages of 20-100 ms), so
// on a host busy with other work, where a run's wall time is several times its CPU, the CPU figures still say what
// each stage costs. Writes one JSON line to DEMO_STAGES_FILE at exit.
const { readFileSync, writeFileSync } = process.getBuiltinModule('node:fs');
const http = process.getBuiltinModule('node:http');

const file = process.env.DEMO_STAGES_FILE;
/** The social stand-ins' hosts (src/demo/sites.ts, DEMO_APIS): all end in api.test. */
const SOCIAL_HOST = /-api\.test(:\d+)?$/;

/** The main thread's CPU in ms, or null where Linux's schedstat is not there. */
function threadCpuMs() {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

const at = () => {
  const usage = process.cpuUsage();
  return { wallMs: performance.now(), threadCpuMs: threadCpuMs(), processCpuMs: (usage.user + usage.system) / 1000 };
};

if (file) {
  const marks = { hook: at() };
  let lastRequest;
  // Every request of the demo reaches its fixture server, an http.Server in this process: its 'request' events mark
  // the crawl and the social stage.
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (event, req, ...rest) {
    if (event === 'request') {
      marks.firstRequest ??= at();
      if (SOCIAL_HOST.test(req.headers.host ?? '')) marks.firstSocialRequest ??= at();
      lastRequest = at();
    }
    return emit.call(this, event, req, ...rest);
  };
  const write = process.stdout.write;
  process.stdout.write = function (...args) {
    marks.firstWrite ??= at();
    return write.apply(this, args);
  };
  process.on('exit', () => {
    marks.lastRequest = lastRequest;
    marks.exit = at();
    writeFileSync(file, JSON.stringify(marks));
  });
}
