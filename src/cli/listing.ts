/**
 * Listing the pending invitations of many scopes at once, each scope on its own (one failing scope does not stop
 * the others), paced per scope when a pacer is given.
 */
import { isApiError } from "../errors.ts";
import { describeFailure } from "./bulk.ts";
import { type Pacer, paced } from "./pacer.ts";
import { operationFor, type Scope, scopeParam } from "./scopes.ts";
import type { ListedInvitation } from "./selection.ts";
import type { Session } from "./session.ts";

/** Rate-limited answers one scope's list may get before the scope counts as not listed. */
const MAX_WAITS = 10;

/** A call that went wrong: its status, `errorCode` and one line. */
export interface Failure {
  readonly status: number | null;
  readonly errorCode: string;
  readonly message: string;
}

/** What one scope's list gave. */
export type ScopeListing =
  | { readonly scope: Scope; readonly invitations: readonly ListedInvitation[]; readonly error?: undefined }
  | { readonly scope: Scope; readonly invitations?: undefined; readonly error: Failure };

/** Lists every scope concurrently; `username` is passed to the server's own filter; `signal` stops sending. */
export function listScopes(
  session: Session,
  scopes: readonly Scope[],
  username: string | undefined,
  pacers?: ReadonlyMap<Scope, Pacer | undefined>,
  signal?: AbortSignal,
): Promise<ScopeListing[]> {
  return Promise.all(
    scopes.map(async (scope): Promise<ScopeListing> => {
      const pacer = pacers?.get(scope);
      const input = { [scopeParam(scope.kind)]: scope.id, ...(username === undefined ? {} : { username }) };
      for (let waits = 0; ; waits++) {
        try {
          const send = await paced(pacer, signal);
          if (signal?.aborted)
            return { scope, error: { status: null, errorCode: "NOT_SENT", message: "not sent: interrupted" } };
          // A list in flight when Ctrl-C comes finishes, like a delete.
          const answer = await session.call(operationFor(session.target, scope.kind, "list"), input);
          pacer?.observe(answer.rateLimit, performance.now(), send);
          return { scope, invitations: Array.isArray(answer.data) ? (answer.data as ListedInvitation[]) : [] };
        } catch (error) {
          // A rate-limited list waits out its Retry-After like a delete does, in its own scope only.
          if (isApiError(error) && (error.status === 429 || error.status === 503) && waits < MAX_WAITS) {
            pacer?.slowDown();
            await new Promise((resolve) => setTimeout(resolve, (error.retryAfter ?? 0) * 1000 || 1_000));
            if (signal?.aborted) return { scope, error: describeFailure(error) };
            continue;
          }
          return { scope, error: describeFailure(error) };
        }
      }
    }),
  );
}

/** A failure as one line: `403 USER_UNAUTHORIZED: <detail>`. */
export function failureLine(failure: Failure): string {
  return `${failure.status === null ? "" : `${failure.status} `}${failure.errorCode}: ${failure.message}`;
}
