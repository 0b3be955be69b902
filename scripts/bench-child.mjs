// One benchmark run in its own process, so its peak RSS is its own: crawl + audit, then print figures as JSON.
import { collectSnapshot, auditSnapshot } from '../dist/index.js';
import { parseResolve } from '../dist/http/resolve.js';

const [url, resolveSpec, maxPages] = process.argv.slice(2);
const started = performance.now();
// The website crawl is what is measured; the synthetic brand's accounts have no local API stand-ins.
const snapshot = await collectSnapshot(url, { maxPages: Number(maxPages), resolve: parseResolve(resolveSpec), concurrency: 8, social: false });
const crawlMs = performance.now() - started;
const report = auditSnapshot(snapshot, 'default');
process.stdout.write(
  JSON.stringify({
    pages: snapshot.site.pages.length,
    failed: snapshot.site.pages.filter((p) => p.error).length,
    score: report.score,
    crawlMs,
    totalMs: performance.now() - started,
    // resourceUsage().maxRSS is in kilobytes.
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
