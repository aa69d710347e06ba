/**
 * Login rate limits (issue #5): failed attempts counted per username and per client address in
 * a fixed window. Over the limit, login answers 429 with Retry-After before any password is
 * checked, so guessing is slow and costs Kiln nothing. A successful login clears its username's
 * count (not the address's). Counts live in this process: with several Kiln replicas each keeps
 * its own (a limit of N per replica).
 */

export interface Limit {
  max: number;
  windowMs: number;
}

export const LOGIN_LIMITS = {
  perUsername: { max: 10, windowMs: 15 * 60_000 } satisfies Limit,
  perIp: { max: 50, windowMs: 15 * 60_000 } satisfies Limit,
};

interface Bucket {
  count: number;
  resetAt: number;
}

export class FailureCounter {
  private readonly buckets = new Map<string, Bucket>();
  constructor(
    private readonly limit: Limit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until `key` may try again, or 0 when it may now. */
  blockedFor(key: string): number {
    const b = this.live(key);
    return b && b.count >= this.limit.max ? Math.ceil((b.resetAt - this.now()) / 1000) : 0;
  }

  fail(key: string): void {
    const b = this.live(key);
    if (b) b.count++;
    else this.buckets.set(key, { count: 1, resetAt: this.now() + this.limit.windowMs });
    if (this.buckets.size > 10_000) this.sweep();
  }

  clear(key: string): void {
    this.buckets.delete(key);
  }

  private live(key: string): Bucket | undefined {
    const b = this.buckets.get(key);
    if (b && b.resetAt <= this.now()) {
      this.buckets.delete(key);
      return undefined;
    }
    return b;
  }

  private sweep(): void {
    const now = this.now();
    for (const [k, b] of this.buckets) if (b.resetAt <= now) this.buckets.delete(k);
  }
}

const g = globalThis as typeof globalThis & { __kilnLoginLimits?: { user: FailureCounter; ip: FailureCounter } };
g.__kilnLoginLimits ??= { user: new FailureCounter(LOGIN_LIMITS.perUsername), ip: new FailureCounter(LOGIN_LIMITS.perIp) };
export const loginLimits = g.__kilnLoginLimits;
