/**
 * The sandbox conforms to spec/openapi.yaml, proven by Prism: a session goes through `prism proxy`, which
 * validates every answer the sandbox gives against the spec and reports violations in `sl-violations`.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prism } from "../scripts/prism.ts";
import { SAMPLE_GROUP_ID, SAMPLE_ORG_ID, type Sandbox, startSandbox } from "../src/sandbox/index.ts";
import {
  isDigestFalsePositive,
  requestViolations,
  responseViolations,
  startPrismProxy,
  violationsOf,
} from "./support/prism-proxy.ts";
import { SANDBOX_NOBODY as NOBODY, SANDBOX_OWNER as OWNER } from "./support/samples.ts";
import { DigestSession, parseChallenges } from "./support/sandbox-signer.ts";

const atlas = (id: string) => `/api/atlas/v1.0/groups/${SAMPLE_GROUP_ID}/invites/${id}`;
const opsManager = (id: string) => `/api/public/v1.0/orgs/${SAMPLE_ORG_ID}/invites/${id}`;

let sandbox: Sandbox | undefined;
let prism: Prism | undefined;

beforeAll(async () => {
  sandbox = await startSandbox({ rateLimit: { limit: 4, windowMs: 60_000 } });
  prism = await startPrismProxy(sandbox.url);
}, 30_000);

afterAll(async () => {
  // Each is stopped even when starting the other, or a test, failed: no Prism is left running.
  await Promise.allSettled([prism?.close(), sandbox?.close()]);
});

function proxyUrl(): string {
  if (prism === undefined) throw new Error("Prism did not start");
  return prism.url;
}

/** Asserts the answer came from the sandbox through Prism and that Prism found nothing wrong with it. */
async function expectConforming(response: Response, status: number): Promise<string> {
  const body = await response.text();
  expect(response.status, body).toBe(status);
  expect(response.headers.has("sl-violations") || response.headers.has("access-control-allow-origin")).toBe(true);
  expect(responseViolations(response), body).toEqual([]);
  return body;
}

describe("sandbox conformance through prism proxy", () => {
  it("answers a whole session (401, 204, 404, 403, enveloped, 429) with no response violation", async () => {
    const url = proxyUrl();
    const owner = new DigestSession(url, OWNER);

    // 401: the challenge, passed through unchanged, with the vendor's ISO-8859-1 content type.
    const challenge = await fetch(url + atlas("aaaa00000000000000000001"), { method: "DELETE" });
    await expectConforming(challenge, 401);
    expect(challenge.headers.get("content-type")).toBe("application/json;charset=ISO-8859-1");
    expect(parseChallenges(challenge.headers.get("www-authenticate"))).toHaveLength(1);
    // The only request-side report for a request without credentials is the Digest false positive.
    expect(violationsOf(challenge).filter((violation) => violation.location[0] === "request")).toEqual([
      expect.objectContaining({ code: 401, message: "Invalid security scheme used" }),
    ]);
    expect(
      violationsOf(challenge)
        .filter((v) => v.location[0] === "request")
        .every(isDigestFalsePositive),
    ).toBe(true);

    // 204, then 404, on both targets; Prism forwards the path and query unchanged, so the signed uri matches.
    const deleted = await owner.send("DELETE", atlas("aaaa00000000000000000001"));
    await expectConforming(deleted, 204);
    expect(requestViolations(deleted)).toEqual([]);
    await expectConforming(await owner.send("DELETE", atlas("aaaa00000000000000000001")), 404);
    const orgDeleted = await owner.send("DELETE", opsManager("bbbb00000000000000000001"));
    await expectConforming(orgDeleted, 204);
    expect(orgDeleted.headers.get("x-mongodb-service-version")).toMatch(/^gitHash=[0-9a-f]{40}; versionString=/);

    // 403: a valid key without the role.
    await expectConforming(await new DigestSession(url, NOBODY).send("DELETE", atlas("aaaa00000000000000000002")), 403);

    // 401 to wrong credentials.
    const refused = await new DigestSession(url, { ...OWNER, privateKey: "wrong" }).send(
      "DELETE",
      atlas("aaaa00000000000000000002"),
    );
    await expectConforming(refused, 401);

    // Enveloped success and enveloped error: 200 with {status, content}.
    const envelopedDeleted = await owner.send("DELETE", `${atlas("aaaa00000000000000000002")}?envelope=true`);
    expect(JSON.parse(await expectConforming(envelopedDeleted, 200))).toEqual({ status: 204, content: {} });
    expect(requestViolations(envelopedDeleted)).toEqual([]);
    const envelopedMissing = await owner.send(
      "DELETE",
      `${atlas("cccc00000000000000000001")}?envelope=true&pretty=true`,
    );
    expect(JSON.parse(await expectConforming(envelopedMissing, 200))).toMatchObject({
      status: 404,
      content: { errorCode: "INVITATION_NOT_FOUND" },
    });

    // The project's fifth counted request: 429 with Retry-After and RateLimit-*, plain and enveloped.
    const limited = await owner.send("DELETE", atlas("aaaa00000000000000000003"));
    await expectConforming(limited, 429);
    expect(limited.headers.get("retry-after")).toMatch(/^[1-9][0-9]*$/);
    expect(limited.headers.get("ratelimit-limit")).toBe("4");
    expect(limited.headers.get("ratelimit-remaining")).toBe("0");
    const envelopedLimited = await owner.send("DELETE", `${atlas("aaaa00000000000000000003")}?envelope=true`);
    expect(JSON.parse(await expectConforming(envelopedLimited, 200))).toMatchObject({
      status: 429,
      content: { errorCode: "RATE_LIMITED" },
    });
    expect(sandbox?.invitationState("aaaa00000000000000000003")).toBe("pending");
  });

  it("answers a malformed id with a 400 that conforms to the spec", async () => {
    const owner = new DigestSession(proxyUrl(), OWNER);
    const response = await owner.send("DELETE", opsManager("BBBB00000000000000000002"));
    await expectConforming(response, 400);
    // Prism reports the pattern violation on the request (naming the parameter in lower case), as it should; the
    // answer itself conforms.
    expect(requestViolations(response).map((violation) => violation.location.join(".").toLowerCase())).toContain(
      "request.path.invitationid",
    );
  });
});
