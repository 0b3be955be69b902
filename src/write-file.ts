// The one way the tool writes a file (reports, snapshots, the job summary, brand files, portfolio outputs): whole or
// not at all. The text
// goes to a temporary file in the same folder, is flushed to disk, then renamed over the target (atomic on one file
// system), so a run killed at any moment — kill -9, Ctrl-C, a full disk — leaves the previous file, never half of one.
import { createWriteStream, unlinkSync, type WriteStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Temporary files being written, removed if the process exits before their rename (Ctrl-C, an error). */
const inFlight = new Set<string>();
let cleanupInstalled = false;

function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.once('exit', () => {
    for (const temp of inFlight) {
      try {
        unlinkSync(temp);
      } catch {
        // already renamed or removed
      }
    }
  });
}

/**
 * The folder of `file` (created if needed) and a temporary file name beside it, hidden and named after it; the name
 * is removed on exit until the caller is done with it (inFlight).
 */
async function tempBeside(file: string): Promise<{ full: string; temp: string }> {
  const full = path.resolve(file);
  const dir = path.dirname(full);
  await mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(full)}.${process.pid}-${process.getBuiltinModule('node:crypto').randomBytes(4).toString('hex')}.tmp`);
  installCleanup();
  inFlight.add(temp);
  return { full, temp };
}

/**
 * Writes `data` to `file` through a temporary file beside it (hidden, named after it) and a rename, creating the folder
 * if needed. An error names the file asked for, not the temporary one, and leaves no temporary file behind.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const { full, temp } = await tempBeside(file);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data, typeof data === 'string' ? 'utf8' : undefined);
      // On disk before the rename: after a crash the target is the old file or the whole new one.
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, full);
  } catch (err) {
    await rm(temp, { force: true });
    if (err && typeof err === 'object' && 'path' in err) (err as NodeJS.ErrnoException).path = file;
    throw err;
  } finally {
    inFlight.delete(temp);
  }
}

/** A file written piece by piece (the streamed portfolio JUnit and JSON Lines) that still appears whole. */
export interface AtomicStream {
  write(text: string): Promise<void>;
  /** Flushes to disk, closes and renames the temporary file over the target. */
  commit(): Promise<void>;
  /** Removes the temporary file (the target is left as it was). */
  abort(): Promise<void>;
}

/** Opens a temporary file beside `file` for streamed writing; nothing is at `file` until commit(). */
export async function openAtomic(file: string): Promise<AtomicStream> {
  const { full, temp } = await tempBeside(file);
  const handle = await open(temp, 'wx', 0o644);
  const stream: WriteStream = createWriteStream('', { fd: handle.fd, encoding: 'utf8', autoClose: false });
  const write = (text: string) =>
    new Promise<void>((resolve, reject) => {
      if (stream.write(text)) resolve();
      else stream.once('drain', resolve).once('error', reject);
    });
  const end = () => new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return {
    write,
    async commit() {
      try {
        await end();
        // On disk before the rename, as writeFileAtomic.
        await handle.sync();
        await handle.close();
        await rename(temp, full);
      } catch (err) {
        await handle.close().catch(() => undefined);
        await rm(temp, { force: true });
        if (err && typeof err === 'object' && 'path' in err) (err as NodeJS.ErrnoException).path = file;
        throw err;
      } finally {
        inFlight.delete(temp);
      }
    },
    async abort() {
      await end().catch(() => undefined);
      await handle.close().catch(() => undefined);
      await rm(temp, { force: true });
      inFlight.delete(temp);
    },
  };
}
