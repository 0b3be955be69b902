// Loads the message catalogues (locales/<lang>/**/*.json) and flattens them to dotted keys: the path of a file is
// its key prefix (rules/unanswered-questions.json → "rules.unanswered-questions.title").
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Lang } from './langs.js';

/** A flat catalogue: dotted key → ICU MessageFormat text. */
export type Catalogue = ReadonlyMap<string, string>;

/** locales/ sits at the package root, two levels above this file in both src/ and dist/. */
export const LOCALES_DIR = fileURLToPath(new URL('../../locales/', import.meta.url));

const cache = new Map<Lang, Catalogue>();

/**
 * The catalogue of one language: every JSON file under locales/<lang>/, its path without ".json" (slashes as
 * dots) its key prefix. Read once per process; reports render many strings from it.
 */
export function loadCatalogue(lang: Lang): Catalogue {
  const hit = cache.get(lang);
  if (hit) return hit;
  const flat = new Map<string, string>();
  readDir(join(LOCALES_DIR, lang), '', flat);
  cache.set(lang, flat);
  return flat;
}

function readDir(dir: string, prefix: string, out: Map<string, string>): void {
  // By code units: the catalogues' file names (lower-case letters, digits, hyphens, dots, a leading underscore) come in
  // the order localeCompare gave them, without loading ICU's collator (~10 ms) for it (tests/config/code-unit-order.test.ts).
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) readDir(path, `${prefix}${entry.name}.`, out);
    else if (entry.name.endsWith('.json')) {
      const tree = JSON.parse(readFileSync(path, 'utf8')) as unknown;
      flatten(`${prefix}${entry.name.slice(0, -'.json'.length)}`, tree, out);
    }
  }
}

function flatten(prefix: string, node: unknown, out: Map<string, string>): void {
  if (typeof node === 'string') {
    out.set(prefix, node);
    return;
  }
  if (node && typeof node === 'object' && !Array.isArray(node)) {
    for (const [k, v] of Object.entries(node)) flatten(`${prefix}.${k}`, v, out);
  }
}
