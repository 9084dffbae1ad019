/**
 * A fixed-window rate limit per scope (one project, one organization), as MongoDB documents it: "limited to
 * 100 requests every 1 minutes". A window opens at a scope's first counted request and lasts `windowMs`; within
 * it exactly `limit` requests pass. The check and the count happen in one synchronous step, so the limit is
 * exact however many requests are in flight.
 */

/** How many requests a scope may make per window. */
export interface RateLimitOptions {
  /** Requests allowed per window. */
  limit: number;
  /** Length of a window in milliseconds. */
  windowMs: number;
}

/** The outcome of counting one request. */
export interface RateLimitDecision {
  /** Whether the request may proceed. */
  readonly allowed: boolean;
  readonly limit: number;
  /** Requests left in the current window after this one. */
  readonly remaining: number;
  /** Milliseconds until the current window closes. */
  readonly resetMs: number;
}

interface Window {
  start: number;
  count: number;
}

/** Counts requests per scope key and says whether each may proceed. */
export class RateLimiter {
  readonly limit: number;
  readonly windowMs: number;
  readonly #windows = new Map<string, Window>();
  readonly #now: () => number;

  constructor(options: RateLimitOptions, now: () => number = Date.now) {
    if (!Number.isInteger(options.limit) || options.limit < 1) {
      throw new RangeError(`rateLimit.limit must be a positive integer (got ${options.limit})`);
    }
    if (!Number.isFinite(options.windowMs) || options.windowMs <= 0) {
      throw new RangeError(`rateLimit.windowMs must be a positive number (got ${options.windowMs})`);
    }
    this.limit = options.limit;
    this.windowMs = options.windowMs;
    this.#now = now;
  }

  /** Counts one request on `key`; a refused request is not counted against the next window. */
  take(key: string): RateLimitDecision {
    const now = this.#now();
    let window = this.#windows.get(key);
    if (window === undefined || now - window.start >= this.windowMs) {
      window = { start: now, count: 0 };
      this.#windows.set(key, window);
    }
    const resetMs = window.start + this.windowMs - now;
    if (window.count >= this.limit) return { allowed: false, limit: this.limit, remaining: 0, resetMs };
    window.count += 1;
    return { allowed: true, limit: this.limit, remaining: this.limit - window.count, resetMs };
  }

  /** How the limit reads in an `ApiError`: `[amount, unit]`, e.g. `[1, "minutes"]` for 60 000 ms. */
  describeWindow(): [number, string] {
    if (this.windowMs % 60_000 === 0) return [this.windowMs / 60_000, "minutes"];
    if (this.windowMs % 1_000 === 0) return [this.windowMs / 1_000, "seconds"];
    return [this.windowMs, "milliseconds"];
  }
}
