import { describe, expect, it } from "vitest";
import { isValidationError } from "../errors.ts";
import { operationFor, resolveScopes, rolesFor, scopesFromText, singleScope } from "./scopes.ts";

const P1 = "32b6e34b3d91647abb20e7b8";
const P2 = "32b6e34b3d91647abb20e7b9";
const O1 = "4888442a3354817a7320eb61";

function refusal(run: () => unknown): Error & { parameter: string } {
  try {
    run();
  } catch (error) {
    if (isValidationError(error)) return error as Error & { parameter: string };
    throw error;
  }
  throw new Error("not refused");
}

describe("scopes", () => {
  it("takes --project, --org and the file's lines in that order, each scope once", () => {
    const fromFile = scopesFromText(`# offboarding\nproject ${P2}\n\norg ${O1}  # the org\nproject ${P1}\n`, "s.txt");
    expect(resolveScopes([P1, P1], [O1], fromFile)).toEqual([
      { kind: "projectId", id: P1 },
      { kind: "orgId", id: O1 },
      { kind: "projectId", id: P2 },
    ]);
  });

  it("names the place of a bad id or a bad line, and refuses a run with no scope", () => {
    expect(refusal(() => resolveScopes([P1, "32B6"], [])).message).toMatch(
      /^--project #2: "32B6" is 4 characters long; it must be 24 hexadecimal/,
    );
    expect(refusal(() => resolveScopes([], [], scopesFromText(`org ${P1}x`, "s.txt"))).message).toMatch(
      /^line 1 of s.txt: "32b6e34b3d91647abb20e7b8x" contains "x"; it must be/,
    );
    expect(refusal(() => scopesFromText(`group ${P1}`, "s.txt")).message).toBe(
      '--scopes-from-file: line 1 of s.txt must read "project <id>" or "org <id>"',
    );
    expect(refusal(() => resolveScopes([], [])).parameter).toBe("--project");
    expect(refusal(() => singleScope(resolveScopes([P1, P2], []), "describe")).message).toContain("one scope");
  });

  it("finds each verb's generated operation on both targets and both scopes", () => {
    expect(operationFor("atlas", "projectId", "delete").operationId).toBe("deleteProjectInvitation");
    expect(operationFor("atlas", "orgId", "updateById").operationId).toBe("updateOrganizationInvitationById");
    expect(operationFor("opsManager", "projectId", "list").operationId).toBe("opsManagerListProjectInvitations");
    expect(operationFor("opsManager", "orgId", "create").path).toBe("/api/public/v1.0/orgs/{orgId}/invites");
  });

  it("reads each scope's roles from the spec", () => {
    expect(rolesFor("atlas", "projectId")).toContain("GROUP_SEARCH_INDEX_EDITOR");
    expect(rolesFor("opsManager", "projectId")).toContain("GROUP_USER_ADMIN");
    expect(rolesFor("atlas", "orgId")).toContain("ORG_MEMBER");
    expect(rolesFor("atlas", "orgId")).not.toContain("GROUP_OWNER");
  });
});
