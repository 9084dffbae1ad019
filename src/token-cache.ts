/**
 * The one access token of a service-account strategy, and the one request that replaces it: calls that need a token
 * while it is being fetched wait for that same request, each with its own signal.
 */
import type { IssuedToken } from "./oauth-token.ts";

/**
 * A token is replaced this long before `expires_in` runs out (atlas-sdk-go does the same), so that a request does
 * not leave with a token that expires on its way; for tokens shorter than twice this, half their lifetime.
 */
const REFRESH_EARLY_MS = 10_000;

/** Why a waiting call gave up on a token request: nobody needs its answer any more. */
const UNWANTED = "no call waits for this token any more";

/** A token request in flight and how many calls wait for it. */
interface Pending {
  readonly promise: Promise<string>;
  readonly controller: AbortController;
  waiters: number;
}

/** The one token of a strategy, and the one request that replaces it. */
export class SharedToken {
  readonly #fetch: (signal: AbortSignal) => Promise<IssuedToken>;
  #current: { readonly value: string; readonly refreshAt: number; readonly expiresAt: number } | undefined;
  #pending: Pending | undefined;

  constructor(fetchToken: (signal: AbortSignal) => Promise<IssuedToken>) {
    this.#fetch = fetchToken;
  }

  /** The current token, or the one the single token request in flight brings (starting it if none is). */
  async get(signal: AbortSignal): Promise<string> {
    const current = this.#current;
    if (current !== undefined && Date.now() < current.refreshAt) return current.value;
    if (signal.aborted) throw signal.reason;
    const pending = this.#pending ?? this.#start();
    pending.waiters += 1;
    try {
      return await settledOrAborted(pending.promise, signal);
    } finally {
      pending.waiters -= 1;
      if (pending.waiters === 0 && this.#pending === pending) {
        this.#pending = undefined;
        pending.controller.abort(new DOMException(UNWANTED, "AbortError"));
      }
    }
  }

  /** Forgets `value` if it is still the current token (a server refused it); a newer token is kept. */
  invalidate(value: string): void {
    if (this.#current?.value === value) this.#current = undefined;
  }

  /** Waits for a token request in flight, then hands over the current token if it is still valid, and forgets it. */
  async drain(): Promise<string | undefined> {
    await this.#pending?.promise.catch(() => undefined);
    const current = this.#current;
    this.#current = undefined;
    return current !== undefined && Date.now() < current.expiresAt ? current.value : undefined;
  }

  #start(): Pending {
    const controller = new AbortController();
    const sentAt = Date.now();
    const promise = this.#fetch(controller.signal)
      .then((issued) => {
        const early = Math.min(REFRESH_EARLY_MS, issued.lifetimeMs / 2);
        // Measured from when the request left: the token's clock started no later than that.
        this.#current = {
          value: issued.value,
          expiresAt: sentAt + issued.lifetimeMs,
          refreshAt: sentAt + issued.lifetimeMs - early,
        };
        return issued.value;
      })
      .finally(() => {
        if (this.#pending === pending) this.#pending = undefined;
      });
    // A request whose waiters all left is aborted; its rejection has nobody to go to.
    promise.catch(() => undefined);
    const pending: Pending = { promise, controller, waiters: 0 };
    this.#pending = pending;
    return pending;
  }
}

/** Waits for `promise`, or rejects with the signal's reason if the call is aborted first. */
function settledOrAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
