/**
 * The real `mms-invites` binary as a child process: exit codes, what goes to stdout and to stderr, stdin, signals,
 * and the sandbox command's paste-ready commands run as a user would run them.
 */
import { type ChildProcess, exec, spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAtlasClient } from "../src/index.ts";
import { defaultSeed, SAMPLE_GROUP_ID, type Sandbox, startSandbox } from "../src/sandbox/index.ts";
import { atlasDeleteArgs } from "./support/cli.ts";
import { json, startServer, type TestServer } from "./support/http-server.ts";
import {
  INVITATION_ID as INVITATION,
  SANDBOX_OWNER as OWNER,
  CANARY_PRIVATE_KEY as SECRET,
} from "./support/samples.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Starts `mms-invites <args>` with only the environment given (plus PATH), never the caller's keys. */
function start(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
}

function finish(child: ChildProcess, stdin = ""): Promise<Ran> {
  const ran: Ran = { code: null, stdout: "", stderr: "" };
  child.stdout?.on("data", (chunk) => {
    ran.stdout += String(chunk);
  });
  child.stderr?.on("data", (chunk) => {
    ran.stderr += String(chunk);
  });
  child.stdin?.end(stdin);
  return new Promise((resolve) => child.on("close", (code) => resolve({ ...ran, code })));
}

/** Starts `mms-invites sandbox …` and resolves once it says it is serving, with what it printed until then. */
async function startServing(args: string[]): Promise<{ child: ChildProcess; done: Promise<Ran>; stdout: string }> {
  const child = start(args);
  const done = finish(child);
  let stdout = "";
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (chunk) => {
      stdout += String(chunk);
      if (stdout.includes("Serving until Ctrl-C.")) resolve();
    });
    child.on("exit", () => reject(new Error(`sandbox exited early: ${stdout}`)));
  });
  return { child, done, stdout };
}

function cli(args: string[], env?: NodeJS.ProcessEnv, stdin?: string): Promise<Ran> {
  return finish(start(args, env), stdin);
}

// One concurrent block: each test waits on child processes, so they overlap.
describe.concurrent("mms-invites, the binary", () => {
  it("prints help on stdout and exits 0", async () => {
    const help = await cli(["delete", "--help"]);
    expect(help).toMatchObject({ code: 0, stderr: "" });
    expect(help.stdout).toContain("--rate <n>/s | <n>/m | <n>/h");
    expect(help.stdout).toContain("2    usage or validation error; nothing was sent");
  });

  it("exits 2 on a usage error with the reason and a pointer to --help on stderr, and nothing on stdout", async () => {
    const usage = await cli(["delete", "--target", "atlas", "--invitation", INVITATION]);
    expect(usage).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "error: --project is required: its invitations belong to a project: --project <groupId>\n" +
        "Run `mms-invites delete --help` for usage.\n",
    });
  });

  let sandbox: Sandbox;
  let failing: TestServer;
  let closedUrl: string;
  beforeAll(async () => {
    sandbox = await startSandbox({
      seed: {
        keys: defaultSeed.keys,
        invitations: [
          { id: "f00000000000000000000001", groupId: SAMPLE_GROUP_ID },
          { id: "f00000000000000000000002", groupId: SAMPLE_GROUP_ID },
        ],
      },
    });
    failing = await startServer((_req, res) => json(res, 500, { error: 500, errorCode: "UNEXPECTED_ERROR" }));
    const closed = await startServer(() => {});
    closedUrl = closed.url;
    await closed.close();
  });
  afterAll(async () => {
    await sandbox.close();
    await failing.close();
  });

  it("deletes ids piped on stdin and exits 0", async () => {
    const keys = { MONGODB_ATLAS_PUBLIC_API_KEY: OWNER.publicKey, MONGODB_ATLAS_PRIVATE_API_KEY: OWNER.privateKey };
    const ran = await cli(
      ["delete", "--target", "atlas", "--base-url", sandbox.url, "--project", SAMPLE_GROUP_ID, "--from-file", "-"],
      keys,
      "f00000000000000000000001\n# a comment\nf00000000000000000000002\n",
    );
    expect(ran.stdout).toContain(": 2 deleted, 0 not found, 0 failed");
    expect(ran.code).toBe(0);
    expect(sandbox.invitationState("f00000000000000000000002")).toBe("deleted");
  });

  it("never writes the private key to stdout or stderr: wrong key, a 500, a network failure", async () => {
    const wrong = { MONGODB_ATLAS_PUBLIC_API_KEY: OWNER.publicKey, MONGODB_ATLAS_PRIVATE_API_KEY: SECRET };
    const args = (url: string, ...more: string[]) => atlasDeleteArgs(url, "--invitation", INVITATION, ...more);
    const runs = await Promise.all([
      cli(args(sandbox.url), wrong),
      cli(args(failing.url, "--json"), wrong),
      cli(args(closedUrl), wrong),
    ]);
    expect(runs.map((ran) => ran.code)).toEqual([1, 1, 1]);
    expect(runs[0]?.stdout).toContain("401 NOT_AUTHORIZED");
    expect(JSON.parse(runs[1]?.stdout ?? "").results[0]).toMatchObject({ status: 500, errorCode: "UNEXPECTED_ERROR" });
    expect(runs[2]?.stdout).toContain("NETWORK_ERROR");
    for (const ran of runs) expect(`${ran.stdout}${ran.stderr}`).not.toContain(SECRET);
  });

  it("on Ctrl-C, lets the call in flight finish, reports the rest as not sent and exits 130", async () => {
    let release: () => void = () => {};
    const arrived = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = await startServer(async (_req, res) => {
      release();
      await new Promise((resolve) => setTimeout(resolve, 300));
      res.writeHead(204);
      res.end();
    });
    try {
      const ids = ["aa", "ab", "ac", "ad"].map((prefix) => `${prefix}${"0".repeat(22)}`);
      const child = start(
        [
          "delete",
          "--target",
          "atlas",
          "--base-url",
          slow.url,
          "--project",
          SAMPLE_GROUP_ID,
          "--concurrency",
          "1",
          "--json",
          ...ids.flatMap((id) => ["--invitation", id]),
        ],
        { MONGODB_ATLAS_PUBLIC_API_KEY: OWNER.publicKey, MONGODB_ATLAS_PRIVATE_API_KEY: SECRET },
      );
      const done = finish(child);
      await arrived;
      child.kill("SIGINT");
      const ran = await done;
      expect(ran.code).toBe(130);
      expect(ran.stderr).toContain("interrupted: waiting for the calls in flight");
      const { results, stoppedBecause } = JSON.parse(ran.stdout);
      expect(stoppedBecause).toBe("interrupted");
      expect(results[0]).toMatchObject({ invitationId: ids[0], outcome: "deleted" });
      expect(results.slice(1).map((result: { errorCode: string }) => result.errorCode)).toEqual([
        "NOT_SENT",
        "NOT_SENT",
        "NOT_SENT",
      ]);
      expect(slow.requests).toHaveLength(1);
    } finally {
      await slow.close();
    }
  });

  it("limits the invitations one address creates to --invitation-rate-limit, then answers 400 RATE_LIMITED_IP", async () => {
    const { child, done, stdout } = await startServing(["sandbox", "--invitation-rate-limit", "2/m"]);
    try {
      const url = /Sandbox listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1] ?? "";
      const atlas = createAtlasClient({ baseUrl: url, ...OWNER, retry: false });
      const invite = (n: number) =>
        atlas.createProjectInvitation({
          groupId: SAMPLE_GROUP_ID,
          username: `limited${n}@example.com`,
          roles: ["GROUP_READ_ONLY"],
        });
      await expect(invite(1)).resolves.toMatchObject({ status: 200 });
      await expect(invite(2)).resolves.toMatchObject({ status: 200 });
      await expect(invite(3)).rejects.toMatchObject({ status: 400, errorCode: "RATE_LIMITED_IP" });
    } finally {
      child.kill("SIGINT");
    }
    expect((await done).code).toBe(0);
  });

  it.each(["0/m", "1.5/m", "ten"])("refuses --invitation-rate-limit %s with exit 2 before starting", async (value) => {
    const ran = await cli(["sandbox", `--invitation-rate-limit=${value}`]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain("--invitation-rate-limit must");
  });

  it("prints its URL, keys, ids and CLI commands that work when pasted, then stops cleanly on SIGINT", async () => {
    const { child, done, stdout } = await startServing(["sandbox"]);
    try {
      const url = /Sandbox listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1];
      expect(url).toBeDefined();
      expect(stdout).toContain(`public ${OWNER.publicKey}`);
      expect(stdout).toContain(`private ${OWNER.privateKey}`);
      expect(stdout).toContain(`Atlas project ${SAMPLE_GROUP_ID}: aaaa00000000000000000001`);
      const commands = stdout
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line.includes(" delete --target "));
      // Atlas with the API key and with the service account, Ops Manager with the API key.
      expect(commands).toHaveLength(3);
      const results = await Promise.all(commands.map((command) => promisify(exec)(command, { cwd: ROOT })));
      for (const { stdout: printed } of results) expect(printed).toContain(": 1 deleted, 0 not found, 0 failed");
      // The operator lines work as pasted too; verify's is run by hand (it reads the bundled documents in dist/,
      // which the packaging test rebuilds meanwhile) and is covered against the sandbox in test/verify.test.ts.
      const lines = stdout.split("\n").map((line) => line.trim());
      const list = lines.find((line) => line.includes(" list --target "));
      const prune = lines.find((line) => line.includes(" prune --target "));
      expect(lines.some((line) => line.includes(" verify --target atlas --base-url "))).toBe(true);
      const listed = await promisify(exec)(list ?? "false", { cwd: ROOT });
      expect(listed.stdout).toMatch(/: \d+ pending/);
      const planned = await promisify(exec)(prune ?? "false", { cwd: ROOT });
      expect(planned.stdout).toContain("Dry run: nothing was deleted.");
    } finally {
      child.kill("SIGINT");
    }
    const ran = await done;
    expect(ran.code).toBe(0);
    expect(ran.stderr).toContain("Sandbox stopped.");
  });
});
