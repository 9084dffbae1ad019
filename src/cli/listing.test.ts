import { describe, expect, it } from "vitest";
import { ApiError } from "../errors.ts";
import { listScopes } from "./listing.ts";
import type { Scope } from "./scopes.ts";
import type { Session } from "./session.ts";

const scopes: Scope[] = [
  { kind: "projectId", id: "32b6e34b3d91647abb20e7b8" },
  { kind: "projectId", id: "32b6e34b3d91647abb20e7b9" },
  { kind: "orgId", id: "4888442a3354817a7320eb61" },
];

const refusal = (status: number, errorCode: string) =>
  new ApiError({ method: "GET", path: "/invites", status, errorCode, detail: `said ${errorCode}`, retryAfter: 0 });

describe("listScopes", () => {
  it("lists every scope on its own: a 429 waits and retries, a 403 is that scope's error only", async () => {
    const calls: string[] = [];
    let rateLimited = false;
    const session: Session = {
      target: "atlas",
      baseUrl: "http://127.0.0.1:1",
      identity: "public key test",
      async call(operation, input) {
        const id = String(input.groupId ?? input.orgId);
        calls.push(`${operation.name} ${id} ${String(input.username)}`);
        if (id === scopes[0]?.id && !rateLimited) {
          rateLimited = true;
          throw refusal(429, "RATE_LIMITED");
        }
        if (id === scopes[1]?.id) throw refusal(403, "USER_UNAUTHORIZED");
        return { status: 200, enveloped: false, data: [{ id: "5f3a1c2b9d4e8f7a6b5c4d3e", username: "a@example.com" }] };
      },
      close: async () => {},
    };
    const listings = await listScopes(session, scopes, "a@example.com");
    expect(listings.map((listing) => listing.invitations?.length ?? listing.error)).toEqual([
      1,
      { status: 403, errorCode: "USER_UNAUTHORIZED", message: "said USER_UNAUTHORIZED" },
      1,
    ]);
    expect(calls.filter((call) => call.includes(scopes[0]?.id ?? ""))).toEqual([
      "listProjectInvitations 32b6e34b3d91647abb20e7b8 a@example.com",
      "listProjectInvitations 32b6e34b3d91647abb20e7b8 a@example.com",
    ]);
    expect(calls).toContain("listOrganizationInvitations 4888442a3354817a7320eb61 a@example.com");
  });
});
