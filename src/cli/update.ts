/**
 * `mms-invites update <invitationId> | --username <email> --role <ROLE> …`: replaces the roles of one pending
 * invitation, as the API does.
 */
import { ValidationError } from "../errors.ts";
import { parseCommandLine } from "./args.ts";
import { requireRoles } from "./invite.ts";
import { type CommandIo, EXIT } from "./io.ts";
import { UPDATE_HELP } from "./operator-help.ts";
import { checkId, checkRoles, checkUsername } from "./roles.ts";
import { operationFor, scopeParam, singleScope } from "./scopes.ts";
import { CONNECTION_OPTIONS, openSession, readScopes, resolveTarget, SCOPE_OPTIONS } from "./session.ts";
import { showOne } from "./single.ts";

const UPDATE_OPTIONS = {
  ...CONNECTION_OPTIONS,
  ...SCOPE_OPTIONS,
  username: { type: "string" },
  role: { type: "string", multiple: true },
} as const;

/** Runs `mms-invites update <args>`: exit 0 with the invitation as updated, 1 when the server refused. */
export async function updateCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { options, positionals } = parseCommandLine(args, UPDATE_OPTIONS, { max: 1, names: "<invitationId>" });
  if (options.help) {
    io.output.out(UPDATE_HELP);
    return EXIT.ok;
  }
  const target = resolveTarget(options.target);
  const scope = singleScope(await readScopes(options), "update");
  const [given] = positionals;
  const username = checkUsername(options.username);
  if ((given === undefined) === (username === undefined)) {
    throw new ValidationError(
      { parameter: "<invitationId>", rule: "an id or --username, not both" },
      "update takes one invitation: its id (update <invitationId>) or its address (--username <email>), not both",
    );
  }
  const invitationId = given === undefined ? undefined : checkId(given, "<invitationId>");
  const roles = requireRoles(checkRoles(target, [scope.kind], options.role));
  const session = await openSession(target, options, io);
  try {
    const scopeInput = { [scopeParam(scope.kind)]: scope.id, roles };
    const [operation, input] =
      invitationId === undefined
        ? [operationFor(target, scope.kind, "update"), { ...scopeInput, username }]
        : [operationFor(target, scope.kind, "updateById"), { ...scopeInput, invitationId }];
    return await showOne(
      io,
      options.json,
      () => session.call(operation, input),
      (invitation) => `Invitation ${invitation?.id ?? invitationId ?? ""} updated.\n`,
    );
  } finally {
    await session.close();
  }
}
