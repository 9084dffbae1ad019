/** `mms-invites invite <email> --role <ROLE> …`: sends one invitation to one project or organization. */
import { ValidationError } from "../errors.ts";
import { parseCommandLine } from "./args.ts";
import { type CommandIo, EXIT } from "./io.ts";
import { INVITE_HELP } from "./operator-help.ts";
import { requireOne } from "./positionals.ts";
import { checkId, checkRoles, checkUsername } from "./roles.ts";
import { operationFor, scopeParam, singleScope } from "./scopes.ts";
import { CONNECTION_OPTIONS, openSession, readScopes, resolveTarget, SCOPE_OPTIONS } from "./session.ts";
import { showOne } from "./single.ts";

const INVITE_OPTIONS = {
  ...CONNECTION_OPTIONS,
  ...SCOPE_OPTIONS,
  role: { type: "string", multiple: true },
  team: { type: "string", multiple: true },
} as const;

/** Runs `mms-invites invite <args>`: exit 0 with the invitation sent, 1 when the server refused. */
export async function inviteCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { options, positionals } = parseCommandLine(args, INVITE_OPTIONS, { max: 1, names: "<email>" });
  if (options.help) {
    io.output.out(INVITE_HELP);
    return EXIT.ok;
  }
  const target = resolveTarget(options.target);
  const scope = singleScope(await readScopes(options), "invite");
  const username = checkUsername(requireOne(positionals, "<email>", "invite <email> --role <ROLE>"), "<email>") ?? "";
  const roles = requireRoles(checkRoles(target, [scope.kind], options.role));
  if (options.team.length > 0 && scope.kind !== "orgId") {
    throw new ValidationError(
      { parameter: "--team", rule: "with --org" },
      "--team is for organization invitations (--org <id>): a project invitation joins no team",
    );
  }
  const teamIds = options.team.map((team, index) => checkId(team, `--team #${index + 1}`));
  const session = await openSession(target, options, io);
  try {
    const create = operationFor(target, scope.kind, "create");
    const input = {
      [scopeParam(scope.kind)]: scope.id,
      username,
      roles,
      ...(teamIds.length === 0 ? {} : { teamIds }),
    };
    return await showOne(
      io,
      options.json,
      () => session.call(create, input),
      (invitation) =>
        invitation === undefined
          ? `User '${username}' added at once (the server invites no one in Bypass Invitation Mode).\n`
          : `User '${username}' invited.\n`,
    );
  } finally {
    await session.close();
  }
}

/** The roles of an invite or an update: at least one, as the API requires. */
export function requireRoles(roles: readonly string[]): readonly string[] {
  if (roles.length === 0) {
    throw new ValidationError(
      { parameter: "--role", rule: "at least one role" },
      "--role is required (repeat it for more roles), e.g. --role GROUP_READ_ONLY",
    );
  }
  return roles;
}
