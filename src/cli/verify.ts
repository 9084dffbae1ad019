/**
 * `mms-invites verify`: a conformance run against any server that claims to be Atlas or Ops Manager (the sandbox,
 * a staging Ops Manager, a team's own mock), with the real client and real authentication. Each answer is
 * validated against the package's own per-target document; every invitation the run creates is deleted again.
 */
import { randomUUID } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { createAtlasClient, createOpsManagerClient } from "../clients.ts";
import { isValidationError, ValidationError } from "../errors.ts";
import { type TargetId, targetForCliName, targets } from "../targets.ts";
import { SCOPES, type ScopeRef } from "../verify/context.ts";
import { ExchangeRecorder } from "../verify/exchange-recorder.ts";
import { checkLine, jsonDocument, junitXml, table, verdictLine } from "../verify/report.ts";
import { runVerify } from "../verify/run-verify.ts";
import { loadDocument } from "../verify/spec-document.ts";
import { integerOption, parseOptions } from "./args.ts";
import { type ResolvedAuth, resolveAuth } from "./credentials.ts";
import { VERIFY_HELP } from "./help.ts";
import { ID_RULE, idProblem, showValue } from "./ids.ts";
import { type CommandIo, EXIT } from "./io.ts";

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

const TARGET_RULE = Object.values(targets)
  .map((target) => target.cli.name)
  .join(" or ");

/** Runs `mms-invites verify <args>`: 0 conformant, 1 violations found, 2 usage error or unreachable server. */
export async function verifyCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { output } = io;
  const options = parseOptions(args, VERIFY_OPTIONS);
  if (options.help) {
    output.out(VERIFY_HELP);
    return EXIT.ok;
  }
  const target = targetForCliName(options.target ?? "");
  if (target === undefined) {
    throw new ValidationError(
      { parameter: "--target", rule: TARGET_RULE },
      options.target === undefined ? `--target is required: ${TARGET_RULE}` : `--target must be ${TARGET_RULE}`,
    );
  }
  const scopes = readScopes(options.project, options.org);
  const baseUrl = readBaseUrl(target, options["base-url"], io.env);
  const timeoutMs = integerOption("--timeout", options.timeout, 1, 3_600_000) ?? 30_000;
  const format = options.format ?? (io.stdoutIsTTY === true ? "table" : "lines");
  if (format !== "table" && format !== "lines") {
    throw new ValidationError({ parameter: "--format", rule: "table or lines" }, "--format must be table or lines");
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
  const document = await loadDocument(target, options.spec);

  const recorder = new ExchangeRecorder();
  const common = {
    ...(baseUrl === undefined ? {} : { baseUrl }),
    fetch: recorder.fetch,
    timeoutMs,
    allowInsecureHttp: options["allow-insecure-http"],
  };
  let client: ReturnType<typeof createClient>;
  let wrongClient: ReturnType<typeof createClient>;
  try {
    client = createClient(target, { ...common, ...credentialOptions(credentials) });
    wrongClient = createClient(target, { ...common, ...credentialOptions(credentials, randomUUID()) });
  } catch (error) {
    if (isValidationError(error) && error.parameter === "baseUrl") {
      throw new ValidationError(
        { parameter: "--base-url", rule: error.rule },
        `--base-url: ${error.message.replace(/^baseUrl /, "").replace("set allowInsecureHttp: true", "pass --allow-insecure-http")}`,
      );
    }
    throw error;
  }

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
      const secret = credentials.kind === "api_keys" ? credentials.privateKey : credentials.clientSecret;
      await writeFile(options.junit, junitXml(report).split(secret).join("[redacted]"));
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

type CreatedClient = ReturnType<typeof createAtlasClient> | ReturnType<typeof createOpsManagerClient>;

function createClient(target: TargetId, options: Parameters<typeof createAtlasClient>[0]): CreatedClient {
  return target === "atlas"
    ? createAtlasClient(options)
    : createOpsManagerClient({ ...options, baseUrl: options.baseUrl ?? "" });
}

/** The client options for `credentials`, or for the same identity with `wrongSecret` in place of its secret. */
function credentialOptions(credentials: ResolvedAuth, wrongSecret?: string) {
  return credentials.kind === "api_keys"
    ? { publicKey: credentials.publicKey, privateKey: wrongSecret ?? credentials.privateKey }
    : { clientId: credentials.clientId, clientSecret: wrongSecret ?? credentials.clientSecret };
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
