// A per-request deadline: an AbortSignal that fires after timeoutMs of waiting on the network, pushed back while a
// retry waits, and not charged for time the event loop spent running code (the analysis of a heavy page, say).

/**
 * The event loop's idle time so far, in ms: time spent waiting for I/O or timers. Time the loop spends running code
 * (analysing a heavy page, parsing another answer) is not idle, so a clock on idle time counts only the waiting.
 */
function idleMs(): number {
  return performance.eventLoopUtilization().idle;
}

/** Idle time short of the budget that is too small to wait for again. */
const SLACK_MS = 2;

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

  /** Abort the signal for another cause (the client closing, the caller's signal): `fired` stays false. */
  abort(reason: unknown): void {
    clearTimeout(this.timer);
    this.controller.abort(reason);
  }

  /** Stop the clock; call when the exchange is over. */
  clear(): void {
    clearTimeout(this.timer);
  }

  private arm(ms: number): void {
    clearTimeout(this.timer);
    const idleAtStart = idleMs();
    this.timer = setTimeout(() => {
      // The time this request waited is the loop's idle time since the clock started: while the loop was busy (a
      // heavy page analysed, other answers read) what arrived meanwhile sat unread in the socket, and a timer may even
      // fire on time right after such a stretch. Wait again for the idle time still owed before judging the server.
      const left = ms - (idleMs() - idleAtStart);
      if (left > SLACK_MS) return this.arm(left);
      this.fired = true;
      this.controller.abort(new Error(`deadline of ${this.timeoutMs} ms exceeded`));
    }, ms);
  }
}
