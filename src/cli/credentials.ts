/**
 * Where the command finds its API keys: `--public-key` and `--private-key-file`, else the environment variables
 * MongoDB's own tools read (Atlas CLI's `MONGODB_ATLAS_*`, then mongocli's `MCLI_*`). The private key is never
 * taken from an argument and never appears in a message.
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
    privateKey = await readKeyFile(flags.privateKeyFile, warnings);
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

async function readKeyFile(path: string, warnings: string[]): Promise<string> {
  const key = (await readFlagFile("--private-key-file", path)).trim();
  if (key === "") {
    throw new ValidationError(
      { parameter: "--private-key-file", rule: "a file holding the key" },
      `--private-key-file ${path} is empty`,
    );
  }
  if (/\s/.test(key)) {
    throw new ValidationError(
      { parameter: "--private-key-file", rule: "a file holding the key alone" },
      `--private-key-file ${path} must hold the private key alone, on one line`,
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
