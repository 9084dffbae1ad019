/**
 * `mms-invites delete` as a service account, against the sandbox: where the credentials come from, how the kind is
 * chosen (never guessed), a secret never taken from the command line nor shown, one token per run revoked at the
 * end (Ctrl-C included), and a 2,000-delete run across token expiries without a failed delete.
 */
import { spawn } from "node:child_process";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { tokenTtlOption } from "../src/cli/sandbox.ts";
import {
  defaultSeed,
  SAMPLE_GROUP_ID,
  SAMPLE_ORG_ID,
  type Sandbox,
  type SandboxOptions,
  startSandbox,
} from "../src/sandbox/index.ts";
import { atlasDeleteArgs, runCli } from "./support/cli.ts";
import { SA_CLIENT_ID, SA_CLIENT_SECRET, startOAuthServer } from "./support/oauth-server.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OWNER = defaultSeed.keys[0] ?? { publicKey: "", privateKey: "" };
/** A secret only this file uses, so finding it in any output is a leak. */
const SECRET = "mdb_sa_sk_cli-tests-never-print-this-0042";
const ACCOUNT = { clientId: "mdb_sa_id_clitests", clientSecret: SECRET, projectOwner: [SAMPLE_GROUP_ID] };
const ids = (count: number, prefix = "c") =>
  Array.from({ length: count }, (_, n) => `${prefix}${n.toString(16).padStart(23, "0")}`);

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

async function start(invitations: string[], options: SandboxOptions = {}): Promise<Sandbox> {
  sandbox = await startSandbox({
    seed: {
      keys: defaultSeed.keys,
      serviceAccounts: [ACCOUNT],
      invitations: [
        ...invitations.map((id) => ({ id, groupId: SAMPLE_GROUP_ID })),
        { id: "bbbb00000000000000000001", orgId: SAMPLE_ORG_ID },
      ],
    },
    ...options,
  });
  return sandbox;
}

const SA_ENV = { MONGODB_ATLAS_CLIENT_ID: ACCOUNT.clientId, MONGODB_ATLAS_CLIENT_SECRET: SECRET };
const KEY_ENV = { MONGODB_ATLAS_PUBLIC_API_KEY: OWNER.publicKey, MONGODB_ATLAS_PRIVATE_API_KEY: OWNER.privateKey };
const atlasArgs = (url: string, invitations: string[], ...extra: string[]) =>
  atlasDeleteArgs(url, ...invitations.flatMap((id) => ["--invitation", id]), ...extra);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mms-invites-sa-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("mms-invites delete with a service account", () => {
  it("deletes with MONGODB_ATLAS_CLIENT_ID and _SECRET: one token for the run, revoked at the end", async () => {
    const invitations = ids(5);
    const { url } = await start(invitations);
    const ran = await runCli(atlasArgs(url, invitations), { env: SA_ENV });
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain(": 5 deleted, 0 not found, 0 failed");
    expect(sandbox?.tokens).toMatchObject({ requests: 1, issued: 1, revoked: 1, active: 0 });
    expect(sandbox?.stats.byStatus[401]).toBeUndefined();
    expect(`${ran.stdout}${ran.stderr}`).not.toContain(SECRET);
  });

  it("reads --client-id and --client-secret-file, warning when others can read the file", async () => {
    const invitations = ids(2);
    const { url } = await start(invitations);
    const file = join(dir, "secret");
    await writeFile(file, `${SECRET}\n`);
    await chmod(file, 0o644);
    const flags = ["--client-id", ACCOUNT.clientId, "--client-secret-file", file];
    const open = await runCli(atlasArgs(url, invitations.slice(0, 1), ...flags), { env: {} });
    expect(open.code).toBe(0);
    expect(open.stderr).toContain(`warning: ${file} can be read by other users; restrict it with: chmod 600 ${file}`);
    await chmod(file, 0o600);
    const closed = await runCli(atlasArgs(url, invitations.slice(1), ...flags), { env: {} });
    expect(closed).toMatchObject({ code: 0, stderr: expect.not.stringContaining("warning") });
    expect(sandbox?.tokens).toMatchObject({ issued: 2, revoked: 2 });
  });

  it.each([["--client-secret", SECRET], [`--client-secret=${SECRET}`], ["--client_secret", SECRET]])(
    "refuses %s without echoing the value, before anything is sent",
    async (...args) => {
      const { url, stats } = await start(ids(1));
      const ran = await runCli(atlasArgs(url, ids(1), "--client-id", ACCOUNT.clientId, ...args), { env: {} });
      expect(ran.code).toBe(2);
      expect(ran.stderr).toContain("--client-secret is not accepted");
      expect(ran.stderr).toContain("--client-secret-file <path>");
      expect(`${ran.stdout}${ran.stderr}`).not.toContain(SECRET);
      expect(stats.requests).toBe(0);
    },
  );

  it("exits 2 when both kinds are set and nothing chooses, and sends nothing", async () => {
    const { url, stats } = await start(ids(1));
    const ran = await runCli(atlasArgs(url, ids(1)), { env: { ...KEY_ENV, ...SA_ENV } });
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain("both API keys (MONGODB_ATLAS_PUBLIC_API_KEY …) and a service account");
    expect(ran.stderr).toContain("MONGODB_ATLAS_AUTH_TYPE=api_keys or MONGODB_ATLAS_AUTH_TYPE=service_account");
    expect(`${ran.stdout}${ran.stderr}`).not.toContain(SECRET);
    expect(stats.requests).toBe(0);
  });

  it("takes the kind MONGODB_ATLAS_AUTH_TYPE names, or the kind of the flags given", async () => {
    const invitations = ids(3);
    const { url } = await start(invitations);
    const both = { ...KEY_ENV, ...SA_ENV };
    const asAccount = await runCli(atlasArgs(url, invitations.slice(0, 1)), {
      env: { ...both, MONGODB_ATLAS_AUTH_TYPE: "service_account" },
    });
    expect(asAccount.code).toBe(0);
    expect(sandbox?.tokens.issued).toBe(1);
    const asKeys = await runCli(atlasArgs(url, invitations.slice(1, 2)), {
      env: { ...both, MONGODB_ATLAS_AUTH_TYPE: "api_keys" },
    });
    expect(asKeys.code).toBe(0);
    const byFlag = await runCli(atlasArgs(url, invitations.slice(2), "--public-key", OWNER.publicKey), {
      env: { MONGODB_ATLAS_PRIVATE_API_KEY: OWNER.privateKey, MONGODB_ATLAS_CLIENT_ID: ACCOUNT.clientId },
    });
    expect(byFlag.code).toBe(0);
    // Only the first run asked for a token; the other two answered Digest challenges.
    expect(sandbox?.tokens.issued).toBe(1);
    expect(sandbox?.stats.byStatus[401]).toBe(2);
  });

  it.each([
    [
      "an unknown MONGODB_ATLAS_AUTH_TYPE",
      [],
      { ...SA_ENV, MONGODB_ATLAS_AUTH_TYPE: "user_account" },
      "must be api_keys or service_account (user_account is not supported",
    ],
    [
      "flags of both kinds",
      ["--public-key", "k", "--client-id", "c"],
      {},
      "were both given: pass one kind of credentials",
    ],
    [
      "MONGODB_ATLAS_AUTH_TYPE against the flags",
      ["--client-id", "c"],
      { MONGODB_ATLAS_AUTH_TYPE: "api_keys" },
      "MONGODB_ATLAS_AUTH_TYPE=api_keys contradicts --client-id",
    ],
    [
      "a client id without a secret",
      [],
      { MONGODB_ATLAS_CLIENT_ID: "c" },
      "no service account client secret: set MONGODB_ATLAS_CLIENT_SECRET",
    ],
    [
      "service_account without a client id",
      [],
      { MONGODB_ATLAS_AUTH_TYPE: "service_account" },
      "no service account client id",
    ],
  ] as [string, string[], NodeJS.ProcessEnv, string][])("exits 2 for %s", async (_name, flags, env, message) => {
    const { url, stats } = await start(ids(1));
    const ran = await runCli(atlasArgs(url, ids(1), ...flags), { env });
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain(message);
    expect(stats.requests).toBe(0);
  });

  it("refuses service-account flags for Ops Manager, and uses the keys there when both kinds are set", async () => {
    const { url, stats } = await start([]);
    const omArgs = [
      "delete",
      "--target",
      "ops-manager",
      "--url",
      url,
      "--org",
      SAMPLE_ORG_ID,
      "--invitation",
      "bbbb00000000000000000001",
    ];
    const flagged = await runCli([...omArgs, "--client-id", ACCOUNT.clientId], { env: SA_ENV });
    expect(flagged.code).toBe(2);
    expect(flagged.stderr).toContain("Ops Manager takes API keys only");
    const typed = await runCli(omArgs, { env: { ...KEY_ENV, ...SA_ENV, MONGODB_ATLAS_AUTH_TYPE: "service_account" } });
    expect(typed.code).toBe(2);
    expect(stats.requests).toBe(0);
    const both = await runCli(omArgs, { env: { ...KEY_ENV, ...SA_ENV } });
    expect(both.code).toBe(0);
    expect(sandbox?.tokens.requests).toBe(0);
  });

  it("stops at a wrong secret with the token endpoint's refusal, never showing the secret", async () => {
    const invitations = ids(3);
    const { url } = await start(invitations);
    const wrong = "mdb_sa_sk_wrong-secret-for-this-test-77";
    const ran = await runCli(atlasArgs(url, invitations, "--json"), {
      env: { ...SA_ENV, MONGODB_ATLAS_CLIENT_SECRET: wrong },
    });
    expect(ran.code).toBe(1);
    const report = JSON.parse(ran.stdout);
    expect(report.results[0]).toMatchObject({ outcome: "failed", status: 401, errorCode: "invalid_client" });
    expect(report.stoppedBecause).toContain("401 invalid_client");
    expect(`${ran.stdout}${ran.stderr}`).not.toContain(wrong);
  });

  it("names the service account in a dry run and sends nothing", async () => {
    const { url, stats } = await start(ids(1));
    const ran = await runCli(atlasArgs(url, ids(1), "--dry-run"), { env: SA_ENV });
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain(`as service account ${ACCOUNT.clientId}:`);
    expect(stats.requests).toBe(0);
  });

  it("deletes 2,000 invitations across two token expiries: no failed delete, one token request per expiry", async () => {
    const invitations = ids(2000, "d");
    const ttlMs = 3_600_000;
    // The sandbox's clock moves a whole token lifetime on after every 700 deletes, so each token expires while
    // requests with it are in flight; the count, not the timing, decides when.
    const clock = () => 1_000_000 + Math.floor((sandbox?.stats.byStatus[204] ?? 0) / 700) * ttlMs;
    const { url } = await start(invitations, {
      clock,
      tokenTtlMs: ttlMs,
      rateLimit: { limit: 1_000_000, windowMs: 60_000 },
    });
    const file = join(dir, "ids.txt");
    await writeFile(file, `${invitations.join("\n")}\n`);
    const ran = await runCli(
      [
        "delete",
        "--target",
        "atlas",
        "--base-url",
        url,
        "--project",
        SAMPLE_GROUP_ID,
        "--from-file",
        file,
        "--concurrency",
        "16",
        "--json",
      ],
      { env: SA_ENV },
    );
    expect(ran.code).toBe(0);
    const { summary } = JSON.parse(ran.stdout);
    expect(summary).toMatchObject({ given: 2000, deleted: 2000, failed: 0, notFound: 0 });
    expect(sandbox?.tokens).toMatchObject({ requests: 3, issued: 3, revoked: 1, active: 0 });
    // Each expiry is met by the calls in flight with the old token (at most 16) and each is resent once.
    const refused = sandbox?.stats.byStatus[401] ?? 0;
    expect(refused).toBeGreaterThanOrEqual(2);
    expect(refused).toBeLessThanOrEqual(2 * 16);
    expect(sandbox?.stats.byStatus[204]).toBe(2000);
  });
});

describe("mms-invites sandbox --token-ttl", () => {
  it("reads seconds and minutes", () => {
    expect(tokenTtlOption("5s")).toBe(5_000);
    expect(tokenTtlOption("60m")).toBe(3_600_000);
    expect(tokenTtlOption(undefined)).toBeUndefined();
  });

  it.each(["0s", "5", "5h", "1441m", "-5s", "five"])("refuses %s with exit 2 before starting", async (value) => {
    const ran = await runCli(["sandbox", `--token-ttl=${value}`], { env: {} });
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain("--token-ttl must be <n>s or <n>m, from 1s to 1440m");
  });
});

describe("mms-invites delete with a service account, as a process", () => {
  it("revokes its token after Ctrl-C, once the call in flight has finished", async () => {
    let arrived: () => void = () => {};
    const first = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    let interrupted: () => void = () => {};
    const acknowledged = new Promise<void>((resolve) => {
      interrupted = resolve;
    });
    const server = await startOAuthServer({
      api: (_req, res) => {
        arrived();
        // Answer only once the command has taken the Ctrl-C in: no race between the two.
        void acknowledged.then(() => res.writeHead(204).end());
      },
    });
    try {
      const child = spawn(
        process.execPath,
        ["--import", "tsx", "src/cli/main.ts", ...atlasArgs(server.url, ids(4), "--concurrency", "1", "--json")],
        {
          cwd: ROOT,
          env: {
            PATH: process.env.PATH,
            HOME: process.env.HOME,
            MONGODB_ATLAS_CLIENT_ID: SA_CLIENT_ID,
            MONGODB_ATLAS_CLIENT_SECRET: SA_CLIENT_SECRET,
          },
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk) => {
        stdout += String(chunk);
      });
      child.stderr.on("data", (chunk) => {
        stderr += String(chunk);
        if (stderr.includes("interrupted: waiting for the calls in flight")) interrupted();
      });
      const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
      await first;
      child.kill("SIGINT");
      const code = await exited;
      expect(code).toBe(130);
      expect(JSON.parse(stdout).stoppedBecause).toBe("interrupted");
      expect(server.tokenRequests).toHaveLength(1);
      expect(server.revocations.map((request) => request.form.get("token"))).toEqual(server.issued);
      expect(server.revoked).toEqual(new Set(server.issued));
      expect(`${stdout}${stderr}`).not.toContain(SA_CLIENT_SECRET);
    } finally {
      await server.close();
    }
  });
});
