// Saves and loads BrandSnapshots as JSON files, refusing files that are not snapshots or are from a newer schema.
import { readFileSync } from 'node:fs';
import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../config/errors.js';
import { SNAPSHOT_SCHEMA_VERSION, type BrandSnapshot } from './types.js';

/** Writes the snapshot as pretty JSON, creating the folder if needed. */
export async function saveSnapshot(file: string, snapshot: BrandSnapshot): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, JSON.stringify(snapshot, null, 2) + '\n', 'utf8');
}

/** Reads and checks a snapshot file; any problem is a ConfigError naming the file and the key at fault. */
export function loadSnapshot(file: string): BrandSnapshot {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`cannot read snapshot: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, file);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`not valid JSON: ${(err as Error).message}`, file);
  }
  return checkSnapshot(data, file);
}

/** Structural check of a parsed snapshot (the parts the rules rely on). */
export function checkSnapshot(data: unknown, file = 'snapshot'): BrandSnapshot {
  const bad = (key: string, what: string): never => {
    throw new ConfigError(what, file, undefined, key);
  };
  if (!data || typeof data !== 'object' || Array.isArray(data)) bad('(root)', 'not a brand-audit snapshot (expected a JSON object)');
  const s = data as Record<string, unknown>;
  if (typeof s.schemaVersion !== 'number') bad('schemaVersion', 'not a brand-audit snapshot (no schemaVersion)');
  if ((s.schemaVersion as number) > SNAPSHOT_SCHEMA_VERSION)
    bad('schemaVersion', `snapshot schema ${String(s.schemaVersion)} is newer than this brand-audit understands (${SNAPSHOT_SCHEMA_VERSION}); upgrade brand-audit`);
  if (typeof s.collectedAt !== 'string' || Number.isNaN(Date.parse(s.collectedAt))) bad('collectedAt', 'expected an ISO date string');
  const target = s.target as Record<string, unknown> | undefined;
  if (!target || typeof target.url !== 'string' || typeof target.domain !== 'string') bad('target', 'expected { url, domain, brandName }');
  const site = s.site as Record<string, unknown> | undefined;
  if (!site || !Array.isArray(site.pages)) bad('site.pages', 'expected a list of pages');
  (site!.pages as unknown[]).forEach((p, i) => {
    const page = p as Record<string, unknown>;
    if (!page || typeof page.url !== 'string' || typeof page.depth !== 'number' || !Array.isArray(page.kinds))
      bad(`site.pages[${i}]`, 'expected a page with url, depth and kinds');
  });
  if (!Array.isArray(s.accounts)) bad('accounts', 'expected a list of accounts');
  if (s.conversations !== undefined && !Array.isArray(s.conversations)) bad('conversations', 'expected a list');
  if (s.sources !== undefined && !Array.isArray(s.sources)) bad('sources', 'expected a list');
  return { conversations: [], sources: [], ...(s as object) } as unknown as BrandSnapshot;
}
