/**
 * Ctrl-C for the API commands: the first lets the calls in flight finish and the command report (exit 130), a
 * second quits at once. A command that ends normally still closes its session, so a service account's token is
 * revoked either way.
 */
import { setMaxListeners } from "node:events";
import type { CommandIo } from "./io.ts";

/** A run's Ctrl-C: the first aborts `signal` (calls in flight finish), a second quits at once. */
export interface Interruption {
  readonly signal: AbortSignal;
  /** Stops listening for Ctrl-C. */
  dispose(): void;
}

/**
 * Listens for Ctrl-C (SIGINT) and SIGTERM for the whole of a command (a prune: its lists and its question
 * included); `scopes` sizes the signal's listener limit, one waiting worker per scope and call.
 */
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
