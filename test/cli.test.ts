/**
 * The mms-invites command, run in this process through `run()` with its own streams, against the sandbox and
 * against tiny node:http servers on 127.0.0.1. test/cli-process.test.ts runs the real binary.
 */
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultSeed, SAMPLE_GROUP_ID, SAMPLE_ORG_ID, type Sandbox, startSandbox } from "../src/sandbox/index.ts";
import { type Ran, runCli } from "./support/cli.ts";
import { json, startServer, type TestServer } from "./support/http-server.ts";

const OWNER = defaultSeed.keys[0] ?? { publicKey: "", privateKey: "" };
// A private key no server here knows: it must never appear in any output.
const SECRET = "9f1d2c3b-secret-private-key-0000feedbeef";
const KEYS = { MONGODB_ATLAS_PUBLIC_API_KEY: OWNER.publicKey, MONGODB_ATLAS_PRIVATE_API_KEY: OWNER.privateKey };
const WRONG_KEYS = { MONGODB_ATLAS_PUBLIC_API_KEY: OWNER.publicKey, MONGODB_ATLAS_PRIVATE_API_KEY: SECRET };
const INVITATION = "5f3a1c2b9d4e8f7a6b5c4d3e";

function cli(args: string[], options: { env?: NodeJS.ProcessEnv; stdin?: string } = {}): Promise<Ran> {
  return runCli(args, { env: options.env ?? KEYS, stdin: options.stdin });
}

function atlas(url: string, ...rest: string[]): string[] {
  return ["delete", "--target", "atlas", "--base-url", url, "--project", SAMPLE_GROUP_ID, ...rest];
}

function pending(prefix: string, count: number, start = 0): string[] {
  return Array.from(
    { length: count },
    (_, i) => `${prefix}${(start + i).toString(16).padStart(24 - prefix.length, "0")}`,
  );
}

/** A sandbox with `count` pending invitations per target whose ids start with `prefix` (Atlas) and `prefix`+1 (OM). */
async function sandboxWith(prefix: string, count: number): Promise<Sandbox> {
  return startSandbox({
    rateLimit: { limit: 10_000, windowMs: 60_000 },
    seed: {
      keys: defaultSeed.keys,
      invitations: [
        ...pending(prefix, count).map((id) => ({ id, groupId: SAMPLE_GROUP_ID })),
        ...pending(`${prefix}1`, count).map((id) => ({ id, orgId: SAMPLE_ORG_ID })),
        { id: `${prefix}${"0".repeat(20 - prefix.length)}acce`, groupId: SAMPLE_GROUP_ID, state: "accepted" as const },
      ],
    },
  });
}

function noContent(res: ServerResponse): void {
  res.writeHead(204);
  res.end();
}

let dir: string;
let idle: TestServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "mms-invites-cli-"));
  idle = await startServer((_req, res) => noContent(res));
});
afterAll(async () => {
  await idle.close();
  await rm(dir, { recursive: true, force: true });
});

describe("mms-invites", () => {
  it("prints the help of each command and the version on stdout", async () => {
    const [main, remove, sandbox, help, version] = await Promise.all([
      cli(["--help"]),
      cli(["delete", "-h"]),
      cli(["sandbox", "--help"]),
      cli(["help", "sandbox"]),
      cli(["--version"]),
    ]);
    expect(main.stdout).toContain("mms-invites delete --target atlas --project <groupId> --invitation <id>");
    expect(main.stdout).toContain("mms-invites sandbox [--port <n>] [--seed <file>]");
    expect(remove.stdout).toContain("--from-file <file>");
    expect(remove.stdout).toContain("$MONGODB_ATLAS_PUBLIC_API_KEY, $MONGODB_ATLAS_PRIVATE_API_KEY");
    expect(sandbox.stdout).toContain("--port <n>");
    expect(help.stdout).toBe(sandbox.stdout);
    expect(version.stdout).toBe("0.1.0\n");
    for (const ran of [main, remove, sandbox, help, version]) expect(ran).toMatchObject({ code: 0, stderr: "" });
  });

  it("without a command, prints the help on stderr and exits 2", async () => {
    const ran = await cli([]);
    expect(ran).toMatchObject({ code: 2, stdout: "" });
    expect(ran.stderr).toContain("Usage:");
  });

  it("names an unknown command only when it is a plain word (it might be a pasted key)", async () => {
    const word = await cli(["remove"]);
    expect(word).toMatchObject({ code: 2, stdout: "" });
    expect(word.stderr).toContain('unknown command "remove"');
    const pasted = await cli([SECRET]);
    expect(pasted.code).toBe(2);
    expect(pasted.stderr).not.toContain(SECRET);
  });
});

describe("mms-invites delete: everything is checked before anything is sent", () => {
  it("names every bad id with its position and the rule, exits 2 and sends nothing", async () => {
    const file = join(dir, "bad-ids.txt");
    await writeFile(
      file,
      [
        `# stale invitations`,
        INVITATION,
        "5f3a1c2b9d4e8f7a6b5c4d3",
        "",
        "../../../etc/passwd",
        "5f3a1c2b%2F4e8f7a6b5c4d3e",
        "5f3a1c2b9d4e8f7a6b5c4d3é",
      ].join("\n"),
    );
    const ran = await cli(
      atlas(
        idle.url,
        "--invitation",
        "ABCDEF0123456789abcdef01",
        "--invitation",
        "5f3a1c2b9d4e8f7a6b5c4d3e0",
        "--from-file",
        file,
      ),
    );
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe("");
    expect(ran.stderr).toContain("6 invalid invitation ids; nothing was sent");
    expect(ran.stderr).toContain('--invitation #1: "ABCDEF0123456789abcdef01" has upper case letters');
    expect(ran.stderr).toContain('--invitation #2: "5f3a1c2b9d4e8f7a6b5c4d3e0" is 25 characters long');
    expect(ran.stderr).toContain(`line 3 of ${file}: "5f3a1c2b9d4e8f7a6b5c4d3" is 23 characters long`);
    expect(ran.stderr).toContain(`line 5 of ${file}: "../../../etc/passwd" contains "."`);
    expect(ran.stderr).toContain(`line 6 of ${file}: "5f3a1c2b%2F4e8f7a6b5c4d3e" contains "%"`);
    expect(ran.stderr).toContain(`line 7 of ${file}: "5f3a1c2b9d4e8f7a6b5c4d3\\u{e9}" contains the character U+00E9`);
    expect(ran.stderr).toContain("24 hexadecimal digits in lower case");
    expect(idle.requests).toHaveLength(0);
  });

  it("with --json, describes the invalid ids in one JSON document on stdout", async () => {
    const ran = await cli(atlas(idle.url, "--invitation", "nope", "--invitation", INVITATION, "--json"));
    expect(ran.code).toBe(2);
    const document = JSON.parse(ran.stdout);
    expect(document.error.code).toBe("INVALID_IDS");
    expect(document.error.invalid).toEqual([{ at: "--invitation #1", value: '"nope"', problem: 'contains "n"' }]);
    expect(idle.requests).toHaveLength(0);
  });

  it.each([
    [["delete", "--invitation", INVITATION], "--target is required"],
    [["delete", "--target", "mars", "--invitation", INVITATION], "--target must be atlas or ops-manager"],
    [["delete", "--target", "atlas", "--invitation", INVITATION], "--project is required"],
    [["delete", "--target", "atlas", "--org", SAMPLE_ORG_ID, "--project", SAMPLE_GROUP_ID], "--org does not apply"],
    [["delete", "--target", "atlas", "--project", "32b6e34b", "--invitation", INVITATION], '--project "32b6e34b" is 8'],
    [["delete", "--target", "ops-manager", "--org", SAMPLE_ORG_ID, "--invitation", INVITATION], "--url is required"],
    [["delete", "--target", "atlas", "--url", "http://127.0.0.1:1", "--project", SAMPLE_GROUP_ID], "--url is for"],
    [[...atlas("http://127.0.0.1:1"), "--invitation", INVITATION, "--concurrency", "65"], "from 1 to 64"],
    [[...atlas("http://127.0.0.1:1"), "--invitation", INVITATION, "--concurrency", "0"], "from 1 to 64"],
    [[...atlas("http://127.0.0.1:1"), "--invitation", INVITATION, "--rate", "5/fortnight"], "--rate must be"],
    [[...atlas("http://127.0.0.1:1"), "--invitation", INVITATION, "--timeout", "soon"], "--timeout must be"],
    [[...atlas("http://127.0.0.1:1"), "--invitation", INVITATION, "--projcet", "x"], "did you mean --project?"],
    [[...atlas("http://127.0.0.1:1"), "--invitation", INVITATION, "--json=yes"], "--json takes no value"],
    [[...atlas("http://127.0.0.1:1"), "--invitation"], "--invitation needs a value"],
    [[...atlas("http://127.0.0.1:1"), INVITATION], "unexpected argument"],
    [atlas("http://127.0.0.1:1"), "no invitation ids"],
    [[...atlas("ftp://127.0.0.1:1"), "--invitation", INVITATION], "--base-url:"],
    [
      [...atlas("http://example.com"), "--invitation", INVITATION],
      "plain http to a host that is not loopback; use https, or pass --allow-insecure-http",
    ],
  ])("refuses %j with exit 2, says why (%s) and points at --help", async (args, why) => {
    const ran = await cli(args);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain(why);
    expect(ran.stderr).toContain("Run `mms-invites delete --help` for usage.");
    expect(ran.stdout).toBe("");
  });

  it("asks for keys by MongoDB's environment variable names when none are set", async () => {
    const ran = await cli(atlas(idle.url, "--invitation", INVITATION), { env: {} });
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain("no public API key: set MONGODB_ATLAS_PUBLIC_API_KEY or MCLI_PUBLIC_API_KEY");
    const onlyPublic = await cli(atlas(idle.url, "--invitation", INVITATION), { env: { MCLI_PUBLIC_API_KEY: "p" } });
    expect(onlyPublic.stderr).toContain(
      "no private API key: set MONGODB_ATLAS_PRIVATE_API_KEY or MCLI_PRIVATE_API_KEY",
    );
    expect(idle.requests).toHaveLength(0);
  });

  it.each([
    ["--private-key <key>", ["--private-key", SECRET]],
    ["--private-key=<key>", [`--private-key=${SECRET}`]],
    ["--privateKey <key>", ["--privateKey", SECRET]],
  ])("refuses %s on the command line, says what to do instead, and never echoes the value", async (_form, flag) => {
    const ran = await cli([...atlas(idle.url, "--invitation", INVITATION), ...flag], { env: {} });
    expect(ran.code).toBe(2);
    expect(ran.stderr).toContain("--private-key is not accepted");
    expect(ran.stderr).toContain("MONGODB_ATLAS_PRIVATE_API_KEY");
    expect(ran.stderr).toContain("--private-key-file <path>");
    expect(`${ran.stdout}${ran.stderr}`).not.toContain(SECRET);
    expect(idle.requests).toHaveLength(0);
  });

  it("a dry run checks everything, lists what would be deleted and sends nothing", async () => {
    const ran = await cli(
      atlas(idle.url, "--invitation", INVITATION, "--invitation", pending("ab", 1)[0] ?? "", "--dry-run"),
    );
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain(`Dry run: would delete 2 invitations of Atlas project ${SAMPLE_GROUP_ID}`);
    expect(ran.stdout).toContain(`  ${INVITATION}\n`);
    expect(ran.stdout).toContain("Nothing was sent.");
    const asJson = await cli(atlas(idle.url, "--invitation", INVITATION, "--dry-run", "--json"));
    expect(JSON.parse(asJson.stdout)).toMatchObject({
      dryRun: true,
      results: [{ invitationId: INVITATION, outcome: "would-delete" }],
    });
    expect(idle.requests).toHaveLength(0);
  });
});

describe("mms-invites delete: against the sandbox", () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await sandboxWith("c1", 40);
  });
  afterAll(() => sandbox.close());

  it("deletes on Atlas and on Ops Manager and exits 0", async () => {
    const [a, b] = pending("c1", 2);
    const onAtlas = await cli(atlas(sandbox.url, "--invitation", a ?? "", "--invitation", b ?? ""));
    expect(onAtlas.stdout).toContain(`deleted    ${a}`);
    expect(onAtlas.stdout).toContain(
      `Atlas project ${SAMPLE_GROUP_ID} at ${sandbox.url}: 2 deleted, 0 not found, 0 failed`,
    );
    expect(onAtlas.code).toBe(0);
    const [c] = pending("c11", 1);
    // mongocli's variable names work as well as the Atlas CLI's.
    const onOpsManager = await cli(
      ["delete", "--target", "ops-manager", "--org", SAMPLE_ORG_ID, "--invitation", c ?? ""],
      {
        env: {
          MCLI_PUBLIC_API_KEY: OWNER.publicKey,
          MCLI_PRIVATE_API_KEY: OWNER.privateKey,
          MCLI_OPS_MANAGER_URL: sandbox.url,
        },
      },
    );
    expect(onOpsManager.stdout).toContain(`Ops Manager organization ${SAMPLE_ORG_ID} at ${sandbox.url}: 1 deleted`);
    expect(onOpsManager.code).toBe(0);
    expect([a, b, c].map((id) => sandbox.invitationState(id ?? ""))).toEqual(["deleted", "deleted", "deleted"]);
  });

  it("reports invitations not found (accepted, unknown, already deleted) with exit 1 and a summary", async () => {
    const [fresh, gone] = pending("c1", 2, 2);
    await cli(atlas(sandbox.url, "--invitation", gone ?? ""));
    const accepted = "c1000000000000000000acce";
    const ran = await cli(
      atlas(
        sandbox.url,
        "--invitation",
        fresh ?? "",
        "--invitation",
        accepted,
        "--invitation",
        gone ?? "",
        "--invitation",
        INVITATION,
      ),
    );
    expect(ran.code).toBe(1);
    expect(ran.stdout).toContain(`deleted    ${fresh}`);
    // The sandbox answers as Atlas does: 400 INVALID_INVITATION_ID for an accepted, unknown or deleted invitation.
    expect(ran.stdout).toContain(
      `not found  ${accepted}  400 INVALID_INVITATION_ID: The invitation you tried to delete does not exist or has already been accepted.`,
    );
    expect(ran.stdout).toContain(`not found  ${gone}  400 INVALID_INVITATION_ID`);
    expect(ran.stdout).toContain(": 1 deleted, 3 not found, 0 failed");
  });

  it("--json prints one JSON document: an outcome per id, duplicates and a summary, nothing else", async () => {
    const [a, b] = pending("c1", 2, 4);
    const ran = await cli(
      atlas(
        sandbox.url,
        "--invitation",
        a ?? "",
        "--invitation",
        INVITATION,
        "--invitation",
        a ?? "",
        "--invitation",
        b ?? "",
        "--json",
      ),
    );
    expect(ran.code).toBe(1);
    const document = JSON.parse(ran.stdout);
    expect(document).toEqual({
      dryRun: false,
      target: "atlas",
      baseUrl: sandbox.url,
      projectId: SAMPLE_GROUP_ID,
      results: [
        { invitationId: a, outcome: "deleted", status: 204, attempts: 1 },
        {
          invitationId: INVITATION,
          outcome: "not-found",
          status: 400,
          errorCode: "INVALID_INVITATION_ID",
          message: "The invitation you tried to delete does not exist or has already been accepted.",
          attempts: 1,
        },
        { invitationId: b, outcome: "deleted", status: 204, attempts: 1 },
      ],
      duplicates: [{ invitationId: a, at: ["--invitation #1", "--invitation #3"] }],
      summary: { given: 4, unique: 3, deleted: 2, notFound: 1, failed: 0, rateLimited: 0 },
    });
  });

  it("reads ids from a file and from stdin, skipping blank lines and # comments", async () => {
    const [a, b, c, d] = pending("c1", 4, 6);
    const file = join(dir, "ids.txt");
    await writeFile(file, `\uFEFF# to delete\n${a}\n\n  ${b}  # trailing comment\r\n`);
    const fromFile = await cli(atlas(sandbox.url, "--from-file", file));
    expect(fromFile.stdout).toContain(": 2 deleted, 0 not found, 0 failed");
    expect(fromFile.code).toBe(0);
    const fromStdin = await cli(atlas(sandbox.url, "--from-file", "-", "--invitation", d ?? ""), {
      stdin: `${c}\n# done\n`,
    });
    expect(fromStdin.stdout).toContain(": 2 deleted, 0 not found, 0 failed");
    expect(fromStdin.code).toBe(0);
    expect([a, b, c, d].map((id) => sandbox.invitationState(id ?? ""))).toEqual([
      "deleted",
      "deleted",
      "deleted",
      "deleted",
    ]);
  });

  it("deletes an id given twice once, and says so", async () => {
    const [a] = pending("c1", 1, 10);
    sandbox.resetStats();
    const ran = await cli(atlas(sandbox.url, "--invitation", a ?? "", "--from-file", "-"), { stdin: `${a}\n${a}\n` });
    expect(ran.code).toBe(0);
    expect(ran.stderr).toContain(
      `note: ${a} is given 3 times (--invitation #1, line 1 of stdin, line 2 of stdin); it is deleted once`,
    );
    expect(ran.stdout).toContain("1 deleted, 0 not found, 0 failed (2 duplicates skipped)");
    expect(sandbox.stats.byStatus[204]).toBe(1);
    expect(sandbox.stats.byStatus[404]).toBeUndefined();
  });

  it("reads the private key from --private-key-file and warns when others can read the file", async () => {
    const [a, b] = pending("c1", 2, 11);
    const file = join(dir, "private-key");
    await writeFile(file, `${OWNER.privateKey}\n`, { mode: 0o600 });
    await chmod(file, 0o600);
    const env = { MCLI_PUBLIC_API_KEY: OWNER.publicKey };
    const ran = await cli(atlas(sandbox.url, "--invitation", a ?? "", "--private-key-file", file), { env });
    expect(ran.code).toBe(0);
    expect(ran.stderr).not.toContain("warning");
    await chmod(file, 0o644);
    const shared = await cli(atlas(sandbox.url, "--invitation", b ?? "", "--private-key-file", file), { env });
    expect(shared.code).toBe(0);
    expect(shared.stderr).toContain(`warning: ${file} can be read by other users; restrict it with: chmod 600 ${file}`);
    expect(`${ran.stdout}${ran.stderr}${shared.stdout}${shared.stderr}`).not.toContain(OWNER.privateKey);
  });

  it("asks for envelope=true answers with --envelope and still reports the deletes", async () => {
    const [a] = pending("c1", 1, 13);
    const ran = await cli(atlas(sandbox.url, "--invitation", a ?? "", "--envelope", "--json"));
    expect(JSON.parse(ran.stdout).results).toEqual([{ invitationId: a, outcome: "deleted", status: 204, attempts: 1 }]);
    expect(ran.code).toBe(0);
  });

  it("stops after the server refuses the key (401) instead of trying every id, and never shows the key", async () => {
    const ids = pending("c1", 12, 20);
    const ran = await cli(
      [...atlas(sandbox.url, "--json", "--concurrency", "2"), ...ids.flatMap((id) => ["--invitation", id])],
      {
        env: WRONG_KEYS,
      },
    );
    expect(ran.code).toBe(1);
    const { results, summary, stoppedBecause } = JSON.parse(ran.stdout);
    expect(summary).toMatchObject({ deleted: 0, notFound: 0, failed: 12 });
    expect(results[0]).toMatchObject({ outcome: "failed", status: 401, errorCode: "NOT_AUTHORIZED" });
    expect(results.filter((r: { errorCode: string }) => r.errorCode === "NOT_SENT").length).toBeGreaterThanOrEqual(10);
    expect(stoppedBecause).toContain("401 NOT_AUTHORIZED");
    expect(ids.every((id) => sandbox.invitationState(id) === "pending")).toBe(true);
    expect(`${ran.stdout}${ran.stderr}`).not.toContain(SECRET);
  });
});

describe("mms-invites delete: what Atlas answers for a gone invitation", () => {
  it("counts 400 INVALID_INVITATION_ID as not found, as a 404, and every other 400 as failed", async () => {
    const [gone, deleted, refused] = pending("be", 3);
    const server = await startServer((req, res) => {
      if (req.url?.endsWith(gone ?? "")) {
        json(res, 400, {
          detail: "The invitation you tried to delete does not exist or has already been accepted.",
          error: 400,
          errorCode: "INVALID_INVITATION_ID",
          parameters: [gone],
          reason: "Bad Request",
        });
      } else if (req.url?.endsWith(refused ?? "")) {
        json(res, 400, {
          detail:
            "You can't use the /groups/{GROUP-ID}/invites/{INVITATION-ID} endpoint to delete an invitation to an organization.",
          error: 400,
          errorCode: "CANNOT_DELETE_ORG_INVITATION",
          reason: "Bad Request",
        });
      } else noContent(res);
    });
    try {
      const ran = await cli([
        ...atlas(server.url, "--json"),
        ...[gone, deleted, refused].flatMap((id) => ["--invitation", id ?? ""]),
      ]);
      const report = JSON.parse(ran.stdout);
      expect(report.results.map((r: { outcome: string }) => r.outcome)).toEqual(["not-found", "deleted", "failed"]);
      expect(report.results[0]).toMatchObject({
        status: 400,
        errorCode: "INVALID_INVITATION_ID",
        message: "The invitation you tried to delete does not exist or has already been accepted.",
      });
      expect(report.summary).toMatchObject({ deleted: 1, notFound: 1, failed: 1 });
      expect(ran.code).toBe(1);
    } finally {
      await server.close();
    }
  });
});

describe("mms-invites delete: many at once", () => {
  it("never has more calls in flight than --concurrency", async () => {
    let inFlight = 0;
    let most = 0;
    const server = await startServer(async (_req, res) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 25));
      inFlight -= 1;
      noContent(res);
    });
    try {
      const ids = pending("d", 24);
      const ran = await cli([...atlas(server.url, "--concurrency", "3"), ...ids.flatMap((id) => ["--invitation", id])]);
      expect(ran.code).toBe(0);
      expect(server.requests).toHaveLength(24);
      expect(most).toBe(3);
    } finally {
      await server.close();
    }
  });

  it("pauses every worker for a 429's Retry-After, sends the id again, and deletes everything in the end", async () => {
    const arrivals: { at: number; url: string; status: number }[] = [];
    // Each 204 takes 30 ms, so the 32 deletes after the 429 would keep arriving for ~240 ms without a pause.
    const server = await startServer(async (req: IncomingMessage, res: ServerResponse, index) => {
      const status = index === 2 ? 429 : 204;
      arrivals.push({ at: performance.now(), url: req.url ?? "", status });
      if (status === 429) {
        json(res, 429, { error: 429, errorCode: "RATE_LIMITED", detail: "slow down" }, { "Retry-After": "1" });
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 30));
      noContent(res);
    });
    try {
      const ids = pending("e", 36);
      const ran = await cli([...atlas(server.url, "--json"), ...ids.flatMap((id) => ["--invitation", id])]);
      expect(ran.code).toBe(0);
      const { summary, results } = JSON.parse(ran.stdout);
      expect(summary).toMatchObject({ deleted: 36, failed: 0, rateLimited: 1 });
      const limited = arrivals.find((arrival) => arrival.status === 429);
      const limitedId = limited?.url.split("/").pop()?.split("?")[0];
      expect(results.find((r: { invitationId: string }) => r.invitationId === limitedId)).toMatchObject({
        attempts: 2,
      });
      const deleted = new Set(arrivals.filter((a) => a.status === 204).map((a) => a.url.split("/").pop()));
      expect(deleted.size).toBe(36);
      // Calls already on the wire when the 429 left the server may still land; nothing new starts before Retry-After.
      const during = arrivals.filter((a) => a.at > (limited?.at ?? 0) + 100 && a.at < (limited?.at ?? 0) + 950);
      expect(during).toEqual([]);
      // Only calls that were already on the wire (at most --concurrency, default 4) land right after the 429.
      const landing = arrivals.filter((a) => a.at > (limited?.at ?? 0) && a.at <= (limited?.at ?? 0) + 100);
      expect(landing.length).toBeLessThanOrEqual(4);
    } finally {
      await server.close();
    }
  });
});

describe.concurrent("mms-invites delete: the private key never appears in any output", () => {
  it.each([
    ["a 500 answer", "500"],
    ["a server that echoes the key in its error body", "echo"],
    ["a connection reset", "reset"],
    ["a non-JSON 502 page from a proxy", "html"],
  ])("on %s", async (_name, fault) => {
    const server = await startServer((req, res) => {
      if (fault === "500") json(res, 500, { error: 500, errorCode: "UNEXPECTED_ERROR", detail: "boom" });
      else if (fault === "echo") json(res, 400, { error: 400, errorCode: "BAD", detail: `you sent ${SECRET}` });
      else if (fault === "html") {
        res.writeHead(502, { "Content-Type": "text/html" });
        res.end(`<html>Bad gateway ${SECRET}</html>`);
      } else req.socket.destroy();
    });
    try {
      const runs = await Promise.all(
        [[], ["--json"]].map((flags) =>
          cli([...atlas(server.url, "--invitation", INVITATION, "--timeout", "5000"), ...flags], { env: WRONG_KEYS }),
        ),
      );
      for (const ran of runs) {
        expect(ran.code).toBe(1);
        expect(`${ran.stdout}${ran.stderr}`).not.toContain(SECRET);
        expect(`${ran.stdout}${ran.stderr}`).toMatch(/failed|redacted/);
      }
    } finally {
      await server.close();
    }
  });

  it("on a network failure and on a usage error after the keys were read", async () => {
    const closed = await startServer(() => {});
    const url = closed.url;
    await closed.close();
    const down = await cli(atlas(url, "--invitation", INVITATION, "--json"), { env: WRONG_KEYS });
    expect(down.code).toBe(1);
    expect(JSON.parse(down.stdout).results[0]).toMatchObject({
      outcome: "failed",
      status: null,
      errorCode: "NETWORK_ERROR",
    });
    const usage = await cli(atlas(url.replace("http:", "ftp:"), "--invitation", INVITATION), { env: WRONG_KEYS });
    expect(usage.code).toBe(2);
    expect(`${down.stdout}${down.stderr}${usage.stdout}${usage.stderr}`).not.toContain(SECRET);
  });
});
