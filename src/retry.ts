/**
 * Retries that are safe and useful for idempotent admin calls: 429 and 503 after `Retry-After`, other 5xx and
 * network failures after exponential backoff with jitter, a bounded number of times.
 */
import type { FetchLike } from "./auth.ts";

/** How the client retries; `false` turns retries off. */
export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  readonly retries?: number;
  /** Base of the exponential backoff, in ms. Default 250. */
  readonly minDelayMs?: number;
  /** Longest backoff between two attempts, in ms. Default 5000. */
  readonly maxDelayMs?: number;
  /**
   * Longest `Retry-After` the client will wait, in ms. A server asking for longer gets no retry: the call fails at
   * once with the `retryAfter` on the error, so the caller can schedule it. Default 60000.
   */
  readonly maxRetryAfterMs?: number;
}

/** The retry settings with every default filled in. */
export type ResolvedRetryOptions = Required<RetryOptions>;

const DEFAULTS: ResolvedRetryOptions = { retries: 2, minDelayMs: 250, maxDelayMs: 5000, maxRetryAfterMs: 60_000 };

/** Fills in defaults; `false` means no retry at all. */
export function resolveRetryOptions(options: RetryOptions | false | undefined): ResolvedRetryOptions {
  if (options === false) return { ...DEFAULTS, retries: 0 };
  return { ...DEFAULTS, ...options };
}

/**
 * Reads `Retry-After` as seconds: a non-negative integer, or an HTTP date (RFC 9110 §10.2.3) measured from `now`.
 * Returns `undefined` when the header is absent or malformed.
 */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

const RETRY_AFTER_STATUSES = new Set([429, 503]);
const BACKOFF_STATUSES = new Set([500, 502, 504]);

/** Wraps `next` so that retryable failures are sent again, within `options`. */
export function retryingFetch(next: FetchLike, options: ResolvedRetryOptions): FetchLike {
  if (options.retries <= 0) return next;
  return async (request) => {
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= options.retries;
      let response: Response;
      try {
        // Only a body can be used up by a send; a body-less request (every DELETE) is sent again as it is.
        response = await next(last || request.body === null ? request : request.clone());
      } catch (error) {
        if (last || request.signal.aborted || !isNetworkFailure(error)) throw error;
        await sleep(backoff(attempt, options), request.signal);
        continue;
      }
      if (last) return response;
      let delay: number | undefined;
      if (RETRY_AFTER_STATUSES.has(response.status)) {
        const seconds = parseRetryAfter(response.headers.get("retry-after"));
        delay = seconds === undefined ? backoff(attempt, options) : seconds * 1000;
        if (delay > options.maxRetryAfterMs) return response;
      } else if (BACKOFF_STATUSES.has(response.status)) {
        delay = backoff(attempt, options);
      }
      if (delay === undefined) return response;
      await response.body?.cancel();
      await sleep(delay, request.signal);
    }
  };
}

function backoff(attempt: number, options: ResolvedRetryOptions): number {
  const ceiling = Math.min(options.maxDelayMs, options.minDelayMs * 2 ** attempt);
  // "Equal jitter" (AWS architecture blog, "Exponential Backoff and Jitter"): spreads the retries of concurrent
  // callers while keeping a floor, so a retry never fires immediately after a failure.
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

function isNetworkFailure(error: unknown): boolean {
  // fetch rejects with a TypeError for every transport failure; aborts are DOMExceptions and must not be retried.
  return error instanceof TypeError;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
