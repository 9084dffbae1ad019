/**
 * `mms-invites delete`: checks everything it was given, then deletes the invitations through the client, many at
 * once, and reports each id's outcome.
 */
import { setMaxListeners } from "node:events";
import { createAtlasClient, createOpsManagerClient } from "../clients.ts";
import { isValidationError, ValidationError } from "../errors.ts";
import { type TargetId, targetForCliName, targets } from "../targets.ts";
import { integerOption, parseOptions, rateOption } from "./args.ts";
import { type BulkResult, type DeleteResult, runBulk } from "./bulk.ts";
import { resolveAuth } from "./credentials.ts";
import { DELETE_HELP } from "./help.ts";
import { checkIds, ID_RULE, idProblem, idsFromFlags, idsFromText, type SourcedId, showValue } from "./ids.ts";
import { type CommandIo, EXIT, readFlagFile } from "./io.ts";
import { startProgress } from "./progress.ts";
import {
  describeScope,
  duplicateLines,
  humanDryRun,
  humanReport,
  invalidIdLines,
  jsonDryRun,
  jsonReport,
  jsonUsageError,
  type RunContext,
} from "./report.ts";

const DELETE_OPTIONS = {
  target: { type: "string" },
  project: { type: "string" },
  org: { type: "string" },
  url: { type: "string" },
  "base-url": { type: "string" },
  invitation: { type: "string", multiple: true },
  "from-file": { type: "string" },
  "public-key": { type: "string" },
  "private-key-file": { type: "string" },
  "client-id": { type: "string" },
  "client-secret-file": { type: "string" },
  concurrency: { type: "string" },
  rate: { type: "string" },
  timeout: { type: "string" },
  "dry-run": { type: "boolean" },
  json: { type: "boolean" },
  envelope: { type: "boolean" },
  "allow-insecure-http": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const TARGET_RULE = Object.values(targets)
  .map((target) => target.cli.name)
  .join(" or ");

/** Runs `mms-invites delete <args>` and resolves to its exit code; throws `ValidationError` for a usage error. */
export async function deleteCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { output } = io;
  const options = parseOptions(args, DELETE_OPTIONS);
  if (options.help) {
    output.out(DELETE_HELP);
    return EXIT.ok;
  }

  const target = targetForCliName(options.target ?? "");
  if (target === undefined) {
    throw new ValidationError(
      { parameter: "--target", rule: TARGET_RULE },
      options.target === undefined ? `--target is required: ${TARGET_RULE}` : `--target must be ${TARGET_RULE}`,
    );
  }
  const { cli } = targets[target];
  const scope = resolveScope(target, options.project, options.org);
  const baseUrl = resolveBaseUrl(target, options.url, options["base-url"], io.env);
  const concurrency = integerOption("--concurrency", options.concurrency, 1, 64) ?? 4;
  const timeoutMs = integerOption("--timeout", options.timeout, 1, 3_600_000) ?? 30_000;
  const rate = rateOption("--rate", options.rate);

  const sourced: SourcedId[] = idsFromFlags(options.invitation);
  const fromFile = options["from-file"];
  if (fromFile !== undefined) sourced.push(...(await readIdFile(fromFile, io)));
  if (sourced.length === 0) {
    throw new ValidationError(
      { parameter: "--invitation", rule: "at least one id" },
      fromFile === undefined
        ? "no invitation ids: pass --invitation <id> (repeatable) or --from-file <file>"
        : `no invitation ids in ${fromFile === "-" ? "stdin" : fromFile}: nothing to delete`,
    );
  }
  const ids = checkIds(sourced);
  if (ids.invalid.length > 0) {
    const lines = invalidIdLines(ids.invalid, ID_RULE);
    output.err(`${lines.join("\n")}\n`);
    if (options.json) output.out(jsonUsageError(lines[0]?.replace(/^error: /, "") ?? "", ids.invalid));
    return EXIT.usage;
  }

  const credentials = await resolveAuth(
    target,
    {
      publicKey: options["public-key"],
      privateKeyFile: options["private-key-file"],
      clientId: options["client-id"],
      clientSecretFile: options["client-secret-file"],
    },
    io.env,
  );
  output.addSecret(credentials.kind === "api_keys" ? credentials.privateKey : credentials.clientSecret);
  for (const warning of credentials.warnings) output.err(`warning: ${warning}\n`);

  const clientOptions = {
    ...(credentials.kind === "api_keys"
      ? { publicKey: credentials.publicKey, privateKey: credentials.privateKey }
      : { clientId: credentials.clientId, clientSecret: credentials.clientSecret }),
    timeoutMs,
    // Rate-limit waits belong to the run, not to one call: a 429 comes back at once and pauses every worker.
    retry: { retries: 2, maxRetryAfterMs: 0 },
    allowInsecureHttp: options["allow-insecure-http"],
  };
  const urlFlag = cli.urlFlag;
  let deleteOne: (id: string) => Promise<DeleteResult>;
  let closeClient: () => Promise<void>;
  let resolvedUrl: string;
  const call = options.envelope ? { envelope: true } : {};
  try {
    const client =
      target === "atlas"
        ? createAtlasClient({ ...clientOptions, ...(baseUrl === undefined ? {} : { baseUrl }) })
        : createOpsManagerClient({ ...clientOptions, baseUrl: baseUrl ?? "" });
    resolvedUrl = client.baseUrl;
    closeClient = client.close;
    // The delete method and its scope parameter come from the target table: both clients name it by MongoDB's
    // v1 operationId, and each takes its own scope id.
    const remove = client[cli.deleteMethod] as unknown as (
      input: Readonly<Record<string, string>>,
      options: { envelope?: boolean },
    ) => Promise<DeleteResult>;
    deleteOne = (invitationId) => remove({ [cli.scope.param]: scope.id, invitationId }, call);
  } catch (error) {
    if (isValidationError(error) && error.parameter === "baseUrl") {
      throw new ValidationError(
        { parameter: urlFlag, rule: error.rule },
        `${urlFlag}: ${error.message.replace(/^baseUrl /, "").replace("set allowInsecureHttp: true", "pass --allow-insecure-http")}`,
      );
    }
    throw error;
  }

  // The client is closed however the command ends (a service account's token is revoked), Ctrl-C included: the
  // first Ctrl-C lets the calls in flight finish and returns here; only a second one quits at once.
  try {
    const context: RunContext = {
      target: cli.name,
      baseUrl: resolvedUrl,
      scope,
      given: ids.given,
      duplicates: ids.duplicates,
    };
    if (!options.json) {
      const notes = duplicateLines(ids.duplicates);
      if (notes.length > 0) output.err(`${notes.join("\n")}\n`);
    }
    if (options["dry-run"]) {
      const identity =
        credentials.kind === "api_keys"
          ? `public key ${credentials.publicKey}`
          : `service account ${credentials.clientId}`;
      output.out(options.json ? jsonDryRun(context, ids.unique) : humanDryRun(context, ids.unique, identity));
      return EXIT.ok;
    }

    const run = await runInterruptibly(ids.unique, concurrency, rate, deleteOne, io, context, options.json, target);
    output.out(options.json ? jsonReport(context, run) : humanReport(context, run));
    if (run.stoppedBecause === "interrupted") return EXIT.interrupted;
    return run.results.every((result) => result.outcome === "deleted") ? EXIT.ok : EXIT.notAllDeleted;
  } finally {
    await closeClient().catch((error: unknown) => {
      const why = error instanceof Error ? error.message : String(error);
      output.err(`warning: could not revoke the access token (${why}); it expires by itself\n`);
    });
  }
}

async function runInterruptibly(
  ids: readonly string[],
  concurrency: number,
  rate: ReturnType<typeof rateOption>,
  deleteOne: (id: string) => Promise<DeleteResult>,
  io: CommandIo,
  context: RunContext,
  json: boolean,
  target: TargetId,
): Promise<BulkResult> {
  const { output } = io;
  const controller = new AbortController();
  // Every waiting worker listens on this signal: up to 64 of them, above Node's default warning threshold of 10.
  setMaxListeners(128, controller.signal);
  const onSignal = () => {
    if (controller.signal.aborted) process.exit(EXIT.interrupted);
    output.err("\ninterrupted: waiting for the calls in flight, then reporting (Ctrl-C again to quit at once)\n");
    controller.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  if (!json) {
    output.err(`Deleting ${ids.length} invitation${ids.length === 1 ? "" : "s"} of ${describeScope(context)}…\n`);
  }
  const progress = startProgress(ids.length, io.stderr);
  const counts = { deleted: 0, notFound: 0, failed: 0 };
  try {
    return await runBulk({
      ids,
      concurrency,
      rate,
      deleteOne,
      goneErrorCodes: targets[target].goneErrorCodes,
      signal: controller.signal,
      onResult: (result) => {
        if (result.outcome === "deleted") counts.deleted += 1;
        else if (result.outcome === "not-found") counts.notFound += 1;
        else counts.failed += 1;
        progress.tick(counts);
      },
      onPause: (ms) => progress.paused(ms),
    });
  } finally {
    progress.stop();
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

function resolveScope(target: TargetId, project: string | undefined, org: string | undefined): RunContext["scope"] {
  const { name, scope } = targets[target].cli;
  const given = { "--project": project, "--org": org } as const;
  const value = given[scope.flag];
  for (const other of Object.values(targets)) {
    const flag = other.cli.scope.flag;
    if (flag === scope.flag || given[flag] === undefined) continue;
    throw new ValidationError(
      { parameter: flag, rule: `not used with --target ${name}` },
      `${flag} does not apply to --target ${name}: its invitations belong to ${scope.owner}`,
    );
  }
  if (value === undefined) {
    throw new ValidationError(
      { parameter: scope.flag, rule: ID_RULE },
      `${scope.flag} is required: its invitations belong to ${scope.owner}`,
    );
  }
  const problem = idProblem(value);
  if (problem !== undefined) {
    throw new ValidationError(
      { parameter: scope.flag, rule: ID_RULE },
      `${scope.flag} ${showValue(value)} ${problem}; it must be ${ID_RULE}`,
    );
  }
  return { kind: scope.kind, id: value };
}

/** The base URL from the target's own flag, or (where the target has no public default) from its variables. */
function resolveBaseUrl(
  target: TargetId,
  url: string | undefined,
  baseUrl: string | undefined,
  env: NodeJS.ProcessEnv,
): string | undefined {
  const { cli, env: variables } = targets[target];
  const flags = { "--url": url, "--base-url": baseUrl } as const;
  for (const other of Object.values(targets)) {
    const flag = other.cli.urlFlag;
    if (flag === cli.urlFlag || flags[flag] === undefined) continue;
    throw new ValidationError(
      { parameter: flag, rule: `used with --target ${other.cli.name}` },
      flag === "--url"
        ? `--url is for --target ${other.cli.name}; to send ${targets[target].title} requests elsewhere, use ${cli.urlFlag} <url>`
        : `--base-url is for --target ${other.cli.name}; ${targets[target].title}'s address is ${cli.urlFlag} <base url>`,
    );
  }
  const given = flags[cli.urlFlag];
  if (given !== undefined || !cli.urlRequired) return given;
  for (const name of variables.baseUrl) {
    const value = env[name];
    if (value !== undefined && value !== "") return value;
  }
  throw new ValidationError(
    { parameter: cli.urlFlag, rule: "an https:// URL" },
    `${cli.urlFlag} is required for --target ${cli.name} (or set ${variables.baseUrl.join(" or ")}), e.g. https://opsmanager.example.com:8443`,
  );
}

async function readIdFile(path: string, io: CommandIo): Promise<SourcedId[]> {
  if (path === "-") {
    if (io.stdin.isTTY) io.output.err("Reading invitation ids from the terminal, one per line; end with Ctrl-D.\n");
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    return idsFromText(Buffer.concat(chunks).toString("utf8"), "stdin");
  }
  return idsFromText(await readFlagFile("--from-file", path), path);
}
