/**
 * Deletes many invitations with a bounded number of calls in flight, paced by an optional rate, and waiting out
 * rate limits together: a 429 (or 503) with `Retry-After` pauses every worker, and the id goes back in the queue.
 */
import { isApiError, isMmsError, type MmsErrorCode } from "../errors.ts";
import type { Rate } from "./args.ts";
import { Pacer } from "./pacer.ts";

/** What happened to one id. */
export type Outcome = "deleted" | "not-found" | "failed";

/** The result for one id. */
export interface IdResult {
  readonly invitationId: string;
  readonly outcome: Outcome;
  /** HTTP status of the last answer; `null` when none arrived (network failure, timeout, not sent). */
  readonly status: number | null;
  /** The `errorCode` of the answer, or one of ours: `NETWORK_ERROR`, `TIMEOUT`, `UNEXPECTED_RESPONSE`, `NOT_SENT`. */
  readonly errorCode?: string;
  /** One line saying what went wrong. */
  readonly message?: string;
  /** Calls made for this id (a call may itself retry a 5xx or a dropped connection). */
  readonly attempts: number;
}

/** What a successful delete may report: the rate-limit budget left, from `RateLimit-*` headers. */
export interface DeleteResult {
  readonly rateLimit?: { readonly limit?: number; readonly remaining?: number };
}

/** How to run a bulk delete. */
export interface BulkOptions {
  readonly ids: readonly string[];
  /** Calls in flight at most. */
  readonly concurrency: number;
  /** Sends at most this many calls per window (see {@link Pacer}). */
  readonly rate?: Rate | undefined;
  /** A pacer the run shares with other calls to the same scope (its list, say); it overrides `rate`. */
  readonly pacer?: Pacer | undefined;
  /**
   * Deletes one id; resolves when deleted (with the rate-limit budget the server reported, if any), rejects with the
   * client's typed error otherwise.
   */
  readonly deleteOne: (id: string) => Promise<DeleteResult | unknown>;
  /**
   * `errorCode`s that mean "not found (already deleted, accepted, or never there)" beside a 404, such as Atlas's
   * `400 INVALID_INVITATION_ID`. Default none.
   */
  readonly goneErrorCodes?: readonly string[];
  /** Rate-limited answers one id may get before it counts as failed. Default 10. */
  readonly maxRateLimitWaits?: number;
  /** Stops sending when aborted; calls in flight finish, the rest are reported as not sent. */
  readonly signal?: AbortSignal;
  /** Called once per id, when its outcome is final. */
  readonly onResult?: (result: IdResult) => void;
  /** Called when a rate-limited answer pauses every worker, with the pause in ms. */
  readonly onPause?: (ms: number) => void;
}

/** The outcome of a bulk delete. */
export interface BulkResult {
  /** One result per id, in the order of `ids`. */
  readonly results: readonly IdResult[];
  /** Answers that were rate limited (429) or unavailable (503) and paused the run. */
  readonly rateLimited: number;
  /** Why the run stopped before sending everything, if it did. */
  readonly stoppedBecause?: string;
}

const DEFAULT_RETRY_AFTER_MS = 1_000;

const OUR_CODES: Partial<Record<MmsErrorCode, string>> = {
  ERR_MMS_VALIDATION: "INVALID",
  ERR_MMS_TIMEOUT: "TIMEOUT",
  ERR_MMS_NETWORK: "NETWORK_ERROR",
  ERR_MMS_UNEXPECTED_RESPONSE: "UNEXPECTED_RESPONSE",
};

/** Runs the deletes; never rejects for a failed delete (that is an `IdResult`). */
export async function runBulk(options: BulkOptions): Promise<BulkResult> {
  const { ids, signal } = options;
  const maxWaits = options.maxRateLimitWaits ?? 10;
  const goneErrorCodes = options.goneErrorCodes ?? [];
  const pacer = options.pacer ?? (options.rate === undefined ? undefined : new Pacer(options.rate));
  const results = new Map<string, IdResult>();
  const attempts = new Map<string, number>();
  const waits = new Map<string, number>();
  const queue = [...ids];
  let pausedUntil = 0;
  let rateLimited = 0;
  let stoppedBecause: string | undefined;

  const settle = (result: IdResult) => {
    results.set(result.invitationId, result);
    options.onResult?.(result);
  };

  // Waits for the end of any pause, then for a pacing slot and room in the window; false when the run was stopped,
  // else the send's number from the pacer (undefined without one).
  const gate = async (): Promise<number | undefined | false> => {
    let reserved = false;
    for (;;) {
      if (stoppedBecause !== undefined || signal?.aborted) return false;
      const now = performance.now();
      if (now < pausedUntil) {
        await sleep(pausedUntil - now, signal);
        continue;
      }
      if (pacer === undefined) return undefined;
      if (!reserved) {
        reserved = true;
        const slot = pacer.reserve(now);
        if (slot > now) {
          await sleep(slot - now, signal);
          continue;
        }
      }
      const wait = pacer.waitMs(now);
      if (wait > 0) {
        await sleep(wait, signal);
        continue;
      }
      return pacer.record(now);
    }
  };

  const worker = async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      const send = await gate();
      if (send === false) {
        queue.unshift(id);
        return;
      }
      const attempt = (attempts.get(id) ?? 0) + 1;
      attempts.set(id, attempt);
      try {
        const result = await options.deleteOne(id);
        const hold = pacer?.observe(rateLimitOf(result), performance.now(), send);
        if (hold !== undefined) pausedUntil = Math.max(pausedUntil, hold);
        settle({ invitationId: id, outcome: "deleted", status: 204, attempts: attempt });
      } catch (error) {
        const verdict = classify(error, goneErrorCodes);
        if (verdict.kind === "rate-limited") {
          rateLimited += 1;
          const waited = (waits.get(id) ?? 0) + 1;
          waits.set(id, waited);
          if (waited <= maxWaits) {
            pausedUntil = Math.max(pausedUntil, performance.now() + verdict.retryAfterMs);
            pacer?.slowDown();
            options.onPause?.(verdict.retryAfterMs);
            queue.unshift(id);
            continue;
          }
          settle({
            invitationId: id,
            outcome: "failed",
            status: verdict.status,
            errorCode: verdict.errorCode,
            message: `still ${verdict.status} ${verdict.errorCode} after ${maxWaits} waits`,
            attempts: attempt,
          });
          continue;
        }
        const { kind, fatal, ...rest } = verdict;
        settle({ invitationId: id, outcome: kind, ...rest, attempts: attempt });
        if (fatal && stoppedBecause === undefined) {
          stoppedBecause = `stopped after ${verdict.status ?? "an error"} ${verdict.errorCode}: every other id would be refused the same way`;
        }
      }
    }
  };

  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency, ids.length)) }, worker));

  if (stoppedBecause === undefined && signal?.aborted) stoppedBecause = "interrupted";
  for (const id of ids) {
    if (results.has(id)) continue;
    settle({
      invitationId: id,
      outcome: "failed",
      status: null,
      errorCode: "NOT_SENT",
      message: `not sent: ${stoppedBecause ?? "the run stopped"}`,
      attempts: attempts.get(id) ?? 0,
    });
  }
  return {
    results: ids.map((id) => results.get(id) as IdResult),
    rateLimited,
    ...(stoppedBecause === undefined ? {} : { stoppedBecause }),
  };
}

function rateLimitOf(result: unknown): DeleteResult["rateLimit"] {
  if (typeof result !== "object" || result === null || !("rateLimit" in result)) return undefined;
  const { rateLimit } = result as DeleteResult;
  return typeof rateLimit === "object" && rateLimit !== null ? rateLimit : undefined;
}

type Verdict =
  | { kind: "rate-limited"; status: number; errorCode: string; retryAfterMs: number }
  | {
      kind: "not-found" | "failed";
      status: number | null;
      errorCode: string;
      message: string;
      fatal: boolean;
    };

/** Sorts a failed call: wait and retry, not found, or failed (and whether every other id would fail the same way). */
function classify(error: unknown, goneErrorCodes: readonly string[]): Verdict {
  if (isApiError(error)) {
    const { status, errorCode, retryAfter } = error;
    // 503 is "come back later" too; without Retry-After the client has not retried it (the run owns the waits).
    if (status === 429 || status === 503) {
      return {
        kind: "rate-limited",
        status,
        errorCode,
        retryAfterMs: (retryAfter ?? 0) * 1000 || DEFAULT_RETRY_AFTER_MS,
      };
    }
    const message = error.detail ?? error.reason ?? "no detail given";
    // 401 and 403 are about the key, not the id: every other id of the run would get the same answer.
    return {
      kind: status === 404 || goneErrorCodes.includes(errorCode) ? "not-found" : "failed",
      status,
      errorCode,
      message,
      fatal: status === 401 || status === 403,
    };
  }
  if (isMmsError(error)) {
    const status = "status" in error && typeof error.status === "number" ? error.status : null;
    const errorCode = OUR_CODES[error.code] ?? "ERROR";
    // Errors about a call carry their reason as a field (the message starts with the method and path template,
    // the same for every id of a run); a validation error's message is its reason.
    const reason = "reason" in error && typeof error.reason === "string" ? error.reason : error.message;
    return { kind: "failed", status, errorCode, message: reason, fatal: false };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: "failed", status: null, errorCode: "ERROR", message, fatal: false };
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) {
      resolve();
      return;
    }
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}

/** What went wrong with one call, for a report: the status, the `errorCode` (or one of ours) and one line. */
export function describeFailure(error: unknown): { status: number | null; errorCode: string; message: string } {
  const verdict = classify(error, []);
  if (verdict.kind === "rate-limited") {
    return { status: verdict.status, errorCode: verdict.errorCode, message: "rate limited" };
  }
  return { status: verdict.status, errorCode: verdict.errorCode, message: verdict.message };
}
