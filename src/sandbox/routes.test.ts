import { describe, expect, it } from "vitest";
import { operations } from "../api.ts";
import { handlers } from "./handlers.ts";
import { findRoute, matchRoute, routes } from "./routes.ts";

const GROUP = "32b6e34b3d91647abb20e7b8";

describe("sandbox routes", () => {
  it("has one route per operation of the spec, and a handler for every operation name", () => {
    expect(routes.map((route) => route.operation.operationId).sort()).toEqual(Object.keys(operations).sort());
    for (const route of routes)
      expect(handlers[route.operation.name], route.operation.operationId).toBeTypeOf("function");
  });

  it("matches a method and path to its operation, with the raw path segments", () => {
    const match = matchRoute("PATCH", `/api/public/v1.0/groups/${GROUP}/invites/b0b000000000000000000001`);
    expect(match?.kind).toBe("operation");
    if (match?.kind !== "operation") return;
    expect(match.route.operation.operationId).toBe("opsManagerUpdateProjectInvitationById");
    expect(match.route.scopeKind).toBe("group");
    expect(match.segments).toEqual([GROUP, "b0b000000000000000000001"]);
  });

  it("names the declared methods, in a fixed order, for a method a path does not declare", () => {
    expect(matchRoute("PUT", `/api/atlas/v1.0/orgs/${GROUP}/invites`)).toEqual({
      kind: "method-not-allowed",
      allow: "GET, POST, PATCH",
    });
    expect(matchRoute("POST", `/api/atlas/v1.0/orgs/${GROUP}/invites/x`)).toEqual({
      kind: "method-not-allowed",
      allow: "GET, PATCH, DELETE",
    });
  });

  it("matches no path the spec does not declare, such as the vendor docs' /invitations/", () => {
    expect(matchRoute("DELETE", `/api/atlas/v1.0/groups/${GROUP}/invitations/x`)).toBeUndefined();
    expect(matchRoute("GET", `/api/atlas/v1.0/groups/${GROUP}/invites/x/y`)).toBeUndefined();
  });

  it("carries the spec's deprecation as Deprecation and Sunset headers", () => {
    const route = findRoute("atlas", "group", "DELETE", true);
    expect(route?.operation.operationId).toBe("deleteProjectInvitation");
    expect(route?.deprecationHeaders).toEqual({ Deprecation: "@1735689600", Sunset: "Thu, 01 Jul 2027 00:00:00 GMT" });
  });
});
