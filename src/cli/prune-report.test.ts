import { describe, expect, it } from "vitest";
import type { BulkResult } from "./bulk.ts";
import { humanPlan, humanPruneReport, type PlannedScope, pruneResults } from "./prune-report.ts";
import { checkRoles } from "./roles.ts";
import { paintFor } from "./table.ts";

const P1 = { kind: "projectId", id: "32b6e34b3d91647abb20e7b8" } as const;
const P2 = { kind: "projectId", id: "32b6e34b3d91647abb20e7b9" } as const;
const O1 = { kind: "orgId", id: "4888442a3354817a7320eb61" } as const;
const invitation = (id: string) => ({ id, username: `${id.slice(0, 4)}@example.com`, roles: ["GROUP_OWNER"] });
const plain = paintFor({ isTTY: false }, {});

const plan: PlannedScope[] = [
  { scope: P1, listed: 5, selected: [invitation("aaaa00000000000000000001"), invitation("aaab00000000000000000002")] },
  { scope: P2, listed: 0, selected: [], error: { status: 403, errorCode: "USER_UNAUTHORIZED", message: "no role" } },
  { scope: O1, listed: 1, selected: [invitation("a0a000000000000000000003")] },
];
const runs: BulkResult[] = [
  {
    results: [
      { invitationId: "aaaa00000000000000000001", outcome: "deleted", status: 204, attempts: 1 },
      {
        invitationId: "aaab00000000000000000002",
        outcome: "not-found",
        status: 400,
        errorCode: "INVALID_INVITATION_ID",
        message: "gone",
        attempts: 1,
      },
    ],
    rateLimited: 2,
  },
  { results: [], rateLimited: 0 },
  {
    results: [
      {
        invitationId: "a0a000000000000000000003",
        outcome: "failed",
        status: null,
        errorCode: "NOT_SENT",
        message: "not sent: interrupted",
        attempts: 0,
      },
    ],
    rateLimited: 0,
    stoppedBecause: "interrupted",
  },
];

describe("the prune report", () => {
  it("names each outcome: deleted, already gone (INVALID_INVITATION_ID), not sent; a scope not listed is failed", () => {
    const report = pruneResults(plan, runs);
    expect(report.scopes.flatMap((scope) => scope.results.map((result) => result.outcome))).toEqual([
      "deleted",
      "already-gone",
      "not-sent",
    ]);
    // An interruption is not the scope's failure; the 403 on its list is.
    expect(report.summary).toEqual({
      scopes: 3,
      scopesFailed: 1,
      matched: 3,
      deleted: 1,
      alreadyGone: 1,
      failed: 0,
      notSent: 1,
      rateLimited: 2,
    });
    const text = humanPruneReport("atlas", report, plain, true);
    expect(text).toMatch(
      /project 32b6e34b3d91647abb20e7b8\s+aaab00000000000000000002\s+aaab@example.com\s+already gone\s+400 INVALID_INVITATION_ID/,
    );
    expect(text).toContain(
      "Atlas project 32b6e34b3d91647abb20e7b9: not listed, nothing deleted: 403 USER_UNAUTHORIZED: no role",
    );
    expect(text).toContain("Atlas: 1 deleted, 1 already gone, 0 failed, 1 not sent in 3 scopes (1 failed)");
    expect(text).toContain("Interrupted: the invitations marked not sent were left in place.");
  });

  it("plans per scope with the totals, and a dry run's outcomes are would-delete", () => {
    expect(humanPlan("opsManager", plan, plain)).toContain(
      "Total: 3 invitations to delete in 2 scopes (3 scopes given, 1 could not be listed)",
    );
    const dry = pruneResults(plan, []);
    expect(dry.scopes.flatMap((scope) => scope.results.map((result) => result.outcome))).toEqual([
      "would-delete",
      "would-delete",
      "would-delete",
    ]);
  });

  it("takes a --role of either kind of scope in the run, and refuses one of neither", () => {
    expect(checkRoles("atlas", ["projectId", "orgId"], ["GROUP_OWNER", "ORG_MEMBER"])).toEqual([
      "GROUP_OWNER",
      "ORG_MEMBER",
    ]);
    expect(() => checkRoles("atlas", ["orgId"], ["GROUP_OWNER"])).toThrow(
      /--role "GROUP_OWNER" is not an organization role/,
    );
    expect(() => checkRoles("opsManager", ["projectId"], ["GROUP_READ_ONLY", "GROUP_READ_ONLY"])).toThrow(
      "given twice",
    );
  });
});
