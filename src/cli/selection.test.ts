import { describe, expect, it } from "vitest";
import { hasFilter, type ListedInvitation, matches, select } from "./selection.ts";

const DAY = 86_400_000;
const NOW = Date.parse("2026-12-01T12:00:00Z");

function invitation(id: string, ageDays: number, username: string, roles: string[]): ListedInvitation {
  const created = NOW - ageDays * DAY;
  return {
    id,
    username,
    roles,
    createdAt: new Date(created).toISOString(),
    expiresAt: new Date(created + 30 * DAY).toISOString(),
  };
}

const listed = [
  invitation("a1", 1, "alice@example.com", ["GROUP_READ_ONLY"]),
  invitation("a2", 20, "Alice@Example.com", ["GROUP_OWNER"]),
  invitation("b1", 20, "bob@example.com", ["GROUP_READ_ONLY", "GROUP_OWNER"]),
  invitation("b2", 29, "bob@example.com", ["GROUP_CLUSTER_MANAGER"]),
];

describe("select", () => {
  it("picks by username without regard to case, and nobody else", () => {
    expect(select(listed, { username: "alice@example.com" }, NOW).map((i) => i.id)).toEqual(["a1", "a2"]);
  });

  it("picks by age: sent at least --older-than ago, the boundary included", () => {
    expect(select(listed, { olderThanMs: 20 * DAY }, NOW).map((i) => i.id)).toEqual(["a2", "b1", "b2"]);
    expect(select(listed, { olderThanMs: 20 * DAY + 1 }, NOW).map((i) => i.id)).toEqual(["b2"]);
  });

  it("picks by time to expiry (30 days after sending)", () => {
    expect(select(listed, { expiringWithinMs: 2 * DAY }, NOW).map((i) => i.id)).toEqual(["b2"]);
    expect(select(listed, { expiringWithinMs: 10 * DAY }, NOW).map((i) => i.id)).toEqual(["a2", "b1", "b2"]);
  });

  it("picks by role: any of the roles given", () => {
    expect(select(listed, { roles: ["GROUP_OWNER"] }, NOW).map((i) => i.id)).toEqual(["a2", "b1"]);
    expect(select(listed, { roles: ["GROUP_CLUSTER_MANAGER", "GROUP_READ_ONLY"] }, NOW).map((i) => i.id)).toEqual([
      "a1",
      "b1",
      "b2",
    ]);
  });

  it("needs every filter given to hold", () => {
    const both = { username: "bob@example.com", olderThanMs: 25 * DAY, roles: ["GROUP_CLUSTER_MANAGER"] };
    expect(select(listed, both, NOW).map((i) => i.id)).toEqual(["b2"]);
    expect(select(listed, { ...both, roles: ["GROUP_OWNER"] }, NOW)).toEqual([]);
  });

  it("leaves alone an invitation whose dates cannot be read when a date filter is given", () => {
    const undated: ListedInvitation = { id: "u1", username: "u@example.com" };
    expect(matches(undated, { olderThanMs: DAY }, NOW)).toBe(false);
    expect(matches(undated, { expiringWithinMs: DAY }, NOW)).toBe(false);
    expect(matches(undated, {}, NOW)).toBe(true);
  });

  it("says whether any filter is set", () => {
    expect(hasFilter({})).toBe(false);
    expect(hasFilter({ roles: [] })).toBe(false);
    expect(hasFilter({ olderThanMs: 1 })).toBe(true);
  });
});
