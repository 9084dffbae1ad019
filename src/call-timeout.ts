/**
 * The per-call timeout: an abort signal for the call's requests and a timer that aborts it, cleared when the call
 * ends. Creating an `AbortController` is the costliest single step of a call in Node 20 (a few µs, more than the
 * Digest hashes), so controllers whose call ended without an abort are reused by later calls.
 *
 * Reuse is safe because a controller is owned by one call at a time and only a timeout ever aborts it: Node's
 * fetch leaves a listener on the signal of every request it was given, and when a later owner's timeout fires, the
 * listeners of earlier, finished requests abort requests that have already completed, which does nothing. A
 * controller is retired after {@link MAX_USES} calls, so those listeners (which Node's fetch removes only once it
 * collects the request) stay far below the signal's listener limit, and at most {@link POOL_SIZE} are kept.
 */

/** Calls one controller serves before it is dropped. */
const MAX_USES = 16;
/** Idle controllers kept for reuse: about the calls one client has in flight at once. */
const POOL_SIZE = 256;

/** One call's timeout: `signal` aborts when `timeoutMs` has passed; `end()` stops the timer. */
export interface CallTimeout {
  readonly signal: AbortSignal;
  /** Whether the timeout fired (rather than the caller's own signal). */
  readonly fired: boolean;
  end(): void;
}

interface Pooled {
  readonly controller: AbortController;
  uses: number;
}

const idle: Pooled[] = [];

class Timeout implements CallTimeout {
  readonly #pooled: Pooled;
  readonly #timer: ReturnType<typeof setTimeout>;
  #fired = false;

  constructor(timeoutMs: number) {
    this.#pooled = idle.pop() ?? { controller: new AbortController(), uses: 0 };
    this.#pooled.uses++;
    this.#timer = setTimeout(fire, timeoutMs, this, timeoutMs);
  }

  get signal(): AbortSignal {
    return this.#pooled.controller.signal;
  }

  get fired(): boolean {
    return this.#fired;
  }

  abort(timeoutMs: number): void {
    this.#fired = true;
    this.#pooled.controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, "TimeoutError"));
  }

  end(): void {
    clearTimeout(this.#timer);
    const pooled = this.#pooled;
    if (!this.#fired && pooled.uses < MAX_USES && idle.length < POOL_SIZE) idle.push(pooled);
  }
}

function fire(timeout: Timeout, timeoutMs: number): void {
  timeout.abort(timeoutMs);
}

/** Starts the timeout of one call; the caller must call `end()` exactly once, when the call is over. */
export function startCallTimeout(timeoutMs: number): CallTimeout {
  return new Timeout(timeoutMs);
}
