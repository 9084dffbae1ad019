/**
 * Where the command finds its credentials: an API key pair (`--public-key` and `--private-key-file`, else the
 * environment variables MongoDB's own tools read: Atlas CLI's `MONGODB_ATLAS_*`, then mongocli's `MCLI_*`), or for
 * Atlas a service account (`--client-id` and `--client-secret-file`, else `MONGODB_ATLAS_CLIENT_ID` and
 * `MONGODB_ATLAS_CLIENT_SECRET`), chosen by the flags or `MONGODB_ATLAS_AUTH_TYPE`, never guessed. The private key
 * and the client secret are never taken from an argument and never appear in a message.
 */
import { stat } from "node:fs/promises";
import { ValidationError } from "../errors.ts";
import { type TargetId, targets } from "../targets.ts";
import { readFlagFile } from "./io.ts";

/** A key pair, and where each half came from (for messages). */
export interface ResolvedCredentials {
  readonly publicKey: string;
  readonly privateKey: string;
  readonly publicKeyFrom: string;
  readonly privateKeyFrom: string;
  /** Things worth telling the user, e.g. a key file other users can read. */
  readonly warnings: readonly string[];
}

/** A service account, and where each half came from (for messages). */
export interface ResolvedServiceAccount {
  readonly kind: "service_account";
  readonly clientId: string;
  readonly clientSecret: string;
  readonly clientIdFrom: string;
  readonly clientSecretFrom: string;
  readonly warnings: readonly string[];
}

/** The credentials a run uses: a key pair or a service account. */
export type ResolvedAuth = (ResolvedCredentials & { readonly kind: "api_keys" }) | ResolvedServiceAccount;

/** The credential flags of `mms-invites delete`. */
export interface CredentialFlags {
  readonly publicKey: string | undefined;
  readonly privateKeyFile: string | undefined;
  readonly clientId: string | undefined;
  readonly clientSecretFile: string | undefined;
}

/** The Atlas CLI's variables for a service account, and for the choice between the two kinds of credentials. */
export const SERVICE_ACCOUNT_ENV = {
  clientId: "MONGODB_ATLAS_CLIENT_ID",
  clientSecret: "MONGODB_ATLAS_CLIENT_SECRET",
  authType: "MONGODB_ATLAS_AUTH_TYPE",
} as const;

const AUTH_TYPES = ["api_keys", "service_account"] as const;

/**
 * Picks the credentials for `target`: the kind the flags name, else the one `MONGODB_ATLAS_AUTH_TYPE` names, else the
 * only kind set in `env`. Both kinds set and nothing choosing is a `ValidationError` (exit 2), not a guess.
 */
export async function resolveAuth(
  target: TargetId,
  flags: CredentialFlags,
  env: NodeJS.ProcessEnv,
): Promise<ResolvedAuth> {
  const keyFlags = flags.publicKey !== undefined || flags.privateKeyFile !== undefined;
  const accountFlags = flags.clientId !== undefined || flags.clientSecretFile !== undefined;
  if (keyFlags && accountFlags) {
    throw new ValidationError(
      { parameter: "--client-id", rule: "not used with --public-key or --private-key-file" },
      "--public-key/--private-key-file and --client-id/--client-secret-file were both given: pass one kind of credentials",
    );
  }
  const authType = readAuthType(env);
  if (!targets[target].serviceAccounts) {
    if (accountFlags) {
      throw new ValidationError(
        { parameter: "--client-id", rule: "used with --target atlas" },
        "--client-id and --client-secret-file are for --target atlas: Ops Manager takes API keys only (--public-key and --private-key-file, or the key variables)",
      );
    }
    if (authType === "service_account") {
      throw new ValidationError(
        { parameter: SERVICE_ACCOUNT_ENV.authType, rule: "api_keys with --target ops-manager" },
        `${SERVICE_ACCOUNT_ENV.authType}=service_account does not apply to --target ops-manager: Ops Manager takes API keys only`,
      );
    }
    return { kind: "api_keys", ...(await resolveCredentials(target, flags, env)) };
  }
  const flagKind = keyFlags ? "api_keys" : accountFlags ? "service_account" : undefined;
  if (flagKind !== undefined && authType !== undefined && authType !== flagKind) {
    throw new ValidationError(
      { parameter: SERVICE_ACCOUNT_ENV.authType, rule: `${flagKind} with these flags` },
      `${SERVICE_ACCOUNT_ENV.authType}=${authType} contradicts ${keyFlags ? "--public-key/--private-key-file" : "--client-id/--client-secret-file"}: drop one`,
    );
  }
  let kind = flagKind ?? authType;
  if (kind === undefined) {
    const names = targets[target].env;
    const keysSet = firstSet([...names.publicKey, ...names.privateKey], env) !== undefined;
    const accountSet = firstSet([SERVICE_ACCOUNT_ENV.clientId, SERVICE_ACCOUNT_ENV.clientSecret], env) !== undefined;
    if (keysSet && accountSet) {
      throw new ValidationError(
        { parameter: SERVICE_ACCOUNT_ENV.authType, rule: "api_keys or service_account" },
        `both API keys (${names.publicKey[0]} …) and a service account (${SERVICE_ACCOUNT_ENV.clientId} …) are set: ` +
          `choose with ${SERVICE_ACCOUNT_ENV.authType}=api_keys or ${SERVICE_ACCOUNT_ENV.authType}=service_account, or pass --public-key or --client-id`,
      );
    }
    kind = accountSet ? "service_account" : "api_keys";
  }
  if (kind === "api_keys") return { kind, ...(await resolveCredentials(target, flags, env)) };
  return resolveServiceAccount(flags, env);
}

async function resolveServiceAccount(flags: CredentialFlags, env: NodeJS.ProcessEnv): Promise<ResolvedServiceAccount> {
  const warnings: string[] = [];
  const fromEnv = (name: string) => (env[name] === "" ? undefined : env[name]);
  const clientId = (flags.clientId ?? fromEnv(SERVICE_ACCOUNT_ENV.clientId))?.trim();
  const clientIdFrom = flags.clientId !== undefined ? "--client-id" : SERVICE_ACCOUNT_ENV.clientId;
  if (clientId === undefined || clientId === "") {
    throw new ValidationError(
      { parameter: "client id", rule: "set" },
      `no service account client id: set ${SERVICE_ACCOUNT_ENV.clientId}, or pass --client-id <id>`,
    );
  }
  let clientSecret: string | undefined;
  let clientSecretFrom: string;
  if (flags.clientSecretFile !== undefined) {
    clientSecretFrom = `--client-secret-file ${flags.clientSecretFile}`;
    clientSecret = await readKeyFile("--client-secret-file", "client secret", flags.clientSecretFile, warnings);
  } else {
    clientSecret = fromEnv(SERVICE_ACCOUNT_ENV.clientSecret)?.trim();
    clientSecretFrom = SERVICE_ACCOUNT_ENV.clientSecret;
  }
  if (clientSecret === undefined || clientSecret === "") {
    throw new ValidationError(
      { parameter: "client secret", rule: "set" },
      `no service account client secret: set ${SERVICE_ACCOUNT_ENV.clientSecret}, or pass --client-secret-file <path>`,
    );
  }
  return { kind: "service_account", clientId, clientSecret, clientIdFrom, clientSecretFrom, warnings };
}

function readAuthType(env: NodeJS.ProcessEnv): (typeof AUTH_TYPES)[number] | undefined {
  const value = env[SERVICE_ACCOUNT_ENV.authType]?.trim();
  if (value === undefined || value === "") return undefined;
  const known = AUTH_TYPES.find((type) => type === value);
  if (known !== undefined) return known;
  // Only a plain word is shown back: the variable is not a secret, but a pasted secret can land anywhere.
  const shown = /^[a-z_]{1,30}$/i.test(value) ? ` (${value} is not supported by this command)` : "";
  throw new ValidationError(
    { parameter: SERVICE_ACCOUNT_ENV.authType, rule: "api_keys or service_account" },
    `${SERVICE_ACCOUNT_ENV.authType} must be api_keys or service_account${shown}`,
  );
}

/** Reads the key pair for `target` from flags and `env`. */
export async function resolveCredentials(
  target: TargetId,
  flags: { publicKey: string | undefined; privateKeyFile: string | undefined },
  env: NodeJS.ProcessEnv,
): Promise<ResolvedCredentials> {
  const names = targets[target].env;
  const warnings: string[] = [];

  let publicKey = flags.publicKey;
  let publicKeyFrom = "--public-key";
  if (publicKey === undefined) {
    const found = firstSet(names.publicKey, env);
    publicKey = found?.value;
    publicKeyFrom = found?.name ?? "";
  }
  if (publicKey === undefined || publicKey.trim() === "") {
    throw new ValidationError(
      { parameter: "public key", rule: "set" },
      `no public API key: set ${names.publicKey.join(" or ")}, or pass --public-key <key>`,
    );
  }

  let privateKey: string | undefined;
  let privateKeyFrom: string;
  if (flags.privateKeyFile !== undefined) {
    privateKeyFrom = `--private-key-file ${flags.privateKeyFile}`;
    privateKey = await readKeyFile("--private-key-file", "private key", flags.privateKeyFile, warnings);
  } else {
    const found = firstSet(names.privateKey, env);
    privateKey = found?.value;
    privateKeyFrom = found?.name ?? "";
  }
  if (privateKey === undefined || privateKey.trim() === "") {
    throw new ValidationError(
      { parameter: "private key", rule: "set" },
      `no private API key: set ${names.privateKey.join(" or ")}, or pass --private-key-file <path>`,
    );
  }
  return { publicKey: publicKey.trim(), privateKey: privateKey.trim(), publicKeyFrom, privateKeyFrom, warnings };
}

function firstSet(names: readonly string[], env: NodeJS.ProcessEnv): { name: string; value: string } | undefined {
  for (const name of names) {
    const value = env[name];
    if (value !== undefined && value !== "") return { name, value };
  }
  return undefined;
}

/** Reads a file holding one secret alone (`what`: "private key", "client secret"); warns if others can read it. */
async function readKeyFile(flag: string, what: string, path: string, warnings: string[]): Promise<string> {
  const key = (await readFlagFile(flag, path)).trim();
  if (key === "") {
    throw new ValidationError({ parameter: flag, rule: `a file holding the ${what}` }, `${flag} ${path} is empty`);
  }
  if (/\s/.test(key)) {
    throw new ValidationError(
      { parameter: flag, rule: `a file holding the ${what} alone` },
      `${flag} ${path} must hold the ${what} alone, on one line`,
    );
  }
  if (process.platform !== "win32") {
    const { mode } = await stat(path);
    if ((mode & 0o077) !== 0) {
      warnings.push(`${path} can be read by other users; restrict it with: chmod 600 ${path}`);
    }
  }
  return key;
}
