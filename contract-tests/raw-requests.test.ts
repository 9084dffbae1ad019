/**
 * The mock's side of the contract, with plain fetch: what any client of the spec can rely on, whatever it is
 * written in. The client's side is in client.test.ts.
 */
import { describe, expect, it } from "vitest";
import {
  MALFORMED_IDS,
  type MalformedIdKind,
  onPrism,
  rawDelete,
  rawTargets,
  uniqueMalformedId,
} from "./support/server.ts";

for (const target of rawTargets) {
  describe(`${target.name}: DELETE ${target.pathTemplate}`, () => {
    it("answers 204 with no body when the invitation is deleted", async () => {
      const response = await rawDelete(target.url(), { prefer: "code=204" });
      expect(response.status).toBe(204);
      expect(await response.text()).toBe("");
      if (target.name === "Ops Manager") {
        expect(response.headers.get("x-mongodb-service-version")).toMatch(/^gitHash=[0-9a-f]+; versionString=\S+$/);
      }
    });

    it("wraps success as {status: 204, content: {}} with status line 200 when envelope=true", async () => {
      const response = await rawDelete(target.url(), { query: { envelope: "true" }, prefer: "example=deleted" });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(await response.json()).toEqual({ status: 204, content: {} });
    });

    it("wraps a 404 ApiError in the envelope when envelope=true", async () => {
      const response = await rawDelete(target.url(), { query: { envelope: "true" }, prefer: "example=notFound" });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        status: 404,
        content: expect.objectContaining({ error: 404, errorCode: "INVITATION_NOT_FOUND" }),
      });
    });

    it("challenges a request without credentials with a Digest MD5 qop=auth challenge and an ApiError body", async () => {
      const response = await rawDelete(target.url(), { authorized: false });
      expect(response.status).toBe(401);
      const challenge = response.headers.get("www-authenticate") ?? "";
      expect(challenge).toMatch(/^Digest\s/i);
      expect(challenge).toMatch(/\brealm="MMS Public API"/);
      expect(challenge).toMatch(/\bqop="?auth"?(?:,|$)/);
      expect(challenge).toMatch(/\balgorithm="?MD5"?(?:,|$)/);
      expect(challenge).toMatch(/\bnonce="[^"]+"/);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(await response.json()).toMatchObject({ error: 401, errorCode: "NOT_AUTHORIZED" });
    });

    it.each([
      { code: 403, errorCode: "USER_UNAUTHORIZED" },
      { code: 404, errorCode: "INVITATION_NOT_FOUND" },
      { code: 429, errorCode: "RATE_LIMITED" },
      { code: 500, errorCode: "UNEXPECTED_ERROR" },
    ])("answers $code with an ApiError body whose errorCode is $errorCode", async ({ code, errorCode }) => {
      const response = await rawDelete(target.url(), { prefer: `code=${code}` });
      expect(response.status).toBe(code);
      expect(await response.json()).toMatchObject({ error: code, errorCode });
      if (code === 429) expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
    });

    describe("refuses malformed input with 400 INVALID_ATTRIBUTE", () => {
      for (const param of [target.parentParam, "invitationId"] as const) {
        for (const [kind, label] of Object.entries(MALFORMED_IDS) as [MalformedIdKind, string][]) {
          it(`${param} with ${label}`, async () => {
            const id = uniqueMalformedId(kind);
            const ids = param === "invitationId" ? { invitationId: id } : { parentId: id };
            const response = await rawDelete(target.url(ids), { prefer: "code=204" });
            await expectRejected(response, param);
          });
        }
      }

      it.each(["pretty", "envelope"])("a non-boolean %s", async (name) => {
        for (const value of ["yes", "2", "null"]) {
          const response = await rawDelete(target.url(), { query: { [name]: value }, prefer: "code=204" });
          await expectRejected(response, name);
        }
      });
    });

    it("accepts pretty and envelope when they are booleans", async () => {
      const response = await rawDelete(target.url(), {
        query: { pretty: "true", envelope: "false" },
        prefer: "code=204",
      });
      expect(response.status).toBe(204);
    });

    it("does not serve the vendor curl example's /invitations/ path", async () => {
      const response = await rawDelete(target.url({ segment: "invitations" }), { prefer: "code=204" });
      expect(response.status).toBe(404);
      await response.body?.cancel();
    });
  });
}

async function expectRejected(response: Response, parameter: string): Promise<void> {
  expect(response.status).toBe(400);
  expect(await response.json()).toMatchObject({ error: 400, errorCode: "INVALID_ATTRIBUTE" });
  if (onPrism) {
    // Prism says which rule failed; `location` names the parameter in lower case.
    const violations = JSON.parse(response.headers.get("sl-violations") ?? "[]") as { location: string[] }[];
    expect(violations.map((v) => v.location.join(".").toLowerCase())).toContainEqual(
      expect.stringMatching(new RegExp(`\\.${parameter.toLowerCase()}$`)),
    );
  }
}
