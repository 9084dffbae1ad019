/**
 * The deletes of a prune: every scope at once, each with its own pacer (its `--rate`, its server's `RateLimit-*`
 * headers, its 429s), so that twenty projects take about as long as one.
 */
import { targets } from "../targets.ts";
import { type BulkResult, type DeleteResult, runBulk } from "./bulk.ts";
import type { CommandIo } from "./io.ts";
import type { Pacer } from "./pacer.ts";
import { startScopesProgress } from "./progress.ts";
import { operationFor, type Scope, scopeParam } from "./scopes.ts";
import type { ListedInvitation } from "./selection.ts";
import type { Session } from "./session.ts";

/** One scope's share of a prune: what was selected, and how its calls are paced. */
export interface ScopeWork {
  readonly scope: Scope;
  readonly selected: readonly ListedInvitation[];
  readonly pacer: Pacer | undefined;
}

/** Runs every scope's deletes concurrently; once `signal` is aborted calls in flight finish, the rest is not sent. */
export async function runPrune(
  session: Session,
  work: readonly ScopeWork[],
  concurrency: number,
  io: CommandIo,
  signal: AbortSignal,
): Promise<{ results: BulkResult[]; interrupted: boolean }> {
  const progress = startScopesProgress(
    work.map(({ scope, selected }) => ({ label: `…${scope.id.slice(-6)}`, total: selected.length, done: 0 })),
    io.stderr,
  );
  const goneErrorCodes = targets[session.target].goneErrorCodes;
  try {
    const results = await Promise.all(
      work.map(({ scope, selected, pacer }, index) => {
        const remove = operationFor(session.target, scope.kind, "delete");
        const param = scopeParam(scope.kind);
        return runBulk({
          ids: selected.map((invitation) => invitation.id),
          concurrency,
          pacer,
          deleteOne: (invitationId) =>
            session.call(remove, { [param]: scope.id, invitationId }) as Promise<DeleteResult>,
          goneErrorCodes,
          signal,
          onResult: (result) =>
            progress.tick(
              index,
              result.outcome === "deleted" ? "deleted" : result.outcome === "not-found" ? "gone" : "failed",
            ),
        });
      }),
    );
    return { results, interrupted: signal.aborted };
  } finally {
    progress.stop();
  }
}
