/**
 * `mms-invites verify`: a conformance run against any server that claims to be Atlas or Ops Manager (the sandbox,
 * a staging Ops Manager, a team's own mock), with the real client and real authentication. Each answer is
 * validated against the package's own per-target document; every invitation the run creates is deleted again.
 */
import { randomUUID } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { ValidationError } from "../errors.ts";
import { type TargetId, targets } from "../targets.ts";
import { SCOPES, type ScopeRef } from "../verify/context.ts";
import { ExchangeRecorder } from "../verify/exchange-recorder.ts";
import { checkLine, jsonDocument, junitXml, table, verdictLine } from "../verify/report.ts";
import { runVerify } from "../verify/run-verify.ts";
import { loadDocument } from "../verify/spec-document.ts";
import { integerOption, parseOptions } from "./args.ts";
import { VERIFY_HELP } from "./help.ts";
import { ID_RULE, idProblem, showValue } from "./ids.ts";
import { type CommandIo, EXIT } from "./io.ts";
import { createTargetClient, credentialOptions, resolveSessionAuth, resolveTarget, secretOf } from "./session.ts";

const VERIFY_OPTIONS = {
  target: { type: "string" },
  "base-url": { type: "string" },
  project: { type: "string" },
  org: { type: "string" },
  "public-key": { type: "string" },
  "private-key-file": { type: "string" },
  "client-id": { type: "string" },
  "client-secret-file": { type: "string" },
  spec: { type: "string" },
  json: { type: "boolean" },
  junit: { type: "string" },
  format: { type: "string" },
  timeout: { type: "string" },
  "allow-insecure-http": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** Runs `mms-invites verify <args>`: 0 conformant, 1 violations found, 2 usage error or unreachable server. */
export async function verifyCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { output } = io;
  const options = parseOptions(args, VERIFY_OPTIONS);
  if (options.help) {
    output.out(VERIFY_HELP);
    return EXIT.ok;
  }
  const target = resolveTarget(options.target);
  const scopes = readScopes(options.project, options.org);
  const baseUrl = readBaseUrl(target, options["base-url"], io.env);
  const timeoutMs = integerOption("--timeout", options.timeout, 1, 3_600_000) ?? 30_000;
  const format = options.format ?? (io.stdoutIsTTY === true ? "table" : "lines");
  if (format !== "table" && format !== "lines") {
    throw new ValidationError({ parameter: "--format", rule: "table or lines" }, "--format must be table or lines");
  }
  const credentials = await resolveSessionAuth(target, options, io);
  const document = await loadDocument(target, options.spec);

  const recorder = new ExchangeRecorder();
  const common = {
    ...(baseUrl === undefined ? {} : { baseUrl }),
    fetch: recorder.fetch,
    timeoutMs,
    allowInsecureHttp: options["allow-insecure-http"],
  };
  const client = createTargetClient(target, "--base-url", { ...common, ...credentialOptions(credentials) });
  const wrongClient = createTargetClient(target, "--base-url", {
    ...common,
    ...credentialOptions(credentials, randomUUID()),
  });

  try {
    // One plain request first: a server that is not there is a usage problem (exit 2), not a violation.
    const probe = `${client.baseUrl}${targets[target].pathPrefix}/${scopes[0]?.kind === "org" ? "orgs" : "groups"}/${scopes[0]?.id}/invites`;
    try {
      await fetch(probe, { redirect: "manual", signal: AbortSignal.timeout(timeoutMs) }).then((r) => r.body?.cancel());
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const message = `cannot reach ${client.baseUrl}: ${cause?.code ?? cause?.message ?? String(error)}`;
      output.err(`error: ${message}\n`);
      if (options.json) output.out(`${JSON.stringify({ error: { code: "UNREACHABLE", message } }, null, 2)}\n`);
      return EXIT.usage;
    }

    const controller = new AbortController();
    const onSignal = () => {
      if (controller.signal.aborted) process.exit(EXIT.interrupted);
      output.err(
        "\ninterrupted: finishing the check in flight, then deleting what the run created (Ctrl-C again to quit at once)\n",
      );
      controller.abort();
    };
    process.on("SIGINT", onSignal);
    process.on("SIGTERM", onSignal);
    let report: Awaited<ReturnType<typeof runVerify>>;
    try {
      report = await runVerify({
        target,
        baseUrl: client.baseUrl,
        scopes,
        document,
        client: client as unknown as Readonly<Record<string, unknown>>,
        wrongClient: wrongClient as unknown as Readonly<Record<string, unknown>>,
        recorder,
        timeoutMs,
        signal: controller.signal,
        onResult: (result) => {
          if (!options.json && format === "lines") output.out(`${checkLine(result)}\n`);
        },
      });
    } finally {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
    if (options.json) output.out(jsonDocument(report));
    else if (format === "table") output.out(table(report));
    else output.out(`${verdictLine(report)}\n`);
    if (options.junit !== undefined) {
      // The file bypasses the masked output: a server that echoes the secret into a body must not put it there.
      await writeFile(options.junit, junitXml(report).split(secretOf(credentials)).join("[redacted]"));
    }
    if (report.interrupted) return EXIT.interrupted;
    return report.conformant ? EXIT.ok : EXIT.notAllDeleted;
  } finally {
    await Promise.all([client.close(), wrongClient.close()]).catch((error: unknown) => {
      const why = error instanceof Error ? error.message : String(error);
      output.err(`warning: could not revoke the access token (${why}); it expires by itself\n`);
    });
  }
}

function readScopes(project: string | undefined, org: string | undefined): ScopeRef[] {
  const scopes: ScopeRef[] = [];
  for (const [kind, value] of [
    ["project", project],
    ["org", org],
  ] as const) {
    if (value === undefined) continue;
    const problem = idProblem(value);
    if (problem !== undefined) {
      const flag = SCOPES[kind].flag;
      throw new ValidationError(
        { parameter: flag, rule: ID_RULE },
        `${flag} ${showValue(value)} ${problem}; it must be ${ID_RULE}`,
      );
    }
    scopes.push({ kind, id: value });
  }
  if (scopes.length === 0) {
    throw new ValidationError(
      { parameter: "--project", rule: "--project or --org" },
      "--project <groupId> or --org <orgId> is required (or both): the scope whose invitations verify creates and deletes",
    );
  }
  return scopes;
}

function readBaseUrl(target: TargetId, given: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (given !== undefined) return given;
  const { cli, env: variables } = targets[target];
  for (const name of variables.baseUrl) {
    const value = env[name];
    if (value !== undefined && value !== "") return value;
  }
  if (!cli.urlRequired) return undefined;
  throw new ValidationError(
    { parameter: "--base-url", rule: "a URL" },
    `--base-url is required for --target ${cli.name} (or set ${variables.baseUrl.join(" or ")}), e.g. https://opsmanager.example.com:8443`,
  );
}
