/**
 * `mms-invites prune` as an operator runs it without a terminal: the real binary against the sandbox, on both
 * targets. It deletes exactly what its filters select, refuses without `--yes` having sent nothing, reports a scope
 * its key may not touch while the others finish, and on Ctrl-C lets the calls in flight finish.
 */
import { describe, expect, it } from "vitest";
import { SAMPLE_GROUP_IDS } from "../src/sandbox/index.ts";
import {
  cli,
  finish,
  idsOf,
  invitationId,
  sandboxWith,
  start,
  states,
  USERS,
  until,
  where,
} from "./support/operator.ts";

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
});
