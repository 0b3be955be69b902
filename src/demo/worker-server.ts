// `brand-audit demo` serves the bundled brand from a worker thread rather than from the thread that audits it. In one
// thread the server's work (parsing each request, reading and rendering the page, writing the answer: ~40-50 ms of
// CPU for the demo's ~30 pages and ~15 API calls) ran between the audit's own, one after the other; in a worker it
// runs beside the audit, on another core where there is one, as a real site's server would, and the audit's thread
// no longer pays for it. The same server, the same answers.
import { cachedDataVersionTag, setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { FixtureServer } from './fixture-server.js';
import type { ServerWorkerData, ServerWorkerReady } from './server-worker.js';

/** Starts the fixture server for `root` in a worker thread; close() stops the server, then the thread. */
export function startFixtureServerInWorker(root: string): Promise<FixtureServer> {
  const flags = cachedDataVersionTag();
  const worker = new Worker(new URL('./server-worker.js', import.meta.url), { workerData: { root } satisfies ServerWorkerData });
  // V8 configures the thread's heap with the process's flags, and on the way sets --semi-space-growth-factor, a
  // process-wide flag, back to its default of 2 when it was below (Node 20's V8 does): the command-line tool
  // sets it to 1 (bin/v8-flags.js says why), and its V8 code cache is rejected under other flags. Once the thread has
  // its heap, this thread's flags are set back as they were, which their hash (cachedDataVersionTag) confirms.
  worker.once('online', () => {
    if (cachedDataVersionTag() === flags) return;
    setFlagsFromString('--semi-space-growth-factor=1');
    if (cachedDataVersionTag() !== flags) setFlagsFromString('--semi-space-growth-factor=2');
  });
  return new Promise((resolve, reject) => {
    const failed = (err: Error): void => reject(err);
    const exited = (code: number): void => reject(new Error(`the fixture server's thread stopped (exit code ${code})`));
    worker.once('error', failed);
    worker.once('exit', exited);
    worker.once('message', (ready: ServerWorkerReady) => {
      worker.off('error', failed);
      worker.off('exit', exited);
      const { port, hosts } = ready;
      let closing: Promise<void> | undefined;
      resolve({
        port,
        hosts,
        resolve: ready.resolve,
        origin(host: string): string {
          if (!hosts.includes(host)) throw new Error(`The fixture server does not serve host "${host}" (serves: ${hosts.join(', ')})`);
          return `http://${host}:${port}`;
        },
        close(): Promise<void> {
          closing ??= new Promise<void>((done) => {
            worker.once('exit', () => done());
            worker.postMessage('close');
          });
          return closing;
        },
      });
    });
  });
}
