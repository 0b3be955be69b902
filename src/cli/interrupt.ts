// Ctrl-C (SIGINT) and SIGTERM while an audit collects: the first asks the crawl and the social sources to stop and keep
// what they read (the snapshot can still be saved); a second one quits at once. The exit code says which signal
// stopped the run, as shells do: 128 + its number (130 for SIGINT, 143 for SIGTERM).
import type { Io } from './io.js';

/** Exit codes of an interrupted run. */
export const INTERRUPT_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

export interface Interrupt {
  /** Aborted on the first signal. */
  signal: AbortSignal;
  /** The signal received, once one was. */
  readonly received: keyof typeof INTERRUPT_EXIT | undefined;
  /** Stops listening (the process's default handling comes back). */
  dispose(): void;
}

/** Listens for SIGINT and SIGTERM until disposed. */
export function watchInterrupt(io: Io): Interrupt {
  const controller = new AbortController();
  let received: keyof typeof INTERRUPT_EXIT | undefined;
  const handler = (name: keyof typeof INTERRUPT_EXIT): void => {
    if (received) {
      // A second signal: the user does not want to wait for the requests in flight.
      process.exit(INTERRUPT_EXIT[name]);
    }
    received = name;
    io.stderr.write(`brand-audit: interrupted (${name}): stopping, keeping what was read (again to quit at once)\n`);
    controller.abort(new Error(`interrupted by ${name}`));
  };
  const onInt = (): void => handler('SIGINT');
  const onTerm = (): void => handler('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return {
    signal: controller.signal,
    get received() {
      return received;
    },
    dispose() {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    },
  };
}
