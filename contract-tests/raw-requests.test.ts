/**
 * The mock's side of the contract, with plain fetch, for every operation of the table: what any client of the spec
 * can rely on, whatever it is written in. The client's side is in operations.test.ts and client.test.ts.
 */
import { describe, expect, it } from "vitest";
import type { Operation } from "../src/index.ts";
import { targets } from "../src/targets.ts";
import { expandedPath } from "./support/client.ts";
import {
  MALFORMED_IDS,
  type MalformedIdKind,
  onPrism,
  type RawRequest,
  rawRequest,
  uniqueMalformedId,
} from "./support/server.ts";
import {
  allOperations,
  bodySchema,
  declaredStatuses,
  exampleInput,
  headerExample,
  responseOf,
  schemaErrors,
} from "./support/spec.ts";

/** The request an operation's method sends for the spec's example input. */
function exampleRequest(operation: Operation, input: Record<string, unknown>): RawRequest {
  const fields: readonly string[] = operation.body?.fields ?? [];
  const body = Object.fromEntries(Object.entries(input).filter(([name]) => fields.includes(name)));
  return { method: operation.method, path: expandedPath(operation, input), ...(operation.body ? { body } : {}) };
}

for (const operation of allOperations) {
  const input = exampleInput(operation);
  const request = exampleRequest(operation, input);

  describe(`${targets[operation.target].title} ${operation.name}: ${operation.method} ${operation.path}`, () => {
    for (const status of declaredStatuses(operation).filter((s) => s >= 200 && s < 300)) {
      it(`answers ${status} with a body the declared response's schema accepts, and its declared headers`, async () => {
        const response = await rawRequest({ ...request, prefer: `code=${status}` });
        expect(response.status).toBe(status);
        const declared = responseOf(operation, status);
        const schema = bodySchema(declared);
        const text = await response.text();
        if (schema === undefined) {
          expect(text).toBe("");
        } else {
          expect(response.headers.get("content-type")).toMatch(/^application\/json/);
          expect(schemaErrors(schema, JSON.parse(text))).toEqual([]);
        }
        for (const header of Object.keys(declared?.headers ?? {})) {
          // Prism sends every declared header; its own `Deprecation: true` replaces the example for a deprecated operation.
          if (header !== "Deprecation")
            expect(response.headers.get(header), header).toBe(String(headerExample(declared, header)));
        }
      });
    }

    it("challenges a request without credentials with a Digest MD5 qop=auth challenge and an ApiError body", async () => {
      const response = await rawRequest({ ...request, authorized: false });
      expect(response.status).toBe(401);
      const challenge = response.headers.get("www-authenticate") ?? "";
      expect(challenge).toMatch(/^Digest\s/i);
      expect(challenge).toMatch(/\brealm="MMS Public API"/);
      expect(challenge).toMatch(/\bqop="?auth"?(?:,|$)/);
      expect(challenge).toMatch(/\balgorithm="?MD5"?(?:,|$)/);
      expect(challenge).toMatch(/\bnonce="[^"]+"/);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      const body: unknown = await response.json();
      expect(schemaErrors(bodySchema(responseOf(operation, 401)) ?? {}, body)).toEqual([]);
      expect(body).toMatchObject({ error: 401, errorCode: "NOT_AUTHORIZED" });
    });

    describe("refuses malformed input with 400", () => {
      for (const { name } of operation.pathParams) {
        for (const [kind, label] of Object.entries(MALFORMED_IDS) as [MalformedIdKind, string][]) {
          it(`${name} with ${label}`, async () => {
            const path = expandedPath(operation, { ...input, [name]: uniqueMalformedId(kind) });
            await expectRejected(await rawRequest({ ...request, path, prefer: "code=200" }), name);
          });
        }
      }

      it.each(["pretty", "envelope"])("a non-boolean %s", async (name) => {
        for (const value of ["yes", "2", "null"]) {
          await expectRejected(await rawRequest({ ...request, query: { [name]: value } }), name);
        }
      });
    });

    it("accepts pretty and envelope when they are booleans", async () => {
      const [status] = declaredStatuses(operation).filter((s) => s >= 200 && s < 300 && s !== 200);
      const response = await rawRequest({
        ...request,
        query: { pretty: "true", envelope: "false" },
        prefer: `code=${status ?? 200}`,
      });
      expect(response.status).toBeLessThan(300);
      await response.body?.cancel();
    });

    it.runIf(operation.path.includes("/invites"))(
      "does not serve the vendor curl example's /invitations/ path",
      async () => {
        const path = request.path.replace("/invites", "/invitations");
        const response = await rawRequest({ ...request, path });
        expect(response.status).toBe(404);
        await response.body?.cancel();
      },
    );
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
