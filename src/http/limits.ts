// Concurrency limits: a global cap on requests in flight and a smaller cap per host, for politeness.
import pLimit, { type LimitFunction } from 'p-limit';

/** Runs tasks with at most `perHost` at once for any one hostname and `global` at once overall. */
export class HostLimiter {
  private readonly global: LimitFunction;
  private readonly hosts = new Map<string, LimitFunction>();

  constructor(
    private readonly perHost: number,
    global: number,
  ) {
    this.global = pLimit(global);
  }

  /**
   * Run `task` once both a slot for `hostname` and a global slot are free. The host slot is taken first
   * so requests queued for one busy host never sit on global slots other hosts could use.
   */
  run<T>(hostname: string, task: () => Promise<T>): Promise<T> {
    const key = hostname.toLowerCase();
    let limit = this.hosts.get(key);
    if (!limit) {
      limit = pLimit(this.perHost);
      this.hosts.set(key, limit);
    }
    return limit(() => this.global(task));
  }
}
