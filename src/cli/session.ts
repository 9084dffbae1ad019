/**
 * What every command that calls an API shares: the options that say which target, where and as whom, and a session
 * that holds the client made from them. Commands call the client's generated methods through the operation table.
 */

import type { Operation } from "../api.ts";
import { createAtlasClient, createOpsManagerClient, type OperationResult } from "../clients.ts";
import { isValidationError, ValidationError } from "../errors.ts";
import type { RetryOptions } from "../retry.ts";
import { type TargetId, targetForCliName, targets } from "../targets.ts";
import { integerOption } from "./args.ts";
import { type ResolvedAuth, resolveAuth } from "./credentials.ts";
import { type CommandIo, readFlagFile } from "./io.ts";
import { resolveScopes, type Scope, scopesFromText } from "./scopes.ts";

/** The options of every API command: target, address, credentials, and how calls are made and shown. */
export const CONNECTION_OPTIONS = {
  target: { type: "string" },
  url: { type: "string" },
  "base-url": { type: "string" },
  "public-key": { type: "string" },
  "private-key-file": { type: "string" },
  "client-id": { type: "string" },
  "client-secret-file": { type: "string" },
  timeout: { type: "string" },
  json: { type: "boolean" },
  envelope: { type: "boolean" },
  "allow-insecure-http": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** The options that name the scopes of a run: projects and organizations, repeatable, or from a file. */
export const SCOPE_OPTIONS = {
  project: { type: "string", multiple: true },
  org: { type: "string", multiple: true },
  "scopes-from-file": { type: "string" },
} as const;

/** The parsed values of {@link CONNECTION_OPTIONS}. */
export interface ConnectionValues {
  readonly target: string | undefined;
  readonly url: string | undefined;
  readonly "base-url": string | undefined;
  readonly "public-key": string | undefined;
  readonly "private-key-file": string | undefined;
  readonly "client-id": string | undefined;
  readonly "client-secret-file": string | undefined;
  readonly timeout: string | undefined;
  readonly envelope: boolean;
  readonly "allow-insecure-http": boolean;
}

const TARGET_RULE = Object.values(targets)
  .map((target) => target.cli.name)
  .join(" or ");

/** The target `--target` names; a `ValidationError` when it is missing or unknown. */
export function resolveTarget(value: string | undefined): TargetId {
  const target = targetForCliName(value ?? "");
  if (target === undefined) {
    throw new ValidationError(
      { parameter: "--target", rule: TARGET_RULE },
      value === undefined ? `--target is required: ${TARGET_RULE}` : `--target must be ${TARGET_RULE}`,
    );
  }
  return target;
}

/** The scopes of `--project`, `--org` and `--scopes-from-file`, checked. */
export async function readScopes(values: {
  readonly project: readonly string[];
  readonly org: readonly string[];
  readonly "scopes-from-file": string | undefined;
}): Promise<Scope[]> {
  const file = values["scopes-from-file"];
  const fromFile = file === undefined ? [] : scopesFromText(await readFlagFile("--scopes-from-file", file), file);
  return resolveScopes(values.project, values.org, fromFile);
}

/** The base URL from the target's own flag, or (where the target has no public default) from its variables. */
export function resolveBaseUrl(
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

/** A client for one run, and what the reports say about it. */
export interface Session {
  readonly target: TargetId;
  /** The normalised base URL requests go to. */
  readonly baseUrl: string;
  /** Who the calls are made as: `public key …` or `service account …` (never a secret). */
  readonly identity: string;
  /** Calls the client's generated method for `operation` (with `envelope=true` when `--envelope` was given). */
  call(operation: Operation, input: Readonly<Record<string, unknown>>, signal?: AbortSignal): Promise<OperationResult>;
  /** Ends the client (a service account's token is revoked); a failure to revoke is a warning, not an error. */
  close(): Promise<void>;
}

/** How a command wants its calls made, beside what the options say. */
export interface SessionSettings {
  /** The client's retries (default: the client's own). */
  readonly retry?: RetryOptions;
}

/**
 * Resolves the credentials (masking the secret in every later output), builds the target's client, and returns a
 * session; a bad base URL is a `ValidationError` naming the target's URL flag.
 */
export async function openSession(
  target: TargetId,
  values: ConnectionValues,
  io: CommandIo,
  settings: SessionSettings = {},
): Promise<Session> {
  const { output } = io;
  const { cli } = targets[target];
  const baseUrl = resolveBaseUrl(target, values.url, values["base-url"], io.env);
  const timeoutMs = integerOption("--timeout", values.timeout, 1, 3_600_000) ?? 30_000;
  const credentials = await resolveSessionAuth(target, values, io);
  const client = createTargetClient(target, cli.urlFlag, {
    ...credentialOptions(credentials),
    timeoutMs,
    ...(settings.retry === undefined ? {} : { retry: settings.retry }),
    allowInsecureHttp: values["allow-insecure-http"],
    ...(baseUrl === undefined ? {} : { baseUrl }),
  });
  const envelope = values.envelope ? { envelope: true } : {};
  const methods = client as unknown as Record<
    string,
    (input: unknown, options: { envelope?: boolean; signal?: AbortSignal }) => Promise<OperationResult>
  >;
  return {
    target,
    baseUrl: client.baseUrl,
    identity:
      credentials.kind === "api_keys"
        ? `public key ${credentials.publicKey}`
        : `service account ${credentials.clientId}`,
    call(operation, input, signal) {
      const method = methods[operation.name];
      if (method === undefined) throw new Error(`the ${target} client has no ${operation.name} method`);
      return method(input, { ...envelope, ...(signal === undefined ? {} : { signal }) });
    },
    close: () =>
      client.close().catch((error: unknown) => {
        const why = error instanceof Error ? error.message : String(error);
        output.err(`warning: could not revoke the access token (${why}); it expires by itself\n`);
      }),
  };
}

/** The credentials the flags and the environment give, with the secret masked in every later output of `io`. */
export async function resolveSessionAuth(
  target: TargetId,
  values: Pick<ConnectionValues, "public-key" | "private-key-file" | "client-id" | "client-secret-file">,
  io: CommandIo,
): Promise<ResolvedAuth> {
  const credentials = await resolveAuth(
    target,
    {
      publicKey: values["public-key"],
      privateKeyFile: values["private-key-file"],
      clientId: values["client-id"],
      clientSecretFile: values["client-secret-file"],
    },
    io.env,
  );
  io.output.addSecret(secretOf(credentials));
  for (const warning of credentials.warnings) io.output.err(`warning: ${warning}\n`);
  return credentials;
}

/** The private key or client secret of `credentials`. */
export function secretOf(credentials: ResolvedAuth): string {
  return credentials.kind === "api_keys" ? credentials.privateKey : credentials.clientSecret;
}

/** The client options for `credentials`, or for the same identity with `wrongSecret` in place of its secret. */
export function credentialOptions(credentials: ResolvedAuth, wrongSecret?: string) {
  return credentials.kind === "api_keys"
    ? { publicKey: credentials.publicKey, privateKey: wrongSecret ?? credentials.privateKey }
    : { clientId: credentials.clientId, clientSecret: wrongSecret ?? credentials.clientSecret };
}

/** A client of either target. */
export type TargetClient = ReturnType<typeof createAtlasClient> | ReturnType<typeof createOpsManagerClient>;

/** Builds `target`'s client; a bad base URL becomes a `ValidationError` naming `urlFlag`, the flag it came from. */
export function createTargetClient(
  target: TargetId,
  urlFlag: string,
  options: Parameters<typeof createAtlasClient>[0],
): TargetClient {
  try {
    return target === "atlas"
      ? createAtlasClient(options)
      : createOpsManagerClient({ ...options, baseUrl: options.baseUrl ?? "" });
  } catch (error) {
    if (isValidationError(error) && error.parameter === "baseUrl") {
      throw new ValidationError(
        { parameter: urlFlag, rule: error.rule },
        `${urlFlag}: ${error.message.replace(/^baseUrl /, "").replace("set allowInsecureHttp: true", "pass --allow-insecure-http")}`,
      );
    }
    throw error;
  }
}
