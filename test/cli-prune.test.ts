/**
 * The operator commands as an operator runs them: the real `mms-invites` binary against the sandbox, on both
 * targets. `list` across three projects, `prune` selecting exactly what its filters say, the question on a real
 * pseudo-terminal (answered n and y), the refusal without a terminal, Ctrl-C mid-run, a scope the key may not touch,
 * and an invitation accepted between the list and its delete.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  defaultSeed,
  SAMPLE_GROUP_IDS,
  type Sandbox,
  type SandboxInvitation,
  startSandbox,
} from "../src/sandbox/index.ts";
import type { TargetId } from "../src/targets.ts";
import { onTerminal } from "./support/pty.ts";
import { SANDBOX_OWNER as OWNER } from "./support/samples.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DAY = 86_400_000;
const KEYS = {
  MONGODB_ATLAS_AUTH_TYPE: "api_keys",
  MONGODB_ATLAS_PUBLIC_API_KEY: OWNER.publicKey,
  MONGODB_ATLAS_PRIVATE_API_KEY: OWNER.privateKey,
};
const USERS = ["alice@example.com", "bob@example.com", "carol@example.com"] as const;

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

function start(args: readonly string[], env: NodeJS.ProcessEnv = KEYS): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
}

function finish(child: ChildProcess): Promise<Ran> {
  const ran: Ran = { code: null, stdout: "", stderr: "" };
  child.stdout?.on("data", (chunk) => {
    ran.stdout += String(chunk);
  });
  child.stderr?.on("data", (chunk) => {
    ran.stderr += String(chunk);
  });
  child.stdin?.end();
  return new Promise((resolve) => child.on("close", (code) => resolve({ ...ran, code })));
}

const cli = (args: readonly string[], env?: NodeJS.ProcessEnv) => finish(start(args, env));

/**
 * Three projects of the sample organization, each with one invitation per user: alice's sent 20 days ago as
 * GROUP_OWNER, bob's 10 days ago as GROUP_READ_ONLY, carol's 1 day ago as GROUP_OWNER. Ids read
 * `<target><project><user>`: `a…` Atlas, `b…` Ops Manager.
 */
function invitations(target: TargetId, now: number): SandboxInvitation[] {
  const ages = [20, 10, 1];
  const roles = ["GROUP_OWNER", "GROUP_READ_ONLY", "GROUP_OWNER"];
  return SAMPLE_GROUP_IDS.flatMap((groupId, project) =>
    USERS.map((username, user) => ({
      id: invitationId(target, project, user),
      target,
      groupId,
      username,
      roles: [roles[user] ?? "GROUP_READ_ONLY"],
      createdAt: new Date(now - (ages[user] ?? 1) * DAY).toISOString(),
    })),
  );
}

function invitationId(target: TargetId, project: number, user: number): string {
  return `${target === "atlas" ? "a" : "b"}${project}${user}`.padEnd(24, "0");
}

async function sandboxWith(target: TargetId, more: { keys?: typeof defaultSeed.keys } = {}): Promise<Sandbox> {
  return startSandbox({
    seed: {
      organizations: defaultSeed.organizations ?? [],
      keys: [...defaultSeed.keys, ...(more.keys ?? [])],
      invitations: invitations(target, Date.now()),
    },
  });
}

function where(target: TargetId, sandbox: Sandbox): string[] {
  const projects = SAMPLE_GROUP_IDS.flatMap((id) => ["--project", id]);
  return target === "atlas"
    ? ["--target", "atlas", "--base-url", sandbox.url, ...projects]
    : ["--target", "ops-manager", "--url", sandbox.url, ...projects];
}

/** The state of every seeded invitation, by id. */
function states(target: TargetId, sandbox: Sandbox): Record<string, string | undefined> {
  return Object.fromEntries(invitations(target, 0).map(({ id }) => [id, sandbox.invitationState(id)]));
}

/** The ids of `user` in every project. */
const idsOf = (target: TargetId, user: number) =>
  SAMPLE_GROUP_IDS.map((_, project) => invitationId(target, project, user));

// Every test waits on child processes, so they overlap; on a loaded machine a run of the CLI takes seconds.
describe.concurrent.each(["atlas", "opsManager"] as const)("mms-invites on %s", { timeout: 120_000 }, (target) => {
  it("lists what is pending in three projects, then prune --username --yes deletes exactly that user's", async () => {
    const sandbox = await sandboxWith(target);
    try {
      const listed = await cli(["list", ...where(target, sandbox), "--json"]);
      expect(listed.code).toBe(0);
      const document = JSON.parse(listed.stdout);
      expect(document.scopes.map((scope: { projectId: string }) => scope.projectId)).toEqual([...SAMPLE_GROUP_IDS]);
      for (const scope of document.scopes) {
        expect(scope.invitations.map((invitation: { username: string }) => invitation.username).sort()).toEqual([
          ...USERS,
        ]);
      }
      const table = await cli(["list", ...where(target, sandbox)]);
      expect(table.stdout).toContain("ID                        USERNAME           ROLES            CREATED AT");
      expect(table.stdout.match(/: 3 pending/g)).toHaveLength(3);

      const pruned = await cli([
        "prune",
        ...where(target, sandbox),
        "--username",
        "Bob@Example.com",
        "--yes",
        "--json",
      ]);
      expect(pruned.code).toBe(0);
      const report = JSON.parse(pruned.stdout);
      expect(report.summary).toMatchObject({
        scopes: 3,
        matched: 3,
        deleted: 3,
        alreadyGone: 0,
        failed: 0,
        notSent: 0,
      });
      // No terminal, no progress bar: the plan alone on stderr.
      expect(pruned.stderr).not.toContain("…20e7b8");
      expect(pruned.stderr).toContain("Total: 3 invitations to delete in 3 scopes");
      const after = states(target, sandbox);
      for (const [id, state] of Object.entries(after)) {
        expect([id, state]).toEqual([id, idsOf(target, 1).includes(id) ? "deleted" : "pending"]);
      }
    } finally {
      await sandbox.close();
    }
  });

  it("plans exactly what the filters select, and a dry run deletes nothing", async () => {
    const sandbox = await sandboxWith(target);
    try {
      const run = (...filters: string[]) =>
        cli(["prune", ...where(target, sandbox), ...filters, "--dry-run", "--json"]);
      const planned = async (...filters: string[]) => {
        const ran = await run(...filters);
        expect(ran.code).toBe(0);
        const report = JSON.parse(ran.stdout);
        expect(report.dryRun).toBe(true);
        return report.scopes
          .flatMap((scope: { results: { invitationId: string; outcome: string }[] }) => scope.results)
          .map((result: { invitationId: string; outcome: string }) => {
            expect(result.outcome).toBe("would-delete");
            return result.invitationId;
          })
          .sort();
      };
      // Sent 20, 10 and 1 days ago, they expire in 10, 20 and 29 days.
      const cases: [string[], string[]][] = [
        [["--older-than", "15d"], idsOf(target, 0)],
        [
          ["--older-than", "5d"],
          [...idsOf(target, 0), ...idsOf(target, 1)],
        ],
        [
          ["--role", "GROUP_OWNER"],
          [...idsOf(target, 0), ...idsOf(target, 2)],
        ],
        [["--role", "GROUP_OWNER", "--older-than", "2d"], idsOf(target, 0)],
        [["--expiring-within", "15d"], idsOf(target, 0)],
        [["--username", "carol@example.com", "--expiring-within", "15d"], []],
      ];
      const plans = await Promise.all(cases.map(([filters]) => planned(...filters)));
      expect(plans).toEqual(cases.map(([, ids]) => [...ids].sort()));
      expect(Object.values(states(target, sandbox)).every((state) => state === "pending")).toBe(true);
    } finally {
      await sandbox.close();
    }
  });

  it("without a terminal and without --yes exits 2 with one line, having sent nothing", async () => {
    const sandbox = await sandboxWith(target);
    try {
      sandbox.resetStats();
      const ran = await cli(["prune", ...where(target, sandbox), "--username", "alice@example.com"]);
      expect(ran).toEqual({
        code: 2,
        stdout: "",
        stderr:
          "error: prune deletes without asking only with --yes (no terminal to ask on): add --yes, or --dry-run to see the plan\n",
      });
      expect(sandbox.stats.requests).toBe(0);
      expect(Object.values(states(target, sandbox)).every((state) => state === "pending")).toBe(true);
    } finally {
      await sandbox.close();
    }
  });

  it("refuses bad filters before sending anything, naming the flag", async () => {
    const sandbox = await sandboxWith(target);
    try {
      sandbox.resetStats();
      const runs = await Promise.all([
        cli(["prune", ...where(target, sandbox), "--older-than", "14 days", "--yes"]),
        cli(["prune", ...where(target, sandbox), "--expiring-within", "0m", "--yes"]),
        cli(["prune", ...where(target, sandbox), "--role", "ORG_OWNER", "--yes"]),
        cli(["prune", ...where(target, sandbox), "--yes"]),
      ]);
      expect(runs.map((ran) => ran.code)).toEqual([2, 2, 2, 2]);
      expect(runs[0]?.stderr).toContain("error: --older-than must be a whole number of minutes, hours, days or weeks");
      expect(runs[1]?.stderr).toContain("error: --expiring-within must be");
      expect(runs[2]?.stderr).toContain('error: --role "ORG_OWNER" is not a project role here');
      expect(runs[3]?.stderr).toContain("error: prune needs a filter");
      expect(sandbox.stats.requests).toBe(0);
    } finally {
      await sandbox.close();
    }
  });

  it("reports 403 for the scope its key may not touch, and finishes the others", async () => {
    const limited = {
      publicKey: "twoprojects",
      privateKey: "00000000-0000-4000-8000-0000000000c3",
      projectOwner: SAMPLE_GROUP_IDS.slice(0, 2),
      projectUserAdmin: SAMPLE_GROUP_IDS.slice(0, 2),
    };
    const sandbox = await sandboxWith(target, { keys: [limited] });
    try {
      const env = {
        MONGODB_ATLAS_PUBLIC_API_KEY: limited.publicKey,
        MONGODB_ATLAS_PRIVATE_API_KEY: limited.privateKey,
      };
      const ran = await cli(["prune", ...where(target, sandbox), "--older-than", "15d", "--yes", "--json"], env);
      expect(ran.code).toBe(1);
      const report = JSON.parse(ran.stdout);
      expect(report.scopes[2]).toMatchObject({ projectId: SAMPLE_GROUP_IDS[2], error: { status: 403 }, results: [] });
      expect(report.summary).toMatchObject({ scopes: 3, scopesFailed: 1, deleted: 2, failed: 0 });
      expect(states(target, sandbox)).toMatchObject({
        [invitationId(target, 0, 0)]: "deleted",
        [invitationId(target, 1, 0)]: "deleted",
        [invitationId(target, 2, 0)]: "pending",
      });
      expect(`${ran.stdout}${ran.stderr}`).not.toContain(limited.privateKey);
    } finally {
      await sandbox.close();
    }
  });

  it("on Ctrl-C mid-run lets the calls in flight finish, reports the rest as not sent and exits 130", async () => {
    const sandbox = await sandboxWith(target);
    try {
      const child = start([
        ...["prune", ...where(target, sandbox)],
        "--all",
        "--yes",
        "--json",
        "--rate",
        "1/s",
        "--concurrency",
        "1",
      ]);
      const done = finish(child);
      // Wait for the first delete to land, then interrupt: at 1 a second per project most are still to go.
      await until(() => Object.values(states(target, sandbox)).includes("deleted"));
      child.kill("SIGINT");
      const ran = await done;
      expect(ran.code).toBe(130);
      expect(ran.stderr).toContain("interrupted: waiting for the calls in flight");
      const report = JSON.parse(ran.stdout);
      expect(report.stoppedBecause).toBe("interrupted");
      const results = report.scopes.flatMap((scope: { results: unknown[] }) => scope.results) as {
        invitationId: string;
        outcome: string;
      }[];
      expect(results).toHaveLength(9);
      expect(report.summary.notSent).toBeGreaterThan(0);
      expect(report.summary.deleted + report.summary.notSent).toBe(9);
      for (const result of results) {
        expect(sandbox.invitationState(result.invitationId)).toBe(result.outcome === "deleted" ? "deleted" : "pending");
      }
    } finally {
      await sandbox.close();
    }
  });

  it("on a terminal asks first: n leaves everything in place, y deletes, an id accepted meanwhile is already gone", async () => {
    const sandbox = await sandboxWith(target);
    try {
      const args = ["--import", "tsx", "src/cli/main.ts", "prune", ...where(target, sandbox), "--older-than", "15d"];
      const env = { PATH: process.env.PATH, HOME: process.env.HOME, TERM: "xterm", ...KEYS };
      const declined = onTerminal(process.execPath, args, env, ROOT);
      await declined.waitFor("Delete 3 invitations in 3 scopes? [y/N] ");
      declined.type("n\n");
      expect(await declined.exited).toBe(1);
      expect(declined.screen()).toContain("Not confirmed: nothing was deleted.");
      expect(Object.values(states(target, sandbox)).every((state) => state === "pending")).toBe(true);

      const accepted = onTerminal(process.execPath, args, { ...env, NO_COLOR: "1" }, ROOT);
      await accepted.waitFor("Delete 3 invitations in 3 scopes? [y/N] ");
      // Accepted after the list, before the delete.
      const [first] = invitations(target, Date.now());
      if (first === undefined) throw new Error("no seeded invitation");
      sandbox.addInvitation({ ...first, state: "accepted" });
      accepted.type("y\n");
      expect(await accepted.exited).toBe(0);
      const screen = accepted.screen();
      expect(screen).toMatch(
        new RegExp(
          `${first.id}\\s+alice@example.com\\s+already gone\\s+${target === "atlas" ? "400 INVALID_INVITATION_ID" : "404"}`,
        ),
      );
      // One progress bar, with each scope's count beside it.
      expect(screen).toMatch(/…20e7b8 [01]\/1 …20e7b9 [01]\/1 …20e7ba [01]\/1/);
      expect(screen).toContain(": 2 deleted, 1 already gone, 0 failed in 3 scopes");
      // NO_COLOR: no colour escape anywhere (the first run, without it, was coloured).
      const ESC = String.fromCharCode(27);
      expect([31, 32, 33, 1].filter((code) => screen.includes(`${ESC}[${code}m`))).toEqual([]);
      expect(declined.screen()).toContain(`${ESC}[1m`);
      expect(states(target, sandbox)).toMatchObject({
        [invitationId(target, 0, 0)]: "accepted",
        [invitationId(target, 1, 0)]: "deleted",
        [invitationId(target, 2, 0)]: "deleted",
        [invitationId(target, 0, 1)]: "pending",
      });
    } finally {
      await sandbox.close();
    }
  });

  it("on a terminal, Ctrl-C at the question exits 130 with nothing deleted", async () => {
    const sandbox = await sandboxWith(target);
    try {
      const args = ["--import", "tsx", "src/cli/main.ts", "prune", ...where(target, sandbox), "--all"];
      const env = { PATH: process.env.PATH, HOME: process.env.HOME, TERM: "xterm", ...KEYS };
      const terminal = onTerminal(process.execPath, args, env, ROOT);
      await terminal.waitFor("Delete 9 invitations in 3 scopes? [y/N] ");
      terminal.type("\u0003");
      expect(await terminal.exited).toBe(130);
      expect(terminal.screen()).toContain("Interrupted: nothing was deleted.");
      expect(Object.values(states(target, sandbox)).every((state) => state === "pending")).toBe(true);
    } finally {
      await sandbox.close();
    }
  });
});

/** Resolves once `condition` holds, checking every few milliseconds (an order, not a time, is what is asserted). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}
