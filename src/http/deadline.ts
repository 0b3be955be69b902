// A per-request deadline: an AbortSignal that fires after timeoutMs, pushed back while a retry waits.

/** Aborts `signal` when the time runs out; `extend` restarts the clock after a deliberate wait. */
export class Deadline {
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  /** True once the deadline (not something else) aborted the signal. */
  fired = false;

  constructor(private readonly timeoutMs: number) {
    this.arm(timeoutMs);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Give the request a full timeoutMs again after a `waitMs` pause (a Retry-After or back-off wait). */
  extend(waitMs: number): void {
    if (this.fired) return;
    this.arm(waitMs + this.timeoutMs);
  }

  /** Stop the clock; call when the exchange is over. */
  clear(): void {
    clearTimeout(this.timer);
  }

  private arm(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.fired = true;
      this.controller.abort(new Error(`deadline of ${this.timeoutMs} ms exceeded`));
    }, ms);
  }
}
