// Loads a portfolio for `brand-audit batch`: a YAML list of brands (inline brand-file keys or `file:` paths), a
// folder of brand files, or a CSV with a header (what agencies keep in spreadsheets). Problems in the portfolio
// itself are ConfigErrors naming the file, line and key; a `file:` brand file with an error is kept as a brand that
// could not be audited, so one bad file does not stop a portfolio of hundreds.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { Document, isMap } from 'yaml';
import { ConfigError } from '../errors.js';
import { brandFromData, loadBrandFile, type BrandFile, type RawBrand } from './brand-file.js';
import { BRAND_ID, brandIdFrom } from './brand-id.js';
import { failAt, lineOf, readYaml, type YamlSource } from './yaml-source.js';
import { checkInputSize } from '../limits.js';
import { checkSchema } from './validate.js';
import { readTokenVariables } from './token-variables.js';
import { PLATFORMS } from '../snapshot/types.js';

/** One brand of a portfolio: its id, where it was declared, and the brand (or why it could not be read). */
export interface PortfolioEntry {
  id: string;
  sector?: string;
  /** Where the brand is declared: "portfolio.yaml:12", "brands/acme.yaml", "brands.csv:4". */
  origin: string;
  brand?: BrandFile;
  /** The brand file's own error (one line naming its file, line and key), when it could not be loaded. */
  error?: string;
}

export interface Portfolio {
  file: string;
  title?: string;
  entries: PortfolioEntry[];
}

/** True when a `batch` target is a CSV portfolio rather than YAML or a folder. */
const isCsv = (file: string): boolean => /\.(csv|tsv)$/i.test(file);

/** Loads a portfolio from a YAML file, a CSV file or a folder of brand files. */
export function loadPortfolio(target: string): Portfolio {
  let stat;
  try {
    stat = statSync(target);
  } catch (err) {
    throw new ConfigError(`cannot read portfolio: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, target);
  }
  if (stat.isDirectory()) return loadFolder(target);
  if (isCsv(target)) return loadCsv(target);
  return loadYamlPortfolio(target);
}

interface RawPortfolio {
  title?: string;
  brands: (RawBrand & { id?: string; sector?: string; file?: string })[];
}

function loadYamlPortfolio(file: string): Portfolio {
  const ctx = readYaml(file, 'portfolio', 'portfolio');
  if (!isMap(ctx.doc.contents)) throw new ConfigError('a portfolio must be a YAML mapping with a `brands:` list', file, 1);
  const raw = ctx.doc.toJS() as RawPortfolio;
  // Before the schema, whose messages quote values: a token pasted under an entry's `tokens:` is never repeated.
  if (Array.isArray(raw.brands)) raw.brands.forEach((item, i) => item && typeof item === 'object' && readTokenVariables(ctx, item.tokens, ['brands', String(i)]));
  checkSchema(ctx, raw, 'portfolio');
  const dir = path.dirname(path.resolve(file));
  const ids = new Map<string, string>();
  const entries = raw.brands.map((item, i): PortfolioEntry => {
    const at = ['brands', String(i)];
    const origin = `${file}:${lineOf(ctx, at) ?? 1}`;
    const sector = item.sector?.trim() || undefined;
    let entry: PortfolioEntry;
    if (item.file !== undefined) {
      const brandPath = path.resolve(dir, item.file);
      try {
        const brand = loadBrandFile(brandPath);
        entry = { id: item.id ?? idOf(ctx, at, brand.name), origin, brand };
      } catch (err) {
        if (!(err instanceof ConfigError)) throw err;
        // The brand file is broken, not the portfolio: the brand is recorded as not audited and the batch goes on.
        const fallback = item.id ?? brandIdFrom(path.basename(item.file).replace(/\.ya?ml$/i, ''));
        entry = { id: fallback || `brand-${i + 1}`, origin, error: err.message };
      }
    } else {
      const brand = brandFromData(ctx, item, at);
      entry = { id: item.id ?? idOf(ctx, at, brand.name), origin, brand };
    }
    if (sector) entry.sector = sector;
    const first = ids.get(entry.id);
    if (first) failAt(ctx, item.id ? [...at, 'id'] : at, `duplicate brand id "${entry.id}" (first at ${first}); give one of them its own \`id:\``);
    ids.set(entry.id, origin);
    return entry;
  });
  return { file, ...(raw.title ? { title: raw.title } : {}), entries };
}

function idOf(ctx: YamlSource, at: string[], name: string): string {
  const id = brandIdFrom(name);
  if (!id) failAt(ctx, [...at, 'name'], `cannot derive an id from the name "${name}": give the brand an \`id:\``);
  return id;
}

/** Every *.yaml / *.yml file of a folder, in name order; ids from the brand names. */
function loadFolder(dir: string): Portfolio {
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/i.test(f))
    .sort();
  if (files.length === 0) throw new ConfigError('no brand files (*.yaml, *.yml) in this folder', dir);
  const ids = new Map<string, string>();
  const entries = files.map((name): PortfolioEntry => {
    const file = path.join(dir, name);
    let entry: PortfolioEntry;
    try {
      const brand = loadBrandFile(file);
      entry = { id: brandIdFrom(brand.name) || brandIdFrom(name.replace(/\.ya?ml$/i, '')), origin: file, brand };
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      entry = { id: brandIdFrom(name.replace(/\.ya?ml$/i, '')) || 'brand', origin: file, error: err.message };
    }
    const first = ids.get(entry.id);
    if (first) throw new ConfigError(`duplicate brand id "${entry.id}" (also derived from ${first}): rename one brand`, file);
    ids.set(entry.id, file);
    return entry;
  });
  return { file: dir, entries };
}

/** CSV columns besides the account columns (one per platform, e.g. `facebook`, `x`). */
const CSV_COLUMNS = ['id', 'name', 'website', 'sector', 'language', 'window', 'keywords'];
const LANGUAGES = ['fr', 'en', 'de', 'es'];

function loadCsv(file: string): Portfolio {
  checkInputSize(file, 'portfolio');
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  } catch (err) {
    throw new ConfigError(`cannot read portfolio: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, file);
  }
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  // Spreadsheets in French or German locales export with semicolons: the header line says which.
  const delimiter = header.includes('\t') ? '\t' : header.split(';').length > header.split(',').length ? ';' : ',';
  let rows: { record: Record<string, string>; info: { lines: number } }[];
  try {
    rows = parseCsv(text, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), delimiter, info: true, skip_empty_lines: true, trim: true, relax_column_count: false });
  } catch (err) {
    const e = err as Error & { lines?: number };
    throw new ConfigError(`invalid CSV: ${e.message.split('\n')[0]}`, file, e.lines);
  }
  const columns = Object.keys(rows[0]?.record ?? {});
  const platforms = new Set<string>(PLATFORMS);
  for (const column of columns) {
    if (!CSV_COLUMNS.includes(column) && !platforms.has(column) && column !== 'twitter') {
      throw new ConfigError(`unknown column "${column}" (expected ${CSV_COLUMNS.join(', ')} or a platform: ${[...platforms].join(', ')})`, file, 1, column);
    }
  }
  for (const required of ['name', 'website']) {
    if (rows.length > 0 && !columns.includes(required)) throw new ConfigError(`missing the \`${required}\` column`, file, 1, required);
  }
  if (rows.length === 0) throw new ConfigError('no brands: the CSV needs a header line (name,website,…) and one line per brand', file);
  // brandFromData reports through a YAML source; a document without positions makes it name the key only, and the
  // CSV line is added here.
  const ctx: YamlSource = { file, lc: { linePos: () => ({ line: 0, col: 0 }) } as never, doc: new Document({}) };
  const ids = new Map<string, number>();
  const entries = rows.map(({ record, info }): PortfolioEntry => {
    const line = info.lines;
    const fail = (key: string, message: string): never => {
      throw new ConfigError(message, file, line, key);
    };
    if (!record.name) fail('name', 'is required');
    if (!record.website) fail('website', 'is required');
    if (record.language && !LANGUAGES.includes(record.language)) fail('language', `expected one of ${LANGUAGES.join(', ')}, got "${record.language}"`);
    const accounts: Record<string, string[]> = {};
    for (const column of columns) {
      const platform = column === 'twitter' ? 'x' : column;
      if (!platforms.has(platform) || !record[column]) continue;
      // Several accounts of one platform in one cell, separated as spreadsheets do: "|" or whitespace.
      (accounts[platform] ??= []).push(...record[column].split(/[|\s]+/).filter(Boolean));
    }
    const raw: RawBrand = {
      name: record.name,
      website: record.website,
      ...(record.language ? { language: record.language } : {}),
      ...(record.window ? { window: record.window } : {}),
      ...(record.keywords ? { keywords: record.keywords.split(/[|;]/).map((k) => k.trim()).filter(Boolean) } : {}),
      accounts,
    };
    let brand: BrandFile;
    try {
      brand = brandFromData(ctx, raw, []);
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      const key = err.key ?? '';
      const prefix = `${file}${key ? ` (${key})` : ''}: `;
      const message = err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message;
      return fail(key.replace(/^accounts\./, ''), message);
    }
    const id = record.id || brandIdFrom(brand.name);
    if (!id) fail('name', `cannot derive an id from the name "${brand.name}": add an \`id\` column`);
    if (!BRAND_ID.test(id)) fail('id', `"${id}" is not an id (lower-case letters, digits, . _ -)`);
    const first = ids.get(id);
    if (first) fail(record.id ? 'id' : 'name', `duplicate brand id "${id}" (first on line ${first}); give one of them its own id`);
    ids.set(id, line);
    return { id, origin: `${file}:${line}`, brand, ...(record.sector ? { sector: record.sector } : {}) };
  });
  return { file, entries };
}
