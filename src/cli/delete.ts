/**
 * `mms-invites delete`: checks everything it was given, then deletes the invitations through the client, many at
 * once, and reports each id's outcome.
 */
import { setMaxListeners } from "node:events";
import { ValidationError } from "../errors.ts";
import { type TargetId, targets } from "../targets.ts";
import { integerOption, parseOptions, rateOption } from "./args.ts";
import { type BulkResult, type DeleteResult, runBulk } from "./bulk.ts";
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
import { operationFor } from "./scopes.ts";
import { CONNECTION_OPTIONS, openSession, resolveBaseUrl, resolveTarget } from "./session.ts";

const DELETE_OPTIONS = {
  ...CONNECTION_OPTIONS,
  project: { type: "string" },
  org: { type: "string" },
  invitation: { type: "string", multiple: true },
  "from-file": { type: "string" },
  concurrency: { type: "string" },
  rate: { type: "string" },
  "dry-run": { type: "boolean" },
} as const;

/** Runs `mms-invites delete <args>` and resolves to its exit code; throws `ValidationError` for a usage error. */
export async function deleteCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { output } = io;
  const options = parseOptions(args, DELETE_OPTIONS);
  if (options.help) {
    output.out(DELETE_HELP);
    return EXIT.ok;
  }

  const target = resolveTarget(options.target);
  const { cli } = targets[target];
  const scope = resolveScope(target, options.project, options.org);
  // Checked before the credentials, as before: a bad address is a usage error whatever the keys.
  resolveBaseUrl(target, options.url, options["base-url"], io.env);
  const concurrency = integerOption("--concurrency", options.concurrency, 1, 64) ?? 4;
  integerOption("--timeout", options.timeout, 1, 3_600_000);
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

  // Rate-limit waits belong to the run, not to one call: a 429 comes back at once and pauses every worker.
  const session = await openSession(target, options, io, { retry: { retries: 2, maxRetryAfterMs: 0 } });
  const remove = operationFor(target, scope.kind, "delete");
  const deleteOne = (invitationId: string) =>
    session.call(remove, { [cli.scope.param]: scope.id, invitationId }) as Promise<DeleteResult>;

  // The client is closed however the command ends (a service account's token is revoked), Ctrl-C included: the
  // first Ctrl-C lets the calls in flight finish and returns here; only a second one quits at once.
  try {
    const context: RunContext = {
      target: cli.name,
      baseUrl: session.baseUrl,
      scope,
      given: ids.given,
      duplicates: ids.duplicates,
    };
    if (!options.json) {
      const notes = duplicateLines(ids.duplicates);
      if (notes.length > 0) output.err(`${notes.join("\n")}\n`);
    }
    if (options["dry-run"]) {
      output.out(options.json ? jsonDryRun(context, ids.unique) : humanDryRun(context, ids.unique, session.identity));
      return EXIT.ok;
    }

    const run = await runInterruptibly(ids.unique, concurrency, rate, deleteOne, io, context, options.json, target);
    output.out(options.json ? jsonReport(context, run) : humanReport(context, run));
    if (run.stoppedBecause === "interrupted") return EXIT.interrupted;
    return run.results.every((result) => result.outcome === "deleted") ? EXIT.ok : EXIT.notAllDeleted;
  } finally {
    await session.close();
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

async function readIdFile(path: string, io: CommandIo): Promise<SourcedId[]> {
  if (path === "-") {
    if (io.stdin.isTTY) io.output.err("Reading invitation ids from the terminal, one per line; end with Ctrl-D.\n");
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    return idsFromText(Buffer.concat(chunks).toString("utf8"), "stdin");
  }
  return idsFromText(await readFlagFile("--from-file", path), path);
}
