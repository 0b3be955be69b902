// Preloaded into each benchmarked CLI process (node --import): at exit, writes the process's own CPU time and peak
// RSS (getrusage) to BENCH_USAGE_FILE, so the bench reads the child's figures rather than guessing them from outside.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    // userCPUTime and systemCPUTime are in microseconds, maxRSS in kilobytes.
    writeFileSync(file, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMb: u.maxRSS / 1024 }));
  });
}
