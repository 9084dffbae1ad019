import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidationError } from "../errors.ts";
import { createDefaultSeed, defaultSeed, SAMPLE_GROUP_ID, SAMPLE_GROUP_IDS, SAMPLE_ORG_ID } from "./default-seed.ts";
import { loadSeed, validateSeed } from "./seed.ts";

function validationFailure(value: unknown): { parameter: string; message: string; text: string } {
  try {
    validateSeed(value);
  } catch (error) {
    if (!isValidationError(error)) throw error;
    return { parameter: error.parameter, message: error.message, text: `${inspect(error)} ${JSON.stringify(error)}` };
  }
  throw new Error("expected a ValidationError");
}

const invitation = { id: "aaaa00000000000000000001", groupId: SAMPLE_GROUP_ID };

describe("sandbox seed", () => {
  it("ships a default seed that validates, with an owner key holding every role and a key with none", () => {
    expect(validateSeed(defaultSeed)).toEqual({
      ...defaultSeed,
      invitations: defaultSeed.invitations.map((invitation) => ({ state: "pending", ...invitation })),
    });
    const [owner, nobody] = defaultSeed.keys;
    expect(owner).toMatchObject({
      publicKey: "ownerkey",
      projectOwner: [...SAMPLE_GROUP_IDS],
      orgOwner: [SAMPLE_ORG_ID],
      projectUserAdmin: [...SAMPLE_GROUP_IDS],
      orgUserAdmin: [SAMPLE_ORG_ID],
    });
    expect(nobody).toEqual({ publicKey: "nobodykey", privateKey: expect.any(String), username: "nobody@example.com" });
    expect(defaultSeed.organizations?.[0]?.projects?.map((project) => project.id)).toEqual([...SAMPLE_GROUP_IDS]);
  });

  it.each([
    ["atlas", "groupId", "aaaa"],
    ["atlas", "orgId", "a0a0"],
    ["opsManager", "groupId", "b0b0"],
    ["opsManager", "orgId", "bbbb"],
  ] as const)(
    "seeds %s %s invitations of several ages, users and roles, plus accepted and expired ones",
    (target, scope, prefix) => {
      const now = Date.parse("2026-12-01T12:00:00Z");
      const mine = createDefaultSeed(now).invitations.filter(
        (invitation) => invitation.target === target && invitation[scope] !== undefined,
      );
      expect(mine.every((invitation) => invitation.id.startsWith(prefix))).toBe(true);
      const ages = mine.map((invitation) => now - Date.parse(invitation.createdAt ?? ""));
      const pending = mine.filter(
        (invitation, index) => invitation.state !== "accepted" && (ages[index] ?? 0) < 30 * 86_400_000,
      );
      expect(pending.length).toBeGreaterThanOrEqual(3);
      expect(new Set(pending.map((invitation) => invitation.username)).size).toBeGreaterThanOrEqual(3);
      expect(new Set(pending.map((invitation) => invitation.roles?.join())).size).toBeGreaterThanOrEqual(3);
      expect(new Set(ages.map((age) => Math.round(age / 3_600_000))).size).toBe(mine.length);
      expect(mine.filter((invitation) => invitation.state === "accepted")).toHaveLength(1);
      expect(ages.filter((age) => age > 30 * 86_400_000)).toHaveLength(1);
    },
  );

  it("keeps the ids that tests and docs use pending in the first Atlas project and the Ops Manager organization", () => {
    const ids = (prefix: string) => [1, 2, 3, 4].map((n) => `${prefix}${n.toString().padStart(20, "0")}`);
    const pending = defaultSeed.invitations.filter((invitation) => invitation.state !== "accepted");
    for (const id of ids("aaaa")) {
      expect(pending).toContainEqual(expect.objectContaining({ id, target: "atlas", groupId: SAMPLE_GROUP_ID }));
    }
    for (const id of ids("bbbb")) {
      expect(pending).toContainEqual(expect.objectContaining({ id, target: "opsManager", orgId: SAMPLE_ORG_ID }));
    }
  });

  it.each([
    [{ keys: "x", invitations: [] }, "seed.keys"],
    [{ keys: [{ publicKey: "", privateKey: "p" }], invitations: [] }, "seed.keys[0].publicKey"],
    [{ keys: [{ publicKey: "a b", privateKey: "p" }], invitations: [] }, "seed.keys[0].publicKey"],
    [
      {
        keys: [
          { publicKey: "a", privateKey: "p" },
          { publicKey: "a", privateKey: "q" },
        ],
        invitations: [],
      },
      "seed.keys[1].publicKey",
    ],
    [{ keys: [{ publicKey: "a", privateKey: 7 }], invitations: [] }, "seed.keys[0].privateKey"],
    [
      { keys: [{ publicKey: "a", privateKey: "p", projectOwner: ["nope"] }], invitations: [] },
      "seed.keys[0].projectOwner[0]",
    ],
    [
      { keys: [{ publicKey: "a", privateKey: "p", orgUserAdmin: SAMPLE_ORG_ID }], invitations: [] },
      "seed.keys[0].orgUserAdmin",
    ],
    [{ keys: [], invitations: [{ ...invitation, id: "AAAA00000000000000000001" }] }, "seed.invitations[0].id"],
    [{ keys: [], invitations: [invitation, invitation] }, "seed.invitations[1].id"],
    [{ keys: [], invitations: [{ ...invitation, orgId: SAMPLE_ORG_ID }] }, "seed.invitations[0]"],
    [{ keys: [], invitations: [{ id: invitation.id }] }, "seed.invitations[0]"],
    [{ keys: [], invitations: [{ ...invitation, groupId: "123" }] }, "seed.invitations[0].groupId"],
    [{ keys: [], invitations: [{ ...invitation, state: "deleted" }] }, "seed.invitations[0].state"],
    [{ keys: [], invitations: [{ ...invitation, target: "cloud" }] }, "seed.invitations[0].target"],
    [{ keys: [], invitations: [{ ...invitation, roles: ["ORG_OWNER"] }] }, "seed.invitations[0].roles[0]"],
    [{ keys: [], invitations: [{ ...invitation, roles: [] }] }, "seed.invitations[0].roles"],
    [{ keys: [], invitations: [{ ...invitation, username: "not-an-email" }] }, "seed.invitations[0].username"],
    [{ keys: [], invitations: [{ ...invitation, createdAt: "yesterday" }] }, "seed.invitations[0].createdAt"],
    [{ keys: [], invitations: [{ ...invitation, teamIds: [SAMPLE_ORG_ID] }] }, "seed.invitations[0].teamIds"],
    [
      { keys: [], invitations: [{ id: invitation.id, orgId: SAMPLE_ORG_ID, groupRoleAssignments: [] }] },
      "seed.invitations[0].groupRoleAssignments",
    ],
    [
      {
        keys: [],
        invitations: [
          {
            id: invitation.id,
            target: "atlas",
            orgId: SAMPLE_ORG_ID,
            groupRoleAssignments: [{ groupId: SAMPLE_GROUP_ID, roles: ["ORG_OWNER"] }],
          },
        ],
      },
      "seed.invitations[0].groupRoleAssignments[0].roles[0]",
    ],
    [{ keys: [{ publicKey: "a", privateKey: "p", username: "a" }], invitations: [] }, "seed.keys[0].username"],
    [{ keys: [{ publicKey: "a", privateKey: "p", orgOwner: ["x"] }], invitations: [] }, "seed.keys[0].orgOwner[0]"],
    [{ organizations: [{ id: "x" }], keys: [], invitations: [] }, "seed.organizations[0].id"],
    [
      { organizations: [{ id: SAMPLE_ORG_ID, name: "has space" }], keys: [], invitations: [] },
      "seed.organizations[0].name",
    ],
    [
      { organizations: [{ id: SAMPLE_ORG_ID, projects: [{ id: "nope" }] }], keys: [], invitations: [] },
      "seed.organizations[0].projects[0].id",
    ],
    [[], "seed"],
  ])("refuses %j, naming %s", (value, parameter) => {
    const failure = validationFailure(value);
    expect(failure.parameter).toBe(parameter);
    expect(failure.message).toContain(parameter);
  });

  it("never shows a private key in a validation error", () => {
    const secret = "do-not-show-this-private-key";
    const failure = validationFailure({ keys: [{ publicKey: "a b", privateKey: secret }], invitations: [] });
    expect(failure.text).not.toContain(secret);
  });

  describe("loadSeed", () => {
    let dir = "";
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "sandbox-seed-"));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it("reads and validates a JSON file", async () => {
      const file = join(dir, "seed.json");
      await writeFile(file, JSON.stringify({ keys: [{ publicKey: "a", privateKey: "p" }], invitations: [invitation] }));
      expect(await loadSeed(file)).toEqual({
        keys: [{ publicKey: "a", privateKey: "p" }],
        invitations: [{ ...invitation, target: "atlas", state: "pending" }],
      });
    });

    it("names the bad field of a file's seed", async () => {
      const file = join(dir, "bad.json");
      await writeFile(file, JSON.stringify({ keys: [], invitations: [{ id: "x", groupId: SAMPLE_GROUP_ID }] }));
      await expect(loadSeed(file)).rejects.toMatchObject({ parameter: "seed.invitations[0].id" });
    });

    it("says when the file is missing or not JSON", async () => {
      await expect(loadSeed(join(dir, "missing.json"))).rejects.toThrow(/cannot read seed file/);
      const file = join(dir, "broken.json");
      await writeFile(file, "{ keys: ");
      await expect(loadSeed(file)).rejects.toThrow(/is not JSON/);
    });
  });
});
