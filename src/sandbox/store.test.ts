import { describe, expect, it } from "vitest";
import type { Scope } from "./routes.ts";
import { INVITATION_LIFETIME_MS, SandboxStore } from "./store.ts";

const GROUP = "32b6e34b3d91647abb20e7b8";
const ORG = "4888442a3354817a7320eb61";
const atlasGroup: Scope = { target: "atlas", kind: "group", id: GROUP };
const atlasOrg: Scope = { target: "atlas", kind: "org", id: ORG };

function store(now: () => number = () => 0): SandboxStore {
  return new SandboxStore(
    {
      keys: [{ publicKey: "k", privateKey: "p", projectOwner: [GROUP], orgUserAdmin: [ORG] }],
      invitations: [
        { id: "aaaa00000000000000000001", target: "atlas", groupId: GROUP, username: "a@example.com" },
        { id: "aaaa00000000000000000002", target: "atlas", orgId: ORG, username: "a@example.com" },
        { id: "aaaa00000000000000000003", target: "opsManager", groupId: GROUP, username: "a@example.com" },
        { id: "aaaa00000000000000000004", target: "atlas", groupId: GROUP, state: "accepted" },
      ],
    },
    now,
  );
}

describe("SandboxStore", () => {
  it("holds each role on its own target and scope, and makes named projects and organizations exist", () => {
    const s = store();
    expect(s.hasRole("k", atlasGroup)).toBe(true);
    expect(s.hasRole("k", { ...atlasGroup, target: "opsManager" })).toBe(false);
    expect(s.hasRole("k", { target: "opsManager", kind: "org", id: ORG })).toBe(true);
    expect(s.hasRole("k", atlasOrg)).toBe(false);
    expect(s.scopeName("group", GROUP)).toBe(`project-${GROUP}`);
    expect(s.scopeName("group", "ffffffffffffffffffffffff")).toBeUndefined();
  });

  it("lists, finds and deletes only within one target and scope", () => {
    const s = store();
    expect(s.list(atlasGroup).map((invitation) => invitation.id)).toEqual(["aaaa00000000000000000001"]);
    expect(s.find(atlasGroup, "aaaa00000000000000000003")).toBeUndefined();
    expect(s.delete(atlasGroup, "aaaa00000000000000000002")).toBe("other-scope");
    expect(s.delete(atlasOrg, "aaaa00000000000000000001")).toBe("other-scope");
    expect(s.delete(atlasGroup, "aaaa00000000000000000003")).toBe("missing");
    expect(s.delete(atlasGroup, "aaaa00000000000000000004")).toBe("missing");
    expect(s.delete(atlasGroup, "aaaa00000000000000000001")).toBe("deleted");
    expect(s.delete(atlasGroup, "aaaa00000000000000000001")).toBe("missing");
    expect(s.invitationState("aaaa00000000000000000001")).toBe("deleted");
    expect(s.invitationState("aaaa00000000000000000004")).toBe("accepted");
  });

  it("expires an invitation exactly 30 days after it was created", () => {
    let now = 1_000_000;
    const s = store(() => now);
    const created = s.create(atlasGroup, "b@example.com", "k@example.com", { roles: ["GROUP_OWNER"] });
    expect(created.id).toMatch(/^[0-9a-f]{24}$/);
    now += INVITATION_LIFETIME_MS - 1;
    expect(s.find(atlasGroup, created.id)).toBe(created);
    now += 1;
    expect(s.find(atlasGroup, created.id)).toBeUndefined();
    expect(s.invitationState(created.id)).toBe("expired");
    expect(s.delete(atlasGroup, created.id)).toBe("missing");
  });

  it("gives every created invitation a fresh id and keeps one pending invitation per user and scope", () => {
    const s = store();
    const first = s.create(atlasGroup, "c@example.com", "k@example.com", { roles: ["GROUP_OWNER"] });
    const second = s.create(atlasGroup, "C@example.com", "k@example.com", { roles: ["GROUP_READ_ONLY"] });
    expect(second.id).not.toBe(first.id);
    expect(s.invitationState(first.id)).toBe("deleted");
    expect(s.findByUsername(atlasGroup, "c@example.com")).toBe(second);
  });
});
