/** `mms-invites describe <invitationId>`: one pending invitation of one project or organization. */
import { parseCommandLine } from "./args.ts";
import { type CommandIo, EXIT } from "./io.ts";
import { DESCRIBE_HELP } from "./operator-help.ts";
import { requireOne } from "./positionals.ts";
import { checkId } from "./roles.ts";
import { operationFor, scopeParam, singleScope } from "./scopes.ts";
import { CONNECTION_OPTIONS, openSession, readScopes, resolveTarget, SCOPE_OPTIONS } from "./session.ts";
import { showOne } from "./single.ts";

const DESCRIBE_OPTIONS = { ...CONNECTION_OPTIONS, ...SCOPE_OPTIONS } as const;

/** Runs `mms-invites describe <args>`: exit 0 with the invitation, 1 when the server refused. */
export async function describeCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { options, positionals } = parseCommandLine(args, DESCRIBE_OPTIONS, { max: 1, names: "<invitationId>" });
  if (options.help) {
    io.output.out(DESCRIBE_HELP);
    return EXIT.ok;
  }
  const target = resolveTarget(options.target);
  const scope = singleScope(await readScopes(options), "describe");
  const invitationId = checkId(requireOne(positionals, "<invitationId>", "describe <invitationId>"), "<invitationId>");
  const session = await openSession(target, options, io);
  try {
    const get = operationFor(target, scope.kind, "get");
    return await showOne(
      io,
      options.json,
      () => session.call(get, { [scopeParam(scope.kind)]: scope.id, invitationId }),
      () => "",
    );
  } finally {
    await session.close();
  }
}
