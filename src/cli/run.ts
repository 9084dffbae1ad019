/**
 * Dispatches `mms-invites <command> …` and turns errors into messages and exit codes.
 */
import { isValidationError } from "../errors.ts";
import { targets } from "../targets.ts";
import { VERSION } from "../version.ts";
import { SERVICE_ACCOUNT_ENV } from "./credentials.ts";
import { DELETE_HELP, MAIN_HELP, SANDBOX_HELP, VERIFY_HELP } from "./help.ts";
import { type CommandIo, EXIT } from "./io.ts";
import { DESCRIBE_HELP, INVITE_HELP, LIST_HELP, PRUNE_HELP, UPDATE_HELP } from "./operator-help.ts";
import { jsonUsageError } from "./report.ts";

// Each command's module is imported when it runs: a delete never loads the sandbox's server, which keeps the
// process start to the first request short.
const COMMANDS: Record<string, { run: (args: readonly string[], io: CommandIo) => Promise<number>; help: string }> = {
  list: { run: async (args, io) => (await import("./list.ts")).listCommand(args, io), help: LIST_HELP },
  describe: { run: async (args, io) => (await import("./describe.ts")).describeCommand(args, io), help: DESCRIBE_HELP },
  invite: { run: async (args, io) => (await import("./invite.ts")).inviteCommand(args, io), help: INVITE_HELP },
  update: { run: async (args, io) => (await import("./update.ts")).updateCommand(args, io), help: UPDATE_HELP },
  delete: { run: async (args, io) => (await import("./delete.ts")).deleteCommand(args, io), help: DELETE_HELP },
  prune: { run: async (args, io) => (await import("./prune.ts")).pruneCommand(args, io), help: PRUNE_HELP },
  sandbox: { run: async (args, io) => (await import("./sandbox.ts")).sandboxCommand(args, io), help: SANDBOX_HELP },
  verify: { run: async (args, io) => (await import("./verify.ts")).verifyCommand(args, io), help: VERIFY_HELP },
};

/** Runs the command line `argv` (without `node` and the script) and resolves to the exit code. */
export async function run(argv: readonly string[], io: CommandIo): Promise<number> {
  const { output } = io;
  const [first, ...rest] = argv;
  if (first === undefined) {
    output.err(MAIN_HELP);
    return EXIT.usage;
  }
  if (first === "--help" || first === "-h") {
    output.out(MAIN_HELP);
    return EXIT.ok;
  }
  if (first === "--version" || first === "-v") {
    output.out(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (first === "help") {
    output.out(COMMANDS[rest[0] ?? ""]?.help ?? MAIN_HELP);
    return EXIT.ok;
  }
  const command = COMMANDS[first];
  if (command === undefined) {
    // A word is shown back; anything else might be a key pasted in the wrong place.
    const shown = /^[a-z][a-z-]{0,30}$/i.test(first) ? ` "${first}"` : "";
    output.err(
      `error: unknown command${shown}: use ${Object.keys(COMMANDS).join(", ")}\nRun \`mms-invites --help\` for usage.\n`,
    );
    return EXIT.usage;
  }
  if (first !== "sandbox") {
    // Whatever happens below, the private keys and the client secret in the environment never reach the screen.
    const secrets = [
      ...targets.atlas.env.privateKey,
      ...targets.opsManager.env.privateKey,
      SERVICE_ACCOUNT_ENV.clientSecret,
    ];
    for (const name of new Set(secrets)) {
      const value = io.env[name];
      if (value !== undefined && value.trim() !== "") output.addSecret(value.trim());
    }
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (isValidationError(error)) {
      output.err(`error: ${error.message}\nRun \`mms-invites ${first} --help\` for usage.\n`);
      if (rest.includes("--json")) output.out(jsonUsageError(error.message));
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    output.err(`error: ${message}\n`);
    return EXIT.notAllDeleted;
  }
}
