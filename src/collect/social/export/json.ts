// The JSON export format (docs/exports.md): { platform, account: { handle, name, url }, posts: [...] }.
import type { ReadExportOptions } from './options.js';
import { profileUrl, resolveHandle, resolvePlatform } from './account.js';
import { buildConversation, type ExportResult } from './conversation.js';
import { hasBadLine, type DecodedExport } from './decode.js';
import { exportError } from './errors.js';
import { parseJsonWithLines, JsonSyntaxError } from './json-lines.js';
import { ProblemList, shown } from './problems.js';
import { validateRow, type GoodRow, type RawRow } from './rows.js';

/** Reads a decoded JSON export; throws a usage error naming file and line when the file cannot be used. */
export async function readJsonExport(file: string, decoded: DecodedExport, opts: ReadExportOptions): Promise<ExportResult> {
  let parsed: ReturnType<typeof parseJsonWithLines>;
  try {
    parsed = parseJsonWithLines(decoded.text);
  } catch (err) {
    if (err instanceof JsonSyntaxError) throw exportError(file, err.line, `invalid JSON: ${err.message}`);
    throw err;
  }
  const { value, lines } = parsed;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw exportError(file, 1, 'expected a JSON object { "platform", "account", "posts" }');
  }
  const top = value as Record<string, unknown>;
  const keyLine = (obj: object, key: string): number => lines.keys.get(obj)?.get(key) ?? 1;
  if (top.platform !== undefined && typeof top.platform !== 'string') throw exportError(file, keyLine(top, 'platform'), '"platform" must be a string');
  const platform = resolvePlatform(top.platform as string | undefined, opts.platform, file, keyLine(top, 'platform'));
  const account = top.account;
  if (account !== undefined && (typeof account !== 'object' || account === null || Array.isArray(account))) {
    throw exportError(file, keyLine(top, 'account'), '"account" must be an object { "handle", "name" }');
  }
  const acc = (account ?? {}) as Record<string, unknown>;
  if (acc.handle !== undefined && typeof acc.handle !== 'string') throw exportError(file, keyLine(acc, 'handle'), '"account.handle" must be a string');
  const handleLine = lines.keys.get(acc)?.get('handle') ?? keyLine(top, 'account');
  const handle = resolveHandle(acc.handle as string | undefined, opts.account, file, handleLine);
  let url = profileUrl(platform, handle);
  if (acc.url !== undefined) {
    const u = typeof acc.url === 'string' && /^https?:\/\//i.test(acc.url.trim()) ? acc.url.trim() : undefined;
    if (!u) throw exportError(file, keyLine(acc, 'url'), '"account.url" must be an http(s) URL');
    url = u;
  }
  if (!Array.isArray(top.posts)) throw exportError(file, keyLine(top, 'posts'), '"posts" must be an array');
  const posts = top.posts;
  const starts = lines.items.get(posts) ?? [];
  const ends = lines.itemEnds.get(posts) ?? [];

  // Undecodable bytes inside a post reject that post; anywhere else (platform, account…) the file is unusable.
  const inPost = (l: number): boolean => starts.some((s, i) => s <= l && l <= (ends[i] ?? s));
  const stray = [...decoded.badLines].sort((a, b) => a - b).find((l) => !inPost(l));
  if (stray !== undefined) throw exportError(file, stray, `bytes that are not valid ${decoded.encoding} outside the posts (give the file's encoding)`);

  const problems = new ProblemList(file);
  const raws: RawRow[] = [];
  posts.forEach((item, i) => {
    const line = starts[i] ?? 1;
    if (hasBadLine(decoded.badLines, line, ends[i] ?? line)) {
      problems.add('export.undecodable', line, 'post', { encoding: decoded.encoding });
      return;
    }
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.add('export.not-object', line, 'post', { value: shown(item) });
      return;
    }
    raws.push({ line, values: item as Record<string, unknown>, csv: false });
  });
  const good: GoodRow[] = [];
  const rejectedIds = new Set<string>();
  for (const raw of raws) {
    const row = validateRow(raw, problems);
    if (row) good.push(row);
    else if (typeof raw.values.id === 'string' && raw.values.id.trim() !== '') rejectedIds.add(raw.values.id.trim());
  }
  const metas = good.map((r) => ({ line: r.line, id: r.id, ...(r.replyTo !== undefined ? { replyTo: r.replyTo } : {}), time: Date.parse(r.createdAt) }));
  // The rows are at hand: the chosen lines are picked from them.
  return buildConversation({ platform, handle, url }, metas, rejectedIds, file, problems, opts.window, (lines) => good.filter((r) => lines.has(r.line)));
}
