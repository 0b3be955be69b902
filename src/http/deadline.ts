// A per-request deadline: an AbortSignal that fires after timeoutMs of waiting on the network, pushed back while a
// retry waits, and not charged for time the event loop spent blocked (by the analysis of a heavy page, say).

/**
 * Lateness past which a timer firing late is taken to mean the event loop was blocked: timers normally fire within a
 * few milliseconds, and while the loop is blocked the answer may already sit unread in the socket.
 */
const BLOCKED_MS = 50;

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
    const due = performance.now() + ms;
    this.timer = setTimeout(() => {
      const late = performance.now() - due;
      // A timer that fires well after its time found the loop blocked: what arrived meanwhile has not been read yet.
      // Give the loop that long again, so the answer is read before the request is judged; the time the loop was
      // blocked is not the server's slowness.
      if (late > BLOCKED_MS) return this.arm(late);
      this.fired = true;
      this.controller.abort(new Error(`deadline of ${this.timeoutMs} ms exceeded`));
    }, ms);
  }
}
