/**
 * Restart delays for a crashing app: 1s, 2s, 4s … capped at 30s; after 60s of healthy running
 * the count starts over. Pure: the caller passes the clock.
 */
export const BACKOFF_BASE_MS = 1000;
export const BACKOFF_MAX_MS = 30_000;
export const HEALTHY_RESET_MS = 60_000;

export class Backoff {
  private failures = 0;
  private healthySince: number | undefined;

  constructor(
    private readonly baseMs = BACKOFF_BASE_MS,
    private readonly maxMs = BACKOFF_MAX_MS,
    private readonly resetAfterMs = HEALTHY_RESET_MS,
  ) {}

  /** The process became ready at `now`. */
  markHealthy(now: number): void {
    this.healthySince = now;
  }

  /** The process died at `now`: how long to wait before the next start. */
  nextDelay(now: number): number {
    if (this.healthySince !== undefined && now - this.healthySince >= this.resetAfterMs) this.failures = 0;
    this.healthySince = undefined;
    const delay = Math.min(this.maxMs, this.baseMs * 2 ** Math.min(this.failures, 30));
    this.failures++;
    return delay;
  }

  reset(): void {
    this.failures = 0;
    this.healthySince = undefined;
  }
}

/** The pending restart of a crashed app: at most one timer, delays from a Backoff. */
export class RestartTimer {
  private readonly backoff = new Backoff();
  private timer: NodeJS.Timeout | undefined;
  /** When the pending restart fires (epoch ms); undefined when none is pending. */
  at: number | undefined;

  /** Run `fn` after the next backoff delay (replacing any pending one); returns the delay. */
  schedule(fn: () => void): number {
    this.cancel();
    const delay = this.backoff.nextDelay(Date.now());
    this.at = Date.now() + delay;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.at = undefined;
      fn();
    }, delay);
    return delay;
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.at = undefined;
  }

  markHealthy(): void {
    this.backoff.markHealthy(Date.now());
  }

  /** Stopped on purpose: forget the crash count too. */
  reset(): void {
    this.cancel();
    this.backoff.reset();
  }
}
