/**
 * Pacing for `--rate <n>/<window>`: sends spread evenly (a token bucket that holds one token, so no burst), and a
 * log of actual send times that refuses an (n+1)th send within one stretched window, so a stalled event loop cannot
 * catch up in a burst either. The window is stretched by a small headroom: network and scheduling jitter then have
 * to exceed that headroom before a server counting in fixed windows could see more than n.
 */
import type { Rate } from "./args.ts";

/** Headroom kept under a `--rate`, as a share of its window. */
export const RATE_HEADROOM = 0.03;

/** Largest headroom reached by slowing down after rate-limited answers. */
const MAX_HEADROOM = 0.25;

/** Paces sends to stay under a rate. */
export class Pacer {
  readonly #limit: number;
  readonly #windowMs: number;
  #headroom: number;
  #nextSlot = 0;
  // When the answer to the request that opened the server's current window arrived.
  #windowOpenedBefore: number | undefined;
  // Send times, oldest first; only the last `limit` matter.
  readonly #sends: number[] = [];
  // Sends recorded so far: each send's number is the count after it.
  #sent = 0;
  // The send that opened the server's current window (its answer reported `remaining = limit - 1`).
  #windowSend: number | undefined;
  // The last send the server's current window still has room for, from the answers' `RateLimit-Remaining`.
  #lastSendInWindow = Number.POSITIVE_INFINITY;

  constructor(rate: Rate, headroom: number = RATE_HEADROOM) {
    this.#limit = Math.max(1, Math.floor(rate.limit));
    this.#windowMs = rate.windowMs;
    this.#headroom = headroom;
  }

  /** The stretched window: no more than `limit` sends ever fall within it. */
  get windowMs(): number {
    return this.#windowMs * (1 + this.#headroom);
  }

  /** The spacing between two slots. */
  get intervalMs(): number {
    return this.windowMs / this.#limit;
  }

  /** Reserves the next slot and returns its time (at `now` or later). */
  reserve(now: number): number {
    const slot = Math.max(now, this.#nextSlot);
    this.#nextSlot = slot + this.intervalMs;
    return slot;
  }

  /**
   * Milliseconds until a send at `now` would keep every window within the limit; 0 when it may go. Beside the
   * client's own count, the server's: once the sends since an answer use up the `RateLimit-Remaining` it reported,
   * the next waits for the end of the server's window, however late jitter made that window open.
   */
  waitMs(now: number): number {
    let wait = 0;
    if (this.#sends.length >= this.#limit) {
      const oldest = this.#sends[this.#sends.length - this.#limit] ?? 0;
      wait = Math.max(0, oldest + this.windowMs - now);
    }
    if (this.#sent + 1 > this.#lastSendInWindow && this.#windowOpenedBefore !== undefined) {
      const end = this.#windowOpenedBefore + this.#windowMs;
      if (end > now) return Math.max(wait, end - now);
      // That window is over: the next send opens another, whose answers set the budget again.
      this.#lastSendInWindow = Number.POSITIVE_INFINITY;
    }
    return wait;
  }

  /** Records a send at `now` and returns its number, to pass to {@link observe} with its answer. */
  record(now: number): number {
    this.#sends.push(now);
    if (this.#sends.length > this.#limit * 2) this.#sends.splice(0, this.#sends.length - this.#limit);
    this.#sent += 1;
    return this.#sent;
  }

  /**
   * Reads the `RateLimit-Limit`/`RateLimit-Remaining` of an answer received at `now`, and returns a time to hold
   * every send until, when the server's window is already full.
   *
   * A server counting in fixed windows (MongoDB's "100 requests every 1 minute") answers `remaining = limit - 1` to
   * the request that opened a window, so that window ends at most `windowMs` after that answer arrived. When an
   * answer then reports `remaining = 0` (a stalled server let a burst in), holding until that end costs a few
   * milliseconds where the 429 that would follow costs a whole `Retry-After`. Holds longer than a tenth of the window
   * are not taken: the server is then not counting the way the rate says, and its 429s are the better guide.
   */
  observe(
    rateLimit: { readonly limit?: number; readonly remaining?: number } | undefined,
    now: number,
    send?: number,
  ): number | undefined {
    const { limit, remaining } = rateLimit ?? {};
    if (limit === undefined || remaining === undefined) return undefined;
    if (remaining === limit - 1) {
      this.#windowOpenedBefore = now;
      if (send !== undefined) {
        this.#windowSend = send;
        this.#lastSendInWindow = send + remaining;
      }
      return undefined;
    }
    // An answer within the current window: the server had room for `remaining` more after this send.
    if (send !== undefined && this.#windowSend !== undefined && send > this.#windowSend) {
      this.#lastSendInWindow = Math.min(this.#lastSendInWindow, send + remaining);
    }
    if (remaining > 0 || this.#windowOpenedBefore === undefined) return undefined;
    const end = this.#windowOpenedBefore + this.#windowMs;
    return end > now && end - now <= this.#windowMs / 10 ? end : undefined;
  }

  /** Widens the headroom after a rate-limited answer: the server counts tighter than the rate given. */
  slowDown(): void {
    this.#headroom = Math.min(MAX_HEADROOM, this.#headroom + 0.01);
  }
}

/**
 * Waits for `pacer`'s next slot and room in its window, then records the send and returns its number; resolves at
 * once without a pacer.
 */
export async function paced(pacer: Pacer | undefined, signal?: AbortSignal): Promise<number | undefined> {
  if (pacer === undefined) return undefined;
  const slot = pacer.reserve(performance.now());
  for (;;) {
    if (signal?.aborted) return;
    const now = performance.now();
    const wait = Math.max(slot - now, pacer.waitMs(now));
    if (wait <= 0) break;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  return pacer.record(performance.now());
}
