// `brand-audit demo --portfolio`: the bundled synthetic brands audited as one portfolio, offline, into a barometer.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDemoSites } from '../../demo/sites.js';
import type { Portfolio } from '../../config/portfolio.js';
import type { Io } from '../io.js';
import type { AuditCliOptions } from '../options.js';
import { runBatch } from './run-batch.js';
import { portfolioFile } from './render.js';

/** The bundled brands' sectors, so the demo barometer shows its per-sector table. */
const SECTORS: Record<string, string> = {
  'maison-exemple': 'home',
  'vieux-bazar': 'retail',
  'northwind-outdoor': 'retail',
  'kaffeehaus-muster': 'food',
};

const title = (slug: string): string => slug.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');

/** Serves the bundled brands, audits them all as a portfolio into `--out-dir` (default ./barometer), stops the server. */
export async function runDemoPortfolio(options: AuditCliOptions, io: Io): Promise<number> {
  const sites = await startDemoSites('maison-exemple');
  const { server, brands, apiEnv } = sites;
  const outDir = options.outDir ?? 'barometer';
  const portfolio: Portfolio = {
    file: 'demo',
    entries: brands.map((b) => ({
      id: b.slug,
      origin: `demo:${b.slug}`,
      ...(SECTORS[b.slug] ? { sector: SECTORS[b.slug] } : {}),
      brand: { file: '', name: title(b.slug), website: `${server.origin(b.start)}/`, keywords: [], windowDays: 30, windowSet: false, accounts: [], exports: [], tokens: {} },
    })),
  };
  // The results file only feeds this run's barometer: kept out of --out-dir, so runs do not pile one up there each.
  const resultsDir = mkdtempSync(path.join(tmpdir(), 'brand-audit-demo-'));
  try {
    // The barometer's files; a PDF is one brand's deliverable, so it is left to `demo --format pdf`.
    const asked = options.formats.filter((f): f is Exclude<typeof f, 'terminal' | 'pdf'> => f !== 'terminal' && f !== 'pdf');
    const formats = asked.length ? asked : (['html', 'markdown', 'csv', 'json'] as const);
    const code = await runBatch(
      'demo',
      {
        ...options,
        formats: [...formats],
        outDir,
        out: undefined,
        env: { ...options.env, ...apiEnv },
        resolve: server.resolve,
        checkProfiles: false,
        results: path.join(resultsDir, 'results.jsonl'),
        discardResults: true,
        resume: false,
        brandsConcurrency: 4,
        allowFailures: 0,
        brandFormats: ['html', 'json'],
      },
      io,
      portfolio,
    );
    if (!options.quiet) io.stderr.write(`Barometer written to:\n${formats.map((f) => `  ${path.join(outDir, portfolioFile(f))}\n`).join('')}`);
    return code;
  } finally {
    await server.close();
    rmSync(resultsDir, { recursive: true, force: true });
  }
}
