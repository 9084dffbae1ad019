/**
 * `mms-invites verify` against the sandbox (conformant on both targets and both scopes, nothing left behind) and
 * against the sandbox behind proxies that each break one thing of the contract: every break is reported by name,
 * with the request that showed it, and the run exits 1.
 */
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleTargets, ROOT } from "../scripts/bundle.ts";
import { createAtlasClient, createOpsManagerClient } from "../src/clients.ts";
import { defaultSeed, type Sandbox, startSandbox } from "../src/sandbox/index.ts";
import type { CheckResult, VerifyReport } from "../src/verify/run-verify.ts";
import { type Breakage, rewriteJson, startBreakingProxy } from "./support/breaking-proxy.ts";
import { runCli } from "./support/cli.ts";
import { GROUP_ID, ORG_ID, SANDBOX_OWNER } from "./support/samples.ts";

/** The sandbox's default service account, which holds the owner key's Atlas roles. */
const SANDBOX_ACCOUNT = defaultSeed.serviceAccounts?.[0] ?? { clientId: "", clientSecret: "" };

const ENV = {
  MONGODB_ATLAS_PUBLIC_API_KEY: SANDBOX_OWNER.publicKey,
  MONGODB_ATLAS_PRIVATE_API_KEY: SANDBOX_OWNER.privateKey,
};

let work = "";
let sandbox: Sandbox;
const specs: Record<string, string> = {};

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "mms-invites-verify-"));
  for (const written of await bundleTargets(join(ROOT, "spec", "openapi.yaml"), work)) {
    specs[written.target === "atlas" ? "atlas" : "ops-manager"] = written.dereferenced.json;
  }
  // Runs of verify send a few hundred requests to one project within a minute: far above the default limit.
  const plenty = { limit: 100_000, windowMs: 60_000 };
  sandbox = await startSandbox({ rateLimit: plenty, invitationRateLimit: plenty });
}, 60_000);

afterAll(async () => {
  await sandbox?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

async function verify(
  target: "atlas" | "ops-manager",
  baseUrl: string,
  scopes: readonly string[],
  extra: readonly string[] = [],
): Promise<{ code: number; report: VerifyReport; stderr: string }> {
  const ran = await runCli(
    ["verify", "--target", target, "--base-url", baseUrl, ...scopes, "--spec", specs[target] ?? "", "--json", ...extra],
    { env: ENV },
  );
  return { code: ran.code, report: JSON.parse(ran.stdout) as VerifyReport, stderr: ran.stderr };
}

/** `verify` against `baseUrl` as Atlas in the sample project, checked against the bundled Atlas document. */
function atlasProjectArgs(baseUrl: string, ...extra: string[]): string[] {
  return [
    "verify",
    "--target",
    "atlas",
    "--base-url",
    baseUrl,
    "--project",
    GROUP_ID,
    "--spec",
    specs.atlas ?? "",
    ...extra,
  ];
}

/** Every invitation of the sandbox's sample scopes whose user verify invented. */
async function leftInSandbox(): Promise<string[]> {
  const options = { ...SANDBOX_OWNER, baseUrl: sandbox.url };
  const atlas = createAtlasClient(options);
  const om = createOpsManagerClient(options);
  const lists = await Promise.all([
    atlas.listProjectInvitations({ groupId: GROUP_ID }),
    atlas.listOrganizationInvitations({ orgId: ORG_ID }),
    om.listProjectInvitations({ groupId: GROUP_ID }),
    om.listOrganizationInvitations({ orgId: ORG_ID }),
  ]);
  return lists.flatMap((list) => list.data.map((item) => item.username)).filter((name) => name.startsWith("verify+"));
}

function failed(report: VerifyReport): CheckResult[] {
  return report.checks.filter((check) => check.outcome === "fail");
}

function check(report: VerifyReport, name: string): CheckResult {
  const found = report.checks.find((entry) => entry.name === name);
  if (found === undefined) throw new Error(`no check named ${name}`);
  return found;
}

describe("mms-invites verify against the sandbox", () => {
  it.each(["atlas", "ops-manager"] as const)(
    "finds %s conformant in both scopes, writes JUnit XML and leaves no invitation behind",
    async (target) => {
      const junit = join(work, `${target}.xml`);
      const { code, report } = await verify(
        target,
        sandbox.url,
        ["--project", GROUP_ID, "--org", ORG_ID],
        ["--junit", junit],
      );
      expect(failed(report)).toEqual([]);
      expect(code).toBe(0);
      expect(report.conformant).toBe(true);
      expect(report.scopes.map((scope) => scope.kind)).toEqual(["project", "org"]);
      // 22 checks per scope and the clean-up; the two lifecycles and four variant runs each created one.
      expect(report.checks).toHaveLength(45);
      expect(report.cleanup).toEqual({ created: 6, left: [] });
      expect(await leftInSandbox()).toEqual([]);

      const xml = await readFile(junit, "utf8");
      expect(XMLValidator.validate(xml)).toBe(true);
      const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml) as {
        testsuites: { tests: string; failures: string; testsuite: { testcase: unknown[] }[] };
      };
      expect(parsed.testsuites).toMatchObject({ tests: "45", failures: "0" });
      expect(parsed.testsuites.testsuite).toHaveLength(3);
    },
  );

  it("runs with an Atlas service account, and revokes its token at the end", async () => {
    const ran = await runCli(atlasProjectArgs(sandbox.url, "--json"), {
      env: {
        MONGODB_ATLAS_CLIENT_ID: SANDBOX_ACCOUNT.clientId,
        MONGODB_ATLAS_CLIENT_SECRET: SANDBOX_ACCOUNT.clientSecret,
      },
    });
    const report = JSON.parse(ran.stdout) as VerifyReport;
    expect(failed(report)).toEqual([]);
    expect(ran.code).toBe(0);
    expect(sandbox.tokens.active).toBe(0);
    expect(await leftInSandbox()).toEqual([]);
  });

  it("never writes the private key, even when a server echoes it into an answer", async () => {
    const proxy = await startBreakingProxy(sandbox.url, {
      after: (request, answer) =>
        request.method === "GET" && /\/invites$/.test(request.url) && answer.status === 200
          ? { ...answer, body: Buffer.from(`${SANDBOX_OWNER.privateKey} ${answer.body.toString("utf8")}`) }
          : answer,
    });
    try {
      const junit = join(work, "echo.xml");
      const ran = await runCli(atlasProjectArgs(proxy.url, "--junit", junit, "--format", "lines"), { env: ENV });
      expect(ran.code).toBe(1);
      expect(ran.stdout).toContain('[body] the body is not JSON ("[redacted]');
      const written = `${ran.stdout}${ran.stderr}${await readFile(junit, "utf8")}`;
      expect(written).toContain("the body is not JSON");
      expect(written).not.toContain(SANDBOX_OWNER.privateKey);
      expect(await leftInSandbox()).toEqual([]);
    } finally {
      await proxy.close();
    }
  });

  it("prints one line per check and the verdict without --json", async () => {
    const ran = await runCli(atlasProjectArgs(sandbox.url, "--format", "lines"), { env: ENV });
    expect(ran.code).toBe(0);
    const lines = ran.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(24);
    expect(lines[0]).toBe(
      `PASS  project ${GROUP_ID}  challenge: a request without credentials gets 401 and a Digest challenge`,
    );
    expect(lines.at(-1)).toMatch(
      /^atlas at http:\/\/127\.0\.0\.1:\d+ \(spec [\d.]+\): conformant: 23 passed, 0 failed/,
    );
  });

  it("exits 2 when the server cannot be reached, and for a usage error", async () => {
    const closed = await startBreakingProxy(sandbox.url, {});
    const url = closed.url;
    await closed.close();
    const unreachable = await runCli(atlasProjectArgs(url, "--json"), { env: ENV });
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr).toContain(`cannot reach ${url}: ECONNREFUSED`);
    expect(JSON.parse(unreachable.stdout)).toEqual({
      error: { code: "UNREACHABLE", message: `cannot reach ${url}: ECONNREFUSED` },
    });
    const noScope = await runCli(["verify", "--target", "atlas", "--base-url", sandbox.url], { env: ENV });
    expect(noScope.code).toBe(2);
    expect(noScope.stderr).toContain("--project <groupId> or --org <orgId> is required");
  });
});

const isDelete = (request: { method: string }) => request.method === "DELETE";
const enveloped = (request: { url: string }) =>
  new URL(request.url, "http://x").searchParams.get("envelope") === "true";

describe("mms-invites verify against servers broken on purpose", () => {
  const cases: {
    kind: string;
    target: "atlas" | "ops-manager";
    breakage: Breakage;
    check: string;
    rule: string;
    request: RegExp;
    message: RegExp;
    leaves?: boolean;
  }[] = [
    {
      kind: "a 204 with a body",
      target: "atlas",
      breakage: {
        after: (request, answer) =>
          isDelete(request) && answer.status === 204
            ? {
                ...answer,
                headers: { ...answer.headers, "content-type": "application/json" },
                body: Buffer.from("{}"),
                raw: true,
              }
            : answer,
      },
      check: "lifecycle: delete the invitation (204)",
      rule: "no-body",
      request: /^DELETE \/api\/atlas\/v1\.0\/groups\/[a-f0-9]{24}\/invites\/[a-f0-9]{24} → 204$/,
      message: /declares no content, but the answer has a body \(Content-Length: 2\)/,
    },
    {
      kind: "a 401 without a challenge",
      target: "ops-manager",
      breakage: {
        after: (_request, answer) => {
          if (answer.status !== 401) return answer;
          const headers = { ...answer.headers };
          delete headers["www-authenticate"];
          return { ...answer, headers };
        },
      },
      check: "challenge: a request without credentials gets 401 and a Digest challenge",
      rule: "challenge",
      request: /^GET \/api\/public\/v1\.0\/groups\/[a-f0-9]{24}\/invites → 401$/,
      message: /a 401 without WWW-Authenticate/,
    },
    {
      kind: "a resource that answers without credentials",
      target: "atlas",
      breakage: {
        before: (request) =>
          isDelete(request) && request.headers.authorization === undefined
            ? { status: 204, headers: {}, body: Buffer.alloc(0) }
            : undefined,
      },
      check: "challenge: no operation of the scope answers without credentials",
      rule: "unauthenticated",
      request: /^DELETE \/api\/atlas\/v1\.0\/groups\/[a-f0-9]{24}\/invites\/[a-f0-9]{24} → 204$/,
      message: /answered 204 to a request without credentials/,
    },
    {
      kind: "an envelope with the wrong field name",
      target: "ops-manager",
      breakage: {
        after: (request, answer) =>
          enveloped(request) && answer.status === 200
            ? rewriteJson(answer, (body) => {
                const { content, ...rest } = body as { content: unknown };
                return { ...rest, envelope: content };
              })
            : answer,
      },
      check: "envelope=true: create",
      rule: "body",
      request: /^POST \/api\/public\/v1\.0\/groups\/[a-f0-9]{24}\/invites\?envelope=true → 200$/,
      message: /must have required property 'content'/,
    },
    {
      kind: "a list that answers an object",
      target: "atlas",
      breakage: {
        after: (request, answer) =>
          request.method === "GET" &&
          /\/invites(\?|$)/.test(request.url) &&
          !enveloped(request) &&
          answer.status === 200
            ? rewriteJson(answer, (body) => ({ results: body }))
            : answer,
      },
      check: "lifecycle: the invitation is listed",
      rule: "body",
      request: /^GET \/api\/atlas\/v1\.0\/groups\/[a-f0-9]{24}\/invites → 200$/,
      message: /must be array/,
    },
    {
      kind: "a delete that leaves the invitation listed",
      target: "ops-manager",
      breakage: {
        before: (request) =>
          isDelete(request) && request.headers.authorization !== undefined
            ? { status: 204, headers: {}, body: Buffer.alloc(0) }
            : undefined,
      },
      check: "lifecycle: the invitation is no longer listed",
      rule: "lifecycle",
      request: /^GET \/api\/public\/v1\.0\/groups\/[a-f0-9]{24}\/invites → 200$/,
      message: /^invitation [a-f0-9]{24} is still listed after its delete$/,
      leaves: true,
    },
  ];

  it.each(cases)("reports $kind by name and exits 1", async (entry) => {
    const proxy = await startBreakingProxy(sandbox.url, entry.breakage);
    try {
      const { code, report } = await verify(entry.target, proxy.url, ["--project", GROUP_ID]);
      expect(code).toBe(1);
      expect(report.conformant).toBe(false);
      const found = check(report, entry.check);
      expect(found.outcome).toBe("fail");
      expect(found.violations).toContainEqual({
        request: expect.stringMatching(entry.request),
        rule: entry.rule,
        message: expect.stringMatching(entry.message),
      });
      if (entry.leaves) {
        // The run says what it could not delete; the sandbox itself deletes it, so the next case starts clean.
        expect(report.cleanup.left.length).toBeGreaterThan(0);
        expect(check(report, "cleanup: every invitation this run created is deleted").outcome).toBe("fail");
        const om = createOpsManagerClient({ ...SANDBOX_OWNER, baseUrl: sandbox.url });
        for (const id of report.cleanup.left) await om.deleteProjectInvitation({ groupId: GROUP_ID, invitationId: id });
      } else {
        expect(report.cleanup.left).toEqual([]);
      }
      expect(await leftInSandbox()).toEqual([]);
    } finally {
      await proxy.close();
    }
  });
});

describe("mms-invites verify interrupted", () => {
  it("stops after the check in flight on Ctrl-C, deletes what it created and exits 130", async () => {
    // The proxy holds the lifecycle's get (the run's first signed GET of one invitation) until the process has
    // been told to stop, so the signal arrives after the create, whatever the machine's speed.
    let held: () => void = () => undefined;
    const listHeld = new Promise<void>((resolve) => {
      held = resolve;
    });
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let first = true;
    const proxy = await startBreakingProxy(sandbox.url, {
      async before(request) {
        const get = request.method === "GET" && /\/invites\/[a-f0-9]{24}$/.test(request.url);
        if (get && request.headers.authorization !== undefined && first) {
          first = false;
          held();
          await released;
        }
        return undefined;
      },
    });
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", ...atlasProjectArgs(proxy.url, "--format", "lines")],
      { cwd: ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...ENV }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += String(chunk);
    });
    const told = new Promise<void>((resolve) => {
      child.stderr.on("data", (chunk) => {
        stderr += String(chunk);
        if (stderr.includes("interrupted:")) resolve();
      });
    });
    const exited = new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)));
    try {
      await listHeld;
      child.kill("SIGINT");
      await told;
      release();
      expect(await exited).toBe(130);
      expect(stdout).toContain("PASS  project 32b6e34b3d91647abb20e7b8  lifecycle: create an invitation");
      expect(stdout).toContain("SKIP  project 32b6e34b3d91647abb20e7b8  pretty=true: delete");
      expect(stdout).toContain("PASS  -  cleanup: every invitation this run created is deleted");
      expect(stdout).toMatch(/: interrupted: .*1 invitation\(s\) created\n$/);
      expect(await leftInSandbox()).toEqual([]);
    } finally {
      release();
      child.kill("SIGKILL");
      await proxy.close();
    }
  }, 60_000);
});
