/**
 * `mms-invites sandbox`: starts the local reference server, prints how to use it, and serves until interrupted.
 */
import { ValidationError } from "../errors.ts";
import { defaultSeed, loadSeed, type Sandbox, type SandboxSeed, startSandbox } from "../sandbox/index.ts";
import { integerOption, parseOptions, rateOption } from "./args.ts";
import { SANDBOX_HELP } from "./help.ts";
import type { CommandIo } from "./io.ts";
import { sandboxGuide } from "./sandbox-guide.ts";

const SANDBOX_OPTIONS = {
  port: { type: "string" },
  seed: { type: "string" },
  "rate-limit": { type: "string" },
  "invitation-rate-limit": { type: "string" },
  "token-ttl": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** Runs `mms-invites sandbox <args>`; resolves to the exit code once the server has shut down. */
export async function sandboxCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const options = parseOptions(args, SANDBOX_OPTIONS);
  if (options.help) {
    io.output.out(SANDBOX_HELP);
    return 0;
  }
  const port = integerOption("--port", options.port, 0, 65_535) ?? 0;
  const rateLimit = wholeRateOption("--rate-limit", options["rate-limit"], "requests");
  const invitationRateLimit = wholeRateOption(
    "--invitation-rate-limit",
    options["invitation-rate-limit"],
    "invitations",
  );
  const tokenTtlMs = tokenTtlOption(options["token-ttl"]);
  const seed: SandboxSeed = options.seed === undefined ? defaultSeed : await loadSeed(options.seed);
  const sandbox = await listen(
    {
      port,
      seed,
      ...(rateLimit === undefined ? {} : { rateLimit }),
      ...(invitationRateLimit === undefined ? {} : { invitationRateLimit }),
      ...(tokenTtlMs === undefined ? {} : { tokenTtlMs }),
    },
    port,
  );
  io.output.out(sandboxGuide({ url: sandbox.url, seed, stateOf: (id) => sandbox.invitationState(id) }));
  io.output.out("\nServing until Ctrl-C.\n");
  await untilInterrupted();
  await sandbox.close();
  io.output.err("Sandbox stopped.\n");
  return 0;
}

/** Reads `--token-ttl <n>s|<n>m`: a service account's access token lifetime, from 1 s to 24 h. */
export function tokenTtlOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const rule = "<n>s or <n>m, from 1s to 1440m, e.g. 5s for tests (Atlas: 60m)";
  const match = /^\s*(\d+)\s*(s|m)\s*$/i.exec(value);
  const ms = match === null ? Number.NaN : Number(match[1]) * (match[2]?.toLowerCase() === "m" ? 60_000 : 1_000);
  if (!(ms >= 1_000 && ms <= 86_400_000)) {
    throw new ValidationError({ parameter: "--token-ttl", rule }, `--token-ttl must be ${rule}`);
  }
  return ms;
}

/** Reads a `<n>/s|m|h` flag whose `n` counts whole things (requests, invitations). */
function wholeRateOption(flag: string, value: string | undefined, things: string) {
  const rate = rateOption(flag, value);
  if (rate !== undefined && !Number.isInteger(rate.limit)) {
    throw new ValidationError(
      { parameter: flag, rule: `a whole number of ${things}` },
      `${flag} must count whole ${things}, e.g. 100/m`,
    );
  }
  return rate;
}

/** Starts a sandbox, turning a taken port into a message that says what to do. */
export async function listen(options: Parameters<typeof startSandbox>[0], port: number): Promise<Sandbox> {
  try {
    return await startSandbox(options);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
      throw new ValidationError(
        { parameter: "--port", rule: "a free port" },
        `port ${port} on 127.0.0.1 is in use: pick another with --port <n>, or --port 0 for any free port`,
      );
    }
    throw error;
  }
}

/** Resolves on the first SIGINT or SIGTERM. */
export function untilInterrupted(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolve();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
