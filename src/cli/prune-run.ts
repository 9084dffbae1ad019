/**
 * The deletes of a prune: every scope at once, each with its own pacer (its `--rate`, its server's `RateLimit-*`
 * headers, its 429s), so that twenty projects take about as long as one.
 */
import { setMaxListeners } from "node:events";
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

/** A run's Ctrl-C: the first aborts `signal` (calls in flight finish), a second quits at once. */
export interface Interruption {
  readonly signal: AbortSignal;
  /** Stops listening for Ctrl-C. */
  dispose(): void;
}

/** Listens for Ctrl-C (SIGINT) and SIGTERM for the whole of a prune, its lists and its question included. */
export function interruptible(io: CommandIo, scopes: number): Interruption {
  const controller = new AbortController();
  // Every waiting worker of every scope listens on this signal.
  setMaxListeners(64 * Math.max(1, scopes) + 16, controller.signal);
  const onSignal = () => {
    if (controller.signal.aborted) process.exit(130);
    io.output.err("\ninterrupted: waiting for the calls in flight, then reporting (Ctrl-C again to quit at once)\n");
    controller.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    signal: controller.signal,
    dispose() {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    },
  };
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
