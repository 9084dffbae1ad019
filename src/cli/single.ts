/**
 * The single-scope commands' shared ending: one invitation shown as a table (or as JSON), or the server's refusal
 * as one line (exit 1).
 */
import { describeFailure } from "./bulk.ts";
import { interruptible } from "./interrupt.ts";
import { type CommandIo, EXIT } from "./io.ts";
import { failureLine } from "./listing.ts";
import type { ListedInvitation } from "./selection.ts";
import { invitationTable } from "./table.ts";

/**
 * Runs `call`, then prints `headline` and the invitation it answered; a refusal prints its reason and exits 1. On
 * Ctrl-C the call in flight finishes and is reported, and the exit code is 130.
 */
export async function showOne(
  io: CommandIo,
  json: boolean,
  call: () => Promise<{ data: unknown }>,
  headline: (invitation: ListedInvitation | undefined) => string,
): Promise<number> {
  const interruption = interruptible(io, 1);
  let data: unknown;
  try {
    ({ data } = await call());
  } catch (error) {
    const failure = describeFailure(error);
    if (json) io.output.out(`${JSON.stringify({ error: failure }, null, 2)}\n`);
    io.output.err(`error: ${failureLine(failure)}\n`);
    return interruption.signal.aborted ? EXIT.interrupted : EXIT.notAllDeleted;
  } finally {
    interruption.dispose();
  }
  const exit = interruption.signal.aborted ? EXIT.interrupted : EXIT.ok;
  const invitation = typeof data === "object" && data !== null ? (data as ListedInvitation) : undefined;
  if (json) {
    io.output.out(`${JSON.stringify(invitation ?? null, null, 2)}\n`);
    return exit;
  }
  io.output.out(`${headline(invitation)}${invitation === undefined ? "" : invitationTable([invitation])}`);
  return exit;
}
