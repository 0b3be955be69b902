// Files written piece by piece (the streamed portfolio JUnit) still appear whole: they go to a temporary file in the
// same folder, renamed over the target once complete. Whole strings go through output.ts writeFileAtomic.
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export interface AtomicStream {
  write(text: string): Promise<void>;
  /** Flushes, closes and renames the temporary file over the target. */
  commit(): Promise<void>;
  /** Removes the temporary file (the target is left as it was). */
  abort(): Promise<void>;
}

/** Opens a temporary file beside `file` for streamed writing. */
export async function openAtomic(file: string): Promise<AtomicStream> {
  const full = path.resolve(file);
  await mkdir(path.dirname(full), { recursive: true });
  const temp = `${full}.${process.pid}.${Date.now().toString(36)}.tmp`;
  const stream: WriteStream = createWriteStream(temp, { encoding: 'utf8' });
  await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
  const write = (text: string) =>
    new Promise<void>((resolve, reject) => {
      if (stream.write(text)) resolve();
      else stream.once('drain', resolve).once('error', reject);
    });
  const close = () => new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return {
    write,
    async commit() {
      await close();
      await rename(temp, full);
    },
    async abort() {
      await close().catch(() => undefined);
      await rm(temp, { force: true });
    },
  };
}
