// The fixture server run in a worker thread (src/demo/worker-server.ts starts it and says why): it serves `root` and
// posts where, then closes when the thread that started it asks.
import { parentPort, workerData } from 'node:worker_threads';
import { startFixtureServer } from './fixture-server.js';

/** What the starting thread passes (workerData). */
export interface ServerWorkerData {
  root: string;
}

/** What the worker posts once it listens. */
export interface ServerWorkerReady {
  port: number;
  hosts: string[];
  resolve: Record<string, string>;
}

const port = parentPort;
if (port) {
  const server = await startFixtureServer({ root: (workerData as ServerWorkerData).root });
  port.once('message', () => {
    void server.close().then(() => port.close());
  });
  port.postMessage({ port: server.port, hosts: server.hosts, resolve: server.resolve } satisfies ServerWorkerReady);
}
