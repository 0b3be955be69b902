// The batch bench's reference: the same brands audited one after the other through the public API (collect + audit,
// nothing else), in one warm process. Prints the time per brand and peak RSS as JSON on fd 3.
import { writeSync } from 'node:fs';
import { collectSnapshot, auditSnapshot, loadRuleSet } from '../dist/index.js';
import { parseResolve } from '../dist/http/resolve.js';

const [resolveSpec, maxPages, ...urls] = process.argv.slice(2);
const resolve = parseResolve(resolveSpec);
const ruleSet = loadRuleSet('default');
// The first brand warms the process up (module loading, JIT), as the batch's first brand does; it is not timed.
const audit = async (url) => auditSnapshot(await collectSnapshot(url, { maxPages: Number(maxPages), resolve, social: false }), ruleSet);
await audit(urls[0]);
const started = performance.now();
for (const url of urls.slice(1)) await audit(url);
writeSync(3, JSON.stringify({ msPerBrand: (performance.now() - started) / (urls.length - 1), maxRssMb: process.resourceUsage().maxRSS / 1024 }));
