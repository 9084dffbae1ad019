import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidationError } from "../errors.ts";
import { defaultSeed, loadSeed, SAMPLE_GROUP_ID, SAMPLE_ORG_ID, validateSeed } from "./seed.ts";

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
  it("ships a default seed with a key holding both roles, a key with none, and pending and accepted invitations", () => {
    expect(validateSeed(defaultSeed)).toEqual({
      keys: defaultSeed.keys,
      invitations: defaultSeed.invitations.map((entry) => ({ state: "pending", ...entry })),
      serviceAccounts: defaultSeed.serviceAccounts,
    });
    const [owner, nobody] = defaultSeed.keys;
    expect(owner).toMatchObject({ projectOwner: [SAMPLE_GROUP_ID], orgUserAdmin: [SAMPLE_ORG_ID] });
    expect(nobody?.projectOwner ?? []).toEqual([]);
    expect(nobody?.orgUserAdmin ?? []).toEqual([]);
    for (const scope of ["groupId", "orgId"] as const) {
      const mine = defaultSeed.invitations.filter((entry) => entry[scope] !== undefined);
      expect(mine.filter((entry) => entry.state === "accepted")).toHaveLength(1);
      expect(mine.filter((entry) => entry.state !== "accepted").length).toBeGreaterThanOrEqual(3);
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
        invitations: [{ ...invitation, state: "pending" }],
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
