// Maps a request path to a file of a fixture host (static-server conventions) and picks its content type.
import { statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
};

/** Extensions whose content goes through the placeholders before being served. */
const TEXT_EXTENSIONS = new Set(['.html', '.htm', '.xml', '.txt', '.json', '.css', '.js', '.mjs']);

/** The Content-Type for a file name, from its extension (application/octet-stream when unknown). */
export function contentTypeFor(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** True for the text files that are rendered through the placeholders. */
export function isTextFile(file: string): boolean {
  return TEXT_EXTENSIONS.has(extname(file).toLowerCase());
}

/**
 * Decodes a request path (no query) and refuses path traversal: `..` or `.` segments (literal or percent-encoded),
 * backslashes and NUL bytes. Returns the decoded path, or null when the request must be answered 400.
 */
export function safeDecodePath(rawPath: string): string | null {
  if (!rawPath.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null; // malformed percent-encoding
  }
  for (const p of [rawPath, decoded]) {
    if (p.includes('\\') || p.includes('\0')) return null;
    if (p.split('/').some((seg) => seg === '..' || seg === '.')) return null;
  }
  return decoded;
}

function isFile(path: string): boolean {
  try {
    // No exception for a missing file, the common case (a path is tried as `page`, then `page.html`…): building one,
    // with its stack, costs more than the stat itself.
    return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

/** Files a host never serves: its route table and hidden files. */
function isHidden(relative: string): boolean {
  return relative === '_routes.json' || relative.split('/').some((seg) => seg.startsWith('.'));
}

/** Joins `relative` to `root`, returning null if the result would leave `root` (defence in depth). */
export function insideRoot(root: string, relative: string): string | null {
  const base = resolve(root);
  const full = resolve(base, relative);
  return full === base || full.startsWith(base + sep) ? full : null;
}

/**
 * The file a decoded request path maps to under a host root, or null when there is none:
 * `/` and `/dir/` → `index.html`; `/page` → `page` itself, else `page.html`, else `page/index.html`.
 */
export function mapPathToFile(root: string, decodedPath: string): string | null {
  const rel = decodedPath.replace(/^\/+/, '');
  const candidates =
    rel === '' || rel.endsWith('/') ? [join(rel, 'index.html')] : [rel, `${rel}.html`, join(rel, 'index.html')];
  for (const candidate of candidates) {
    const normalised = candidate.split(sep).join('/');
    if (isHidden(normalised)) continue;
    const full = insideRoot(root, normalised);
    if (full && isFile(full)) return full;
  }
  return null;
}
