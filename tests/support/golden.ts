// Makes snapshots and reports reproducible for golden files: drops the fixture server's port and run timings.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrandSnapshot } from '../../src/snapshot/types.js';

/**
 * Returns a copy of the snapshot with `:PORT` removed from every URL and fetch timings zeroed, so a snapshot
 * collected from the local fixture server is byte-identical from one run to the next.
 */
export function scrubSnapshot(snapshot: BrandSnapshot, port: number): BrandSnapshot {
  const text = JSON.stringify(snapshot).replaceAll(`:${port}/`, '/').replaceAll(`:${port}"`, '"');
  const copy = JSON.parse(text) as BrandSnapshot;
  for (const page of copy.site.pages) page.fetchMs = 0;
  return copy;
}

/** The fields of a report that change on every run. Typed structurally, so snapshot/ does not import report/. */
interface RunStamped {
  collectedAt: string;
  generatedAt: string;
  tool: { name: string; version: string };
}

/** A report with the fields that change on every run (generation time, tool version) fixed. */
export function goldenReport<R extends RunStamped>(report: R): R {
  return { ...report, generatedAt: report.collectedAt, tool: { ...report.tool, version: '0.0.0-golden' } };
}

/**
 * The reviewed golden report of a bundled brand (tests/golden/<slug>.report.json): end-to-end runs of the same
 * stand-ins compare their figures with it instead of repeating them, so a deliberate change to detection is
 * reviewed once, in the golden diff, and the live runs must still agree with it.
 */
export function readGoldenReport<R>(root: string, slug: string): R {
  return JSON.parse(readFileSync(path.join(root, 'tests', 'golden', `${slug}.report.json`), 'utf8')) as R;
}
