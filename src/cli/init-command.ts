// `brand-audit init [file]`: writes a commented example brand file to start from, pointing editors at its schema.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { brandTemplate, missingBrandKeys } from '../config/brand-template.js';
import { SCHEMA_DIR, SCHEMA_FILES } from '../config/schemas.js';
import { writeFileAtomic } from '../write-file.js';
import { EXIT, type Io } from './io.js';

/**
 * The `$schema` a brand file at `file` names: the path of this package's schema/brand-file.schema.json relative to
 * the file's folder (node_modules/brand-audit/schema/… for a project install), with forward slashes as editors expect.
 */
export function schemaReference(file: string): string {
  const schema = path.join(SCHEMA_DIR, SCHEMA_FILES.brandFile);
  const relative = path.relative(path.dirname(path.resolve(file)), schema).split(path.sep).join('/');
  return relative.startsWith('.') ? relative : `./${relative}`;
}

/**
 * Writes the template with what the user gave (--name, --website) live and every other key a commented example;
 * refuses to overwrite an existing file unless `force`. Says on stderr what is left to fill in.
 */
export async function runInit(file: string, opts: { force?: boolean; name?: string; website?: string }, io: Io): Promise<number> {
  if (existsSync(file) && !opts.force) throw new ConfigError(`${file} already exists (use --force to overwrite it)`);
  let website = opts.website;
  if (website) {
    try {
      website = new URL(/^https?:\/\//i.test(website) ? website : `https://${website}`).toString();
    } catch {
      throw new ConfigError(`--website "${opts.website}" is not a URL`);
    }
  }
  const name = opts.name?.trim() || undefined;
  const values = { name, website };
  await writeFileAtomic(file, brandTemplate({ ...values, schema: schemaReference(file) }));
  const missing = missingBrandKeys(values);
  const todo = missing.length ? `set ${missing.join(' and ')} in it` : 'add accounts, keywords or exports if you like';
  io.stderr.write(`Wrote ${file}: ${todo}, then run  brand-audit audit ${file}\n`);
  return EXIT.ok;
}
