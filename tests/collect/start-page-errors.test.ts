// collect(): a start page that could not be read is a TargetError (exit 3, the site could not be audited), but a
// start page read and then failed by the analysis is a bug of this tool: a plain Error, which the CLI reports as an
// internal error (exit 2).
import { describe, expect, it, vi } from 'vitest';
import { TargetError } from '../../src/errors.js';
import type { PageRecord } from '../../src/snapshot/types.js';

// The crawl is replaced so the start page can fail either way, whatever the analyser can or cannot parse today.
const start = vi.hoisted(() => ({ page: undefined as unknown as PageRecord }));
vi.mock('../../src/collect/site/crawl.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/collect/site/crawl.js')>();
  return {
    ...actual,
    crawlSite: async (startUrl: string) => ({ startUrl, pages: [start.page], robots: undefined, errors: [], limits: { maxPages: 1, truncated: false } }),
  };
});

const { collect } = await import('../../src/collect/index.js');
const options = { http: {} as never, maxPages: 1, maxDepth: 0, concurrency: 1, respectRobots: true };

describe('collect: the start page', () => {
  it('that could not be read is a TargetError', async () => {
    start.page = { url: 'https://www.brand.test/', depth: 0, error: { code: 'http-503', data: { status: 503 } } } as unknown as PageRecord;
    const err = await collect('https://www.brand.test/', options).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TargetError);
    expect((err as Error).message).toBe('cannot audit https://www.brand.test/: HTTP 503');
  });

  it('whose analysis failed is a plain Error, not a TargetError', async () => {
    start.page = { url: 'https://www.brand.test/', depth: 0, error: { code: 'parse-error' } } as unknown as PageRecord;
    const err = await collect('https://www.brand.test/', options).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err).not.toBeInstanceOf(TargetError);
    expect((err as Error).message).toBe('the analysis of the start page https://www.brand.test/ failed: parse-error');
  });
});
