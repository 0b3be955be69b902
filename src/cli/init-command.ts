// `brand-audit init [file]`: writes a commented example brand file to start from.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { ConfigError } from '../config/errors.js';
import { brandTemplate } from '../config/brand-template.js';
import { EXIT, type Io } from './run-audit.js';

/** Writes the template; refuses to overwrite an existing file unless `force`. */
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
  await writeFile(file, brandTemplate(opts.name, website), 'utf8');
  io.stderr.write(`Wrote ${file}: edit it, then run  brand-audit audit ${file}\n`);
  return EXIT.ok;
}
