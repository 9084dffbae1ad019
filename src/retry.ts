/**
 * Retries that are safe and useful: a server that refused a request (`429`, or `503` with `Retry-After`) is asked
 * again for any method; after a network failure or another 5xx only an idempotent request is resent (GET, DELETE and
 * the PATCH updates, which replace roles), never a POST that may have reached the server, since a second create
 * could invite twice. Backoff is exponential with jitter, a bounded number of times.
 */
import type { FetchLike } from "./auth.ts";
import { type Outgoing, requestFetch, type Send, sendThroughRequests } from "./transport.ts";

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

/**
 * Methods whose request may be sent twice with the effect of once (RFC 9110 §9.2.2; PATCH here, because every
 * PATCH of the spec replaces the roles it is given). The generated operation table derives `idempotent` from this.
 */
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD", "OPTIONS", "PUT", "DELETE", "PATCH"]);

const BACKOFF_STATUSES = new Set([500, 502, 503, 504]);
/** Causes that prove the request never left: nothing reached the server, so even a POST may be sent again. */
const NEVER_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN"]);

/**
 * Wraps `next` so that retryable failures are sent again, within `options`. `idempotent` overrides what the method
 * says, for a POST that may safely be repeated (an OAuth token revocation, RFC 7009 §2.2).
 */
export function retryingSend(next: Send, options: ResolvedRetryOptions, idempotent?: boolean): Send {
  if (options.retries <= 0) return next;
  /** Attempts `from` onwards, as a loop. */
  const attempts = async (request: Outgoing, repeatable: boolean, from: number): Promise<Response> => {
    for (let attempt = from; ; attempt++) {
      const last = attempt >= options.retries;
      let response: Response;
      try {
        // The body is a string or a buffer, so the same request can be sent again as it is.
        response = await next(request);
      } catch (error) {
        if (last || request.signal.aborted || !isNetworkFailure(error)) throw error;
        if (!repeatable && !neverSent(error)) throw error;
        await sleep(backoff(attempt, options), request.signal);
        continue;
      }
      if (last) return response;
      const delay = retryDelay(response, repeatable, attempt, options);
      if (delay === undefined) return response;
      await response.body?.cancel();
      await sleep(delay, request.signal);
    }
  };
  /** After a first attempt that must be repeated: wait as the rules say, then the loop from attempt 1. */
  const again = async (request: Outgoing, repeatable: boolean, outcome: Response | { error: unknown }) => {
    if (outcome instanceof Response) {
      const delay = retryDelay(outcome, repeatable, 0, options) ?? 0;
      await outcome.body?.cancel();
      await sleep(delay, request.signal);
    } else {
      const { error } = outcome;
      if (request.signal.aborted || !isNetworkFailure(error)) throw error;
      if (!repeatable && !neverSent(error)) throw error;
      await sleep(backoff(0, options), request.signal);
    }
    return attempts(request, repeatable, 1);
  };
  return (request) => {
    const repeatable = idempotent ?? IDEMPOTENT_METHODS.has(request.method);
    // The first attempt without an async frame of its own: almost every call ends with it.
    return next(request).then(
      (response) =>
        retryDelay(response, repeatable, 0, options) === undefined ? response : again(request, repeatable, response),
      (error: unknown) => again(request, repeatable, { error }),
    );
  };
}

/** {@link retryingSend} for a `Request`-taking fetch: one `Request` per attempt. */
export function retryingFetch(next: FetchLike, options: ResolvedRetryOptions, idempotent?: boolean): FetchLike {
  if (options.retries <= 0) return next;
  return requestFetch(retryingSend(sendThroughRequests(next), options, idempotent));
}

/** How long to wait before resending after `response`, or `undefined` to return it as it is. */
function retryDelay(
  response: Response,
  idempotent: boolean,
  attempt: number,
  options: ResolvedRetryOptions,
): number | undefined {
  const seconds =
    response.status === 429 || response.status === 503
      ? parseRetryAfter(response.headers.get("retry-after"))
      : undefined;
  // The server refused the request without acting on it: any method may ask again, when told how long to wait
  // (a 429 always means refused, so it is retried after backoff even without Retry-After).
  if (seconds !== undefined) {
    const delay = seconds * 1000;
    return delay > options.maxRetryAfterMs ? undefined : delay;
  }
  if (response.status === 429) return backoff(attempt, options);
  // Any other 5xx may come after the server acted: only an idempotent request is resent.
  if (idempotent && BACKOFF_STATUSES.has(response.status)) return backoff(attempt, options);
  return undefined;
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

function neverSent(error: unknown): boolean {
  // undici reports "fetch failed" and keeps the system error (with its code) as the cause.
  const code = (error as { cause?: { code?: unknown } }).cause?.code;
  return typeof code === "string" && NEVER_SENT.has(code);
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
