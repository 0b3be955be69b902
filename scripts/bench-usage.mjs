// Preloaded into each benchmarked CLI process (node --import): at exit, writes the process's own CPU time and peak
// RSS (getrusage) to BENCH_USAGE_FILE, so the bench reads the child's figures rather than guessing them from outside.
// Also the main thread's own CPU time, where Linux tells it (/proc/self/task/<pid>/stat, in clock ticks of 10 ms): the
// process's CPU includes V8's background threads (optimising compiler, GC helpers), which a second core runs beside
// the main thread, so on 2 cores the wall time follows the main thread's CPU rather than the process's.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.env.BENCH_USAGE_FILE;
/** The main thread's user + system CPU in ms, or null where /proc does not say. */
function mainThreadCpuMs() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) in parentheses: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    // userCPUTime and systemCPUTime are in microseconds, maxRSS in kilobytes.
    writeFileSync(file, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, mainCpuMs: mainThreadCpuMs(), maxRssMb: u.maxRSS / 1024 }));
  });
}
