// Where the bundled rule-set presets live and what they are called. A leaf module: the CLI's --help lists the
// presets without loading the rule-set loader (YAML, the rule registry).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder holding the bundled presets (works from src/ under vitest and from dist/ once built). */
export const PRESETS_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));

/** Whether a --rules value names a file (a path, or a .yaml name) rather than a preset. */
export function looksLikeRuleSetPath(s: string): boolean {
  return s.includes('/') || s.includes('\\') || /\.ya?ml$/i.test(s);
}

/** The names of the bundled presets (rules/*.yaml). */
export function listPresets(): string[] {
  return ['default', 'strict'].filter((p) => existsSync(path.join(PRESETS_DIR, `${p}.yaml`)));
}
