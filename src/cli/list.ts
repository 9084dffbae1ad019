/**
 * `mms-invites list`: the pending invitations of one or many projects and organizations, as tables or one JSON
 * document.
 */
import { targets } from "../targets.ts";
import { parseOptions } from "./args.ts";
import { interruptible } from "./interrupt.ts";
import { type CommandIo, EXIT } from "./io.ts";
import { failureLine, listScopes } from "./listing.ts";
import { LIST_HELP } from "./operator-help.ts";
import { checkUsername } from "./roles.ts";
import { scopeTitle } from "./scopes.ts";
import { CONNECTION_OPTIONS, openSession, readScopes, resolveTarget, SCOPE_OPTIONS } from "./session.ts";
import { invitationTable, paintFor } from "./table.ts";

const LIST_OPTIONS = { ...CONNECTION_OPTIONS, ...SCOPE_OPTIONS, username: { type: "string" } } as const;

/** Runs `mms-invites list <args>`: exit 0 when every scope was listed, 1 when one could not be. */
export async function listCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const options = parseOptions(args, LIST_OPTIONS);
  if (options.help) {
    io.output.out(LIST_HELP);
    return EXIT.ok;
  }
  const target = resolveTarget(options.target);
  const scopes = await readScopes(options);
  const username = checkUsername(options.username);
  const session = await openSession(target, options, io);
  const interruption = interruptible(io, scopes.length);
  try {
    // On Ctrl-C the lists in flight finish and are shown; a scope not yet listed is reported as not sent.
    const listings = await listScopes(session, scopes, username, undefined, interruption.signal);
    const failed = listings.some((listing) => listing.error !== undefined);
    if (options.json) {
      const document = {
        target: targets[target].cli.name,
        baseUrl: session.baseUrl,
        scopes: listings.map(({ scope, invitations, error }) => ({
          [scope.kind]: scope.id,
          ...(error === undefined ? { invitations } : { error }),
        })),
      };
      io.output.out(`${JSON.stringify(document, null, 2)}\n`);
    } else {
      const paint = paintFor({ isTTY: io.stdoutIsTTY === true }, io.env);
      const parts = listings.map(({ scope, invitations, error }) => {
        const title = paint.bold(scopeTitle(target, scope));
        if (error !== undefined) return `${title}: ${paint.red(failureLine(error))}\n`;
        const count = `${invitations.length} pending`;
        return invitations.length === 0
          ? `${title}: ${count}\n`
          : `${title}: ${count}\n${invitationTable(invitations)}`;
      });
      io.output.out(parts.join("\n"));
    }
    if (interruption.signal.aborted) return EXIT.interrupted;
    return failed ? EXIT.notAllDeleted : EXIT.ok;
  } finally {
    interruption.dispose();
    await session.close();
  }
}
