// Types of scripts/page-set.mjs, for the tests that load the labelled page set.
import type { PageSetCase } from '../src/collect/site/accuracy.js';

/** Loads every case of fixtures/pages, the synthetic sites first (sorted by folder name), then the demo brands; or one later round's sites. */
export function loadPageSet(set?: 'main' | 'final' | 'round9' | 'round10'): PageSetCase[];
